// SPDX-License-Identifier: MIT
// The adjoint (issue 17) against PyTorch (tests/golden/adjoint_cases.json, made by
// generate_adjoint_golden.py with torch.autograd.grad): core's conv2d(z) is F.conv2d's, the two
// inner products agree, and the gradient autograd takes of ⟨conv2d(z), x⟩ with respect to z is
// the transposed convolution — the record's output and the adjoint's own scatter alike. On random
// layers the identity holds to float precision.
#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigReader.h"
#include "app/render/views/AdjointPicture.h"
#include "core/AdjointConvolution.h"
#include "core/ScatterRecord.h"

#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace sb;

namespace {

QJsonArray adjointCases()
{
    QFile file(QStringLiteral(SB_GOLDEN_DIR "/adjoint_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open adjoint_cases.json");
    return QJsonDocument::fromJson(file.readAll()).array();
}

void flatten(const QJsonValue& value, std::vector<float>& out)
{
    if (value.isArray())
        for (const QJsonValue& v : value.toArray())
            flatten(v, out);
    else
        out.push_back(static_cast<float>(value.toDouble()));
}

bool close(const Tensor& t, const std::vector<float>& expected, double tolerance, QString* why)
{
    if (static_cast<std::size_t>(t.numel()) != expected.size()) {
        *why = QStringLiteral("%1 values, expected %2").arg(t.numel()).arg(expected.size());
        return false;
    }
    for (std::size_t i = 0; i < expected.size(); ++i)
        if (std::abs(t.values()[i] - expected[i]) > tolerance * (1.0 + std::abs(expected[i]))) {
            *why = QStringLiteral("value %1: %2, expected %3").arg(i).arg(t.values()[i]).arg(expected[i]);
            return false;
        }
    return true;
}

} // namespace

class AdjointTest : public QObject {
    Q_OBJECT
private slots:
    void agreesWithPyTorchsAutograd_data();
    void agreesWithPyTorchsAutograd();
    void identityHoldsOnRandomLayers();
    void convSizeIsPyTorchsFormula();
    void theViewStatesTheIdentityWithTheLayersNumbers();
    void aConvTranspose1dIsTheGradientOfConv1d();
};

void AdjointTest::agreesWithPyTorchsAutograd_data()
{
    QTest::addColumn<QJsonObject>("fixture");
    for (const QJsonValue& c : adjointCases())
        QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    QVERIFY(adjointCases().size() >= 5);
}

void AdjointTest::agreesWithPyTorchsAutograd()
{
    QFETCH(QJsonObject, fixture);
    const QByteArray json = QJsonDocument(fixture.value(QStringLiteral("config")).toObject()).toJson();
    const Layer layer = validateConfig(readConfigJson(json, QStringLiteral("fixture")), QStringLiteral("fixture"));
    std::vector<float> z, convZ, grad;
    flatten(fixture.value(QStringLiteral("z")), z);
    flatten(fixture.value(QStringLiteral("conv_z")), convZ);
    flatten(fixture.value(QStringLiteral("grad")), grad);
    const LayerGeometry& g = layer.geometry;
    const Tensor zTensor({g.batch, g.out_channels, g.output.h, g.output.w}, z);
    QString why;
    QVERIFY2(close(AdjointConvolution::conv2d(layer, zTensor), convZ, 1e-5, &why), qPrintable(why));
    // autograd's gradient is the transposed convolution: ours two ways.
    QVERIFY2(close(AdjointConvolution::convTranspose2d(layer), grad, 1e-5, &why), qPrintable(why));
    QVERIFY2(close(ScatterRecord(layer).output(), grad, 1e-5, &why), qPrintable(why));
    // ⟨conv2d(z), x⟩ and ⟨z, y⟩, as PyTorch summed them in float64.
    const double left = AdjointConvolution::inner(AdjointConvolution::conv2d(layer, zTensor), layer.input);
    const double right = AdjointConvolution::inner(zTensor, AdjointConvolution::convTranspose2d(layer));
    const double expected = fixture.value(QStringLiteral("left")).toDouble();
    QVERIFY(std::abs(fixture.value(QStringLiteral("right")).toDouble() - expected) < 1e-9 * (1 + std::abs(expected)));
    QVERIFY2(std::abs(left - expected) < 1e-4 * (1 + std::abs(expected)), qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(expected)));
    QVERIFY2(std::abs(right - expected) < 1e-4 * (1 + std::abs(expected)), qPrintable(QStringLiteral("%1 vs %2").arg(right).arg(expected)));
}

