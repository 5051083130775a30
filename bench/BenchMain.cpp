// SPDX-License-Identifier: MIT
// scatterboard-bench [fast|record|render|gif|launch|all]: prints this machine's figures.
#include "ExportBench.h"
#include "FastPathBench.h"
#include "RenderBench.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const char* what = argc > 1 ? argv[1] : "all";
    const bool all = std::strcmp(what, "all") == 0;
    if (all || std::strcmp(what, "fast") == 0)
        sbbench::runFastPathBench();
    if (all || std::strcmp(what, "record") == 0)
        sbbench::runRecordBench();
    if (all || std::strcmp(what, "render") == 0)
        sbbench::runRenderBench();
    if (all || std::strcmp(what, "gif") == 0)
        sbbench::runGifBench();
    if (all || std::strcmp(what, "launch") == 0)
        sbbench::runLaunchBench();
    return 0;
}
