// SPDX-License-Identifier: MIT
// Model files (app/config/ModelFile.h) against the fixtures tests/golden/generate_model_fixtures.py
// made with PyTorch: a small DCGAN generator saved by torch.save (a state_dict, and a training
// checkpoint holding one), as .safetensors (with F16, BF16 and F64 copies) and as .npz (stored and
// deflated, its int64 counters too). Every format gives PyTorch's tensors and candidates; a config naming its last layer
// with {"model", "tensor"} computes PyTorch's output; and every hostile file is refused with a
// message naming it and the problem (nothing in a pickle is ever run: os.system would print).
#include "ModelFixture.h"

#include "app/cli/InspectCommand.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ConfigWriter.h"
#include "app/config/ModelFile.h"
#include "core/FastConvTranspose.h"

#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

class ModelFileTest : public QObject {
    Q_OBJECT
private slots:
    void everyFormatHoldsPyTorchsTensors_data();
    void everyFormatHoldsPyTorchsTensors();
    void halfBfloatAndDoubleCopiesAreRead();
    void aStridedViewIsReadThroughItsStrides();
    void aConfigNamingTheLastLayerComputesPyTorchsOutput_data() { everyFormatHoldsPyTorchsTensors_data(); }
    void aConfigNamingTheLastLayerComputesPyTorchsOutput();
    void anUnknownTensorNameListsWhatTheFileHolds();
    void writingTheConfigBackKeepsTheReferences();
    void hostileFilesAreRefusedClearly_data();
    void hostileFilesAreRefusedClearly();
};

void ModelFileTest::everyFormatHoldsPyTorchsTensors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("torch.save state_dict") << QStringLiteral("dcgan.pt") << QStringLiteral("torch");
    QTest::newRow("torch.save checkpoint, state_dict nested") << QStringLiteral("dcgan-checkpoint.pt") << QStringLiteral("torch");
    QTest::newRow("safetensors") << QStringLiteral("dcgan.safetensors") << QStringLiteral("safetensors");
    QTest::newRow("npz, stored") << QStringLiteral("dcgan.npz") << QStringLiteral("npz");
    QTest::newRow("npz, deflated") << QStringLiteral("dcgan-deflated.npz") << QStringLiteral("npz");
}

void ModelFileTest::everyFormatHoldsPyTorchsTensors()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QJsonObject expected = sbtest::dcganFixture();
    QVERIFY(!expected.isEmpty());
    const sb::ModelFile model = sb::readModelFile(sbtest::kModels + file);
    QCOMPARE(model.format, format);
    // Every format holds all 14, the two int64 BatchNorm counters listed but never layers.
    int checked = 0;
    for (const QJsonValue& entry : expected.value(QStringLiteral("tensors")).toArray()) {
        const QJsonObject e = entry.toObject();
        const bool isFloat = e.value(QStringLiteral("dtype")).toString() == QLatin1String("float32");
        const sb::ModelTensor& t = model.tensor(e.value(QStringLiteral("name")).toString());
        sb::Shape shape;
        for (const QJsonValue& d : e.value(QStringLiteral("shape")).toArray())
            shape.push_back(d.toInt());
        QCOMPARE(t.shape, shape);
        QCOMPARE(t.floating, isFloat);
        QCOMPARE(t.values.values(), sbtest::flatValues(e.value(QStringLiteral("values"))));
        QCOMPARE(t.dtype, e.value(QStringLiteral("dtype")).toString());
        ++checked;
    }
    QCOMPARE(checked, 14);
    QCOMPARE(model.tensors.size(), format == QLatin1String("safetensors") ? std::size_t{17} : std::size_t{14});
    // Candidates: every 4-D weight, the bias only where the layer has one.
    QJsonArray candidates;
    for (const sb::LayerCandidate& c : model.candidates())
        candidates.append(QJsonObject{{QStringLiteral("weight"), c.weight},
                                      {QStringLiteral("bias"), c.bias.isEmpty() ? QJsonValue() : QJsonValue(c.bias)},
                                      {QStringLiteral("in_channels"), double(c.inChannels)},
                                      {QStringLiteral("out_channels"), double(c.outChannels)},
                                      {QStringLiteral("kernel_size"), QJsonArray{double(c.kernelH), double(c.kernelW)}}});
    QCOMPARE(candidates, expected.value(QStringLiteral("candidates")).toArray());
    // inspect prints the same candidates.
    const QJsonObject inspected = QJsonDocument::fromJson(sb::InspectCommand::json(model)).object();
    QCOMPARE(inspected.value(QStringLiteral("candidates")).toArray(), candidates);
    QCOMPARE(inspected.value(QStringLiteral("format")).toString(), format);
}

