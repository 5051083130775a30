// SPDX-License-Identifier: MIT
// Issue 11, files: `scatterboard export` through the real binary never harms a file. Special files
// (a link to /dev/full, a FIFO, a device node) are refused with exit 2 in every output format and
// stay what they were; an output that is one of the export's inputs is refused; a link to a
// regular file keeps the link and replaces its target; a folder holding frames of an earlier
// export is refused, and so is a second export to a pattern while one writes it; and a write that
// fails half-way (a file size limit, as a full disk would) exits 2 with the old file intact.
#include "ScatterboardProcess.h"

#include "app/config/NpyFile.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QTemporaryDir>
#include <QtTest>

#include <QImage>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

using sbtest::kDemo;
using sbtest::writeFile;

const QString kPhoto = QStringLiteral(SB_SOURCE_DIR "/resources/images/test-photo.png");

// The file type of path itself (a link is a link): S_IFREG, S_IFIFO, S_IFLNK, ...; 0 if missing.
mode_t typeOf(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ExportSafetyTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void inputsAreNeverOverwritten_data();
    void inputsAreNeverOverwritten();
    void aLinkToARegularFileKeepsTheLink();
    void framesOfAnEarlierExportAreNotMixedIn();
    void aSecondExportIsRefusedWhileOneWritesThePattern();
    void aLockLeftByAKilledExportClaimsNothing();
    void aFailedWriteLeavesTheOldFile_data();
    void aFailedWriteLeavesTheOldFile();

private:
    std::unique_ptr<QTemporaryDir> dir_;
};

void ExportSafetyTest::init()
{
    QVERIFY(QFile::exists(QStringLiteral(SB_SCATTERBOARD_BINARY)));
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void ExportSafetyTest::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");     // link-to-dev-full, fifo, device
    QTest::addColumn<QString>("name");     // the special file's name in the folder
    QTest::addColumn<QString>("out");      // --out, relative to the folder
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QString notRegular = QStringLiteral("not a regular file");
    for (const QString& ext : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("gif")}) {
        const QString name = QStringLiteral("x.") + ext;
        QTest::addRow("a link to /dev/full named %s is refused", qPrintable(name))
            << "link-to-dev-full" << name << name << QStringList() << notRegular;
        QTest::addRow("a FIFO named %s is refused", qPrintable(name)) << "fifo" << name << name << QStringList() << notRegular;
        QTest::addRow("a device node named %s is refused", qPrintable(name)) << "device" << name << name << QStringList() << notRegular;
    }
    // A frame sequence never writes over an existing name of its pattern, special or not.
    QTest::newRow("a FIFO named as the first frame is refused") << "fifo" << "f-0001.png" << "f-%04d.png"
                                                               << QStringList{"--steps", "0-1", "--fps", "1"}
                                                               << "already holds 1 frame of this pattern";
    QTest::newRow("a link to /dev/full as the second frame is refused") << "link-to-dev-full" << "f-2.png" << "f-%d.png"
                                                                        << QStringList{"--steps", "0-1", "--fps", "1"}
                                                                        << "already holds 1 frame of this pattern";
    QTest::newRow("a FIFO named x.py is refused") << "fifo" << "x.py" << "x.py" << QStringList() << notRegular;
    QTest::newRow("a folder named x.png is refused") << "folder" << "x.png" << "x.png" << QStringList() << notRegular;
}

void ExportSafetyTest::specialFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, out);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString path = dir_->filePath(name);
    const QByteArray native = QFile::encodeName(path);
    mode_t expected = 0;
    if (kind == QLatin1String("link-to-dev-full")) {
        QVERIFY(::symlink("/dev/full", native.constData()) == 0);
        expected = S_IFLNK;
    } else if (kind == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(native.constData(), 0644) == 0);
        expected = S_IFIFO;
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(path));
        expected = S_IFDIR;
    } else {
        // A character device like /dev/full (1, 7): only root may make one, and a container may
        // forbid even root.
        if (::geteuid() != 0 || ::mknod(native.constData(), S_IFCHR | 0644, makedev(1, 7)) != 0)
            QSKIP("mknod needs root (and a container that allows it)");
        expected = S_IFCHR;
    }
    struct stat devFull {};
    QVERIFY(::stat("/dev/full", &devFull) == 0 && S_ISCHR(devFull.st_mode));

    const ScatterboardProcess run =
        ScatterboardProcess::run(QStringList{"export", kDemo, "--out", dir_->filePath(out)} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(typeOf(path), expected);
    QVERIFY(::stat("/dev/full", &devFull) == 0 && S_ISCHR(devFull.st_mode));
    // Nothing else was written: no frames, no temporary files.
    QCOMPARE(QDir(dir_->path()).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{name});
}

