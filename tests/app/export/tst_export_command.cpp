// SPDX-License-Identifier: MIT
// `scatterboard export` through the real binary: every format from the seed 004 preset, the options
// reaching the picture (view, steps, scale/dpi, theme, transparency, loop), --help listing the
// views, running without any display, and every error path: exit status 2, a clear message on
// stderr, and no file left behind.
#include "DecodedGif.h"
#include "ScatterboardProcess.h"
#include "SeedScenes.h"

#include "app/export/PictureCanvas.h"
#include "app/export/StillExporter.h"
#include "app/render/ScenePicture.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using sbtest::kDemo;
using sbtest::filesIn;

// Seed 004's scatter view in pixels at a scale, as the exporters size it.
QSize pictureSize(double scale, sb::ViewId view = sb::ViewId::Scatter)
{
    return sb::PictureCanvas::pixelSize(sb::ScenePicture(sbtest::seed004Scene(view)), scale);
}

} // namespace

class ExportCommandTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void optionsReachThePicture();
    void gifStepsAndLoop();
    void frameSequence();
    void runsWithoutAnyDisplay();
    void helpListsTheViews();
    void errorsLeaveNothing_data();
    void errorsLeaveNothing();

private:
    QString out(const QString& name) const { return dir_->filePath(name); }
    ScatterboardProcess exportDemo(QStringList arguments) const
    {
        return ScatterboardProcess::run(QStringList{QStringLiteral("export"), kDemo} + arguments);
    }
    std::unique_ptr<QTemporaryDir> dir_;
};

void ExportCommandTest::init()
{
    QVERIFY(QFile::exists(QStringLiteral(SB_SCATTERBOARD_BINARY)));
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void ExportCommandTest::writesEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("PNG") << "seed.png" << QStringList();
    QTest::newRow("SVG") << "seed.svg" << QStringList();
    QTest::newRow("PDF") << "seed.pdf" << QStringList();
    QTest::newRow("GIF of all steps") << "seed.gif" << QStringList{"--all", "--scale", "0.25", "--fps", "4"};
}

void ExportCommandTest::writesEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const ScatterboardProcess run = exportDemo(QStringList{"--out", out(name)} + options);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("wrote " + out(name).toUtf8()), run.out.constData());
    QCOMPARE(filesIn(dir_->path()), QStringList{name});
    const QString path = out(name);
    if (name.endsWith(".png")) {
        QCOMPARE(QImage(path).size(), pictureSize(1.0));
    } else if (name.endsWith(".svg")) {
        QVERIFY(QSvgRenderer(path).isValid());
    } else if (name.endsWith(".pdf")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-") && pdf.trimmed().endsWith("%%EOF"));
        // The picture at 96 dpi, in whole points.
        const QSizeF page = sb::StillExporter::pdfPageSize(sb::ScenePicture(sbtest::seed004Scene()), 1.0);
        QVERIFY(pdf.contains(QStringLiteral("/MediaBox [0 0 %1 %2]").arg(page.width(), 0, 'f', 6).arg(page.height(), 0, 'f', 6).toLatin1()));
    } else {
        const DecodedGif gif = DecodedGif::read(path);
        QCOMPARE(int(gif.frames.size()), 1 + 18 * 2);  // 19 steps, 2 frames a step at 4 fps
        QCOMPARE(gif.screen, pictureSize(0.25));
        QCOMPARE(gif.loopCount, 0);
    }
}

void ExportCommandTest::optionsReachThePicture()
{
    // --dpi 48 is scale 0.5; the dark theme's background; the views' own sizes.
    QCOMPARE(exportDemo({"--out", out("half.png"), "--dpi", "48"}).exitCode, 0);
    QCOMPARE(QImage(out("half.png")).size(), pictureSize(0.5));
    QCOMPARE(exportDemo({"--out", out("dark.png"), "--theme", "dark", "--scale", "0.25"}).exitCode, 0);
    QCOMPARE(QImage(out("dark.png")).pixelColor(1, 1), QColor(0x16, 0x19, 0x20));
    QCOMPARE(exportDemo({"--out", out("clear.png"), "--transparent", "--scale", "0.25"}).exitCode, 0);
    QCOMPARE(qAlpha(QImage(out("clear.png")).pixel(1, 1)), 0);
    QCOMPARE(exportDemo({"--out", out("output.png"), "--view", "output"}).exitCode, 0);
    QCOMPARE(QImage(out("output.png")).size(), pictureSize(1.0, sb::ViewId::Output));
    QCOMPARE(exportDemo({"--out=" + out("step3.png"), "--step=3", "--view=overlap"}).exitCode, 0);
    QCOMPARE(QImage(out("step3.png")).size(), pictureSize(1.0, sb::ViewId::Overlap));
}

