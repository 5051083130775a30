// SPDX-License-Identifier: MIT
// The fast path's builds and algorithms (core/simd/): every algorithm in the SSE2 build and in
// every other build this CPU runs agrees with the SSE2 build and with the scatter record or the
// equivalent convolution on random layers, so neither the dispatch nor the choice of algorithm can
// silently diverge; bands on two threads give the very same floats as bands in order; SB_ISA is
// honoured; a build the CPU lacks is refused; and each build's isolated object exports its entry
// points only (the rest is local, so no AVX copy of an Eigen or std inline function can replace
// the SSE2 one elsewhere).
#include "LayerBuilder.h"

#include "core/EquivalentConvolution.h"
#include "core/FastConvTranspose.h"
#include "core/ParallelBands.h"
#include "core/ScatterRecord.h"

#include "CoreMetaTypes.h"
#include "TestMain.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <thread>

using sb::simd::InstructionSet;

namespace {

// FMA and wider packets change the order and rounding of the GEMM's sums: |a − b| ≤ 1e-4·(1 + |a|).
QString firstDifference(const sb::Tensor& a, const sb::Tensor& b)
{
    if (a.shape() != b.shape())
        return QString::fromStdString("shapes " + sb::formatShape(a.shape()) + " vs " + sb::formatShape(b.shape()));
    for (std::int64_t i = 0; i < a.numel(); ++i) {
        const float x = a.values()[static_cast<std::size_t>(i)], y = b.values()[static_cast<std::size_t>(i)];
        if (!(std::abs(x - y) <= 1e-4f * (1.0f + std::abs(x))))
            return QStringLiteral("element %1: %2 vs %3").arg(i).arg(x).arg(y);
    }
    return {};
}

// Wider layers than sbtest::randomLayer draws by default (up to 48 channels a group, 12×12
// inputs), so the GEMMs' vector kernels, their remainders and col2im's crop all run in every build;
// long rows (up to 80 wide) make the phase kernel's whole vectors and two-vector tiles run too.
constexpr sbtest::RandomLayerRanges kWide{
    .groups = 4, .inPerGroup = 48, .outPerGroup = 40, .dilation = 2, .batchFrom = 1, .batchTo = 2, .height = 12, .width = 12};
constexpr sbtest::RandomLayerRanges kLongRows{
    .groups = 4, .inPerGroup = 48, .outPerGroup = 40, .dilation = 2, .batchFrom = 1, .batchTo = 2, .height = 4, .width = 80};
// The Winograd kernel's shapes (kernel twice the stride, any padding and output_padding), with
// rows of more tiles than a register tile and channels past two vectors.
constexpr sbtest::RandomLayerRanges kTwiceStride{.groups = 3, .inPerGroup = 40, .outPerGroup = 40, .dilation = 1,
                                                 .batchFrom = 0, .batchTo = 2, .height = 20, .width = 60,
                                                 .kernelTwiceStride = true};

} // namespace

class SimdDispatchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyBuildAgrees_data();
    void everyBuildAgrees();
    void bandsOnTwoThreadsGiveTheSameFloats_data();
    void bandsOnTwoThreadsGiveTheSameFloats();
    void activeBuildIsTheBestOrTheForcedOne();
    void aBuildTheCpuLacksIsRefused();
    void isolatedObjectsExportOnlyTheirEntryPoints_data();
    void isolatedObjectsExportOnlyTheirEntryPoints();
};

void SimdDispatchTest::initTestCase()
{
    qInfo("this CPU runs: %s%s%s; active: %s", "sse2", sb::simd::cpuSupports(InstructionSet::Avx2) ? " avx2" : "",
          sb::simd::cpuSupports(InstructionSet::Avx512) ? " avx512" : "", sb::simd::activeIsa());
}

void SimdDispatchTest::everyBuildAgrees_data()
{
    QTest::addColumn<sb::Layer>("layer");
    QTest::addColumn<bool>("small");  // small: checked against the scatter record, else the equivalent convolution
    for (unsigned seed = 1; seed <= 30; ++seed) {
        std::string description;
        const sb::Layer layer = sbtest::randomLayer(seed, &description);
        QTest::newRow(("small random " + std::to_string(seed) + ": " + description).c_str()) << layer << true;
    }
    for (unsigned seed = 1; seed <= 30; ++seed) {
        std::string description;
        const sb::Layer layer = sbtest::randomLayer(seed, &description, kWide);
        QTest::newRow(("wide random " + std::to_string(seed) + ": " + description).c_str()) << layer << false;
    }
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::string description;
        const sb::Layer layer = sbtest::randomLayer(1000 + seed, &description, kLongRows);
        QTest::newRow(("long random " + std::to_string(seed) + ": " + description).c_str()) << layer << false;
    }
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::string description;
        const sb::Layer layer = sbtest::randomLayer(2000 + seed, &description, kTwiceStride);
        QVERIFY(sb::winogradApplies(layer.geometry));
        QTest::newRow(("kernel twice the stride, random " + std::to_string(seed) + ": " + description).c_str())
            << layer << false;
    }
}

