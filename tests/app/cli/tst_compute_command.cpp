// SPDX-License-Identifier: MIT
// The command line through the real binary: `scatterboard compute` on seed 004 and on layers with
// groups, batches and bias; --overlap and --contributions agreeing with the output; exit status 2
// with PyTorch's message or the file's name; usage errors; --help and --version; the headless
// fallback of the window.
#include "ScatterboardProcess.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>
#include <tuple>

namespace {

using sbtest::kDemo;

QJsonArray row(const QJsonValue& output, std::initializer_list<int> indices)
{
    QJsonValue v = output;
    for (int i : indices)
        v = v.toArray().at(i);
    return v.toArray();
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray list;
    for (double v : values)
        list.append(v);
    return list;
}

} // namespace

class ComputeCommandTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void seed004GivesTheDocumentedOutput();
    void convTranspose1dPrintsLengths();
    void overlapAndContributionsAgreeWithTheOutput_data();
    void overlapAndContributionsAgreeWithTheOutput();
    void nonFiniteValuesAreWrittenAsStrings();
    void invalidInput_data();
    void invalidInput();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void windowWithoutDisplayPrintsCompute_data();
    void windowWithoutDisplayPrintsCompute();

private:
    QTemporaryDir dir_;
};

void ComputeCommandTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SB_SCATTERBOARD_BINARY)));
}

void ComputeCommandTest::seed004GivesTheDocumentedOutput()
{
    const ScatterboardProcess run = ScatterboardProcess::run({QStringLiteral("compute"), kDemo});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject json = run.json();
    QCOMPARE(json.keys(), (QStringList{"full_size", "output", "output_padding", "output_shape"}));
    QCOMPARE(json["output_shape"].toArray(), (QJsonArray{1, 1, 8, 8}));
    QCOMPARE(json["output_padding"].toArray(), (QJsonArray{0, 0}));
    QCOMPARE(json["full_size"].toArray(), (QJsonArray{10, 10}));
    // Seed 004: "tensor([[[[ 6., 12., 14., 12., 14., 12., 14., 7.], ..., [10., 20., 22., ...]"
    QCOMPARE(row(json["output"], {0, 0, 0}), numbers({6, 12, 14, 12, 14, 12, 14, 7}));
    QCOMPARE(row(json["output"], {0, 0, 7}), numbers({10, 20, 22, 20, 22, 20, 22, 11}));
}

void ComputeCommandTest::convTranspose1dPrintsLengths()
{
    // The 1-D preset: eight ones through k3 s2. Sizes are lengths, the overlap one row.
    const ScatterboardProcess run = ScatterboardProcess::run(
        {QStringLiteral("compute"), QStringLiteral(SB_SOURCE_DIR "/resources/presets/conv1d-k3-s2.json"), QStringLiteral("--overlap")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json["output_shape"].toArray(), (QJsonArray{1, 1, 17}));
    QCOMPARE(json["output_padding"].toArray(), (QJsonArray{0}));
    QCOMPARE(json["full_size"].toArray(), (QJsonArray{17}));
    QCOMPARE(row(json["output"], {0, 0}), numbers({1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1}));
    QCOMPARE(json["overlap"].toArray(), numbers({1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1}));
}

void ComputeCommandTest::overlapAndContributionsAgreeWithTheOutput_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("contributionCount");  // N·C_in·H·W·(C_out/groups)·kH·kW

    QTest::newRow("seed 004: 16 elements times 16 taps") << QByteArray() << 1 * 1 * 4 * 4 * 1 * 4 * 4;
    QTest::newRow("two groups, a batch of two and a bias")
        << QByteArray("{\"in_channels\": 4, \"out_channels\": 6, \"groups\": 2, \"kernel_size\": [2, 3], "
                      "\"stride\": [2, 1], \"padding\": [1, 0], \"bias\": [0.5, -1, 2, 0, 0.25, 3],"
                      "\"input\": {\"shape\": [2, 4, 3, 3], \"fill\": \"random\", \"seed\": 3},"
                      "\"weight\": {\"fill\": \"random\", \"seed\": 4}}")
        << 2 * 4 * 3 * 3 * 3 * 2 * 3;
    QTest::newRow("dilation and output_padding on an unbatched input")
        << QByteArray("{\"kernel_size\": 3, \"stride\": 2, \"padding\": 2, \"dilation\": 2, \"output_padding\": 1,"
                      "\"bias\": true, \"input\": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],"
                      "\"weight\": {\"shape\": [1, 1, 3, 3], \"fill\": \"arange\", \"start\": 1}}")
        << 1 * 1 * 3 * 3 * 1 * 3 * 3;
}

