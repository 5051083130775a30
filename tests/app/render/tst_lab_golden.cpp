// SPDX-License-Identifier: MIT
// The checkerboard lab against PyTorch (tests/golden/lab_cases.json, made by
// generate_lab_golden.py): two stacked layers equal PyTorch applied twice and the core applied
// layer by layer; the resize-convolution equals F.interpolate followed by nn.Conv2d.
#include "app/config/ConfigReader.h"
#include "core/FastConvTranspose.h"
#include "core/LayerStack.h"
#include "core/ResizeConvolution.h"

#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

namespace {

QJsonArray labCases()
{
    QFile file(QStringLiteral(SB_GOLDEN_DIR "/lab_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open lab_cases.json");
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
}

void flatten(const QJsonValue& value, std::vector<double>& out)
{
    if (value.isArray())
        for (const QJsonValue& v : value.toArray())
            flatten(v, out);
    else
        out.push_back(value.toDouble());
}

bool matches(const sb::Tensor& t, const QJsonValue& expected, QString* why)
{
    std::vector<double> values;
    flatten(expected, values);
    if (static_cast<std::int64_t>(values.size()) != t.numel()) {
        *why = QStringLiteral("%1 values, expected %2").arg(t.numel()).arg(values.size());
        return false;
    }
    for (std::size_t i = 0; i < values.size(); ++i)
        if (std::abs(t.values()[i] - values[i]) > 1e-3 + 1e-4 * std::abs(values[i])) {
            *why = QStringLiteral("element %1: %2 vs %3").arg(i).arg(t.values()[i]).arg(values[i]);
            return false;
        }
    return true;
}

sb::ConvTransposeProblem firstProblem(const QJsonObject& c)
{
    return sb::readConfigJson(QJsonDocument(c.value(QStringLiteral("first")).toObject()).toJson(), QStringLiteral("lab case"))
        .problem;
}

sb::StackedLayer secondLayer(const QJsonObject& c)
{
    // The second layer is a config without an input: give it a dummy one to reuse the reader.
    QJsonObject second = c.value(QStringLiteral("second")).toObject();
    second.insert(QStringLiteral("input"), QJsonArray{QJsonArray{1}});
    const sb::ConvTransposeProblem p = sb::readConfigJson(QJsonDocument(second).toJson(), QStringLiteral("lab case")).problem;
    return {p.params, p.weight, p.bias};
}

} // namespace

class LabGoldenTest : public QObject {
    Q_OBJECT
private slots:
    void stackedLayersMatchPyTorch_data();
    void stackedLayersMatchPyTorch();
    void resizeConvolutionMatchesPyTorch_data() { stackedLayersMatchPyTorch_data(); }
    void resizeConvolutionMatchesPyTorch();
};

void LabGoldenTest::stackedLayersMatchPyTorch_data()
{
    QTest::addColumn<QJsonObject>("golden");
    const QJsonArray all = labCases();
    QVERIFY(all.size() >= 5);
    for (const QJsonValue& c : all)
        QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
}

void LabGoldenTest::stackedLayersMatchPyTorch()
{
    QFETCH(QJsonObject, golden);
    const sb::LayerStack stack(firstProblem(golden), {secondLayer(golden)});
    QCOMPARE(stack.size(), std::size_t(2));
    QString why;
    QVERIFY2(matches(stack.output(1), golden.value(QStringLiteral("stack_output")), &why), qPrintable(why));
    // Layer by layer with the core gives the same.
    QCOMPARE(sb::fastConvTranspose(stack.layer(1)), stack.output(1));
    QCOMPARE(stack.layer(1).input, stack.output(0));
    // The chain's overlap pattern has the final output's size.
    QCOMPARE(stack.overlap(1).size(2), stack.output(1).size(2));
}

void LabGoldenTest::resizeConvolutionMatchesPyTorch()
{
    QFETCH(QJsonObject, golden);
    const sb::Layer layer = sb::validate(firstProblem(golden));
    const QJsonObject resize = golden.value(QStringLiteral("resize")).toObject();
    QString why;
    QVERIFY2(matches(sb::ResizeConvolution(layer, sb::UpsampleMode::Nearest).output(), resize.value(QStringLiteral("nearest")), &why),
             qPrintable("nearest: " + why));
    QVERIFY2(matches(sb::ResizeConvolution(layer, sb::UpsampleMode::Bilinear).output(), resize.value(QStringLiteral("bilinear")), &why),
             qPrintable("bilinear: " + why));
}

SB_TEST_APPLESS_MAIN(LabGoldenTest)
#include "tst_lab_golden.moc"