void ExportSafetyTest::inputsAreNeverOverwritten_data()
{
    QTest::addColumn<QString>("setup");  // what the folder holds
    QTest::addColumn<QStringList>("arguments");  // after "export"; @ is the folder
    QTest::addColumn<QString>("victim");         // the input that must survive
    QTest::newRow("a config named x.png is not its own output") << "config x.png" << QStringList{"@/x.png", "--out", "@/x.png"}
                                                                << "x.png";
    QTest::newRow("the photo is not the output") << "photo p.png"
                                                 << QStringList{kDemo, "--view", "image", "--image", "@/p.png", "--out", "@/p.png"}
                                                 << "p.png";
    QTest::newRow("a hard link to the config is the config") << "config c.json, hard link c.png"
                                                             << QStringList{"@/c.json", "--out", "@/c.png"} << "c.json";
    QTest::newRow("a symbolic link to the photo is the photo") << "photo p.png, link q.png"
                                                               << QStringList{kDemo, "--view", "image", "--image", "@/p.png", "--out", "@/q.png"}
                                                               << "p.png";
    QTest::newRow("a link to the --kernel .npy is the kernel") << "kernel k.npy, link k.png"
                                                               << QStringList{kDemo, "--view", "image", "--kernel", "@/k.npy", "--out", "@/k.png"}
                                                               << "k.npy";
    QTest::newRow("the config's weight .npy is not the output") << "config c.json with weight w.png"
                                                                << QStringList{"@/c.json", "--out", "@/w.png"} << "w.png";
    QTest::newRow("a PyTorch script is not written over its config") << "config c.py"
                                                                     << QStringList{"@/c.py", "--out", "@/c.py"} << "c.py";
}

void ExportSafetyTest::inputsAreNeverOverwritten()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, arguments);
    QFETCH(QString, victim);
    const QDir dir(dir_->path());
    const QByteArray config = contents(kDemo);
    const QByteArray kernel = sb::npyBytes(sb::Tensor({1, 1, 2, 2}, std::vector<float>{1, 2, 3, 4}));
    if (setup.startsWith("config x.png"))
        QVERIFY(writeFile(dir.filePath("x.png"), config));
    if (setup.startsWith("config c.py"))
        QVERIFY(writeFile(dir.filePath("c.py"), config));
    if (setup.startsWith("config c.json"))
        QVERIFY(writeFile(dir.filePath("c.json"), setup.contains("weight w.png")
                                                      ? QByteArray(R"({"kernel_size": 2, "input": [[1, 2], [3, 4]], "weight": {"npy": "w.png"}})")
                                                      : config));
    if (setup.contains("weight w.png"))
        QVERIFY(writeFile(dir.filePath("w.png"), kernel));
    if (setup.contains("hard link c.png"))
        QVERIFY(::link(QFile::encodeName(dir.filePath("c.json")).constData(), QFile::encodeName(dir.filePath("c.png")).constData()) == 0);
    if (setup.startsWith("photo"))
        QVERIFY(QFile::copy(kPhoto, dir.filePath("p.png")));
    if (setup.contains("link q.png"))
        QVERIFY(QFile::link(dir.filePath("p.png"), dir.filePath("q.png")));
    if (setup.startsWith("kernel")) {
        QVERIFY(writeFile(dir.filePath("k.npy"), kernel));
        QVERIFY(QFile::link(dir.filePath("k.npy"), dir.filePath("k.png")));
    }
    const QByteArray before = contents(dir.filePath(victim));
    QVERIFY(!before.isEmpty());
    for (QString& a : arguments)
        if (a.startsWith("@/"))
            a = dir.path() + a.mid(1);

    const ScatterboardProcess run = ScatterboardProcess::run(QStringList{"export"} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains("is the input file"), run.err.constData());
    QCOMPARE(contents(dir.filePath(victim)), before);
}

void ExportSafetyTest::aLinkToARegularFileKeepsTheLink()
{
    const QDir dir(dir_->path());
    QVERIFY(writeFile(dir.filePath("real.png"), "old"));
    QVERIFY(QFile::link("real.png", dir.filePath("link.png")));
    const ScatterboardProcess run = ScatterboardProcess::run({"export", kDemo, "--out", dir.filePath("link.png")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(typeOf(dir.filePath("link.png")), mode_t(S_IFLNK));
    QVERIFY(contents(dir.filePath("real.png")).startsWith("\x89PNG"));
}

void ExportSafetyTest::framesOfAnEarlierExportAreNotMixedIn()
{
    // The policy (export --help says it): a folder holding frames of the same pattern is refused,
    // and the earlier frames stay as they were.
    const QDir dir(dir_->path());
    const QString pattern = dir.filePath("f-%04d.png");
    const ScatterboardProcess first = ScatterboardProcess::run({"export", kDemo, "--out", pattern, "--steps", "0-4", "--fps", "1"});
    QCOMPARE(first.exitCode, 0);
    const QStringList frames = dir.entryList(QDir::Files, QDir::Name);
    QCOMPARE(frames.size(), 5);
    const QByteArray last = contents(dir.filePath(frames.back()));

    const ScatterboardProcess second = ScatterboardProcess::run({"export", kDemo, "--out", pattern, "--steps", "0-1", "--fps", "1"});
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(QString::fromUtf8(second.err).contains("already holds 5 frames of this pattern (f-0001.png … f-0005.png)"),
             second.err.constData());
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name), frames);
    QCOMPARE(contents(dir.filePath(frames.back())), last);
    // Another pattern in the same folder is another sequence.
    QCOMPARE(ScatterboardProcess::run({"export", kDemo, "--out", dir.filePath("g-%d.png"), "--steps", "0-1", "--fps", "1"}).exitCode, 0);

    const ScatterboardProcess help = ScatterboardProcess::run({"export", "--help"});
    QVERIFY(QString::fromUtf8(help.out).simplified().contains("A folder that already holds frames of the same pattern is refused"));
}