void ModelFileTest::halfBfloatAndDoubleCopiesAreRead()
{
    const sb::ModelFile model = sb::readModelFile(sbtest::kModels + QStringLiteral("dcgan.safetensors"));
    const sb::Floats& weight = model.tensor(QStringLiteral("6.weight")).values.values();
    const struct {
        const char* name;
        const char* dtype;
        float tolerance;  // relative: F16 keeps 11 significant bits, BF16 8
    } copies[] = {{"copies.half", "float16", 1e-3f}, {"copies.bfloat16", "bfloat16", 8e-3f}, {"copies.double", "float64", 0}};
    for (const auto& copy : copies) {
        const sb::ModelTensor& t = model.tensor(QLatin1String(copy.name));
        QCOMPARE(t.dtype, QLatin1String(copy.dtype));
        QCOMPARE(t.values.values().size(), weight.size());
        for (std::size_t i = 0; i < weight.size(); ++i)
            QVERIFY2(std::abs(t.values.values()[i] - weight[i]) <= copy.tolerance * std::abs(weight[i]),
                     qPrintable(QStringLiteral("%1[%2]: %3 vs %4").arg(copy.name).arg(i).arg(t.values.values()[i]).arg(weight[i])));
    }
}

void ModelFileTest::aStridedViewIsReadThroughItsStrides()
{
    // torch.arange(6).reshape(2, 3).t(): shape (3, 2), strides (1, 3) over 0 … 5.
    const sb::ModelFile model = sb::readModelFile(sbtest::kModels + QStringLiteral("strided.pt"));
    const sb::ModelTensor& t = model.tensor(QStringLiteral("transposed"));
    QCOMPARE(t.shape, (sb::Shape{3, 2}));
    QCOMPARE(t.values.values(), (std::vector<float>{0, 3, 1, 4, 2, 5}));
}

void ModelFileTest::aConfigNamingTheLastLayerComputesPyTorchsOutput()
{
    QFETCH(QString, file);
    const QJsonObject layer = sbtest::dcganLayer();
    const QJsonObject config{
        {QStringLiteral("stride"), 2},
        {QStringLiteral("padding"), 1},
        {QStringLiteral("weight"), QJsonObject{{QStringLiteral("model"), file}, {QStringLiteral("tensor"), QStringLiteral("6.weight")}}},
        {QStringLiteral("bias"), QJsonObject{{QStringLiteral("model"), file}, {QStringLiteral("tensor"), QStringLiteral("6.bias")}}},
        {QStringLiteral("input"), layer.value(QStringLiteral("input"))}};
    // The model's path is relative to the config's folder.
    const sb::ConfigFile parsed = sb::readConfigJson(QJsonDocument(config).toJson(), QStringLiteral("layer.json"), sbtest::kModels);
    QCOMPARE(parsed.modelFiles, QStringList{QFileInfo(sbtest::kModels + file).absoluteFilePath()});
    const sb::Tensor output = sb::fastConvTranspose(sb::validateConfig(parsed, QStringLiteral("layer.json")));
    const std::vector<float> expected = sbtest::flatValues(layer.value(QStringLiteral("output")));
    QCOMPARE(output.values().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(output.values()[i] - expected[i]) <= 1e-5f * (1 + std::abs(expected[i])),
                 qPrintable(QStringLiteral("[%1]: %2 vs PyTorch %3").arg(i).arg(output.values()[i]).arg(expected[i])));
}

void ModelFileTest::anUnknownTensorNameListsWhatTheFileHolds()
{
    const QJsonObject config{{QStringLiteral("input"), QJsonArray{QJsonArray{1}}},
                             {QStringLiteral("weight"), QJsonObject{{QStringLiteral("model"), QStringLiteral("dcgan.pt")},
                                                                    {QStringLiteral("tensor"), QStringLiteral("7.weight")}}}};
    try {
        sb::readConfigJson(QJsonDocument(config).toJson(), QStringLiteral("layer.json"), sbtest::kModels);
        QFAIL("an unknown tensor was accepted");
    } catch (const sb::ConfigError& e) {
        QCOMPARE(e.key(), QStringLiteral("weight"));
        QVERIFY2(e.message().contains(QStringLiteral("dcgan.pt: no tensor named 7.weight; it holds 0.weight, 1.weight")),
                 qPrintable(e.message()));
    }
}

