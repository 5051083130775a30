// SPDX-License-Identifier: MIT
// Config files: every way a config can be wrong, each message checked to name the file and the key;
// the defaults, the int-or-pair arguments, fill objects, and reader → writer → reader round trips.
#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ConfigWriter.h"
#include "app/config/TensorJson.h"
#include "core/FastConvTranspose.h"
#include "core/TensorFill.h"
#include "core/TorchError.h"

#include "CoreMetaTypes.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

Q_DECLARE_METATYPE(sb::FillSpec)

namespace {

const QString kSource = QStringLiteral("lesson.json");

// A valid 2×2 layer, plus whatever keys a test adds or overrides.
QByteArray config(const QByteArray& extra = {}, const QByteArray& input = "[[1, 2], [3, 4]]",
                  const QByteArray& weight = "[[1, 2], [3, 4]]")
{
    QByteArray json = "{\"input\": " + input + ", \"weight\": " + weight;
    if (!extra.isEmpty())
        json += ", " + extra;
    return json + "}";
}

sb::ConfigFile read(const QByteArray& json)
{
    return sb::readConfigJson(json, kSource);
}

} // namespace

class ConfigReaderTest : public QObject {
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void fileThatCannotBeOpenedIsNamed();
    void validationErrors_data();
    void validationErrors();
    void defaultsFollowPyTorch();
    void integerOrPair_data();
    void integerOrPair();
    void weightShapeComesFromTheArguments_data();
    void weightShapeComesFromTheArguments();
    void nestedListRanks_data();
    void nestedListRanks();
    void fills_data();
    void fills();
    void nonFiniteValuesAreSpelledAsPyTorchPrintsThem();
    void floatsRoundTripAsFloat32();
    void commentsAreIgnored();
    void roundTrip_data();
    void roundTrip();
    void writerUsesIntegersWhereBothAxesAgree();
    void roundTripThroughAFile();
    void convTranspose1d();
    void convTranspose1dErrors_data();
    void convTranspose1dErrors();
    void demoPresetIsSeed004();
    void npyReferencesReadSeed004();
    void npyPathsAreRelativeToTheConfigFile();
    void savingKeepsNpyReferencesWhileTheValuesAreTheFiles();
    void badNpyReferences_data();
    void badNpyReferences();
};