void ExportSafetyTest::aSecondExportIsRefusedWhileOneWritesThePattern()
{
    // The issue's race: two exports to one pattern started a moment apart both exited 0, their
    // frames mixed. Here the second starts once the first has written its first frame.
    const QDir dir(dir_->path());
    const QString pattern = dir.filePath("f-%04d.png");
    QProcess first;
    first.setProcessEnvironment(ScatterboardProcess::englishEnvironment());
    first.start(QStringLiteral(SB_SCATTERBOARD_BINARY),
                {"export", kDemo, "--out", pattern, "--steps", "0-6", "--theme", "dark"});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath("f-0001.png")) || first.state() == QProcess::NotRunning,
                             60'000);
    QVERIFY2(first.state() == QProcess::Running, "the first export ended before the second could start");
    const ScatterboardProcess second =
        ScatterboardProcess::run({"export", kDemo, "--out", pattern, "--steps", "0-6", "--theme", "light"});
    QVERIFY(first.waitForFinished(120'000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains("f-%04d.png: another export is writing frames of this pattern now"),
             second.err.constData());
    // Every frame is the first export's (dark), and no lock file is left.
    const QStringList frames = dir.entryList({"f-*.png"}, QDir::Files, QDir::Name);
    QVERIFY(frames.size() > 10);
    for (const QString& frame : frames)
        QVERIFY2(QImage(dir.filePath(frame)).pixelColor(0, 0).lightness() < 128, qPrintable(frame));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden).filter(".lock"), QStringList());

    // The same, deterministically: while the lock is held, the export is refused and writes nothing.
    const QString other = dir.filePath("g-%d.png");
    const int held = ::open(QFile::encodeName(dir.filePath(".g-%d.png.lock")).constData(), O_RDWR | O_CREAT, 0644);
    struct flock whole {};
    whole.l_type = F_WRLCK;
    whole.l_whence = SEEK_SET;
    QVERIFY(held >= 0 && ::fcntl(held, F_OFD_SETLK, &whole) == 0);
    const ScatterboardProcess refused =
        ScatterboardProcess::run({"export", kDemo, "--out", other, "--steps", "0-1", "--fps", "1"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("another export is writing frames of this pattern now"), refused.err.constData());
    QCOMPARE(dir.entryList({"g-*.png"}, QDir::Files), QStringList());
    ::close(held);
    QCOMPARE(ScatterboardProcess::run({"export", kDemo, "--out", other, "--steps", "0-1", "--fps", "1"}).exitCode, 0);
}

void ExportSafetyTest::aLockLeftByAKilledExportClaimsNothing()
{
    // A lock dies with its process: the file a killed export leaves behind does not block the next.
    const QDir dir(dir_->path());
    QVERIFY(writeFile(dir.filePath(".f-%04d.png.lock"), QByteArray()));
    const ScatterboardProcess run = ScatterboardProcess::run(
        {"export", kDemo, "--out", dir.filePath("f-%04d.png"), "--steps", "0-1", "--fps", "1"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(".f-%04d.png.lock")));
}

void ExportSafetyTest::aFailedWriteLeavesTheOldFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("a PNG cut short by a file size limit") << "old.png" << QStringList();
    QTest::newRow("an SVG cut short by a file size limit") << "old.svg" << QStringList();
    QTest::newRow("a PDF cut short by a file size limit") << "old.pdf" << QStringList();
    QTest::newRow("a GIF cut short by a file size limit") << "old.gif" << QStringList{"--steps", "0-3", "--fps", "2"};
}

void ExportSafetyTest::aFailedWriteLeavesTheOldFile()
{
    // RLIMIT_FSIZE makes write(2) fail with EFBIG past 4 kB (with SIGXFSZ ignored), as ENOSPC would
    // on a full disk: the one write error a test can provoke as root, which ignores permissions.
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QDir dir(dir_->path());
    QVERIFY(writeFile(dir.filePath(name), "the old file"));
    QStringList quoted;
    for (const QString& a : QStringList{SB_SCATTERBOARD_BINARY, "export", kDemo, "--out", dir.filePath(name)} + options)
        quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
    QProcess shell;
    shell.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), QStringLiteral("ulimit -f 4; trap '' XFSZ; exec ") + quoted.join(' ')});
    QVERIFY(shell.waitForFinished(120'000));
    QCOMPARE(shell.exitCode(), 2);
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    QVERIFY2(err.contains("cannot write") && !err.contains("Unknown error"), qPrintable(err));
    QCOMPARE(contents(dir.filePath(name)), QByteArray("the old file"));
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList{name});
}

SB_TEST_MAIN(ExportSafetyTest)
#include "tst_export_safety.moc"
