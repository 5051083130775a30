// SPDX-License-Identifier: MIT
// Issue 11, messages and bounds through the real binary: hostile configs, photos, .npy files and
// options are refused (exit 2) with a message that names the right thing — the config key, the
// stack layer, the photo or the .npy — or read the way PyTorch and numpy read them. Round 3: names
// reach the terminal escaped, an option given twice is refused, lessons refuse repeated keys,
// numbers are written in the C locale, and file names in GB18030 open.
#include "GeneratedLocale.h"
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
    void npyHeadersSayingTwoThingsAreRefused();
    void namesReachTheTerminalEscaped_data();
    void namesReachTheTerminalEscaped();
    void anOptionGivenTwiceIsRefused_data();
    void anOptionGivenTwiceIsRefused();
    void lessonsRefuseRepeatedKeys_data();
    void lessonsRefuseRepeatedKeys();
    void checkpointBuffersAreListedButNeverALayer();
    void numbersInMessagesAreInTheCLocale();
    void gb18030NamesOpen();
    void undecodableNameBytesOpenAndPrintAsBytes();
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

void HostileInputsTest::npyHeadersSayingTwoThingsAreRefused()
{
    // Two "shape" keys: numpy's ast.literal_eval would keep the last, another reader the first; a
    // header saying two things is refused rather than read one way.
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
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("two-shapes.npy: malformed .npy header (the key 'shape' is given twice)"),
             run.err.constData());
}

void HostileInputsTest::namesReachTheTerminalEscaped_data()
{
    QTest::addColumn<QByteArray>("config");      // written as c.json
    QTest::addColumn<QStringList>("arguments");  // @ is the folder
    QTest::addColumn<QString>("expected");       // in stderr, which must be one line
    QTest::newRow("a line feed in an .npy path")
        << QByteArray(R"({"kernel_size": 1, "input": {"npy": "x\nscatterboard: wrote out.png"}, "weight": [[1]]})")
        << QStringList{"compute", "@/c.json"} << QStringLiteral("x\\nscatterboard: wrote out.png: cannot open");
    QTest::newRow("a carriage return and a terminal escape in a model's name")
        << QByteArray() << QStringList{"inspect", QStringLiteral("@/m\r\x1b[2Kfake.pt")}
        << QStringLiteral("m\\r\\x1b[2Kfake.pt: cannot open");
    QTest::newRow("a line feed in a model reference")
        << QByteArray(R"({"kernel_size": 1, "input": [[1]], "weight": {"model": "w\n.pt", "tensor": "w"}})")
        << QStringList{"compute", "@/c.json"} << QStringLiteral("w\\n.pt: cannot open");
    QTest::newRow("a line separator in an output folder")
        << QByteArray(R"({"kernel_size": 1, "input": [[1]], "weight": [[1]]})")
        << QStringList{"export", "@/c.json", "--out", QStringLiteral("@/no") + QChar(0x2028) + "such/f-%04d.png",
                       "--all"}
        << QStringLiteral("no\\u2028such");
    QTest::newRow("a tensor name from the file")
        << QByteArray(R"({"kernel_size": 1, "input": [[1]], "weight": {"model": ")" SB_SOURCE_DIR
                      R"(/tests/golden/models/dcgan.pt", "tensor": "a\rb"}})")
        << QStringList{"compute", "@/c.json"} << QStringLiteral("no tensor named a\\rb");
}

void HostileInputsTest::namesReachTheTerminalEscaped()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    if (!config.isEmpty())
        QVERIFY(writeFile(path("c.json"), config));
    for (QString& a : arguments)
        a.replace(QLatin1Char('@'), dir_->path());
    const ScatterboardProcess run = ScatterboardProcess::run(arguments);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(expected), qPrintable(err));
    // One line, ending in its one line feed, and nothing that moves a terminal's cursor.
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(!err.contains(QLatin1Char('\r')) && !err.contains(QChar(0x1b)) && !err.contains(QChar(0x2028)),
             qPrintable(err));
}