void ConfigReaderTest::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    // Malformed JSON: the position as a line and a column.
    QTest::newRow("an unterminated object points past the last line")
        << QByteArray("{\n  \"input\": [[1]],\n  \"weight\": [[1]]\n") << QString()
        << "lesson.json: line 4, column 1: unterminated object";
    QTest::newRow("a missing comma points into the next key")
        << QByteArray("{\n  \"input\": [[1]]\n  \"weight\": [[1]]\n}") << QString()
        << "lesson.json: line 3, column 4: unterminated object";
    QTest::newRow("a bare word is pointed at")
        << QByteArray("{\"stride\": two}") << QString() << "lesson.json: line 1, column 13: illegal value";
    QTest::newRow("an empty file is malformed") << QByteArray("") << QString()
                                                << "lesson.json: line 1, column 1: illegal value";
    QTest::newRow("a list at the top level is not a config")
        << QByteArray("[1, 2]") << QString()
        << "lesson.json: expected a JSON object holding the layer's arguments, got a list";

    // Keys.
    QTest::newRow("a config without input is refused")
        << QByteArray("{\"weight\": [[1]]}") << "input" << "lesson.json: missing key \"input\"";
    QTest::newRow("a config without weight is refused")
        << QByteArray("{\"input\": [[1]]}") << "weight" << "lesson.json: missing key \"weight\"";
    QTest::newRow("a misspelt key is named, with the likely intent")
        << config("\"strides\": 2") << "strides" << "lesson.json: unknown key \"strides\" (did you mean \"stride\"?)";
    QTest::newRow("an unknown key far from any known one gets no hint")
        << config("\"learning_rate\": 0.1") << "learning_rate" << "lesson.json: unknown key \"learning_rate\"";
    QTest::newRow("a typo is reported before the missing key it causes")
        << QByteArray("{\"inputs\": [[1]], \"weight\": [[1]]}") << "inputs"
        << "lesson.json: unknown key \"inputs\" (did you mean \"input\"?)";

    // Integers and int-or-pair arguments.
    QTest::newRow("a stride written as a word")
        << config("\"stride\": \"two\"") << "stride"
        << "lesson.json: \"stride\": expected an integer or a list of two integers, got \"two\"";
    QTest::newRow("a stride list of three")
        << config("\"stride\": [1, 2, 3]") << "stride"
        << "lesson.json: \"stride\": expected an integer or a list of two integers, got [1,2,3]";
    QTest::newRow("a fractional padding")
        << config("\"padding\": 1.5") << "padding"
        << "lesson.json: \"padding\": expected an integer or a list of two integers, got 1.5";
    QTest::newRow("a fraction inside a dilation pair")
        << config("\"dilation\": [1, 0.5]") << "dilation"
        << "lesson.json: \"dilation\": expected an integer or a list of two integers, got [1,0.5]";
    QTest::newRow("groups given as a boolean")
        << config("\"groups\": true") << "groups" << "lesson.json: \"groups\": expected an integer, got true";
    QTest::newRow("in_channels as a string of digits")
        << config("\"in_channels\": \"1\"") << "in_channels"
        << "lesson.json: \"in_channels\": expected an integer, got \"1\"";
    QTest::newRow("an absurd kernel_size is out of range")
        << config("\"kernel_size\": 1e12") << "kernel_size"
        << "lesson.json: \"kernel_size\": expected an integer between -2147483648 and 2147483647, got 1000000000000";
    QTest::newRow("output_size as a single number")
        << config("\"output_size\": 9") << "output_size" << "lesson.json: \"output_size\": expected a list of integers, got 9";
    QTest::newRow("output_size with a fraction")
        << config("\"output_size\": [9, 9.5]") << "output_size"
        << "lesson.json: \"output_size\": expected a list of integers, got [9,9.5]";

    // Metadata and bias.
    QTest::newRow("a name that is not text")
        << config("\"name\": 4") << "name" << "lesson.json: \"name\": expected a string, got 4";
    QTest::newRow("bias as a word")
        << config("\"bias\": \"yes\"") << "bias"
        << "lesson.json: \"bias\": expected false, true, a list of out_channels numbers or {\"model\": \"file\", \"tensor\": \"name\"}, got \"yes\"";
    QTest::newRow("a nested list inside bias")
        << config("\"bias\": [0.5, [1]]") << "bias" << "lesson.json: \"bias\": expected a number at [1], got [1]";

    // Nested lists.
    QTest::newRow("ragged weight rows")
        << config({}, "[[1, 2], [3, 4]]", "[[1, 2], [3]]") << "weight"
        << "lesson.json: \"weight\": nested lists are ragged at [1]";
    QTest::newRow("a number where the input has a row")
        << config({}, "[[1, 2], 3]") << "input" << "lesson.json: \"input\": nested lists are ragged at [1]";
    QTest::newRow("a list where the input has a number")
        << config({}, "[[1, [2]], [3, 4]]") << "input" << "lesson.json: \"input\": nested lists are ragged at [0][1]";
    QTest::newRow("a deep ragged plane")
        << config({}, "[[[1, 2], [3, 4]], [[1, 2], [3, 4, 5]]]") << "input"
        << "lesson.json: \"input\": nested lists are ragged at [1][1]";
    QTest::newRow("a word inside the input")
        << config({}, "[[1, \"x\"], [3, 4]]") << "input"
        << "lesson.json: \"input\": expected a number (or \"nan\", \"inf\", \"-inf\") at [0][1], got \"x\"";
    QTest::newRow("a null inside the weight")
        << config({}, "[[1, 2], [3, 4]]", "[[1, null], [3, 4]]") << "weight"
        << "lesson.json: \"weight\": expected a number (or \"nan\", \"inf\", \"-inf\") at [0][1], got null";
    QTest::newRow("NaN spelt in capitals is not PyTorch's spelling")
        << config({}, "[[1, \"NaN\"], [3, 4]]") << "input"
        << "lesson.json: \"input\": expected a number (or \"nan\", \"inf\", \"-inf\") at [0][1], got \"NaN\"";
    QTest::newRow("an input that is a single number")
        << config({}, "5") << "input" << "lesson.json: \"input\": expected nested lists of numbers, a fill object, {\"npy\": \"file.npy\"} or {\"model\": \"file\", \"tensor\": \"name\"}, got 5";
    QTest::newRow("a 3-D weight")
        << config({}, "[[1, 2], [3, 4]]", "[[[1, 2], [3, 4]]]") << "weight"
        << "lesson.json: \"weight\": expected 4 dimensions (in_channels, out_channels/groups, kH, kW), got shape [1, 2, 2]";
    QTest::newRow("a 2-D weight for two input channels")
        << config("\"in_channels\": 2") << "weight"
        << "lesson.json: \"weight\": a 2-D weight stands for (1, 1, kH, kW), which needs in_channels = out_channels = "
           "1; give 4 dimensions (in_channels, out_channels/groups, kH, kW)";

    // Fill objects.
    QTest::newRow("an unknown fill name")
        << config({}, "[[1]]", "{\"shape\": [1, 1, 2, 2], \"fill\": \"onse\"}") << "weight"
        << "lesson.json: \"weight.fill\": unknown fill \"onse\"; expected \"zeros\", \"ones\", \"arange\", \"random\" or "
           "\"impulse\"";
    QTest::newRow("a fill object without its fill")
        << config({}, "{\"shape\": [1, 2, 2]}") << "input"
        << "lesson.json: \"input\": the fill object is missing key \"fill\"";
    QTest::newRow("an input fill without its shape")
        << config({}, "{\"fill\": \"ones\"}") << "input"
        << "lesson.json: \"input\": the fill object is missing key \"shape\"";
    QTest::newRow("a weight fill without shape or arguments to take it from")
        << config("\"kernel_size\": 3", "[[1]]", "{\"fill\": \"ones\"}") << "weight"
        << "lesson.json: \"weight\": the fill object is missing key \"shape\" (it may be left out when in_channels, "
           "out_channels and kernel_size are all given)";
    QTest::newRow("a misspelt key inside a fill object")
        << config({}, "{\"shape\": [1, 2, 2], \"fill\": \"random\", \"seeds\": 3}") << "input"
        << "lesson.json: \"input\": unknown key \"seeds\" (did you mean \"seed\"?) in the fill object";
    QTest::newRow("a negative extent in a fill shape")
        << config({}, "{\"shape\": [1, -2, 2], \"fill\": \"ones\"}") << "input"
        << "lesson.json: \"input.shape\": extent -2 at [1] is negative";
    QTest::newRow("a fractional extent in a fill shape")
        << config({}, "{\"shape\": [1, 2.5, 2], \"fill\": \"ones\"}") << "input"
        << "lesson.json: \"input.shape\": expected a list of integers, got [1,2.5,2]";
    QTest::newRow("a fill shape of more than 2^28 elements")
        << config({}, "{\"shape\": [1, 3, 40000, 40000], \"fill\": \"zeros\"}") << "input"
        << "lesson.json: \"input.shape\": [1, 3, 40000, 40000] has 4800000000 elements, more than the limit of "
           "268435456 elements";
    QTest::newRow("a fill shape whose size overflows 64 bits")
        << config({}, "{\"shape\": [4000000000000, 4000000000000, 4000000000000], \"fill\": \"zeros\"}") << "input"
        << "lesson.json: \"input.shape\": [4000000000000, 4000000000000, 4000000000000] has more than the limit of "
           "268435456 elements";
    QTest::newRow("arguments that give a weight fill of more than 2^28 elements")
        << config("\"in_channels\": 100000, \"out_channels\": 100000, \"kernel_size\": 1", "[[1]]", "{\"fill\": \"ones\"}")
        << "weight"
        << "lesson.json: \"weight.shape\": [100000, 100000, 1, 1] has 10000000000 elements, more than the limit of "
           "268435456 elements";
    QTest::newRow("a negative seed")
        << config({}, "{\"shape\": [1, 2, 2], \"fill\": \"random\", \"seed\": -1}") << "input"
        << "lesson.json: \"input.seed\": expected a non-negative integer, got -1";
    QTest::newRow("a start that is not a number")
        << config({}, "{\"shape\": [1, 2, 2], \"fill\": \"arange\", \"start\": \"one\"}") << "input"
        << "lesson.json: \"input.start\": expected a number, got \"one\"";
}

