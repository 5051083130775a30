// SPDX-License-Identifier: MIT
#include "FastPathBench.h"

#include "BenchTiming.h"
#include "OneDnnBench.h"

#include "app/controller/PoolBandRunner.h"
#include "core/FastConvTranspose.h"
#include "core/ParallelBands.h"
#include "core/simd/InstructionSet.h"
#include "core/ScatterRecord.h"
#include "core/TensorFill.h"

#include <QMap>
#include <QProcess>
#include <QThreadPool>

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sbbench {

namespace {

struct LayerSpec {
    const char* name;
    sb::Shape input;
    std::int64_t outChannels, kernel, stride, padding;
};

constexpr int kRepeats = 21;
// Against oneDNN, each runs kBlocks blocks of kPerBlock runs, the two alternating (BenchTiming.h).
constexpr int kBlocks = 10, kPerBlock = 10;

// Kept in step with torch_reference.py's LAYERS.
const LayerSpec kLayers[] = {
    {"1x512x4x4->256 k4 s2 p1", {1, 512, 4, 4}, 256, 4, 2, 1},
    {"1x64x64x64->32 k4 s2 p1", {1, 64, 64, 64}, 32, 4, 2, 1},
    {"1x3x256x256->3 k3 s2 p1", {1, 3, 256, 256}, 3, 3, 2, 1},
};

sb::Layer makeLayer(const LayerSpec& spec)
{
    sb::ConvTransposeProblem p;
    p.params.in_channels = spec.input[1];
    p.params.out_channels = spec.outChannels;
    p.params.kernel_size = spec.kernel;
    p.params.stride = spec.stride;
    p.params.padding = spec.padding;
    p.input = sb::makeFilled(spec.input, {sb::FillKind::Random, 0, 1});
    p.weight = sb::makeFilled({spec.input[1], spec.outChannels, spec.kernel, spec.kernel}, {sb::FillKind::Random, 0, 2});
    return sb::validate(p);
}

// PyTorch's times from the reference script with `threads` threads, by layer name; empty if
// PyTorch is not installed.
QMap<QString, double> torchTimes(int threads)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SB_TORCH_REFERENCE), QString::number(threads)});
    QMap<QString, double> times;
    if (!python.waitForFinished(300000) || python.exitCode() != 0)
        return times;
    for (const QByteArray& line : python.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 2)
            times.insert(QString::fromUtf8(fields[0]), fields[1].toDouble());
    }
    return times;
}

// A bench layer with the fast path's one-thread time and output, which every section compares with.
struct MeasuredLayer {
    const LayerSpec* spec;
    sb::Layer layer;
    double ours;        // ms, one thread
    sb::Tensor output;  // the reference oneDNN's output must match
};

// "   scatterboard 0.6 ms   onednn    0.632 ms ... onednn/scatterboard 1.05x   max abs diff 3.1e-05
// jit:avx512_core\n". On one thread the fast path's time is measured in blocks alternating with
// oneDNN's; on two, each is measured on its own (OneDnnBench.h says why), and the fast path's
// time is `ours`. No ratio when the outputs differ: a benchmark of a wrong answer is worthless.
void printOneDnn(const char* label, const MeasuredLayer& m, int threads, std::optional<double> ours = std::nullopt)
{
    const std::optional<OneDnnTiming> onednn = timeOneDnnDeconvolution(
        m.layer, m.output, threads, kBlocks, kPerBlock,
        ours ? std::function<void()>{} : std::function<void()>{[&] { sb::fastConvTranspose(m.layer); }});
    if (!onednn) {
        std::printf("   (oneDNN cannot run this layer)\n");
        return;
    }
    const double scatterboard = ours.value_or(onednn->alongsideMilliseconds);
    if (!ours)
        std::printf(" scatterboard %8.3f ms", scatterboard);
    std::printf("   %s %8.3f ms", label, onednn->milliseconds);
    if (onednn->agrees())
        std::printf("   onednn/scatterboard %.2fx", onednn->milliseconds / scatterboard);
    else
        std::printf("   OUTPUTS DIFFER: no ratio");
    std::printf("   max abs diff %.2g   %s\n", static_cast<double>(onednn->maxAbsDiff), onednn->implementation.c_str());
}