void SimdDispatchTest::everyBuildAgrees()
{
    QFETCH(sb::Layer, layer);
    QFETCH(bool, small);
    const sb::Tensor reference = small ? sb::ScatterRecord(layer).output() : sb::EquivalentConvolution(layer).output();
    for (const sb::FastAlgorithm algorithm : sb::kFastAlgorithms) {
        const QString name = QString::fromLatin1(sb::fastAlgorithmName(algorithm));
        const sb::Tensor sse2 = sb::simd::fastConvTransposeWith(InstructionSet::Sse2, algorithm, layer);
        QString difference = firstDifference(reference, sse2);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("sse2 %1 against the reference: ").arg(name) + difference));
        for (const InstructionSet isa : sb::simd::kInstructionSets) {
            if (isa == InstructionSet::Sse2 || !sb::simd::cpuSupports(isa))
                continue;
            const QString build = QString::fromLatin1(sb::simd::isaName(isa)) + u' ' + name;
            const sb::Tensor other = sb::simd::fastConvTransposeWith(isa, algorithm, layer);
            difference = firstDifference(sse2, other);
            QVERIFY2(difference.isEmpty(), qPrintable(build + QStringLiteral(" against sse2: ") + difference));
            difference = firstDifference(reference, other);
            QVERIFY2(difference.isEmpty(), qPrintable(build + QStringLiteral(" against the reference: ") + difference));
        }
    }
    // The dispatched entry is the active build's, with the algorithm chosen for the shape.
    QCOMPARE(sb::fastConvTranspose(layer),
             sb::simd::fastConvTransposeWith(sb::simd::activeInstructionSet(), sb::chooseFastAlgorithm(layer.geometry), layer));
}

// Large enough to be split into bands (core/FastConvTranspose.cpp hands layers of over 2 M
// multiply-adds to the runner), one per algorithm's favourite shape, which is the one chosen.
void SimdDispatchTest::bandsOnTwoThreadsGiveTheSameFloats_data()
{
    QTest::addColumn<sb::Layer>("layer");
    QTest::addColumn<QString>("algorithm");
    const auto layer = [](std::int64_t c, std::int64_t h, std::int64_t w, std::int64_t out, std::int64_t k, std::int64_t s,
                          std::int64_t groups) {
        sb::ConvTransposeProblem p;
        p.params.in_channels = c;
        p.params.out_channels = out;
        p.params.kernel_size = k;
        p.params.stride = s;
        p.params.padding = 1;
        p.params.groups = groups;
        p.params.bias = true;
        p.input = sb::makeFilled({2, c, h, w}, {sb::FillKind::Random, 0, 5});
        p.weight = sb::makeFilled({c, out / groups, k, k}, {sb::FillKind::Random, 0, 6});
        p.bias = sb::toVector(sb::makeFilled({out}, {sb::FillKind::Random, 0, 7}).values());
        return sb::validate(p);
    };
    QTest::newRow("tap-gemm: 128x4x4 -> 96, k4 s2") << layer(128, 4, 4, 96, 4, 2, 1) << QStringLiteral("tap-gemm");
    QTest::newRow("phase: 16x40x70 -> 20, k4 s2, 2 groups") << layer(16, 40, 70, 20, 4, 2, 2) << QStringLiteral("phase");
    QTest::newRow("phase: 3x100x100 -> 3, k3 s3") << layer(3, 100, 100, 3, 3, 3, 1) << QStringLiteral("phase");
    QTest::newRow("winograd: 48x40x36 -> 64, k4 s2, 2 groups") << layer(48, 40, 36, 64, 4, 2, 2) << QStringLiteral("winograd");
}

