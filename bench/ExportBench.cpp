// SPDX-License-Identifier: MIT
#include "ExportBench.h"

#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigReader.h"
#include "app/export/ExportJob.h"
#include "app/export/ExportTarget.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace sbbench {

namespace {

std::shared_ptr<const sb::ScatterRecord> presetRecord(const QString& name)
{
    sb::BuiltinPresets::paths();  // registers the compiled-in resources
    const sb::ConfigFile config = sb::readConfigFile(QStringLiteral(":/presets/%1.json").arg(name));
    return std::make_shared<const sb::ScatterRecord>(sb::validateConfig(config, name));
}

void measureGif(const char* label, const QString& preset, const QString& view)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gif"));
    const auto record = presetRecord(preset);
    sb::ExportJob::Settings settings;
    settings.view = *sb::viewFromName(view);
    const sb::ExportJob job({record, {0, 0}, false}, *sb::ExportTarget::fromPath(path, nullptr), settings);
    std::vector<double> perFrame;
    qint64 frames = 0;
    QSize size;
    for (int run = 0; run < 3; ++run) {
        const sb::ExportJob::Result result = job.run();
        if (result.status != sb::ExportJob::Status::Done) {
            std::printf("  %-40s failed: %s\n", label, qPrintable(result.error));
            return;
        }
        frames = result.frames;
        size = result.pixelSize;
        perFrame.push_back(result.seconds * 1000.0 / static_cast<double>(std::max<qint64>(result.frames, 1)));
    }
    std::sort(perFrame.begin(), perFrame.end());
    std::printf("  %-40s %lld frames of %dx%d: median %.2f ms per frame (of 3 runs)\n", label,
                static_cast<long long>(frames), size.width(), size.height(), perFrame[1]);
}

} // namespace

void runGifBench()
{
    std::printf("GIF export (render + palette + giflib), the whole timeline at 20 fps, scale 1\n");
    measureGif("seed 004 scatter (4x4, k4 s2 p1)", QStringLiteral("seed004-k4-s2-p1"), QStringLiteral("scatter"));
    measureGif("seed 004 equivalent", QStringLiteral("seed004-k4-s2-p1"), QStringLiteral("equivalent"));
    measureGif("checkerboard k3 s2 overlap", QStringLiteral("checkerboard-k3-s2"), QStringLiteral("overlap"));
}

// The real program, started as a user starts it (offscreen here, so no display is needed), with
// SCATTERBOARD_EXIT_AFTER_FIRST_FRAME set: its view prints when it has painted and the program
// quits. The figure is the wall time from starting the process to that line.
void runLaunchBench()
{
    const QString program = QStringLiteral(SB_SCATTERBOARD_BINARY);
    std::printf("launch to first painted frame: %s on the demo, offscreen, median of 7\n", qPrintable(program));
    QTemporaryDir home;
    std::vector<double> times;
    for (int run = 0; run < 8; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());  // no restored session: the demo
        env.insert(QStringLiteral("SCATTERBOARD_EXIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(program, {});
        if (!process.waitForStarted() || !process.waitForFinished(30000) || process.exitCode() != 0
            || !process.readAllStandardOutput().contains("first frame")) {
            std::printf("  the program did not report a first frame: %s\n", qPrintable(process.errorString()));
            return;
        }
        if (run > 0)  // the first run warms the disk cache
            times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("  median %.0f ms (min %.0f, max %.0f)\n", times[times.size() / 2], times.front(), times.back());
}

} // namespace sbbench
