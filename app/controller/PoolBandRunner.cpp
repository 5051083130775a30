// SPDX-License-Identifier: MIT
#include "app/controller/PoolBandRunner.h"

#include "core/ParallelBands.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace sb {

namespace {

// The one job offered to helpers. It lives here, not on a caller's stack, because a helper may
// still touch `active` after the caller has returned (see join()).
struct Offer {
    std::atomic<bool> busy{false};  // a caller owns the offer
    std::atomic<bool> open{false};  // helpers may join
    std::atomic<const std::function<void(std::int64_t)>*> band{nullptr};
    std::atomic<std::int64_t> count{0}, next{0};
    std::atomic<int> active{0};     // helpers that joined and have not left
    std::atomic<int> helpers{0};    // helper runnables alive, working or lingering
};

Offer& offer()
{
    static Offer instance;
    return instance;
}

void work(Offer& o)
{
    const std::int64_t count = o.count.load();
    const std::function<void(std::int64_t)>& band = *o.band.load();
    for (std::int64_t i = o.next.fetch_add(1); i < count; i = o.next.fetch_add(1))
        band(i);
}

// A helper joins only after announcing itself in `active` and then still finding the offer open.
// The caller closes the offer before it waits for `active` to drain, so either the caller waits
// for this helper, or this helper sees the offer closed and leaves without touching the job.
bool join(Offer& o)
{
    if (!o.open.load())
        return false;
    o.active.fetch_add(1);
    if (o.open.load())
        work(o);
    o.active.fetch_sub(1);
    return true;
}

void helperLoop()
{
    Offer& o = offer();
    auto lastWork = std::chrono::steady_clock::now();
    for (;;) {
        if (join(o)) {
            lastWork = std::chrono::steady_clock::now();
            continue;
        }
        if (std::chrono::steady_clock::now() - lastWork > kLinger)
            break;
        std::this_thread::yield();
    }
    o.helpers.fetch_sub(1);
}

} // namespace

void runBandsOnPool(QThreadPool& pool, std::int64_t count, const std::function<void(std::int64_t band)>& band)
{
    Offer& o = offer();
    if (count <= 1 || o.busy.exchange(true)) {
        for (std::int64_t i = 0; i < count; ++i)
            band(i);
        return;
    }
    o.band.store(&band);
    o.count.store(count);
    o.next.store(0);
    o.open.store(true);
    // Helpers still lingering from the last call join by themselves; start the rest.
    const int wanted = static_cast<int>(std::min<std::int64_t>(count - 1, std::max(1, pool.maxThreadCount())));
    while (o.helpers.load() < wanted) {
        o.helpers.fetch_add(1);
        if (!pool.tryStart(&helperLoop)) {
            o.helpers.fetch_sub(1);
            break;
        }
    }
    work(o);
    o.open.store(false);
    while (o.active.load() != 0)
        std::this_thread::yield();
    o.busy.store(false);
}

void installPoolBandRunner(QThreadPool* pool)
{
    installBandRunner([pool](std::int64_t count, const std::function<void(std::int64_t)>& band) {
        runBandsOnPool(*pool, count, band);
    });
}

} // namespace sb