void HostileInputsTest::anOptionGivenTwiceIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("export --scale twice is --scale's fault, not --dpi's")
        << QStringList{"export", kDemo, "--out", "@/x.png", "--scale", "2", "--scale", "3"}
        << "export: --scale is given twice; give it once";
    QTest::newRow("export --out twice") << QStringList{"export", kDemo, "--out", "@/x.png", "--out", "@/y.png"}
                                        << "--out is given twice";
    QTest::newRow("compute --overlap twice")
        << QStringList{"compute", kDemo, "--overlap", "--overlap"} << "compute: --overlap is given twice";
    QTest::newRow("convert --to twice") << QStringList{"convert", kDemo, "--to", "keras", "--to", "jax"}
                                        << "convert: --to is given twice";
    QTest::newRow("solve --from twice") << QStringList{"solve", "--from", "4", "--from", "5", "--to", "8"}
                                        << "solve: --from is given twice";
    QTest::newRow("the window's --view twice")
        << QStringList{kDemo, "--view", "scatter", "--view", "output"} << "--view is given twice";
}

void HostileInputsTest::anOptionGivenTwiceIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    for (QString& a : arguments)
        a.replace(QLatin1Char('@'), dir_->path());
    QProcessEnvironment environment = ScatterboardProcess::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ScatterboardProcess run = ScatterboardProcess::run(arguments, environment);
    QCOMPARE(run.exitCode, 2);
    // The first line is the error; the usage that follows lists every option.
    const QByteArray error = run.err.split('\n').front();
    QVERIFY2(error.contains(expected.toUtf8()) && !error.contains("--dpi"), run.err.constData());
    QVERIFY(!QFile::exists(path("x.png")) && !QFile::exists(path("y.png")));
}

void HostileInputsTest::lessonsRefuseRepeatedKeys_data()
{
    QTest::addColumn<QByteArray>("lesson");
    QTest::addColumn<QString>("expected");
    const QByteArray layer =
        R"({"kernel_size": 2, "stride": 2, "stride": 3, "input": [[1]], "weight": [[1, 2], [3, 4]]})";
    QTest::newRow("in an inline slide config, as in a config file")
        << R"({"lesson": "L", "slides": [{"title": "a", "config": "preset:seed004-k4-s2-p1"}, {"title": "b", "config": )"
               + layer + "}]}"
        << "l.json: slide 2: \"config.stride\": the key appears twice in one object";
    QTest::newRow("in a slide") << QByteArray(
        R"({"lesson": "L", "slides": [{"title": "a", "title": "b", "config": "preset:seed004-k4-s2-p1"}]})")
                                << "l.json: slide 1: \"title\": the key appears twice";
    QTest::newRow("in the lesson") << QByteArray(
        R"({"lesson": "L", "lesson": "M", "slides": [{"title": "a", "config": "preset:seed004-k4-s2-p1"}]})")
                                   << "l.json: \"lesson\": the key appears twice";
    QTest::newRow("a caption of a million characters, before it is laid out")
        << R"({"lesson": "L", "slides": [{"title": "a", "caption": ")" + QByteArray(1 << 20, 'x')
               + R"(", "config": "preset:seed004-k4-s2-p1"}]})"
        << "l.json: slide 1: \"caption\": 1048576 characters, more than the 10000 a lesson's text may hold";
}

void HostileInputsTest::lessonsRefuseRepeatedKeys()
{
    QFETCH(QByteArray, lesson);
    QFETCH(QString, expected);
    QVERIFY(writeFile(path("l.json"), lesson));
    const ScatterboardProcess run = ScatterboardProcess::run({"export", path("l.json"), "--out", path("h.pdf")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QVERIFY(!QFile::exists(path("h.pdf")));
}

void HostileInputsTest::checkpointBuffersAreListedButNeverALayer()
{
    // A uint8 mask, an int64 counter and a bool buffer beside a weight: inspect lists them with
    // their dtypes; a config naming the mask as a weight is refused saying what it is.
    const QString model = QStringLiteral(SB_SOURCE_DIR "/tests/golden/models/hostile/pt-uint8-mask.pt");
    const ScatterboardProcess inspect = ScatterboardProcess::run({"inspect", model});
    QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
    const QJsonArray tensors = inspect.json().value("tensors").toArray();
    QStringList listed;
    for (const QJsonValue& t : tensors)
        listed << t.toObject().value("name").toString() + QLatin1Char(' ') + t.toObject().value("dtype").toString();
    QCOMPARE(listed,
             (QStringList{"up.weight float32", "up.mask uint8", "bn.num_batches_tracked int64", "up.keep bool"}));
    QCOMPARE(inspect.json().value("candidates").toArray().size(), 1);
    QVERIFY(writeFile(path("c.json"), R"({"kernel_size": 2, "input": [[1]], "weight": {"model": ")" + model.toUtf8()
                                          + R"(", "tensor": "up.mask"}})"));
    const ScatterboardProcess compute = ScatterboardProcess::run({"compute", path("c.json")});
    QCOMPARE(compute.exitCode, 2);
    QVERIFY2(compute.err.contains("\"weight.tensor\": tensor up.mask of ")
                 && compute.err.contains("holds uint8 values (a buffer such as a mask"),
             compute.err.constData());
}

