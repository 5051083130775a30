// SPDX-License-Identifier: MIT
#include "FastPathBench.h"

#include "BenchTiming.h"

#include "core/FastConvTranspose.h"
#include "core/ScatterRecord.h"
#include "core/TensorFill.h"

#include <QMap>
#include <QProcess>

#include <cstdio>

namespace sbbench {

namespace {

struct LayerSpec {
    const char* name;
    sb::Shape input;
    std::int64_t outChannels, kernel, stride, padding;
};

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

// PyTorch's times from the reference script, by layer name; empty if PyTorch is not installed.
QMap<QString, double> torchTimes()
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SB_TORCH_REFERENCE)});
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

} // namespace

void runFastPathBench()
{
    std::printf("fast output path vs PyTorch CPU (single thread, median of 21 runs)\n");
    const QMap<QString, double> torch = torchTimes();
    if (torch.isEmpty())
        std::printf("  (PyTorch not found: apt-get install python3-torch to compare)\n");
    for (const LayerSpec& spec : kLayers) {
        const sb::Layer layer = makeLayer(spec);
        const double ours = medianMilliseconds(21, [&] { sb::fastConvTranspose(layer); });
        const auto it = torch.find(QString::fromLatin1(spec.name));
        if (it == torch.end())
            std::printf("  %-26s scatterboard %8.3f ms\n", spec.name, ours);
        else
            std::printf("  %-26s scatterboard %8.3f ms   pytorch %8.3f ms   pytorch/scatterboard %.2fx\n", spec.name, ours,
                        it.value(), it.value() / ours);
    }
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
