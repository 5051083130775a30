// SPDX-License-Identifier: MIT
// PoolBandRunner (app/controller/PoolBandRunner.h): every band runs exactly once, on the pool's
// threads as well as the caller's; a pool with no free thread cannot stall it (the caller does
// every band, as a BackgroundTask calling the fast path from Qt's only free thread would); two
// callers at once both finish; and the fast path through it gives the very floats of one thread.
#include "app/controller/PoolBandRunner.h"

#include "core/ConvTransposeProblem.h"
#include "core/FastConvTranspose.h"
#include "core/ParallelBands.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

namespace {

// Counts how often each band ran, and on how many threads.
struct BandLog {
    explicit BandLog(std::int64_t count) : runs(static_cast<std::size_t>(count)) {}
    std::vector<std::atomic<int>> runs;
    QMutex mutex;
    std::set<std::thread::id> threads;

    std::function<void(std::int64_t)> band(std::chrono::microseconds each = std::chrono::microseconds{0})
    {
        return [this, each](std::int64_t i) {
            ++runs[static_cast<std::size_t>(i)];
            {
                QMutexLocker lock(&mutex);
                threads.insert(std::this_thread::get_id());
            }
            if (each.count() > 0)
                std::this_thread::sleep_for(each);
        };
    }
    bool eachRanOnce() const
    {
        return std::all_of(runs.begin(), runs.end(), [](const std::atomic<int>& r) { return r.load() == 1; });
    }
};

} // namespace

class PoolBandRunnerTest : public QObject {
    Q_OBJECT
private slots:
    void everyBandOnceOnSeveralThreads();
    void aFullPoolLeavesEveryBandToTheCaller();
    void twoCallersAtOnceBothFinish();
    void theFastPathGivesTheSameFloats();
};

void PoolBandRunnerTest::everyBandOnceOnSeveralThreads()
{
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    BandLog log(64);
    // Bands slow enough (1 ms) that a helper starts before the caller has taken them all.
    sb::runBandsOnPool(pool, 64, log.band(std::chrono::milliseconds{1}));
    QVERIFY(log.eachRanOnce());
    QVERIFY2(log.threads.size() >= 2, "no pool thread took a band");
    QVERIFY(log.threads.size() <= 3);  // the caller and at most maxThreadCount helpers
    QVERIFY(log.threads.count(std::this_thread::get_id()) == 1);
}

void PoolBandRunnerTest::aFullPoolLeavesEveryBandToTheCaller()
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    // The pool's only thread waits until the bands are done: were the runner to queue a helper
    // behind it and wait for that helper, this would never finish.
    QSemaphore bandsDone, blockerRunning;
    pool.start([&] {
        blockerRunning.release();
        bandsDone.acquire();
    });
    blockerRunning.acquire();
    BandLog log(16);
    sb::runBandsOnPool(pool, 16, log.band());
    bandsDone.release();
    QVERIFY(log.eachRanOnce());
    QCOMPARE(log.threads.size(), std::size_t{1});
    QVERIFY(pool.waitForDone(10000));
}

void PoolBandRunnerTest::twoCallersAtOnceBothFinish()
{
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    BandLog first(200), second(200);
    std::thread other([&] { sb::runBandsOnPool(pool, 200, second.band(std::chrono::microseconds{50})); });
    sb::runBandsOnPool(pool, 200, first.band(std::chrono::microseconds{50}));
    other.join();
    QVERIFY(first.eachRanOnce());
    QVERIFY(second.eachRanOnce());
    QVERIFY(pool.waitForDone(10000));  // the lingering helpers give their threads back
}

void PoolBandRunnerTest::theFastPathGivesTheSameFloats()
{
    sb::ConvTransposeProblem p;
    p.params.in_channels = 64;
    p.params.out_channels = 32;
    p.params.kernel_size = 4;
    p.params.stride = 2;
    p.params.padding = 1;
    p.input = sb::makeFilled({1, 64, 32, 32}, {sb::FillKind::Random, 0, 1});
    p.weight = sb::makeFilled({64, 32, 4, 4}, {sb::FillKind::Random, 0, 2});
    const sb::Layer layer = sb::validate(p);
    const sb::Tensor oneThread = sb::fastConvTranspose(layer);
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    sb::installPoolBandRunner(&pool);
    const sb::Tensor pooled = sb::fastConvTranspose(layer);
    sb::installBandRunner({});
    QCOMPARE(pooled, oneThread);
    QVERIFY(pool.waitForDone(10000));
}

SB_TEST_GUILESS_MAIN(PoolBandRunnerTest)
#include "tst_pool_band_runner.moc"