void HostileInputsTest::numbersInMessagesAreInTheCLocale()
{
    // Qt sets the whole C locale from the environment, so core's printf wrote 3,19e+10 under de_DE.
    const GeneratedLocale german =
        GeneratedLocale::make(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de_DE"), QStringLiteral("UTF-8"));
    QVERIFY2(german.error.isEmpty(), qPrintable(german.error));
    QVERIFY(writeFile(path("k250.npy"), sb::npyBytes(sb::Tensor({1, 1, 250, 250}, 1.0f))));
    const ScatterboardProcess run = ScatterboardProcess::run(
        {"export", kDemo, "--view", "image", "--kernel", path("k250.npy"), "--out", path("i.png")},
        german.environment("de_DE.UTF-8"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is about 3.19e+10 multiply-adds, more than the image view's limit of 1.2e+10"),
             run.err.constData());
}

void HostileInputsTest::gb18030NamesOpen()
{
    // 你好.json spelled in GB18030 (C4 E3 BA C3), on a system whose locale is zh_CN.GB18030. The
    // name goes through a shell's printf, since QProcess would spell an argument in UTF-8.
    const GeneratedLocale chinese =
        GeneratedLocale::make(QStringLiteral("zh_CN.GB18030"), QStringLiteral("zh_CN"), QStringLiteral("GB18030"));
    QVERIFY2(chinese.error.isEmpty(), qPrintable(chinese.error));
    QVERIFY(QFile::copy(kDemo, dir_->path() + QStringLiteral("/demo.json")));
    QProcess shell;
    shell.setProcessEnvironment(chinese.environment(QStringLiteral("zh_CN.GB18030")));
    shell.setWorkingDirectory(dir_->path());
    const QString script = QStringLiteral("name=$(printf '\\304\\343\\272\\303'); cp demo.json \"$name.json\" && '%1' "
                                          "compute \"$name.json\" >out.json && "
                                          "'%1' compute \"nope$name.json\" 2>err.txt; echo $? >status.txt")
                               .arg(QStringLiteral(SB_SCATTERBOARD_BINARY));
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    QVERIFY(shell.waitForFinished(60'000));
    QFile out(path("out.json")), err(path("err.txt")), status(path("status.txt"));
    QVERIFY(out.open(QIODevice::ReadOnly) && err.open(QIODevice::ReadOnly) && status.open(QIODevice::ReadOnly));
    QVERIFY2(out.readAll().contains("\"output_shape\": [1,1,8,8]"), "the GB18030-named config did not open");
    QCOMPARE(status.readAll().trimmed(), QByteArray("2"));
    // The message names the file in the terminal's own encoding: 你好 is C4 E3 BA C3 there too.
    QVERIFY2(err.readAll().contains("nope\xc4\xe3\xba\xc3.json: "),
             "the missing file's name is not spelled in GB18030");
}

void HostileInputsTest::undecodableNameBytesOpenAndPrintAsBytes()
{
    // The same GB18030 bytes under a UTF-8 locale are no UTF-8: the name still opens (its bytes kept
    // as they are), and a message shows them as \xNN.
    QVERIFY(QFile::copy(kDemo, dir_->path() + QStringLiteral("/demo.json")));
    QProcess shell;
    shell.setProcessEnvironment(ScatterboardProcess::englishEnvironment());
    shell.setWorkingDirectory(dir_->path());
    shell.start(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("name=$(printf '\\304\\343\\272\\303'); cp demo.json \"$name.json\" && "
                                              "'%1' compute \"$name.json\" && '%1' compute \"nope$name.json\"")
                                   .arg(QStringLiteral(SB_SCATTERBOARD_BINARY))});
    QVERIFY(shell.waitForFinished(60'000));
    QVERIFY2(shell.readAllStandardOutput().contains("\"output_shape\": [1,1,8,8]"),
             "the config named in raw bytes did not open");
    QVERIFY2(shell.readAllStandardError().contains("nope\\xc4\\xe3\\xba\\xc3.json: cannot open"),
             "the bytes are not shown as \\xNN");
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