void ConfigReaderTest::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QString, message);
    try {
        read(json);
        QFAIL("the config was accepted");
    } catch (const sb::ConfigError& e) {
        QCOMPARE(e.message(), message);
        QCOMPARE(e.key(), key);
        QCOMPARE(QString::fromUtf8(e.what()), message);
    }
}

void ConfigReaderTest::fileThatCannotBeOpenedIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.json"));
    try {
        sb::readConfigFile(path);
        QFAIL("a missing file was read");
    } catch (const sb::ConfigError& e) {
        QCOMPARE(e.message(), path + ": cannot open: No such file or directory");
    }
}

void ConfigReaderTest::validationErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pythonType");
    QTest::addColumn<QString>("message");

    // PyTorch's own messages come through validateConfig unchanged.
    QTest::newRow("stride 0 gets PyTorch's message")
        << config("\"stride\": 0") << "RuntimeError" << "non-positive stride is not supported";
    QTest::newRow("groups that do not divide in_channels")
        << config("\"groups\": 2", "[[[1]], [[1]], [[1]]]", "[[[[1]]], [[[1]]], [[[1]]]]") << "ValueError"
        << "in_channels must be divisible by groups";
    // nn.ConvTranspose2d makes its weight from the arguments before ATen sees anything.
    QTest::newRow("a negative kernel fails where the module makes its weight")
        << config("\"kernel_size\": -1, \"in_channels\": 1, \"out_channels\": 1", "[[1]]",
                  "{\"shape\": [1, 1, 0, 0], \"fill\": \"ones\"}")
        << "RuntimeError" << "Trying to create tensor with negative dimension -1: [1, 1, -1, -1]";
    QTest::newRow("a negative out_channels fails there too")
        << config("\"out_channels\": -2, \"in_channels\": 1, \"kernel_size\": 2", "[[1]]",
                  "{\"shape\": [1, 1, 2, 2], \"fill\": \"ones\"}")
        << "RuntimeError"
        << "Trying to create tensor with negative dimension -2: [1, -2, 2, 2]";
}

void ConfigReaderTest::validationErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pythonType);
    QFETCH(QString, message);
    const sb::ConfigFile file = read(json);
    try {
        sb::validateConfig(file, kSource);
        QFAIL("the config was accepted");
    } catch (const sb::TorchError& e) {
        QCOMPARE(QString::fromStdString(e.pythonType()), pythonType);
        QCOMPARE(QString::fromStdString(e.what()), message);
    }
}

