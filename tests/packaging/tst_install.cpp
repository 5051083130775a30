// SPDX-License-Identifier: MIT
// A real desktop application: `cmake --install` of this build into a temporary prefix
// gives the files a desktop and a package manager look for; the installed binary runs and exports
// without a display; the desktop entry, file type and AppStream metadata pass freedesktop's own
// tools; the Python package is installed whole and imports from the prefix with Debian's python3,
// driving the installed program. A missing tool fails the test instead of skipping it, so it can
// never pass by not looking.
#include "TestMain.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

const QString kId = QStringLiteral(SB_APP_ID);
const QString kPreset = QStringLiteral(SB_SOURCE_DIR "/resources/presets/seed004-k4-s2-p1.json");

struct Finished {
    int exitCode = -1;  // −1: crashed, hung or never started
    QByteArray out;
    QByteArray err;
    QByteArray both() const { return out + err; }
};

// Runs program in the system's environment with changes made by adjust (e.g. a PYTHONPATH).
Finished run(const QString& program, const QStringList& arguments,
             const std::function<void(QProcessEnvironment&)>& adjust = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (adjust)
        adjust(environment);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("LANGUAGE"));  // the English program, whatever the machine speaks
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Finished result;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The tool's path, or empty; the caller fails with the package that provides it.
QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The lines of a validator's report that start with one of prefixes.
QStringList linesStartingWith(const QByteArray& report, const QStringList& prefixes)
{
    QStringList found;
    for (const QString& line : QString::fromUtf8(report).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        for (const QString& prefix : prefixes)
            if (trimmed.startsWith(prefix) || trimmed.contains(QStringLiteral(": ") + prefix))
                found << trimmed;
    }
    return found;
}

} // namespace

class InstallTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void installsFile_data();
    void installsFile();
    void iconHasItsSize_data();
    void iconHasItsSize();
    void installedBinaryPrintsTheProjectVersion();
    void installedBinaryExportsWithoutADisplay();
    void desktopEntryPassesDesktopFileValidate();
    void desktopEntryNamesTheInstalledIconAndFileType();
    void metainfoPassesAppstreamcliValidate();
    void metainfoNamesTheProjectVersionAsNewestRelease();
    void fileTypeMatchesConfigsAndSubclassesJson();
    void manPageIsTheHelpOfThisVersion();
    void installsThePythonPackageWhole();
    void installedPythonPackageImportsFromThePrefixAndRunsTheInstalledProgram();

private:
    QString installed(const QString& relative) const { return prefix_.filePath(relative); }
    QString data(const QString& relative) const { return installed(QStringLiteral(SB_INSTALL_DATADIR "/") + relative); }
    QString binary() const { return installed(QStringLiteral(SB_INSTALL_BINDIR "/scatterboard")); }
    QString pythonPath() const { return installed(QStringLiteral(SB_INSTALL_PYTHONDIR)); }

    QTemporaryDir scratch_;
    QDir prefix_;
};

void InstallTest::initTestCase()
{
    QVERIFY(scratch_.isValid());
    prefix_ = QDir(scratch_.filePath(QStringLiteral("prefix")));
    const Finished install = run(QStringLiteral(SB_CMAKE_COMMAND),
                                 {QStringLiteral("--install"), QStringLiteral(SB_BUILD_DIR), QStringLiteral("--prefix"),
                                  prefix_.path()});
    QVERIFY2(install.exitCode == 0, install.both().constData());
}

void InstallTest::installsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("the binary in bin") << QStringLiteral(SB_INSTALL_BINDIR "/scatterboard");
    QTest::newRow("the desktop entry under its reverse-DNS id")
        << QStringLiteral(SB_INSTALL_DATADIR "/applications/") + kId + QStringLiteral(".desktop");
    QTest::newRow("the config file type for shared-mime-info")
        << QStringLiteral(SB_INSTALL_DATADIR "/mime/packages/") + kId + QStringLiteral(".xml");
    QTest::newRow("the AppStream metadata")
        << QStringLiteral(SB_INSTALL_DATADIR "/metainfo/") + kId + QStringLiteral(".metainfo.xml");
    QTest::newRow("the scalable icon")
        << QStringLiteral(SB_INSTALL_DATADIR "/icons/hicolor/scalable/apps/") + kId + QStringLiteral(".svg");
    QTest::newRow("the man page") << QStringLiteral(SB_INSTALL_MANDIR "/man1/scatterboard.1");
    QTest::newRow("the licence") << QStringLiteral(SB_INSTALL_DATADIR "/doc/scatterboard/LICENSE");
    QTest::newRow("the test photo's credits") << QStringLiteral(SB_INSTALL_DATADIR "/doc/scatterboard/test-photo-credits.md");
}

