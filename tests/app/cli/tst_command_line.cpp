// The command line read by QCommandLineParser after Qt has taken its own options (issue 13), through
// the real binary: Qt's -platform, -style, -reverse and -qwindowgeometry are accepted with a display
// or without one, the subcommands still work (also after Qt's options), and an unknown option is
// still a usage error with exit status 2, named as it was typed.
#include "ScatterboardProcess.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

namespace {

using sbtest::kDemo;

// Windows open, invisibly.
QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = ScatterboardProcess::headlessEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

} // namespace

class CommandLineTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void qtOptionsAreAccepted_data();
    void qtOptionsAreAccepted();
    void qtOptionsWithoutDisplayStillPrintCompute();
    void aLessonWithoutDisplayIsOutlined();
    void windowOpensWithQtOptions();
    void helpAllListsQtOptions();
    void subcommandsStillWork_data();
    void subcommandsStillWork();
    void unknownOptionsAreUsageErrors_data();
    void unknownOptionsAreUsageErrors();
};

void CommandLineTest::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SB_SCATTERBOARD_BINARY)));
    QVERIFY(QFile::exists(kDemo));
}

void CommandLineTest::qtOptionsAreAccepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withDisplay");  // an offscreen "display"; without one, no platform at all
    QTest::addColumn<QString>("pattern");   // a regular expression stdout must match

    // The version, then the SIMD build of the fast path (core/simd/InstructionSet.h).
    const QString version = QStringLiteral("^scatterboard \\d+\\.\\d+\\.\\d+\\nSIMD: (sse2|avx2|avx512) \\([^\\n]*\\)\\n$");
    QTest::newRow("-platform offscreen --version without a display")
        << QStringList{"-platform", "offscreen", "--version"} << false << version;
    QTest::newRow("--platform with two dashes, as Qt reads it")
        << QStringList{"--platform", "offscreen", "--version"} << false << version;
    QTest::newRow("-style Fusion --version") << QStringList{"-style", "Fusion", "--version"} << true << version;
    QTest::newRow("-style Fusion --version without a display")
        << QStringList{"-style", "Fusion", "--version"} << false << version;
    QTest::newRow("-reverse and -qwindowgeometry before -v")
        << QStringList{"-reverse", "-qwindowgeometry", "640x480+0+0", "-v"} << true << version;
    QTest::newRow("-style Fusion after --help")
        << QStringList{"--help", "-style", "Fusion"} << true
        << QStringLiteral("^usage: scatterboard \\[CONFIG.json \\| LESSON.json\\] \\[--view NAME\\] \\[--step N\\]\\n");
}

void CommandLineTest::qtOptionsAreAccepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withDisplay);
    QFETCH(QString, pattern);
    const ScatterboardProcess run = ScatterboardProcess::run(arguments, withDisplay ? offscreen() : ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(QRegularExpression(pattern).match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
}

void CommandLineTest::qtOptionsWithoutDisplayStillPrintCompute()
{
    const ScatterboardProcess run =
        ScatterboardProcess::run({"-style", "Fusion", "-reverse", kDemo, "--step", "2"}, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.startsWith("scatterboard: no display found (DISPLAY is not set), so the window cannot open."),
             run.err.constData());
    QCOMPARE(run.json()["output_shape"].toArray(), (QJsonArray{1, 1, 8, 8}));
}

void CommandLineTest::aLessonWithoutDisplayIsOutlined()
{
    const ScatterboardProcess run = ScatterboardProcess::run({QStringLiteral(SB_SOURCE_DIR "/resources/lessons/4-checkerboard.json")}, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.startsWith("scatterboard: no display found (DISPLAY is not set), so the window cannot open. The lesson \"The "
                                "checkerboard\" has 6 slides:"),
             run.err.constData());
    QVERIFY(run.err.contains("  6. Resize, then convolve (resize-conv)\n"));
    QVERIFY(run.err.contains("--out handout.pdf` prints it as a handout without a display."));
}

void CommandLineTest::windowOpensWithQtOptions()
{
    // The window stays open until it is closed: still running after two seconds, it has taken
    // every option.
    QProcess window;
    window.setProcessEnvironment(ScatterboardProcess::headlessEnvironment());
    window.start(QStringLiteral(SB_SCATTERBOARD_BINARY),
                 {"-platform", "offscreen", "-style", "Fusion", "-reverse", kDemo, "--view", "overlap", "--step", "3"});
    QVERIFY(window.waitForStarted());
    QVERIFY2(!window.waitForFinished(2000), window.readAllStandardError().constData());
    window.kill();
    window.waitForFinished();
}

void CommandLineTest::helpAllListsQtOptions()
{
    const ScatterboardProcess run = ScatterboardProcess::run({"--help-all"}, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--view <NAME>", "--step <N>", "--platform <", "--qwindowgeometry <", "--reverse"})
        QVERIFY2(run.out.contains(option), option);
}

void CommandLineTest::subcommandsStillWork_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("compute on a preset") << QStringList{"compute", kDemo};
    QTest::newRow("compute with its options after the config") << QStringList{"compute", kDemo, "--overlap"};
    QTest::newRow("compute after Qt's -platform") << QStringList{"-platform", "offscreen", "compute", kDemo};
    QTest::newRow("compute with -- before the config") << QStringList{"compute", "--overlap", "--", kDemo};
}

void CommandLineTest::subcommandsStillWork()
{
    QFETCH(QStringList, arguments);
    const ScatterboardProcess run = ScatterboardProcess::run(arguments, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.json()["output_shape"].toArray(), (QJsonArray{1, 1, 8, 8}));
    QCOMPARE(run.json().contains("overlap"), arguments.contains("--overlap"));
}

void CommandLineTest::unknownOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");  // stderr's first line
    QTest::addColumn<QString>("help");     // where the usage error points to

    QTest::newRow("an unknown option for the window")
        << QStringList{"--frobnicate"} << "scatterboard: unknown option '--frobnicate'" << "scatterboard --help";
    QTest::newRow("an unknown option after Qt's")
        << QStringList{"-platform", "offscreen", "-style", "Fusion", "--frobnicate"}
        << "scatterboard: unknown option '--frobnicate'" << "scatterboard --help";
    QTest::newRow("one dash, named as typed")
        << QStringList{"-frobnicate"} << "scatterboard: unknown option '-frobnicate'" << "scatterboard --help";
    QTest::newRow("the first of two unknown options")
        << QStringList{kDemo, "--fast", "--slow"} << "scatterboard: unknown option '--fast'" << "scatterboard --help";
    QTest::newRow("a flag given a value")
        << QStringList{"--version=2"} << "scatterboard: --version takes no value" << "scatterboard --help";
    QTest::newRow("-style is the window's, not compute's")
        << QStringList{"compute", kDemo, "-style", "Fusion"} << "scatterboard: compute: unknown option '-style'"
        << "scatterboard compute --help";
    QTest::newRow("export's unknown option")
        << QStringList{"export", kDemo, "--out", "x.png", "--fast"} << "scatterboard: export: unknown option '--fast'"
        << "scatterboard export --help";
}

void CommandLineTest::unknownOptionsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, help);
    const ScatterboardProcess run = ScatterboardProcess::run(arguments, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(message + '\n'), qPrintable(err));
    QVERIFY2(err.contains("\nusage: scatterboard"), qPrintable(err));
    QVERIFY2(err.endsWith("Try '" + help + "' for more information.\n"), qPrintable(err));
}

SB_TEST_GUILESS_MAIN(CommandLineTest)
#include "tst_command_line.moc"
