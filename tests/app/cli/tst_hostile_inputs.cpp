// SPDX-License-Identifier: MIT
// Issue 11, messages and bounds through the real binary: hostile configs, photos, .npy files and
// options are refused (exit 2) with a message that names the right thing — the config key, the
// stack layer, the photo or the .npy — or read the way PyTorch and numpy read them.
#include "ScatterboardProcess.h"

#include "app/config/NpyFile.h"
#include "app/controller/DocumentController.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <sys/stat.h>

namespace {

using sbtest::kDemo;
using sbtest::writeFile;

// A .npy file of float64 values, shape (count,) or the given header's shape.
QByteArray npyF8(const QByteArray& shape, const std::vector<double>& values)
{
    QByteArray header = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out.append(static_cast<char>(header.size() & 0xff)).append(static_cast<char>(header.size() >> 8));
    out += header;
    out.append(reinterpret_cast<const char*>(values.data()), static_cast<qsizetype>(values.size() * sizeof(double)));
    return out;
}

} // namespace

class HostileInputsTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void refusedWithTheRightName_data();
    void refusedWithTheRightName();
    void npyHeadersAreReadAsNumpyReadsThem();
    void extremePhotosAreScaledToAtLeastOnePixel_data();
    void extremePhotosAreScaledToAtLeastOnePixel();
    void aLargeKernelOnThePhotoIsRefusedQuickly();
    void theReportedTimeIncludesTheComputation();
    void helpGivesTheRangesAndTheLimits();
    void theWindowShowsAStackError_data();
    void theWindowShowsAStackError();

private:
    QString path(const QString& name) const { return dir_->filePath(name); }
    std::unique_ptr<QTemporaryDir> dir_;
};