void ConfigReaderTest::defaultsFollowPyTorch()
{
    const sb::ConfigFile file = read(config());
    const sb::ConvTransposeParams& p = file.problem.params;
    QCOMPARE(p.stride, sb::Size2(1));
    QCOMPARE(p.padding, sb::Size2(0));
    QCOMPARE(p.output_padding, sb::Size2(0));
    QCOMPARE(p.dilation, sb::Size2(1));
    QCOMPARE(p.groups, std::int64_t{1});
    QVERIFY(!p.bias);  // ours, not the module's default: see compute --help
    QVERIFY(file.problem.bias.empty());
    QVERIFY(!file.problem.output_size);
    // Taken from the weight's shape.
    QCOMPARE(p.in_channels, std::int64_t{1});
    QCOMPARE(p.out_channels, std::int64_t{1});
    QCOMPARE(p.kernel_size, sb::Size2(2));
    QVERIFY(file.name.isEmpty());
    QVERIFY(file.description.isEmpty());
}

void ConfigReaderTest::integerOrPair_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<sb::Size2>("stride");
    QTest::addColumn<sb::Size2>("padding");

    QTest::newRow("one integer serves both axes") << QByteArray("\"stride\": 2, \"padding\": 1") << sb::Size2(2)
                                                  << sb::Size2(1);
    QTest::newRow("a pair is height then width") << QByteArray("\"stride\": [2, 3], \"padding\": [0, 1]")
                                                 << sb::Size2(2, 3) << sb::Size2(0, 1);
    QTest::newRow("a whole number written with a decimal point is an integer")
        << QByteArray("\"stride\": 2.0, \"padding\": [1.0, 0]") << sb::Size2(2) << sb::Size2(1, 0);
    QTest::newRow("negative values are PyTorch's to refuse") << QByteArray("\"stride\": -1, \"padding\": [-1, 0]")
                                                             << sb::Size2(-1) << sb::Size2(-1, 0);
}

void ConfigReaderTest::integerOrPair()
{
    QFETCH(QByteArray, extra);
    QFETCH(sb::Size2, stride);
    QFETCH(sb::Size2, padding);
    const sb::ConfigFile file = read(config(extra));
    QCOMPARE(file.problem.params.stride, stride);
    QCOMPARE(file.problem.params.padding, padding);
}

void ConfigReaderTest::weightShapeComesFromTheArguments_data()
{
    QTest::addColumn<QByteArray>("arguments");
    QTest::addColumn<sb::Shape>("weightShape");

    QTest::newRow("in 1, out 1, k 3 makes a 1x1x3x3 weight")
        << QByteArray("\"in_channels\": 1, \"out_channels\": 1, \"kernel_size\": 3") << sb::Shape{1, 1, 3, 3};
    QTest::newRow("groups divide out_channels in the weight")
        << QByteArray("\"in_channels\": 4, \"out_channels\": 6, \"groups\": 2, \"kernel_size\": [2, 3]")
        << sb::Shape{4, 3, 2, 3};
    QTest::newRow("out_channels that groups cannot divide get a stand-in axis")
        << QByteArray("\"in_channels\": 4, \"out_channels\": 5, \"groups\": 2, \"kernel_size\": 3")
        << sb::Shape{4, 1, 3, 3};
}

void ConfigReaderTest::weightShapeComesFromTheArguments()
{
    QFETCH(QByteArray, arguments);
    QFETCH(sb::Shape, weightShape);
    const sb::ConfigFile file = read(config(arguments, "[[1]]", "{\"fill\": \"ones\"}"));
    QCOMPARE(file.problem.weight.shape(), weightShape);
}

void ConfigReaderTest::nestedListRanks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("weight");
    QTest::addColumn<sb::Shape>("inputShape");
    QTest::addColumn<sb::Shape>("weightShape");
    QTest::addColumn<QByteArray>("inferred");  // "in out kH kW" taken from the weight

    QTest::newRow("H x W lists are one unbatched channel; kH x kW lists a one-channel kernel")
        << QByteArray("[[1, 2, 3], [4, 5, 6]]") << QByteArray("[[1, 2], [3, 4]]") << sb::Shape{1, 2, 3}
        << sb::Shape{1, 1, 2, 2} << QByteArray("1 1 2 2");
    QTest::newRow("C x H x W lists stay unbatched")
        << QByteArray("[[[1]], [[2]]]") << QByteArray("[[[[1, 2]]], [[[3, 4]]]]") << sb::Shape{2, 1, 1}
        << sb::Shape{2, 1, 1, 2} << QByteArray("2 1 1 2");
    QTest::newRow("N x C x H x W lists are batched")
        << QByteArray("[[[[1]]], [[[2]]]]") << QByteArray("[[[[1]], [[2]], [[3]]]]") << sb::Shape{2, 1, 1, 1}
        << sb::Shape{1, 3, 1, 1} << QByteArray("1 3 1 1");
    QTest::newRow("a flat list is passed on for PyTorch's rank error")
        << QByteArray("[1, 2, 3]") << QByteArray("[[1]]") << sb::Shape{3} << sb::Shape{1, 1, 1, 1}
        << QByteArray("1 1 1 1");
    QTest::newRow("empty rows give a zero width")
        << QByteArray("[[[]]]") << QByteArray("[[1]]") << sb::Shape{1, 1, 0} << sb::Shape{1, 1, 1, 1}
        << QByteArray("1 1 1 1");
}

