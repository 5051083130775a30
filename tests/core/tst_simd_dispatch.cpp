// SPDX-License-Identifier: MIT
// The fast path's builds (core/simd/): the SSE2 build and every other build this CPU runs agree
// with each other and with the scatter record or the equivalent convolution on random layers, so
// the dispatch cannot silently diverge; SB_ISA is honoured; a build the CPU lacks is refused; and
// each build's isolated object exports its entry point only (the rest is local, so no AVX copy of
// an Eigen or std inline function can replace the SSE2 one elsewhere).
#include "LayerBuilder.h"

#include "core/EquivalentConvolution.h"
#include "core/FastConvTranspose.h"
#include "core/ScatterRecord.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cmath>

Q_DECLARE_METATYPE(sb::Layer)

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

// Wider layers than sbtest::randomLayer draws (up to 48 channels a group, 12×12 inputs), so the
// GEMM's vector kernels, their remainders and col2im's crop all run in every build.
sb::Layer wideRandomLayer(unsigned seed, std::string* description)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (;;) {
        sb::ConvTransposeProblem p;
        p.params.groups = pick(1, 4);
        p.params.in_channels = p.params.groups * pick(1, 48);
        p.params.out_channels = p.params.groups * pick(1, 40);
        p.params.kernel_size = {pick(1, 5), pick(1, 5)};
        p.params.stride = {pick(1, 3), pick(1, 3)};
        p.params.padding = {pick(0, 3), pick(0, 3)};
        p.params.dilation = {pick(1, 2), pick(1, 2)};
        p.params.output_padding = {pick(0, 2), pick(0, 2)};
        p.params.bias = pick(0, 1) == 1;
        p.input = sb::makeFilled({pick(1, 2), p.params.in_channels, pick(1, 12), pick(1, 12)},
                                 {sb::FillKind::Random, 0, rng()});
        p.weight = sb::makeFilled({p.params.in_channels, p.params.out_channels / p.params.groups,
                                   p.params.kernel_size.h, p.params.kernel_size.w},
                                  {sb::FillKind::Random, 0, rng()});
        if (p.params.bias)
            p.bias = sb::makeFilled({p.params.out_channels}, {sb::FillKind::Random, 0, rng()}).values();
        try {
            sb::Layer layer = sb::validate(p);
            const auto& g = layer.geometry;
            *description = "in " + sb::formatShape(layer.input.shape()) + " k(" + std::to_string(g.kernel.h) + ","
                           + std::to_string(g.kernel.w) + ") s(" + std::to_string(g.stride.h) + ","
                           + std::to_string(g.stride.w) + ") p(" + std::to_string(g.padding.h) + ","
                           + std::to_string(g.padding.w) + ") op(" + std::to_string(g.output_padding.h) + ","
                           + std::to_string(g.output_padding.w) + ") d(" + std::to_string(g.dilation.h) + ","
                           + std::to_string(g.dilation.w) + ") g" + std::to_string(g.groups) + " Cout"
                           + std::to_string(g.out_channels);
            return layer;
        } catch (const std::exception&) {
            // Invalid draw: draw again.
        }
    }
}

} // namespace

class SimdDispatchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyBuildAgrees_data();
    void everyBuildAgrees();
    void activeBuildIsTheBestOrTheForcedOne();
    void aBuildTheCpuLacksIsRefused();
    void isolatedObjectsExportOnlyTheirEntryPoint_data();
    void isolatedObjectsExportOnlyTheirEntryPoint();
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
        const sb::Layer layer = wideRandomLayer(seed, &description);
        QTest::newRow(("wide random " + std::to_string(seed) + ": " + description).c_str()) << layer << false;
    }
}

void SimdDispatchTest::everyBuildAgrees()
{
    QFETCH(sb::Layer, layer);
    QFETCH(bool, small);
    const sb::Tensor reference = small ? sb::ScatterRecord(layer).output() : sb::EquivalentConvolution(layer).output();
    const sb::Tensor sse2 = sb::simd::fastConvTransposeWith(InstructionSet::Sse2, layer);
    QString difference = firstDifference(reference, sse2);
    QVERIFY2(difference.isEmpty(), qPrintable("sse2 against the reference: " + difference));
    for (const InstructionSet isa : sb::simd::kInstructionSets) {
        if (isa == InstructionSet::Sse2 || !sb::simd::cpuSupports(isa))
            continue;
        const sb::Tensor other = sb::simd::fastConvTransposeWith(isa, layer);
        difference = firstDifference(sse2, other);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("%1 against sse2: ").arg(sb::simd::isaName(isa)) + difference));
        difference = firstDifference(reference, other);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("%1 against the reference: ").arg(sb::simd::isaName(isa)) + difference));
    }
    // The dispatched entry is the active build's.
    QCOMPARE(sb::fastConvTranspose(layer), sb::simd::fastConvTransposeWith(sb::simd::activeInstructionSet(), layer));
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

void SimdDispatchTest::isolatedObjectsExportOnlyTheirEntryPoint_data()
{
    QTest::addColumn<QString>("isa");
    for (const InstructionSet isa : sb::simd::kInstructionSets)
        QTest::newRow(sb::simd::isaName(isa)) << QString::fromLatin1(sb::simd::isaName(isa));
}

void SimdDispatchTest::isolatedObjectsExportOnlyTheirEntryPoint()
{
    QFETCH(QString, isa);
    const QString object = QStringLiteral(SB_SIMD_OBJECTS_DIR "/FastConvTransposeKernel-%1.o").arg(isa);
    QVERIFY2(QFile::exists(object), qPrintable(object));
    // Every defined symbol that another object could bind to (global, weak or GNU-unique).
    QProcess nm;
    nm.start(QStringLiteral(SB_NM), {QStringLiteral("--defined-only"), QStringLiteral("--extern-only"), object});
    QVERIFY(nm.waitForFinished(60000));
    QCOMPARE(nm.exitCode(), 0);
    const QStringList lines = QString::fromLatin1(nm.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, qPrintable(lines.join(u'\n')));
    const QString entry = QStringLiteral("_ZN2sb4simd%1%2").arg(isa.size()).arg(isa) + QStringLiteral("17fastConvTranspose");
    QVERIFY2(lines.first().endsWith(QStringLiteral(" T ") + entry + QStringLiteral("ERKNS_5LayerE")), qPrintable(lines.first()));
    // And no section group (COMDAT) through which the linker could pick this build's copy.
    QProcess readelf;
    readelf.start(QStringLiteral(SB_READELF), {QStringLiteral("--section-groups"), object});
    QVERIFY(readelf.waitForFinished(60000));
    QVERIFY2(readelf.readAllStandardOutput().contains("There are no section groups"), "a COMDAT group left the build");
}

QTEST_APPLESS_MAIN(SimdDispatchTest)
#include "tst_simd_dispatch.moc"