void InstallTest::installsFile()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo(installed(path)).isFile(), qPrintable(path + QStringLiteral(" is not installed")));
    QVERIFY2(QFileInfo(installed(path)).size() > 0, qPrintable(path + QStringLiteral(" is empty")));
}

void InstallTest::iconHasItsSize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void InstallTest::iconHasItsSize()
{
    QFETCH(int, size);
    const QString path = data(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kId));
    const QImage icon(path);
    QVERIFY2(!icon.isNull(), qPrintable(path + QStringLiteral(" is missing or not a PNG")));
    QCOMPARE(icon.size(), QSize(size, size));
}

void InstallTest::installedBinaryPrintsTheProjectVersion()
{
    const Finished version = run(binary(), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    // The first line is the version; the second names the SIMD build that runs.
    QVERIFY2(version.out.startsWith("scatterboard " SB_PROJECT_VERSION "\nSIMD: "), version.out.constData());
}

void InstallTest::installedBinaryExportsWithoutADisplay()
{
    // The installed program draws the same pixels as the build tree's: it is the same program, and
    // needs nothing from the build tree.
    const QString installedPng = scratch_.filePath(QStringLiteral("installed.png"));
    const QString builtPng = scratch_.filePath(QStringLiteral("built.png"));
    const Finished fromInstalled = run(binary(), {QStringLiteral("export"), kPreset, QStringLiteral("--out"), installedPng});
    QVERIFY2(fromInstalled.exitCode == 0, fromInstalled.both().constData());
    const Finished fromBuilt = run(QStringLiteral(SB_SCATTERBOARD_BINARY),
                                   {QStringLiteral("export"), kPreset, QStringLiteral("--out"), builtPng});
    QVERIFY2(fromBuilt.exitCode == 0, fromBuilt.both().constData());

    const QImage picture(installedPng);
    QVERIFY2(!picture.isNull(), "the installed binary wrote no readable PNG");
    QVERIFY(picture.width() > 100 && picture.height() > 100);
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 4)
        for (int x = 0; x < picture.width(); x += 4)
            colours.insert(picture.pixel(x, y));
    QVERIFY2(colours.size() > 8, "the picture is (nearly) blank");
    QCOMPARE(picture, QImage(builtPng));
}

void InstallTest::desktopEntryPassesDesktopFileValidate()
{
    const QString validator = tool("desktop-file-validate");
    QVERIFY2(!validator.isEmpty(), "desktop-file-validate not found (scripts/install-deps.sh installs desktop-file-utils)");
    const Finished report = run(validator, {data(QStringLiteral("applications/") + kId + QStringLiteral(".desktop"))});
    if (!report.both().isEmpty())
        qInfo("desktop-file-validate says:\n%s", report.both().constData());
    QVERIFY2(report.exitCode == 0, report.both().constData());
    // Silence, not only success: hints fail too, such as the one for a second main category
    // (Education;Science; would list Scatterboard twice in a menu).
    QVERIFY2(report.both().isEmpty(), report.both().constData());
}

void InstallTest::desktopEntryNamesTheInstalledIconAndFileType()
{
    const QStringList lines = readText(data(QStringLiteral("applications/") + kId + QStringLiteral(".desktop"))).split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("Icon=") + kId));
    QVERIFY(lines.contains(QStringLiteral("Exec=scatterboard %f")));
    QVERIFY(lines.contains(QStringLiteral("MimeType=application/x-scatterboard-config;")));
}

void InstallTest::metainfoPassesAppstreamcliValidate()
{
    const QString appstreamcli = tool("appstreamcli");
    QVERIFY2(!appstreamcli.isEmpty(), "appstreamcli not found (scripts/install-deps.sh installs appstream)");
    const Finished report = run(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"),
                                               data(QStringLiteral("metainfo/") + kId + QStringLiteral(".metainfo.xml"))});
    qInfo("appstreamcli validate --no-net says:\n%s", report.both().constData());
    QVERIFY2(report.exitCode == 0, report.both().constData());
    // Errors fail appstreamcli itself; warnings are held to the same standard here. Pedantic notes
    // (the id's capital S, Flathub's own convention) and infos may stay.
    const QStringList problems = linesStartingWith(report.both(), {QStringLiteral("E:"), QStringLiteral("W:")});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void InstallTest::metainfoNamesTheProjectVersionAsNewestRelease()
{
    const QString metainfo = readText(data(QStringLiteral("metainfo/") + kId + QStringLiteral(".metainfo.xml")));
    const qsizetype releases = metainfo.indexOf(QStringLiteral("<releases>"));
    QVERIFY(releases >= 0);
    const qsizetype newest = metainfo.indexOf(QStringLiteral("<release "), releases);
    QVERIFY(newest >= 0);
    const QString line = metainfo.mid(newest, metainfo.indexOf(QLatin1Char('>'), newest) - newest);
    QVERIFY2(line.contains(QStringLiteral("version=\"" SB_PROJECT_VERSION "\"")),
             qPrintable(QStringLiteral("the newest release is %1, the project is " SB_PROJECT_VERSION).arg(line)));
}