void ConfigReaderTest::nestedListRanks()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, weight);
    QFETCH(sb::Shape, inputShape);
    QFETCH(sb::Shape, weightShape);
    QFETCH(QByteArray, inferred);
    const sb::ConfigFile file = read(config({}, input, weight));
    QCOMPARE(file.problem.input.shape(), inputShape);
    QCOMPARE(file.problem.weight.shape(), weightShape);
    const sb::ConvTransposeParams& p = file.problem.params;
    QCOMPARE(QByteArray::number(p.in_channels) + ' ' + QByteArray::number(p.out_channels) + ' '
                 + QByteArray::number(p.kernel_size.h) + ' ' + QByteArray::number(p.kernel_size.w),
             inferred);
}

void ConfigReaderTest::fills_data()
{
    QTest::addColumn<QByteArray>("fill");
    QTest::addColumn<sb::Shape>("shape");
    QTest::addColumn<sb::FillSpec>("spec");

    QTest::newRow("ones") << QByteArray("{\"shape\": [1, 2, 3], \"fill\": \"ones\"}") << sb::Shape{1, 2, 3}
                          << sb::FillSpec{sb::FillKind::Ones, 0.0f, 0};
    QTest::newRow("zeros") << QByteArray("{\"shape\": [2, 1, 2, 2], \"fill\": \"zeros\"}") << sb::Shape{2, 1, 2, 2}
                           << sb::FillSpec{sb::FillKind::Zeros, 0.0f, 0};
    QTest::newRow("arange counts from start, as seed 004's kernel does from 1")
        << QByteArray("{\"shape\": [1, 4, 4], \"fill\": \"arange\", \"start\": 1}") << sb::Shape{1, 4, 4}
        << sb::FillSpec{sb::FillKind::Arange, 1.0f, 0};
    QTest::newRow("random follows its seed")
        << QByteArray("{\"shape\": [1, 3, 3], \"fill\": \"random\", \"seed\": 42}") << sb::Shape{1, 3, 3}
        << sb::FillSpec{sb::FillKind::Random, 0.0f, 42};
    QTest::newRow("impulse") << QByteArray("{\"shape\": [1, 5, 5], \"fill\": \"impulse\"}") << sb::Shape{1, 5, 5}
                             << sb::FillSpec{sb::FillKind::Impulse, 0.0f, 0};
    QTest::newRow("a zero extent is allowed") << QByteArray("{\"shape\": [0, 1, 4, 4], \"fill\": \"ones\"}")
                                              << sb::Shape{0, 1, 4, 4} << sb::FillSpec{sb::FillKind::Ones, 0.0f, 0};
    QTest::newRow("a 2-D fill shape is taken as written, like torch.ones(4, 4)")
        << QByteArray("{\"shape\": [4, 4], \"fill\": \"ones\"}") << sb::Shape{4, 4}
        << sb::FillSpec{sb::FillKind::Ones, 0.0f, 0};
}

void ConfigReaderTest::fills()
{
    QFETCH(QByteArray, fill);
    QFETCH(sb::Shape, shape);
    QFETCH(sb::FillSpec, spec);
    const sb::ConfigFile file = read(config({}, fill));
    QCOMPARE(file.problem.input, sb::makeFilled(shape, spec));
}

void ConfigReaderTest::nonFiniteValuesAreSpelledAsPyTorchPrintsThem()
{
    const sb::ConfigFile file = read(config("\"bias\": [\"-inf\"]", "[[\"nan\", \"inf\"], [\"-inf\", 1e39]]"));
    const sb::Floats& v = file.problem.input.values();
    QVERIFY(std::isnan(v[0]));
    QCOMPARE(v[1], std::numeric_limits<float>::infinity());
    QCOMPARE(v[2], -std::numeric_limits<float>::infinity());
    QCOMPARE(v[3], std::numeric_limits<float>::infinity());  // beyond float32, as torch.tensor rounds it
    QCOMPARE(file.problem.bias, std::vector<float>{-std::numeric_limits<float>::infinity()});

    const QJsonObject written = sb::configToJson(file);
    QCOMPARE(QJsonDocument(written[QStringLiteral("input")].toArray()).toJson(QJsonDocument::Compact),
             QByteArray("[[[\"nan\",\"inf\"],[\"-inf\",\"inf\"]]]"));
}

void ConfigReaderTest::floatsRoundTripAsFloat32()
{
    // 0.1 is not a float32; the value read is the nearest one, and it is written back as 0.1.
    const sb::ConfigFile file = read(config({}, "[[0.1, -2.5e-8], [3.4028235e38, 16777217]]"));
    QCOMPARE(file.problem.input.values()[0], 0.1f);
    QCOMPARE(file.problem.input.values()[3], 16777216.0f);
    QCOMPARE(sb::floatToJson(0.1f).toDouble(), 0.1);
    QCOMPARE(sb::floatToJsonText(0.1f), QByteArray("0.1"));
    QCOMPARE(read(sb::writeConfigJson(file)), file);
}

void ConfigReaderTest::commentsAreIgnored()
{
    const sb::ConfigFile file =
        read(config("\"_comment\": \"keys starting with _ are notes\"", "{\"shape\": [1, 1, 1], \"fill\": \"ones\", "
                                                                        "\"_why\": \"one pixel\"}"));
    QCOMPARE(file.problem.input.shape(), (sb::Shape{1, 1, 1}));
}

void ConfigReaderTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("the smallest config") << config();
    QTest::newRow("every argument, pairs and a bias")
        << config("\"name\": \"Grouped\", \"description\": \"Two groups, \\\"quoted\\\", ünïcode\", \"in_channels\": 2, "
                  "\"out_channels\": 4, \"kernel_size\": [2, 1], \"stride\": [2, 3], \"padding\": [1, 0], "
                  "\"output_padding\": [1, 0], \"dilation\": [2, 1], \"groups\": 2, \"bias\": [0.5, -1, 0.25, 3]",
                  "{\"shape\": [1, 2, 3, 3], \"fill\": \"random\", \"seed\": 7}",
                  "{\"fill\": \"arange\", \"start\": -3}");
    QTest::newRow("bias true is all zeros") << config("\"bias\": true, \"out_channels\": 1");
    QTest::newRow("output_size with the batch sizes") << config("\"stride\": 2, \"output_size\": [1, 4, 4]");
    QTest::newRow("a config PyTorch rejects still round-trips")
        << config("\"stride\": 0, \"groups\": -1, \"bias\": [1, 2, 3]", "[1, 2]");
    QTest::newRow("an empty batch keeps its shape") << config({}, "{\"shape\": [0, 1, 2, 2], \"fill\": \"ones\"}");
    QTest::newRow("a ConvTranspose1d with every argument")
        << QByteArray("{\"module\": \"ConvTranspose1d\", \"in_channels\": 2, \"out_channels\": 2, \"kernel_size\": [3], "
                      "\"stride\": 2, \"padding\": 1, \"output_padding\": 1, \"dilation\": 2, \"groups\": 2, "
                      "\"bias\": [0.5, -1], \"output_size\": [2, 2, 10], \"input\": [[[1, 2, 3], [4, 5, 6]], [[0, 1, 0], [1, 0, 1]]], "
                      "\"weight\": [[[1, 2, 3]], [[4, 5, 6]]], \"stack\": [{\"kernel_size\": 2, \"stride\": 2, \"weight\": [1, -1]}]}");
}

void ConfigReaderTest::roundTrip()
{
    QFETCH(QByteArray, json);
    const sb::ConfigFile first = read(json);
    const QByteArray written = sb::writeConfigJson(first);
    const sb::ConfigFile second = read(written);
    QCOMPARE(second, first);
    QCOMPARE(sb::writeConfigJson(second), written);
}

void ConfigReaderTest::writerUsesIntegersWhereBothAxesAgree()
{
    const sb::ConfigFile file = read(config("\"stride\": [2, 2], \"padding\": [0, 1], \"bias\": true"));
    const QJsonObject json = sb::configToJson(file);
    QCOMPARE(json[QStringLiteral("stride")], QJsonValue(2));
    QCOMPARE(json[QStringLiteral("padding")], QJsonValue(QJsonArray{0, 1}));
    QCOMPARE(json[QStringLiteral("kernel_size")], QJsonValue(2));
    QCOMPARE(json[QStringLiteral("bias")], QJsonValue(true));
    QCOMPARE(json[QStringLiteral("weight")], QJsonValue(QJsonArray{QJsonArray{QJsonArray{QJsonArray{1, 2}, QJsonArray{3, 4}}}}));
    // Saved files list the keys in the reader's order, one tensor row per line.
    const QByteArray text = sb::writeConfigJson(file);
    QVERIFY(text.indexOf("\"in_channels\"") < text.indexOf("\"stride\""));
    QVERIFY(text.indexOf("\"stride\"") < text.indexOf("\"input\""));
    QVERIFY2(text.contains("[1,2],\n"), text.constData());
}

void ConfigReaderTest::convTranspose1d()
{
    // Integers (or lists of one) held in w, PyTorch's neutral values in h; L-lists as one channel.
    const sb::ConfigFile file = read("{\"module\": \"ConvTranspose1d\", \"kernel_size\": [3], \"stride\": 2, \"padding\": 1, "
                                     "\"input\": [1, 2, 3, 4], \"weight\": [1, 1, 1]}");
    const sb::ConvTransposeParams& p = file.problem.params;
    QVERIFY(p.is1d());
    QCOMPARE(p.kernel_size, sb::Size2(1, 3));
    QCOMPARE(p.stride, sb::Size2(1, 2));
    QCOMPARE(p.padding, sb::Size2(0, 1));
    QCOMPARE(p.dilation, sb::Size2(1, 1));
    QCOMPARE(file.problem.input.shape(), sb::Shape({1, 4}));
    QCOMPARE(file.problem.weight.shape(), sb::Shape({1, 1, 3}));
    const sb::Layer layer = sb::validateConfig(file, kSource);
    QCOMPARE(layer.geometry.outputShape(), sb::Shape({1, 7}));  // (C, L): unbatched
    QCOMPARE(layer.weight.shape(), sb::Shape({1, 1, 1, 3}));   // run as 2-D of height 1

    // Written back as integers, the module first after the name.
    const QByteArray text = sb::writeConfigJson(file);
    const QJsonObject json = sb::configToJson(file);
    QCOMPARE(json[QStringLiteral("module")], QJsonValue(QStringLiteral("ConvTranspose1d")));
    QCOMPARE(json[QStringLiteral("kernel_size")], QJsonValue(3));
    QCOMPARE(json[QStringLiteral("padding")], QJsonValue(1));
    QVERIFY(text.indexOf("\"module\"") < text.indexOf("\"in_channels\""));
    // ConvTranspose2d, the default, is not written.
    QVERIFY(!sb::configToJson(read(config())).contains(QStringLiteral("module")));
}