void ComputeCommandTest::overlapAndContributionsAgreeWithTheOutput()
{
    QFETCH(QByteArray, config);
    QFETCH(int, contributionCount);
    const QString path = config.isEmpty() ? kDemo : writeConfig(dir_.path(), QTest::currentDataTag() + QStringLiteral(".json"), config);

    const ScatterboardProcess run =
        ScatterboardProcess::run({QStringLiteral("compute"), path, QStringLiteral("--overlap"), QStringLiteral("--contributions")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QVERIFY2(json.contains("overlap") && json.contains("contributions"), run.out.left(500).constData());

    const QJsonArray shape = json["output_shape"].toArray();
    const bool batched = shape.size() == 4;
    const int outH = shape[shape.size() - 2].toInt(), outW = shape[shape.size() - 1].toInt();
    const QJsonArray overlap = json["overlap"].toArray();
    QCOMPARE(overlap.size(), outH);
    QCOMPARE(overlap[0].toArray().size(), outW);

    const QJsonArray contributions = json["contributions"].toArray();
    QCOMPARE(contributions.size(), contributionCount);

    // Kept values summed per output cell, and how many taps of (n 0, ci 0, co 0) land on each cell.
    std::map<std::tuple<int, int, int, int>, double> sums;
    std::map<std::pair<int, int>, int> firstChannelCounts;
    for (const QJsonValue& value : contributions) {
        const QJsonObject c = value.toObject();
        QCOMPARE(c.keys().size(), 13);
        const bool inside = c["oy"].toInt() >= 0 && c["oy"].toInt() < outH && c["ox"].toInt() >= 0 && c["ox"].toInt() < outW;
        QCOMPARE(c["kept"].toBool(), inside);
        if (!inside)
            continue;
        sums[{c["n"].toInt(), c["co"].toInt(), c["oy"].toInt(), c["ox"].toInt()}] += c["value"].toDouble();
        if (c["n"].toInt() == 0 && c["ci"].toInt() == 0 && c["co"].toInt() == 0)
            ++firstChannelCounts[{c["oy"].toInt(), c["ox"].toInt()}];
    }

    const QJsonObject parsed = QJsonDocument::fromJson(config.isEmpty() ? QByteArray("{}") : config).object();
    const QJsonValue bias = parsed["bias"];
    const QJsonArray output = json["output"].toArray();
    const int batch = batched ? shape[0].toInt() : 1, channels = shape[batched ? 1 : 0].toInt();
    for (int n = 0; n < batch; ++n)
        for (int co = 0; co < channels; ++co)
            for (int oy = 0; oy < outH; ++oy)
                for (int ox = 0; ox < outW; ++ox) {
                    const QJsonArray plane = batched ? output[n].toArray()[co].toArray() : output[co].toArray();
                    const double expected = plane[oy].toArray()[ox].toDouble() - (bias.isArray() ? bias[co].toDouble() : 0.0);
                    const auto it = sums.find({n, co, oy, ox});
                    const double sum = it == sums.end() ? 0.0 : it->second;
                    QVERIFY2(std::abs(sum - expected) <= 1e-4 + 1e-4 * std::abs(expected),
                             qPrintable(QStringLiteral("n %1 co %2 (%3, %4): %5 vs %6").arg(n).arg(co).arg(oy).arg(ox).arg(sum).arg(expected)));
                }
    for (int oy = 0; oy < outH; ++oy)
        for (int ox = 0; ox < outW; ++ox)
            QCOMPARE(overlap[oy].toArray()[ox].toInt(), firstChannelCounts[std::pair(oy, ox)]);
}

void ComputeCommandTest::nonFiniteValuesAreWrittenAsStrings()
{
    const QString path = writeConfig(dir_.path(), QStringLiteral("nan.json"),
                                     "{\"input\": [[\"nan\", 1], [1, \"inf\"]], \"weight\": [[1]]}");
    const ScatterboardProcess run = ScatterboardProcess::run({QStringLiteral("compute"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();  // strict JSON: NaN itself would not parse
    QCOMPARE(json["output_shape"].toArray(), (QJsonArray{1, 2, 2}));
    QCOMPARE(json["output"].toArray(), (QJsonArray{QJsonArray{QJsonArray{"nan", 1}, QJsonArray{1, "inf"}}}));
}

void ComputeCommandTest::invalidInput_data()
{
    QTest::addColumn<QByteArray>("config");  // empty: the file does not exist
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");    // what stderr must contain

    QTest::newRow("stride 0 prints PyTorch's message")
        << QByteArray("{\"stride\": 0, \"input\": [[1]], \"weight\": [[1]]}") << QStringList()
        << "invalid.json: RuntimeError: non-positive stride is not supported\n";
    QTest::newRow("groups that do not divide in_channels print PyTorch's ValueError")
        << QByteArray("{\"in_channels\": 3, \"out_channels\": 2, \"groups\": 2, \"kernel_size\": 3,"
                      "\"input\": {\"shape\": [1, 3, 4, 4], \"fill\": \"ones\"}, \"weight\": {\"fill\": \"ones\"}}")
        << QStringList() << "ValueError: in_channels must be divisible by groups";
    QTest::newRow("a missing file is named") << QByteArray() << QStringList()
                                             << "invalid.json: cannot open: No such file or directory";
    QTest::newRow("malformed JSON is named with its position")
        << QByteArray("{\n  \"input\": [[1]],\n  \"weight\": [[1]\n}") << QStringList()
        << "invalid.json: line 4, column 2: unterminated array\n";
    QTest::newRow("a typo is named") << QByteArray("{\"strides\": 2, \"input\": [[1]], \"weight\": [[1]]}")
                                     << QStringList() << "invalid.json: unknown key \"strides\" (did you mean \"stride\"?)";
    QTest::newRow("arguments contradicting the weight are named")
        << QByteArray("{\"in_channels\": 2, \"input\": [[1]], \"weight\": [[[[1]]]]}") << QStringList()
        << "invalid.json: \"weight\": weight has shape [1, 1, 1, 1] but (in_channels, out_channels/groups, kH, kW) is "
           "[2, 1, 1, 1]";
    QTest::newRow("more than a million contributions are refused")
        << QByteArray("{\"input\": {\"shape\": [1, 1, 101, 101], \"fill\": \"ones\"},"
                      "\"weight\": {\"shape\": [1, 1, 10, 10], \"fill\": \"ones\"}}")
        << QStringList{"--contributions"}
        << "invalid.json: --contributions would list 1020100 contributions, more than the limit of 1000000";
    QTest::newRow("an output of more than 2^31 elements is refused before it is allocated")
        << QByteArray("{\"stride\": 100000, \"input\": [[1, 1], [1, 1]], \"weight\": [[1]]}") << QStringList()
        << "invalid.json: the output would have shape [1, 100001, 100001], more than the limit of 268435456 elements";
}

void ComputeCommandTest::invalidInput()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString path = config.isEmpty() ? dir_.filePath(QStringLiteral("missing/invalid.json"))
                                          : writeConfig(dir_.path(), QStringLiteral("invalid.json"), config);
    const ScatterboardProcess run = ScatterboardProcess::run(QStringList{QStringLiteral("compute"), path} + options);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY2(run.err.startsWith("scatterboard: "), run.err.constData());
}

void ComputeCommandTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("compute without a config") << QStringList{"compute"} << "scatterboard: compute: missing CONFIG.json";
    QTest::newRow("compute with two configs")
        << QStringList{"compute", "a.json", "b.json"} << "scatterboard: compute: expected one CONFIG.json, got 2: a.json b.json";
    QTest::newRow("compute with an unknown option")
        << QStringList{"compute", "a.json", "--overlaps"} << "scatterboard: compute: unknown option '--overlaps'";
    QTest::newRow("an unknown option for the window") << QStringList{"--frobnicate"}
                                                      << "scatterboard: unknown option '--frobnicate'";
    QTest::newRow("--step without its number") << QStringList{"--step"} << "scatterboard: --step needs a number";
    QTest::newRow("--step with a negative number")
        << QStringList{"--step", "-1"} << "scatterboard: --step: expected a step number (0, 1, 2, ...), got '-1'";
    QTest::newRow("two configs for the window")
        << QStringList{"a.json", "b.json"} << "scatterboard: expected at most one CONFIG.json, got 2: a.json b.json";
}

void ComputeCommandTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ScatterboardProcess run = ScatterboardProcess::run(arguments, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(message + '\n'), qPrintable(err));
    QVERIFY2(err.contains("usage: scatterboard"), qPrintable(err));
    QVERIFY2(err.contains("--help' for more information"), qPrintable(err));
}

void ComputeCommandTest::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("pattern");  // a regular expression stdout must match

    QTest::newRow("--version prints the name, the version and the SIMD build")
        << QStringList{"--version"} << "^scatterboard \\d+\\.\\d+\\.\\d+\\nSIMD: (sse2|avx2|avx512) \\([^\\n]*\\)\\n$";
    QTest::newRow("--help shows every form") << QStringList{"--help"} << "^usage: scatterboard \\[CONFIG.json \\| LESSON.json\\] \\[--view NAME\\] \\[--step N\\]\\n.*scatterboard compute CONFIG.json.*scatterboard export LESSON.json";
    QTest::newRow("-h is --help") << QStringList{"-h"} << "^usage: scatterboard";
    QTest::newRow("compute --help documents the output and the config keys")
        << QStringList{"compute", "--help"}
        << "^usage: scatterboard compute CONFIG.json \\[--overlap\\] \\[--contributions\\]\\n.*output_shape.*"
           "output_padding.*bias +false \\(the default here.*\"fill\".*Exit status";
}

void ComputeCommandTest::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, pattern);
    const ScatterboardProcess run = ScatterboardProcess::run(arguments, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QRegularExpression expression(pattern, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(expression.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
}

void ComputeCommandTest::windowWithoutDisplayPrintsCompute_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("firstValue");  // output[0][0][0][0], when the exit code is 0

    QTest::newRow("no arguments print the built-in demo")
        << QStringList() << 0 << "the built-in demo (seed 004)" << 6;
    QTest::newRow("a config and a step print that config") << QStringList{kDemo, "--step", "3"} << 0 << kDemo << 6;
    QTest::newRow("a missing config fails as compute would")
        << QStringList{"missing.json"} << 2 << "scatterboard: missing.json: cannot open" << 0;
}

void ComputeCommandTest::windowWithoutDisplayPrintsCompute()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(int, firstValue);
    const ScatterboardProcess run = ScatterboardProcess::run(arguments, ScatterboardProcess::headlessEnvironment());
    QCOMPARE(run.exitCode, exitCode);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith("scatterboard: no display found (DISPLAY is not set), so the window cannot open. "
                            "Headless commands still work: `scatterboard compute CONFIG.json`"),
             qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    if (exitCode == 0)
        QCOMPARE(row(run.json()["output"], {0, 0, 0})[0].toInt(), firstValue);
}

SB_TEST_GUILESS_MAIN(ComputeCommandTest)
#include "tst_compute_command.moc"