void ModelFileTest::writingTheConfigBackKeepsTheReferences()
{
    const QJsonObject reference{{QStringLiteral("model"), QStringLiteral("dcgan.safetensors")},
                                {QStringLiteral("tensor"), QStringLiteral("6.weight")}};
    const QJsonObject bias{{QStringLiteral("model"), QStringLiteral("dcgan.safetensors")},
                           {QStringLiteral("tensor"), QStringLiteral("6.bias")}};
    const QJsonObject config{{QStringLiteral("stride"), 2},
                             {QStringLiteral("padding"), 1},
                             {QStringLiteral("input"), sbtest::dcganLayer().value(QStringLiteral("input"))},
                             {QStringLiteral("weight"), reference},
                             {QStringLiteral("bias"), bias}};
    sb::ConfigFile parsed = sb::readConfigJson(QJsonDocument(config).toJson(), QStringLiteral("layer.json"), sbtest::kModels);
    // Written back beside the model: the references again, not 192 numbers.
    QJsonObject written = sb::configToJson(parsed, sbtest::kModels);
    QCOMPARE(written.value(QStringLiteral("weight")).toObject(), reference);
    QCOMPARE(written.value(QStringLiteral("bias")).toObject(), bias);
    // And read back, the same layer.
    QCOMPARE(sb::readConfigJson(QJsonDocument(written).toJson(), QStringLiteral("layer.json"), sbtest::kModels), parsed);
    // Once edited, the weight is no longer the model's: its values are written.
    parsed.problem.weight.data()[0] += 1.0f;
    written = sb::configToJson(parsed, sbtest::kModels);
    QVERIFY(written.value(QStringLiteral("weight")).isArray());
    QCOMPARE(written.value(QStringLiteral("bias")).toObject(), bias);
}

void ModelFileTest::hostileFilesAreRefusedClearly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("truncated zip") << QStringLiteral("truncated.pt") << QStringLiteral("not a readable zip archive");
    QTest::newRow("zip bomb") << QStringLiteral("bomb.npz")
                              << QStringLiteral("declares 3000000000 bytes from 1786 compressed: refused as a zip bomb");
    QTest::newRow("GLOBAL os.system") << QStringLiteral("os-system.pt")
                                      << QStringLiteral("the pickle asks for the global os.system, which a state_dict "
                                                        "never uses: refused, nothing was run");
    QTest::newRow("GLOBAL builtins.eval") << QStringLiteral("eval.pt") << QStringLiteral("the global builtins.eval");
    QTest::newRow("strides beyond the storage")
        << QStringLiteral("offsets.pt") << QStringLiteral("tensor w's offset and strides reach beyond its storage of 4 elements");
    QTest::newRow("duplicate names in a pickle") << QStringLiteral("duplicate.pt") << QStringLiteral("the name w appears twice");
    QTest::newRow("legacy torch.save") << QStringLiteral("legacy.pt") << QStringLiteral("a legacy torch.save file (not a zip)");
    QTest::newRow("header length beyond the file")
        << QStringLiteral("header-length.safetensors")
        << QStringLiteral("its header claims 1099511627776 bytes, but the file holds 65 after the length");
    QTest::newRow("duplicate names in a header")
        << QStringLiteral("duplicate.safetensors") << QStringLiteral("the name w appears twice in its header");
    QTest::newRow("data_offsets beyond the file")
        << QStringLiteral("offsets.safetensors") << QStringLiteral("tensor w's data_offsets lie outside the file's 16 bytes of data");
}

void ModelFileTest::hostileFilesAreRefusedClearly()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const QString path = sbtest::kModels + QStringLiteral("hostile/") + file;
    QVERIFY(QFile::exists(path));
    try {
        sb::readModelFile(path);
        QFAIL("a hostile file was read");
    } catch (const sb::ConfigError& e) {
        QVERIFY2(e.message().startsWith(path + QStringLiteral(": ")) && e.message().contains(problem), qPrintable(e.message()));
    }
}

SB_TEST_GUILESS_MAIN(ModelFileTest)
#include "tst_model_file.moc"