void InstallTest::fileTypeMatchesConfigsAndSubclassesJson()
{
    // update-mime-database compiles the installed package into the tables desktops read.
    const QString compiler = tool("update-mime-database");
    QVERIFY2(!compiler.isEmpty(), "update-mime-database not found (scripts/install-deps.sh installs shared-mime-info)");
    const QString mime = data(QStringLiteral("mime"));
    // On the search path, so that it does not warn that desktops would not find the prefix; it
    // warns about unknown elements too, and any warning fails.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(data(QString())) + ":/usr/local/share:/usr/share");
    const Finished compiled = run(compiler, {mime});
    QVERIFY2(compiled.exitCode == 0, compiled.both().constData());
    QVERIFY2(compiled.both().isEmpty(), compiled.both().constData());
    QVERIFY(readText(mime + QStringLiteral("/globs2"))
                .split(QLatin1Char('\n'))
                .contains(QStringLiteral("50:application/x-scatterboard-config:*.scatterboard.json")));
    QVERIFY(readText(mime + QStringLiteral("/subclasses"))
                .split(QLatin1Char('\n'))
                .contains(QStringLiteral("application/x-scatterboard-config application/json")));
}

void InstallTest::manPageIsTheHelpOfThisVersion()
{
    const QString page = readText(installed(QStringLiteral(SB_INSTALL_MANDIR "/man1/scatterboard.1")));
    QVERIFY2(!page.isEmpty(), "no man page: was help2man found when the build was configured?");
    QVERIFY(page.contains(QStringLiteral(".TH SCATTERBOARD \"1\"")));
    QVERIFY(page.contains(QStringLiteral("scatterboard " SB_PROJECT_VERSION)));
    QVERIFY(page.contains(QStringLiteral("compute")) && page.contains(QStringLiteral("export")));
}

void InstallTest::installsThePythonPackageWhole()
{
    // Its modules and nothing else: no bytecode of the source tree's, no test files.
    const QStringList modules = {QStringLiteral("*.py")};
    const QStringList source =
        QDir(QStringLiteral(SB_SOURCE_DIR "/python/scatterboard")).entryList(modules, QDir::Files);
    QVERIFY(source.contains(QStringLiteral("__init__.py")));
    const QDir package(pythonPath() + QStringLiteral("/scatterboard"));
    QCOMPARE(package.entryList(QDir::AllEntries | QDir::NoDotAndDotDot), source);
    for (const QString& module : source)
        QCOMPARE(readText(package.filePath(module)),
                 readText(QStringLiteral(SB_SOURCE_DIR "/python/scatterboard/") + module));
}

void InstallTest::installedPythonPackageImportsFromThePrefixAndRunsTheInstalledProgram()
{
    // Debian's python3 (the one with torch), the prefix's package on PYTHONPATH as the README says
    // for prefixes other than /usr, and the prefix's bin on PATH, where the package looks.
    const QString script = QStringLiteral("import scatterboard, torch\n"
                                          "print(scatterboard.__file__)\n"
                                          "print(scatterboard.find_program())\n"
                                          "print(list(scatterboard.compute(torch.nn.ConvTranspose2d(1, 1, 2, "
                                          "bias=False), torch.ones(1, 1, 2, 3)).shape))\n");
    const Finished python = run(
        QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script}, [this](QProcessEnvironment& environment) {
            environment.insert(QStringLiteral("PYTHONPATH"), pythonPath());
            environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
            environment.insert(QStringLiteral("PATH"),
                               installed(QStringLiteral(SB_INSTALL_BINDIR)) + QStringLiteral(":/usr/bin:/bin"));
            environment.remove(QStringLiteral("SCATTERBOARD_BIN"));
        });
    QVERIFY2(python.exitCode == 0, python.both().constData());
    const QStringList lines = QString::fromUtf8(python.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines, QStringList({pythonPath() + QStringLiteral("/scatterboard/__init__.py"), binary(),
                                 QStringLiteral("[1, 1, 3, 4]")}));
}

SB_TEST_MAIN(InstallTest)
#include "tst_install.moc"