// Today's format, kept exactly: one line per layer, scatterboard vs PyTorch on one thread.
std::vector<MeasuredLayer> printOneThreadVsPyTorch()
{
    std::printf("fast output path vs PyTorch CPU (single thread, median of 21 runs)\n");
    const QMap<QString, double> torch = torchTimes(1);
    if (torch.isEmpty())
        std::printf("  (PyTorch not found: apt-get install python3-torch to compare)\n");
    std::vector<MeasuredLayer> measured;
    for (const LayerSpec& spec : kLayers) {
        sb::Layer layer = makeLayer(spec);
        const double ours = medianMilliseconds(kRepeats, [&] { sb::fastConvTranspose(layer); });
        const auto it = torch.find(QString::fromLatin1(spec.name));
        if (it == torch.end())
            std::printf("  %-26s scatterboard %8.3f ms\n", spec.name, ours);
        else
            std::printf("  %-26s scatterboard %8.3f ms   pytorch %8.3f ms   pytorch/scatterboard %.2fx\n", spec.name, ours,
                        it.value(), it.value() / ours);
        sb::Tensor output = sb::fastConvTranspose(layer);
        measured.push_back({&spec, std::move(layer), ours, std::move(output)});
    }
    return measured;
}

// The same layers and the same random data in oneDNN on one thread.
void printOneThreadVsOneDnn(const std::vector<MeasuredLayer>& measured)
{
    const std::string onednn = oneDnnVersion();
    std::printf("\n%s (deconvolution_forward), 1 thread, median of %d runs each in blocks of %d alternating with "
                "scatterboard's; its own blocked layouts, reorders not timed\n",
                onednn.empty() ? "oneDNN" : onednn.c_str(), kBlocks * kPerBlock, kPerBlock);
    if (onednn.empty()) {
        std::printf("  (oneDNN not found: apt-get install libdnnl-dev to compare)\n");
        return;
    }
    for (const MeasuredLayer& m : measured) {
        std::printf("  %-26s", m.spec->name);
        printOneDnn("onednn", m, 1);
    }
}

// Everyone on two threads: the fast path's bands on the caller and one pool thread, as in the
// app (app/controller/PoolBandRunner.h), PyTorch with torch.set_num_threads(2), oneDNN with
// two OpenMP threads.
void printTwoThreads(const std::vector<MeasuredLayer>& measured)
{
    std::printf("\n2 threads, median of %d runs (oneDNN: %d)\n", kRepeats, kBlocks * kPerBlock);
    const QMap<QString, double> torch = torchTimes(2);
    if (torch.isEmpty())
        std::printf("  (PyTorch not found: apt-get install python3-torch to compare)\n");
    const bool withOneDnn = !oneDnnVersion().empty();
    if (!withOneDnn)
        std::printf("  (oneDNN not found: apt-get install libdnnl-dev to compare)\n");
    QThreadPool helper;
    helper.setMaxThreadCount(1);
    sb::installPoolBandRunner(&helper);
    for (const MeasuredLayer& m : measured) {
        const double ours = medianMilliseconds(kRepeats, [&] { sb::fastConvTranspose(m.layer); });
        std::printf("  %-26s scatterboard (2 threads) %8.3f ms   1 thread/2 threads %.2fx", m.spec->name, ours, m.ours / ours);
        const auto it = torch.find(QString::fromLatin1(m.spec->name));
        if (it != torch.end())
            std::printf("   pytorch (2 threads) %8.3f ms   pytorch/scatterboard %.2fx", it.value(), it.value() / ours);
        if (withOneDnn) {
            printOneDnn("onednn (2 threads)", m, 2, ours);
        } else {
            std::printf("\n");
        }
    }
    sb::installBandRunner({});
}

} // namespace

void runFastPathBench()
{
    sb::installBandRunner({});  // one thread: bands in order on this one
    const std::vector<MeasuredLayer> measured = printOneThreadVsPyTorch();
    printOneThreadVsOneDnn(measured);
    printTwoThreads(measured);
    // ISA: oneDNN's is the implementation name at the end of each of its lines; ours is the
    // build core's dispatch chose (SB_ISA=sse2|avx2|avx512 forces one).
    std::printf("\nscatterboard ISA: %s (%s)\n", sb::simd::activeIsa(), sb::simd::isaTitle(sb::simd::activeInstructionSet()));
    for (const MeasuredLayer& m : measured)
        std::printf("scatterboard algorithm: %-26s %s\n", m.spec->name, sb::fastAlgorithmName(sb::chooseFastAlgorithm(m.layer.geometry)));
}

void runRecordBench()
{
    std::printf("scatter record (median of 5 runs)\n");
    const LayerSpec spec{"1x16x32x32->16 k5 s2", {1, 16, 32, 32}, 16, 5, 2, 0};
    const sb::Layer layer = makeLayer(spec);
    std::int64_t count = 0;
    const double ms = medianMilliseconds(5, [&] { count = sb::ScatterRecord(layer).size(); });
    std::printf("  %-26s %lld contributions in %.2f ms: %.1f M contributions/s, %zu bytes per contribution\n", spec.name,
                static_cast<long long>(count), ms, count / ms / 1000.0, sizeof(float));
}

} // namespace sbbench
