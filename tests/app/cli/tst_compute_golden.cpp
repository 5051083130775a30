// SPDX-License-Identifier: MIT
// PyTorch's own answers (tests/golden/conv_transpose2d_cases.json, written by generate_golden.py,
// and conv_transpose1d_cases.json, by generate_1d_golden.py): every case through the config reader
// and the core in-process, and a sample of them through the real `scatterboard compute`. A case expects an output (shape and values, to 1e-4 absolute and
// relative) or an error (Python's exception class and its exact message).
#include "ScatterboardProcess.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/TensorJson.h"
#include "core/FastConvTranspose.h"
#include "core/TorchError.h"

#include "TestMain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

// Each fixture file, and the prefix its cases' names get here.
struct GoldenFile {
    QString path, prefix;
};
const GoldenFile kGoldenFiles[] = {
    {QStringLiteral(SB_GOLDEN_DIR "/conv_transpose2d_cases.json"), QString()},
    {QStringLiteral(SB_GOLDEN_DIR "/conv_transpose1d_cases.json"), QStringLiteral("ConvTranspose1d ")},
};

// A fixture's cases, named with its prefix; an empty list when the file is missing or unreadable.
QJsonArray readCases(const GoldenFile& golden)
{
    QFile file(golden.path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonArray cases;
    for (const QJsonValue& c : QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("cases")].toArray()) {
        QJsonObject named = c.toObject();
        named[QStringLiteral("name")] = golden.prefix + named[QStringLiteral("name")].toString();
        cases.append(named);
    }
    return cases;
}

// Every fixture's cases, read once.
const QJsonArray& goldenCases()
{
    static const QJsonArray cases = [] {
        QJsonArray all;
        for (const GoldenFile& golden : kGoldenFiles)
            for (const QJsonValue& c : readCases(golden))
                all.append(c);
        return all;
    }();
    return cases;
}

// Values of nested lists in row-major order; "nan"/"inf" strings as the config reader reads them.
void flatten(const QJsonValue& value, std::vector<float>& values)
{
    if (value.isArray()) {
        for (const QJsonValue& child : value.toArray())
            flatten(child, values);
        return;
    }
    values.push_back(sb::floatFromJson(value).value_or(std::nanf("")));
}

sb::Shape shapeOf(const QJsonValue& value)
{
    sb::Shape shape;
    for (const QJsonValue& extent : value.toArray())
        shape.push_back(extent.toInteger());
    return shape;
}

// The first value that differs from PyTorch's beyond 1e-4 (absolute and relative), or empty.
QString mismatch(const std::vector<float>& actual, const QJsonValue& expectedOutput)
{
    std::vector<float> expected;
    flatten(expectedOutput, expected);
    if (actual.size() != expected.size())
        return QStringLiteral("%1 values, PyTorch has %2").arg(actual.size()).arg(expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const float a = actual[i], e = expected[i];
        const bool same = (std::isnan(a) && std::isnan(e)) || a == e  // equal infinities included
                          || std::abs(double(a) - double(e)) <= 1e-4 + 1e-4 * std::abs(double(e));
        if (!same)
            return QStringLiteral("value %1 is %2, PyTorch has %3").arg(i).arg(double(a)).arg(double(e));
    }
    return {};
}

void addColumns()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QJsonObject>("expected");  // {output_shape, output}, or empty
    QTest::addColumn<QJsonObject>("error");     // {type, message}, or empty
}

void addRow(const QJsonObject& c)
{
    QTest::newRow(qPrintable(c[QStringLiteral("name")].toString()))
        << QJsonDocument(c[QStringLiteral("config")].toObject()).toJson(QJsonDocument::Compact)
        << c[QStringLiteral("expected")].toObject() << c[QStringLiteral("error")].toObject();
}

} // namespace

class ComputeGoldenTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCaseInProcess_data();
    void everyCaseInProcess();
    void sampleThroughTheBinary_data();
    void sampleThroughTheBinary();

private:
    QTemporaryDir dir_;
};

void ComputeGoldenTest::initTestCase()
{
    for (const GoldenFile& golden : kGoldenFiles) {
        QVERIFY2(QFile::exists(golden.path), qPrintable(golden.path + " is missing: run its generator in tests/golden"));
        QVERIFY2(!readCases(golden).isEmpty(), qPrintable(golden.path + " holds no cases"));
    }
}

void ComputeGoldenTest::everyCaseInProcess_data()
{
    addColumns();
    for (const QJsonValue& c : goldenCases())
        addRow(c.toObject());
}

void ComputeGoldenTest::everyCaseInProcess()
{
    QFETCH(QByteArray, config);
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonObject, error);
    const QString source = QStringLiteral("golden.json");
    try {
        const sb::Layer layer = sb::validateConfig(sb::readConfigJson(config, source), source);
        if (!error.isEmpty())
            QFAIL(qPrintable("accepted, but PyTorch raised " + error["type"].toString() + ": " + error["message"].toString()));
        QCOMPARE(layer.geometry.outputShape(), shapeOf(expected["output_shape"]));
        const QString difference = mismatch(sb::toVector(sb::fastConvTranspose(layer).values()), expected["output"]);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    } catch (const sb::TorchError& e) {
        if (error.isEmpty())
            QFAIL(qPrintable(QStringLiteral("PyTorch accepted it, we raised %1: %2").arg(e.pythonType().c_str(), e.what())));
        QCOMPARE(QString::fromStdString(e.pythonType()), error["type"].toString());
        QCOMPARE(QString::fromStdString(e.what()), error["message"].toString());
    } catch (const sb::ConfigError& e) {
        QFAIL(qPrintable("the config was not read: " + e.message()));
    }
}

void ComputeGoldenTest::sampleThroughTheBinary_data()
{
    // Five valid and five invalid cases spread over each file: enough to show the binary prints
    // what the library computes, without starting 450 processes.
    addColumns();
    for (const GoldenFile& golden : kGoldenFiles) {
        QJsonArray valid, invalid;
        for (const QJsonValue& c : readCases(golden))
            (c.toObject().contains(QStringLiteral("error")) ? invalid : valid).append(c);
        for (const QJsonArray* cases : {&valid, &invalid})
            for (qsizetype i = 0; i < 5 && i < cases->size(); ++i)
                addRow(cases->at(i * cases->size() / 5).toObject());
    }
}

void ComputeGoldenTest::sampleThroughTheBinary()
{
    QFETCH(QByteArray, config);
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonObject, error);
    const QString path = writeConfig(dir_.path(), QStringLiteral("golden.json"), config);
    const ScatterboardProcess run = ScatterboardProcess::run({QStringLiteral("compute"), path});
    if (!error.isEmpty()) {
        QCOMPARE(run.exitCode, 2);
        const QString line = error["type"].toString() + ": " + error["message"].toString() + '\n';
        QVERIFY2(QString::fromUtf8(run.err).endsWith(line), run.err.constData());
        return;
    }
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json["output_shape"], expected["output_shape"]);
    std::vector<float> printed;
    flatten(json["output"], printed);
    const QString difference = mismatch(printed, expected["output"]);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

SB_TEST_GUILESS_MAIN(ComputeGoldenTest)
#include "tst_compute_golden.moc"