void ConfigReaderTest::convTranspose1dErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    const auto oneD = [](const QByteArray& extra, const QByteArray& weight = "[1, 1, 1]") {
        return "{\"module\": \"ConvTranspose1d\", \"input\": [1, 2, 3], \"weight\": " + weight
               + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
    };
    QTest::newRow("an unknown module")
        << config("\"module\": \"ConvTranspose3d\"") << "module"
        << "lesson.json: \"module\": expected \"ConvTranspose2d\" or \"ConvTranspose1d\", got \"ConvTranspose3d\"";
    QTest::newRow("a pair for a 1-D argument")
        << oneD("\"stride\": [2, 2]") << "stride"
        << "lesson.json: \"stride\": expected an integer or a list of one integer (ConvTranspose1d), got [2,2]";
    QTest::newRow("a 4-D weight for a 1-D layer")
        << oneD({}, "[[[[1, 1, 1]]]]") << "weight"
        << "lesson.json: \"weight\": expected 3 dimensions (in_channels, out_channels/groups, kernel_size), got shape [1, 1, 1, 3]";
    QTest::newRow("a list of taps for two channels")
        << oneD("\"in_channels\": 2") << "weight"
        << "lesson.json: \"weight\": a 1-D weight stands for (1, 1, kernel_size), which needs in_channels = out_channels = 1; "
           "give 3 dimensions (in_channels, out_channels/groups, kernel_size)";
}

void ConfigReaderTest::convTranspose1dErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QString, message);
    try {
        read(json);
        QFAIL("accepted");
    } catch (const sb::ConfigError& e) {
        QCOMPARE(e.message(), message);
        QCOMPARE(e.key(), key);
    }
}

void ConfigReaderTest::roundTripThroughAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    const sb::ConfigFile file = read(config("\"name\": \"Saved\""));
    sb::writeConfigFile(file, path);
    QCOMPARE(sb::readConfigFile(path), file);

    try {
        sb::writeConfigFile(file, dir.filePath(QStringLiteral("no/such/folder/saved.json")));
        QFAIL("wrote into a missing folder");
    } catch (const sb::ConfigError& e) {
        QVERIFY2(e.message().contains("saved.json: cannot write: "), qPrintable(e.message()));
    }
}

void ConfigReaderTest::demoPresetIsSeed004()
{
    const QString demo = sb::BuiltinPresets::demoPath();
    QVERIFY(sb::BuiltinPresets::paths().contains(demo));
    const sb::ConfigFile file = sb::readConfigFile(demo);
    QVERIFY(!file.name.isEmpty());
    const sb::Tensor output = sb::fastConvTranspose(sb::validateConfig(file, demo));
    QCOMPARE(output.shape(), (sb::Shape{1, 1, 8, 8}));
    const std::vector<float> firstRow(output.values().begin(), output.values().begin() + 8);
    QCOMPARE(firstRow, (std::vector<float>{6, 12, 14, 12, 14, 12, 14, 7}));
}

// Seed 004 from .npy files (a float64 input, a float32 weight) computes exactly what the demo
// preset, written with fill objects, computes.
void ConfigReaderTest::npyReferencesReadSeed004()
{
    const QByteArray json = R"({"kernel_size": 4, "stride": 2, "padding": 1,
        "input": {"npy": "npy/input_ones_1x1x4x4_f8.npy"}, "weight": {"npy": "npy/kernel_1to16_f4.npy"}})";
    const sb::ConfigFile fromNpy = sb::readConfigJson(json, kSource, QStringLiteral(SB_GOLDEN_DIR));
    QCOMPARE(fromNpy.problem.weight.shape(), (sb::Shape{1, 1, 4, 4}));
    QCOMPARE(fromNpy.problem.input.shape(), (sb::Shape{1, 1, 4, 4}));
    const sb::ConfigFile demo = sb::readConfigFile(sb::BuiltinPresets::demoPath());
    const sb::Tensor expected = sb::fastConvTranspose(sb::validateConfig(demo, kSource));
    const sb::Tensor actual = sb::fastConvTranspose(sb::validateConfig(fromNpy, kSource));
    QCOMPARE(actual.shape(), expected.shape());
    QCOMPARE(actual.values(), expected.values());
    QCOMPARE(actual.at(0, 0, 0, 1), 12.0f);
}