void AdjointTest::identityHoldsOnRandomLayers()
{
    QRandomGenerator random(1702);
    int checked = 0;
    for (int i = 0; i < 200; ++i) {
        const int groups = random.bounded(1, 3), k = random.bounded(1, 5), s = random.bounded(1, 4), d = random.bounded(1, 3);
        const int op = random.bounded(0, std::max(s, d)), p = random.bounded(0, d * (k - 1) + 1);
        const QByteArray json = QStringLiteral(R"({"in_channels": %1, "out_channels": %2, "groups": %3, "kernel_size": %4, "stride": %5,
            "padding": %6, "output_padding": %7, "dilation": %8, "bias": false,
            "input": {"shape": [2, %1, %9, %10], "fill": "random", "seed": %11}, "weight": {"fill": "random", "seed": %12}})")
                                    .arg(2 * groups).arg(2 * groups).arg(groups).arg(k).arg(s).arg(p).arg(op).arg(d)
                                    .arg(random.bounded(1, 6)).arg(random.bounded(1, 6)).arg(i).arg(i + 1000)
                                    .toUtf8();
        Layer layer;
        try {
            layer = validateConfig(readConfigJson(json, QStringLiteral("random")), QStringLiteral("random"));
        } catch (const std::exception&) {
            continue;  // a size PyTorch refuses (an output below 1)
        }
        const AdjointConvolution::Check c = AdjointConvolution::check(layer);
        QVERIFY2(std::abs(c.left - c.right) < 1e-4 * (1 + std::abs(c.left)), json.constData());
        QString why;
        std::vector<float> record = sb::toVector(ScatterRecord(layer).output().values());
        QVERIFY2(close(c.y, record, 1e-5, &why), qPrintable(why));
        // W's non-zeros from the geometry are the record's kept contributions of one sample.
        const ScatterRecord full(layer);
        std::int64_t kept = 0;
        for (std::int64_t k = 0; k < full.size(); ++k)
            kept += (full.at(k).n == 0 && full.at(k).kept) ? 1 : 0;
        QCOMPARE(AdjointConvolution::nonZeros(layer.geometry), kept);
        ++checked;
    }
    QVERIFY2(checked >= 100, qPrintable(QString::number(checked)));
}

void AdjointTest::convSizeIsPyTorchsFormula()
{
    // nn.Conv2d's documentation: ⌊(in + 2p − d(k − 1) − 1) / s⌋ + 1.
    QCOMPARE(AdjointConvolution::convSize(8, 4, 2, 1, 1), 4);  // seed 004's output back to its input
    QCOMPARE(AdjointConvolution::convSize(7, 3, 2, 1, 1), 4);  // 7 and 8 both shrink to 4:
    QCOMPARE(AdjointConvolution::convSize(8, 3, 2, 1, 1), 4);  // output_padding picks one
    QCOMPARE(AdjointConvolution::convSize(2, 5, 1, 0, 1), -2);
}

void AdjointTest::theViewStatesTheIdentityWithTheLayersNumbers()
{
    BuiltinPresets::paths();
    const QString path = QStringLiteral(":/presets/seed004-k4-s2-p1.json");
    auto record = std::make_shared<const ScatterRecord>(validateConfig(readConfigFile(path), path));
    const AdjointPicture picture(record, PlaneSelection{});
    QCOMPARE(picture.view(), ViewId::Adjoint);
    const QString text = picture.paragraphs().join(QLatin1Char('\n'));
    // Conv2d maps 8 back to 4 on both axes; W is 16 × 64 with one non-zero per kept (element, tap).
    QVERIFY2(text.contains(QStringLiteral("H = ⌊(8 + 2·1 − 1·(4 − 1) − 1) / 2⌋ + 1 = 4")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("by W, 16 × 64")));
    std::int64_t kept = 0;
    for (std::int64_t i = 0; i < record->size(); ++i)
        kept += record->at(i).kept ? 1 : 0;
    QCOMPARE(picture.nonZeros(), kept);
    QVERIFY(text.contains(QStringLiteral("%1 non-zero weights").arg(kept)));
    // Both sides of the identity are printed, and they agree.
    QVERIFY(std::abs(picture.check().left - picture.check().right) < 1e-4 * (1 + std::abs(picture.check().left)));
    QVERIFY(text.contains(QStringLiteral("⟨conv2d(z), x⟩ = ")));
    // Stride 2: heights 8 and 9 both shrink to 4, and output_padding 0 picks 8.
    QVERIFY(text.contains(QStringLiteral("the heights 8 (output_padding 0), 9 (output_padding 1) all shrink to 4")));
}

void AdjointTest::aConvTranspose1dIsTheGradientOfConv1d()
{
    BuiltinPresets::paths();
    const QString path = QStringLiteral(":/presets/conv1d-k3-s2.json");
    auto record = std::make_shared<const ScatterRecord>(validateConfig(readConfigFile(path), path));
    const AdjointPicture picture(record, PlaneSelection{});
    const QString text = picture.paragraphs().join(QLatin1Char('\n'));
    // Conv1d with integer arguments, the 1-D shapes, one length formula, and the choice along L.
    QVERIFY2(text.contains(QStringLiteral("nn.Conv1d(1, 1, kernel_size=3, stride=2, padding=0")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("maps the output's shape [1, 1, 17] back to the input's [1, 1, 8]")));
    QVERIFY(text.contains(QStringLiteral("L = ⌊(17 + 2·0 − 1·(3 − 1) − 1) / 2⌋ + 1 = 8")));
    QVERIFY(!text.contains(QStringLiteral("H = ")));
    QVERIFY(!text.contains(QStringLiteral("conv2d")));
    QVERIFY(text.contains(QStringLiteral("⟨conv1d(z), x⟩ = ")));
    QVERIFY(text.contains(QStringLiteral("the lengths 17 (output_padding 0), 18 (output_padding 1) all shrink to 8")));
    QVERIFY(std::abs(picture.check().left - picture.check().right) < 1e-4 * (1 + std::abs(picture.check().left)));
}

SB_TEST_MAIN(AdjointTest)
#include "tst_adjoint.moc"