void SimdDispatchTest::bandsOnTwoThreadsGiveTheSameFloats()
{
    QFETCH(sb::Layer, layer);
    QFETCH(QString, algorithm);
    QCOMPARE(QString::fromLatin1(sb::fastAlgorithmName(sb::chooseFastAlgorithm(layer.geometry))), algorithm);
    const sb::Tensor inOrder = sb::fastConvTranspose(layer);
    // A plain two-thread runner: this thread and one more, taking bands from a shared counter.
    std::atomic<int> bandsRun{0};
    std::atomic<bool> otherThreadWorked{false};
    sb::installBandRunner([&](std::int64_t count, const std::function<void(std::int64_t)>& band) {
        std::atomic<std::int64_t> next{0};
        const auto work = [&](bool other) {
            for (std::int64_t i = next++; i < count; i = next++) {
                band(i);
                ++bandsRun;
                if (other)
                    otherThreadWorked = true;
            }
        };
        std::thread helper(work, true);
        work(false);
        helper.join();
    });
    const sb::Tensor twoThreads = sb::fastConvTranspose(layer);
    sb::installBandRunner({});
    QVERIFY2(bandsRun > 1, "the layer was not split into bands");
    // Each band writes its own outputs, summed in the same order however the bands are shared.
    QCOMPARE(twoThreads, inOrder);
}

void SimdDispatchTest::activeBuildIsTheBestOrTheForcedOne()
{
    const QByteArray forced = qgetenv("SB_ISA");
    InstructionSet expected = sb::simd::bestSupported();
    for (const InstructionSet isa : sb::simd::kInstructionSets)
        if (forced == sb::simd::isaName(isa) && sb::simd::cpuSupports(isa))
            expected = isa;
    QCOMPARE(sb::simd::activeIsa(), sb::simd::isaName(expected));
    QVERIFY(sb::simd::cpuSupports(InstructionSet::Sse2));
    // Each build needs the one below it.
    QVERIFY(!sb::simd::cpuSupports(InstructionSet::Avx512) || sb::simd::cpuSupports(InstructionSet::Avx2));
}

void SimdDispatchTest::aBuildTheCpuLacksIsRefused()
{
    const sb::Layer layer = sbtest::randomLayer(7);
    int lacking = 0;
    for (const InstructionSet isa : sb::simd::kInstructionSets) {
        if (sb::simd::cpuSupports(isa))
            continue;
        ++lacking;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, sb::simd::fastConvTransposeWith(isa, layer));
    }
    if (lacking == 0)
        QSKIP("this CPU runs every build; the refusal is tested under qemu by tst_sse2_under_qemu");
}

void SimdDispatchTest::isolatedObjectsExportOnlyTheirEntryPoints_data()
{
    QTest::addColumn<QString>("isa");
    for (const InstructionSet isa : sb::simd::kInstructionSets)
        QTest::newRow(sb::simd::isaName(isa)) << QString::fromLatin1(sb::simd::isaName(isa));
}

void SimdDispatchTest::isolatedObjectsExportOnlyTheirEntryPoints()
{
    QFETCH(QString, isa);
    const QString object = QStringLiteral(SB_SIMD_OBJECTS_DIR "/FastPathKernels-%1.o").arg(isa);
    QVERIFY2(QFile::exists(object), qPrintable(object));
    // Every defined symbol that another object could bind to (global, weak or GNU-unique).
    QProcess nm;
    nm.start(QStringLiteral(SB_NM), {QStringLiteral("--defined-only"), QStringLiteral("--extern-only"), object});
    QVERIFY(nm.waitForFinished(60000));
    QCOMPARE(nm.exitCode(), 0);
    QStringList exported;
    for (const QString& line : QString::fromLatin1(nm.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);  // address, type, name
        QVERIFY2(fields.size() == 3 && fields[1] == QLatin1String("T"), qPrintable(line));
        exported << fields[2];
    }
    // core/simd/Kernels.h's entry points, by name without their parameter types.
    const QString prefix = QStringLiteral("_ZN2sb4simd%1%2").arg(isa.size()).arg(isa);
    QStringList names;
    for (const QString& symbol : exported) {
        QVERIFY2(symbol.startsWith(prefix), qPrintable(symbol));
        QString rest = symbol.mid(prefix.size());
        int digits = 0;
        while (digits < rest.size() && rest[digits].isDigit())
            ++digits;
        names << rest.mid(digits, rest.left(digits).toInt());
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("gemmCol2im"), QStringLiteral("packPhaseInput"),
                                 QStringLiteral("packPhaseWeights"), QStringLiteral("packWinogradWeights"),
                                 QStringLiteral("phaseKernel"), QStringLiteral("tapGemm"), QStringLiteral("winogradKernel"),
                                 QStringLiteral("winogradPaddedOut"), QStringLiteral("winogradTileRows")}));
    // And no section group (COMDAT) through which the linker could pick this build's copy.
    QProcess readelf;
    readelf.start(QStringLiteral(SB_READELF), {QStringLiteral("--section-groups"), object});
    QVERIFY(readelf.waitForFinished(60000));
    QVERIFY2(readelf.readAllStandardOutput().contains("There are no section groups"), "a COMDAT group left the build");
}

SB_TEST_APPLESS_MAIN(SimdDispatchTest)
#include "tst_simd_dispatch.moc"