void HostileInputsTest::init()
{
    QVERIFY(QFile::exists(QStringLiteral(SB_SCATTERBOARD_BINARY)));
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void HostileInputsTest::refusedWithTheRightName_data()
{
    QTest::addColumn<QByteArray>("config");     // written as c.json in the folder
    QTest::addColumn<QStringList>("arguments"); // after the command; @ is the folder
    QTest::addColumn<QString>("expected");      // in stderr; @ is the folder
    const QByteArray base = R"({"kernel_size": 2, "stride": 2, "input": [[1, 2], [3, 4]], "weight": [[1, 0], [0, 1]])";
    const auto with = [&](const QByteArray& more) { return base + ", " + more + "}"; };
    const QStringList compute{"compute", "@/c.json"};
    const QStringList exportStack{"export", "@/c.json", "--view", "stack", "--out", "@/s.png"};

    QTest::newRow("a stack layer of kernel 0 is refused naming the layer") << with(R"("stack": [{"kernel_size": 0}])") << compute
        << "c.json: RuntimeError: layer 2: kernel size should be greater than zero";
    QTest::newRow("a stack weight that contradicts its kernel_size is refused") << with(R"("stack": [{"kernel_size": 3, "weight": [[1]]}])")
        << exportStack << "c.json: \"stack\": layer 2: weight has shape [1, 1, 1, 1]";
    QTest::newRow("two k128 s128 stack layers are refused by the chain's limit") << with(R"("stack": [{"kernel_size": 128, "stride": 128}, {"kernel_size": 128, "stride": 128}])")
        << exportStack << "c.json: \"stack\": layer 3: its output would have 65536×65536 elements";
    QTest::newRow("three k64 s64 stack layers are refused by the chain's limit") << with(R"("stack": [{"kernel_size": 64, "stride": 64}, {"kernel_size": 64, "stride": 64}, {"kernel_size": 64, "stride": 64}])")
        << exportStack << "more than the limit of 16777216";
    QTest::newRow("a NUL in an .npy path is refused, not cut to /dev/zero") << with(R"("_": 0)").replace(R"("input": [[1, 2], [3, 4]])", R"("input": {"npy": "/dev/zero\u0000x"})")
        << compute << "c.json: \"input.npy\": /dev/zero\\0x: a file name cannot hold a NUL character";
    QTest::newRow("a FIFO named as an .npy is refused without waiting for a writer") << with(R"("_": 0)").replace(R"("input": [[1, 2], [3, 4]])", R"("input": {"npy": "fifo.npy"})")
        << compute << "fifo.npy: not a regular file";
    QTest::newRow("out_channels 2^63 gives PyTorch's overflow, quoted as written") << with(R"("out_channels": 9223372036854775808)") << compute
        << "c.json: \"out_channels\": Overflow when unpacking long: 9223372036854775808 does not fit in a 64-bit integer";
    QTest::newRow("padding 2^63 - 1 fits 64 bits but the output size would overflow") << with(R"("padding": 9223372036854775807)") << compute
        << "c.json: \"padding\": 9223372036854775807 is out of range: the output size";
    QTest::newRow("padding [0, 2^63 - 1] names the key too") << with(R"("padding": [0, 9223372036854775807])") << compute
        << "c.json: \"padding\": 9223372036854775807 is out of range";
    QTest::newRow("two stride keys are refused, naming the file and the key") << with(R"("stride": 3)") << compute
        << "c.json: \"stride\": the key appears twice in one object";
    QTest::newRow("out_channels 1e8 is refused before anything is written") << with(R"("out_channels": 100000000, "weight": {"fill": "ones"}, "in_channels": 1)").replace(R"("weight": [[1, 0], [0, 1]], )", "")
        << compute << "more than the limit of 268435456 elements";
    QTest::newRow("a float64 .npy value beyond float32 is refused") << with(R"("_": 0)").replace(R"("input": [[1, 2], [3, 4]])", R"("input": {"npy": "big.npy"})")
        << compute << "big.npy: float64 value 1.0000000000000001e+300 at flat index 1 does not fit float32";
    QTest::newRow("a bad --kernel .npy is named, not the config") << base + "}"
        << QStringList{"export", "@/c.json", "--view", "image", "--kernel", "@/k3.npy", "--out", "@/i.png"}
        << "@/k3.npy: a kernel needs 4 dimensions";
    QTest::newRow("a --kernel .npy that PyTorch refuses is named, not the config") << base + "}"
        << QStringList{"export", "@/c.json", "--view", "image", "--kernel", "@/k0.npy", "--out", "@/i.png"}
        << "@/k0.npy: RuntimeError: kernel size should be greater than zero";
    QTest::newRow("a truncated JPEG is refused, naming the photo") << base + "}"
        << QStringList{"export", "@/c.json", "--view", "image", "--image", "@/cut.jpg", "--out", "@/i.png"}
        << "@/cut.jpg: the JPEG image is truncated";
    QTest::newRow("a FIFO named as the photo is refused") << base + "}"
        << QStringList{"export", "@/c.json", "--view", "image", "--image", "@/fifo.npy", "--out", "@/i.png"}
        << "@/fifo.npy: not a regular file";
    QTest::newRow("a FIFO named as the config is refused") << base + "}" << QStringList{"compute", "@/fifo.npy"}
        << "@/fifo.npy: not a regular file";
}

void HostileInputsTest::refusedWithTheRightName()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QVERIFY(writeFile(path("c.json"), config));
    QVERIFY(::mkfifo(QFile::encodeName(path("fifo.npy")).constData(), 0644) == 0);
    QVERIFY(writeFile(path("big.npy"), npyF8("(2,)", {1.0, 1e300})));
    QVERIFY(writeFile(path("k3.npy"), sb::npyBytes(sb::Tensor({1, 2, 2}, 1.0f))));
    QVERIFY(writeFile(path("k0.npy"), sb::npyBytes(sb::Tensor({1, 1, 0, 0}))));
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    QVERIFY(photo.save(path("whole.jpg"), "JPEG"));
    QFile whole(path("whole.jpg"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray jpeg = whole.readAll();
    QVERIFY(writeFile(path("cut.jpg"), jpeg.left(jpeg.size() * 2 / 3)));
    for (QString& a : arguments)
        a.replace(QLatin1Char('@'), dir_->path());
    expected.replace(QLatin1Char('@'), dir_->path());

    QElapsedTimer clock;
    clock.start();
    const ScatterboardProcess run = ScatterboardProcess::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), qPrintable(QString::fromUtf8(run.err) + "\n   expected: " + expected));
    QCOMPARE(run.out, QByteArray());
    QVERIFY(!QFile::exists(path("s.png")) && !QFile::exists(path("i.png")));
    QVERIFY2(clock.elapsed() < 20'000, "a refusal should come before any real work");
}

void HostileInputsTest::npyHeadersAreReadAsNumpyReadsThem()
{
    // Two "shape" keys: numpy's ast.literal_eval keeps the last, (1, 2, 2), not the first, (1, 1, 4).
    QByteArray header = "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1, 4), 'shape': (1, 2, 2), }";
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray npy("\x93NUMPY\x01\x00", 8);
    npy.append(static_cast<char>(header.size())).append('\0');
    npy += header;
    const std::vector<double> values{1, 2, 3, 4};
    npy.append(reinterpret_cast<const char*>(values.data()), 32);
    QVERIFY(writeFile(path("two-shapes.npy"), npy));
    QVERIFY(writeFile(path("c.json"), R"({"kernel_size": 1, "input": {"npy": "two-shapes.npy"}, "weight": [[1]]})"));
    const ScatterboardProcess run = ScatterboardProcess::run({"compute", path("c.json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("output_shape").toArray(), QJsonArray({1, 2, 2}));
}

void HostileInputsTest::extremePhotosAreScaledToAtLeastOnePixel_data()
{
    QTest::addColumn<QSize>("photo");
    QTest::newRow("a 4096×2 photo becomes 1024×1") << QSize(4096, 2);
    QTest::newRow("a 3×5000 photo becomes 1×1024") << QSize(3, 5000);
}

void HostileInputsTest::extremePhotosAreScaledToAtLeastOnePixel()
{
    QFETCH(QSize, photo);
    QImage image(photo, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(path("strip.png")));
    const ScatterboardProcess run = ScatterboardProcess::run(
        {"export", kDemo, "--view", "image", "--image", path("strip.png"), "--kernel", "ones", "--out", path("i.png"), "--scale", "0.25"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::exists(path("i.png")));
}

void HostileInputsTest::aLargeKernelOnThePhotoIsRefusedQuickly()
{
    QVERIFY(writeFile(path("k250.npy"), sb::npyBytes(sb::Tensor({1, 1, 250, 250}, 1.0f))));
    QElapsedTimer clock;
    clock.start();
    const ScatterboardProcess run =
        ScatterboardProcess::run({"export", kDemo, "--view", "image", "--kernel", path("k250.npy"), "--out", path("i.png")});
    const qint64 ms = clock.elapsed();
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("k250.npy: a 250×250 kernel on a 96×64 image") && run.err.contains("more than the image view's limit"),
             run.err.constData());
    QVERIFY2(ms < 5'000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

void HostileInputsTest::theReportedTimeIncludesTheComputation()
{
    // A 60×60 kernel on the photo costs about half a second of computation: the printed time
    // covers it (and so is close to the process's wall time, which adds only start-up).
    QVERIFY(writeFile(path("k60.npy"), sb::npyBytes(sb::Tensor({1, 1, 60, 60}, 1.0f))));
    QElapsedTimer clock;
    clock.start();
    const ScatterboardProcess run =
        ScatterboardProcess::run({"export", kDemo, "--view", "image", "--kernel", path("k60.npy"), "--out", path("i.png")});
    const double wall = clock.elapsed() / 1000.0;
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QRegularExpressionMatch seconds = QRegularExpression(QStringLiteral("in (\\d+\\.\\d+) s")).match(QString::fromUtf8(run.out));
    QVERIFY2(seconds.hasMatch(), run.out.constData());
    const double printed = seconds.captured(1).toDouble();
    QVERIFY2(printed <= wall && printed >= wall - 1.0, qPrintable(QStringLiteral("printed %1 s of %2 s").arg(printed).arg(wall)));
}

void HostileInputsTest::helpGivesTheRangesAndTheLimits()
{
    const QString exportHelp = QString::fromUtf8(ScatterboardProcess::run({"export", "--help"}).out).simplified();
    QVERIFY2(exportHelp.contains("--scale S pixels per world unit (a cell is 40 units), 0.05 to 16"), qPrintable(exportHelp));
    QVERIFY(exportHelp.contains("--dpi D the same as --scale D/96 (4.8 to 1536)"));
    QVERIFY(exportHelp.contains("--fps F animation frames per second, 1 to 50"));
    QVERIFY(exportHelp.contains("a device, FIFO, socket or folder, and any file the export reads"));
    const QString computeHelp = QString::fromUtf8(ScatterboardProcess::run({"compute", "--help"}).out).simplified();
    QVERIFY(computeHelp.contains("at most 2^35 multiply-adds"));
    QVERIFY(computeHelp.contains("peak at about 4.2 GB of memory"));
}

void HostileInputsTest::theWindowShowsAStackError_data()
{
    QTest::addColumn<QByteArray>("stack");
    QTest::addColumn<QString>("message");
    QTest::newRow("three k64 s64 layers are past the chain's limit") << QByteArray(R"([{"kernel_size": 64, "stride": 64}, {"kernel_size": 64, "stride": 64}, {"kernel_size": 64, "stride": 64}])")
                                                                   << "layer 3: its output would have 16384×16384 elements";
    QTest::newRow("a kernel of 0 is PyTorch's error") << QByteArray(R"([{"kernel_size": 0}])") << "layer 2: kernel size should be greater than zero";
}

void HostileInputsTest::theWindowShowsAStackError()
{
    // The window's document validates with validateConfig: a stack that cannot run is its error
    // (shown beside the "stack" argument), not "✓ valid" and a notice picture.
    QFETCH(QByteArray, stack);
    QFETCH(QString, message);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(writeFile(path("c.json"), R"({"kernel_size": 2, "stride": 2, "input": [[1, 2], [3, 4]], "weight": [[1, 0], [0, 1]], "stack": )" + stack + "}"));
    sb::DocumentController document;
    QString error;
    QVERIFY2(document.open(path("c.json"), &error), qPrintable(error));
    QVERIFY(!document.isValid());
    QVERIFY2(document.validityMessage().contains(message), qPrintable(document.validityMessage()));
}

SB_TEST_MAIN(HostileInputsTest)
#include "tst_hostile_inputs.moc"