void ExportCommandTest::gifStepsAndLoop()
{
    const ScatterboardProcess run =
        exportDemo({"--out", out("part.gif"), "--steps", "2-4", "--fps", "10", "--loop", "3", "--scale", "0.2"});
    QCOMPARE(run.exitCode, 0);
    const DecodedGif gif = DecodedGif::read(out("part.gif"));
    QCOMPARE(int(gif.frames.size()), 1 + 2 * 5);  // 10 fps: a 0.45 s step is 5 frames
    QCOMPARE(gif.screen, pictureSize(0.2));
    QCOMPARE(gif.loopCount, 2);  // 3 plays: the first and 2 repetitions
    QCOMPARE(gif.delays[1], 10);
}

void ExportCommandTest::frameSequence()
{
    const ScatterboardProcess run = exportDemo({"--out", out("frame-%04d.png"), "--steps", "0-1", "--fps", "4", "--scale", "0.2"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(filesIn(dir_->path()), (QStringList{"frame-0001.png", "frame-0002.png", "frame-0003.png"}));
    QVERIFY2(run.out.contains("3 files"), run.out.constData());
}

void ExportCommandTest::runsWithoutAnyDisplay()
{
    QProcessEnvironment environment = ScatterboardProcess::englishEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    const ScatterboardProcess run =
        ScatterboardProcess::run({"export", kDemo, "--out", out("headless.png"), "--scale", "0.5"}, environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QImage(out("headless.png")).size(), pictureSize(0.5));
}

void ExportCommandTest::helpListsTheViews()
{
    const ScatterboardProcess run = ScatterboardProcess::run({"export", "--help"});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.out);
    QVERIFY(help.startsWith("usage: scatterboard export CONFIG.json --out FILE"));
    for (const char* view : {"\n  scatter ", "\n  output ", "\n  overlap "})
        QVERIFY2(help.contains(QLatin1String(view)), view);
    QVERIFY(help.contains("frame-%04d.png"));
    // The program's own help points to it.
    QVERIFY(ScatterboardProcess::run({"--help"}).out.contains("scatterboard export --help"));
}

void ExportCommandTest::errorsLeaveNothing_data()
{
    QTest::addColumn<QStringList>("arguments");  // after "export"; @ is the output folder
    QTest::addColumn<QString>("message");
    const QString demo = kDemo;
    QTest::newRow("an unknown view") << QStringList{demo, "--out", "@/a.png", "--view", "sideways"}
                                     << "unknown view 'sideways': the views are scatter, output, overlap, ";  // and the views added since
    QTest::newRow("an unknown extension") << QStringList{demo, "--out", "@/a.jpg"} << "unknown file type '.jpg'";
    QTest::newRow("a step past the end") << QStringList{demo, "--out", "@/a.png", "--step", "19"}
                                         << "step 19 is out of range: the scatter view of this layer has steps 0–18";
    QTest::newRow("a range past the end") << QStringList{demo, "--out", "@/a.gif", "--steps", "3-40"} << "step 40 is out of range";
    QTest::newRow("a backwards range") << QStringList{demo, "--out", "@/a.gif", "--steps", "5-2"}
                                       << "the first step comes after the last";
    QTest::newRow("a malformed range") << QStringList{demo, "--out", "@/a.gif", "--steps", "5"}
                                       << "--steps: expected a range of steps like 2-7, got '5'";
    QTest::newRow("a negative step") << QStringList{demo, "--out", "@/a.png", "--step", "-3"}
                                     << "--step: expected a step number (0, 1, 2, ...), got '-3'";
    QTest::newRow("a range for a picture") << QStringList{demo, "--out", "@/a.png", "--steps", "2-5"}
                                           << "PNG draws one step, not steps 2–5";
    QTest::newRow("two step options") << QStringList{demo, "--out", "@/a.gif", "--step", "3", "--all"}
                                      << "give only one of --step, --steps and --all";
    QTest::newRow("a scale that is not a number") << QStringList{demo, "--out", "@/a.png", "--scale", "big"}
                                                  << "--scale: expected a positive number, got 'big'";
    QTest::newRow("a zero scale") << QStringList{demo, "--out", "@/a.png", "--scale", "0"} << "--scale: expected a positive number";
    QTest::newRow("a huge scale") << QStringList{demo, "--out", "@/a.png", "--scale", "100"} << "scale 100 is out of range";
    QTest::newRow("nan dpi") << QStringList{demo, "--out", "@/a.png", "--dpi", "nan"} << "--dpi: expected a positive number, got 'nan'";
    QTest::newRow("scale and dpi") << QStringList{demo, "--out", "@/a.png", "--scale", "2", "--dpi", "300"}
                                   << "give only one of --scale and --dpi";
    QTest::newRow("zero fps") << QStringList{demo, "--out", "@/a.gif", "--fps", "0"} << "--fps: expected a positive number, got '0'";
    QTest::newRow("too many fps") << QStringList{demo, "--out", "@/a.gif", "--fps", "500"} << "500 frames per second is out of range";
    QTest::newRow("a negative loop") << QStringList{demo, "--out", "@/a.gif", "--loop", "-1"} << "--loop: expected 0 (forever)";
    QTest::newRow("an unknown theme") << QStringList{demo, "--out", "@/a.png", "--theme", "blue"}
                                      << "--theme: expected light or dark, got 'blue'";
    QTest::newRow("a plane out of range") << QStringList{demo, "--out", "@/a.png", "--plane", "0,5"}
                                          << "plane n=0, co=5 is out of range";
    QTest::newRow("a folder that does not exist") << QStringList{demo, "--out", "@/missing/a.png"} << "cannot write";
    QTest::newRow("a GIF in a folder that does not exist") << QStringList{demo, "--out", "@/missing/a.gif"} << "cannot write";
    QTest::newRow("frames in a folder that does not exist") << QStringList{demo, "--out", "@/missing/f-%04d.png"}
                                                            << "the folder";
    QTest::newRow("no --out") << QStringList{demo} << "missing --out FILE";
    QTest::newRow("no config") << QStringList{"--out", "@/a.png"} << "export: missing CONFIG.json";
    QTest::newRow("an unknown option") << QStringList{demo, "--out", "@/a.png", "--fast"} << "unknown option '--fast'";
    QTest::newRow("an option without its value") << QStringList{demo, "--out"} << "--out needs a value";
    QTest::newRow("a config PyTorch rejects") << QStringList{"@stride0.json", "--out", "@/a.png"}
                                              << "stride0.json: RuntimeError: non-positive stride is not supported";
    QTest::newRow("a config that does not exist") << QStringList{"@/none.json", "--out", "@/a.png"}
                                                  << "none.json: cannot open: No such file or directory";
}

void ExportCommandTest::errorsLeaveNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // Configs live beside the output folder, so the folder holds only what export writes.
    QTemporaryDir configs;
    writeConfig(configs.path(), "stride0.json", "{\"stride\": 0, \"input\": [[1]], \"weight\": [[1]]}");
    for (QString& a : arguments) {
        if (a.startsWith("@/"))
            a = dir_->path() + a.mid(1);
        else if (a.startsWith("@"))
            a = configs.filePath(a.mid(1));
    }
    const ScatterboardProcess run = ScatterboardProcess::run(QStringList{"export"} + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains("scatterboard: ") && err.contains(message), qPrintable(err));
    QCOMPARE(filesIn(dir_->path()), QStringList());
}

SB_TEST_MAIN(ExportCommandTest)
#include "tst_export_command.moc"