void ConfigReaderTest::npyPathsAreRelativeToTheConfigFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("lesson/weights")));
    QVERIFY(QFile::copy(QStringLiteral(SB_GOLDEN_DIR "/npy/weight_2x3x3x3_f4.npy"),
                        dir.filePath(QStringLiteral("lesson/weights/up1.npy"))));
    QFile file(dir.filePath(QStringLiteral("lesson/layer.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"stride": 2, "input": {"shape": [1, 2, 3, 3], "fill": "ones"}, "weight": {"npy": "weights/up1.npy"}})");
    file.close();
    // The working directory is elsewhere; the path is found from the config's folder.
    const sb::ConfigFile config = sb::readConfigFile(file.fileName());
    QCOMPARE(config.problem.params.in_channels, 2);
    QCOMPARE(config.problem.params.out_channels, 3);
    QCOMPARE(config.problem.params.kernel_size, sb::Size2(3));
    QCOMPARE(config.problem.weight.at(1, 2, 2, 2), 53.0f / 8 - 3);
}

// A trained layer's weights stay in their .npy file when the config is saved: the reference is
// written again (relative to the new file) until the values are edited; then they are written out.
void ConfigReaderTest::savingKeepsNpyReferencesWhileTheValuesAreTheFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("weights")));
    QVERIFY(QFile::copy(QStringLiteral(SB_GOLDEN_DIR "/npy/weight_2x3x3x3_f4.npy"), dir.filePath(QStringLiteral("weights/up1.npy"))));
    const QByteArray json = R"({"stride": 2, "input": {"shape": [1, 2, 3, 3], "fill": "ones"}, "weight": {"npy": "weights/up1.npy"}})";
    sb::ConfigFile config = sb::readConfigJson(json, kSource, dir.path());
    QCOMPARE(config.weightNpy, dir.filePath(QStringLiteral("weights/up1.npy")));
    QVERIFY(config.inputNpy.isEmpty());

    const QString saved = dir.filePath(QStringLiteral("saved.json"));
    sb::writeConfigFile(config, saved);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(written.value(QStringLiteral("weight")).toObject().value(QStringLiteral("npy")).toString(), QStringLiteral("weights/up1.npy"));
    QCOMPARE(sb::readConfigFile(saved), config);
    // Without a folder (the session), the path is absolute.
    QVERIFY(QString::fromUtf8(sb::writeConfigJson(config)).contains(dir.filePath(QStringLiteral("weights/up1.npy"))));

    config.problem.weight.at(0, 0, 0, 0) = 42.0f;  // edited in the window
    sb::writeConfigFile(config, saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject edited = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(edited.value(QStringLiteral("weight")).isArray());
    QCOMPARE(sb::readConfigFile(saved).problem.weight, config.problem.weight);
}

void ConfigReaderTest::badNpyReferences_data()
{
    QTest::addColumn<QByteArray>("weight");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("contains");
    QTest::newRow("a missing file is named") << QByteArray(R"({"npy": "npy/nowhere.npy"})") << QByteArray()
                                             << QStringLiteral("lesson.json: \"weight.npy\": " SB_GOLDEN_DIR "/npy/nowhere.npy");
    QTest::newRow("int32 is not a float dtype") << QByteArray(R"({"npy": "npy/bad_int32.npy"})") << QByteArray()
                                                << QStringLiteral("bad_int32.npy: ");
    QTest::newRow("a truncated file") << QByteArray(R"({"npy": "npy/bad_truncated.npy"})") << QByteArray()
                                      << QStringLiteral("bad_truncated.npy: ");
    QTest::newRow("garbage is not .npy") << QByteArray(R"({"npy": "npy/bad_garbage.npy"})") << QByteArray()
                                         << QStringLiteral("bad_garbage.npy: ");
    QTest::newRow("a 3-D weight") << QByteArray(R"({"npy": "npy/bad_shape_3d.npy"})") << QByteArray()
                                  << QStringLiteral("\"weight\": expected 4 dimensions (in_channels, out_channels/groups, kH, kW), got shape [1, 4, 4]");
    QTest::newRow("the path must be text") << QByteArray(R"({"npy": 3})") << QByteArray()
                                           << QStringLiteral("\"weight.npy\": expected the path of a .npy file, got 3");
    QTest::newRow("nothing but the path") << QByteArray(R"({"npy": "npy/kernel_1to16_f4.npy", "fill": "ones"})") << QByteArray()
                                          << QStringLiteral("unknown key \"fill\" beside \"npy\"");
    QTest::newRow("a shape the arguments contradict")
        << QByteArray(R"({"npy": "npy/weight_2x3x3x3_f4.npy"})") << QByteArray(R"("in_channels": 2, "kernel_size": 4)")
        << QStringLiteral("lesson.json: \"weight\": ");
}

void ConfigReaderTest::badNpyReferences()
{
    QFETCH(QByteArray, weight);
    QFETCH(QByteArray, extra);
    QFETCH(QString, contains);
    const QByteArray json = "{\"input\": {\"shape\": [1, 2, 3, 3], \"fill\": \"ones\"}, \"weight\": " + weight
                            + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
    try {
        const sb::ConfigFile config = sb::readConfigJson(json, kSource, QStringLiteral(SB_GOLDEN_DIR));
        sb::validateConfig(config, kSource);
        QFAIL("the config was accepted");
    } catch (const sb::ConfigError& e) {
        QVERIFY2(e.message().contains(contains), qPrintable(e.message()));
        QCOMPARE(e.key(), QStringLiteral("weight"));
    }
}

SB_TEST_GUILESS_MAIN(ConfigReaderTest)
#include "tst_config_reader.moc"
