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
#include "app/config/ModelFileCache.h"
#include "core/FastConvTranspose.h"

#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
    void buffersOfAnyTypeAreListed();
    void descrTextInAnEntrysDataIsData();
    void aModelFileIsReadOncePerCache();
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
    // Round 3 (tests/fuzz/make_corpus.py writes these).
    QTest::newRow("an .npz entry with two descr keys (compute printed heap bytes)")
        << QStringLiteral("npz-two-descr.npz")
        << QStringLiteral("w.npy: malformed .npy header (the key 'descr' is given twice)");
    QTest::newRow("two stride-0 views of 2^28 elements over one float (2 GB from 660 bytes)")
        << QStringLiteral("pt-stride0-views.pt")
        << QStringLiteral("reading it would take more than 67114144 bytes of memory at tensor t0's "
                          "268435456 elements");
    QTest::newRow("a 3000-axis shape copied into 3000 entries")
        << QStringLiteral("pt-memo-shape-copies.pt") << QStringLiteral("bytes of memory at the state_dict's entry");
    QTest::newRow("a negative size") << QStringLiteral("pt-negative-size.pt")
                                     << QStringLiteral("tensor w has the negative size -1 in its shape [2, -1]");
    QTest::newRow("overlapping safetensors entries")
        << QStringLiteral("st-overlap.safetensors")
        << QStringLiteral("tensor t1's data_offsets [0, 64] overlap those of tensor t0, [0, 64]");
    QTest::newRow("a gap between safetensors entries")
        << QStringLiteral("st-gap.safetensors")
        << QStringLiteral("bytes 4 to 8 of the data belong to no tensor (tensor b starts at 8)");
    QTest::newRow("a dtype that is not a string")
        << QStringLiteral("st-dtype-not-a-string.safetensors")
        << QStringLiteral("tensor w has the dtype {\"a\":1}, which is not one this program reads (F32, F16, BF16, F64, "
                          "I64, I32, I16, I8, U8, BOOL)");
    QTest::newRow("a shape that is not a list")
        << QStringLiteral("st-shape-not-a-list.safetensors")
        << QStringLiteral("tensor w has the shape \"4\", which is not a list of sizes");
    QTest::newRow("a negative safetensors size")
        << QStringLiteral("st-negative-size.safetensors")
        << QStringLiteral("tensor w has the negative size -1 in its shape [-1,4]");
    QTest::newRow("a float64 beyond float32, as the .npy reader refuses it")
        << QStringLiteral("st-f64-beyond-float32.safetensors")
        << QStringLiteral("tensor w: float64 value 1.0000000000000001e+300 at flat index 1 does not fit float32 (it "
                          "would become inf)");
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

void ModelFileTest::buffersOfAnyTypeAreListed()
{
    // A uint8 mask, BatchNorm's int64 counter and a bool buffer, as PyTorch keeps them: read with
    // their values, listed, never a layer's candidate.
    const sb::ModelFile model = sb::readModelFile(sbtest::kModels + QStringLiteral("hostile/pt-uint8-mask.pt"));
    QCOMPARE(model.tensor(QStringLiteral("up.mask")).dtype, QStringLiteral("uint8"));
    QCOMPARE(model.tensor(QStringLiteral("up.mask")).values.values(), (std::vector<float>{0, 1, 1, 0}));
    QVERIFY(!model.tensor(QStringLiteral("up.mask")).floating);
    QCOMPARE(model.tensor(QStringLiteral("bn.num_batches_tracked")).values.values(), (std::vector<float>{7}));
    QCOMPARE(model.tensor(QStringLiteral("up.keep")).dtype, QStringLiteral("bool"));
    QCOMPARE(model.tensor(QStringLiteral("up.keep")).values.values(), (std::vector<float>{1, 0}));
    QCOMPARE(model.candidates().size(), std::size_t{1});
    QCOMPARE(model.candidates().front().weight, QStringLiteral("up.weight"));
    // Named as a weight, the mask is refused saying what it is.
    const QJsonObject config{
        {QStringLiteral("input"), QJsonArray{QJsonArray{1}}},
        {QStringLiteral("weight"), QJsonObject{{QStringLiteral("model"), QStringLiteral("hostile/pt-uint8-mask.pt")},
                                               {QStringLiteral("tensor"), QStringLiteral("up.mask")}}}};
    try {
        sb::readConfigJson(QJsonDocument(config).toJson(), QStringLiteral("layer.json"), sbtest::kModels);
        QFAIL("a uint8 mask became a weight");
    } catch (const sb::ConfigError& e) {
        QCOMPARE(e.key(), QStringLiteral("weight"));
        QVERIFY2(e.message().contains(QStringLiteral("\"weight.tensor\": tensor up.mask of "))
                     && e.message().contains(QStringLiteral("holds uint8 values")),
                 qPrintable(e.message()));
    }
}

void ModelFileTest::descrTextInAnEntrysDataIsData()
{
    // The .npz reader guessed an entry's type from text anywhere in its first 256 bytes: this
    // float32 entry, whose data spells 'descr': '<i8', was read as int64, twice its length.
    const sb::ModelFile model = sb::readModelFile(sbtest::kModels + QStringLiteral("hostile/npz-descr-in-data.npz"));
    const sb::ModelTensor& w = model.tensor(QStringLiteral("w"));
    QCOMPARE(w.dtype, QStringLiteral("float32"));
    QCOMPARE(w.shape, (sb::Shape{1, 1, 1, 4}));
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(w.values.data()), 16), QByteArray("'descr': '<i8'\0\0", 16));
}

void ModelFileTest::aModelFileIsReadOncePerCache()
{
    // Two spellings of one file, and a link to it, are one file: read once. Proof that the second
    // and third are not read again: the file is gone by then.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(sbtest::kModels + QStringLiteral("dcgan.safetensors"),
                        dir.filePath(QStringLiteral("m.safetensors"))));
    QVERIFY(
        QFile::link(dir.filePath(QStringLiteral("m.safetensors")), dir.filePath(QStringLiteral("link.safetensors"))));
    sb::ModelFileCache cache;
    const sb::ModelFile* first = &cache.read(dir.filePath(QStringLiteral("m.safetensors")));
    QCOMPARE(first->tensors.size(), std::size_t{17});
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("m.safetensors"))));
    QVERIFY(QFile::copy(sbtest::kModels + QStringLiteral("hostile/st-gap.safetensors"),
                        dir.filePath(QStringLiteral("m.safetensors"))));
    QCOMPARE(&cache.read(dir.path() + QStringLiteral("/./m.safetensors")), first);
    QCOMPARE(cache.read(dir.filePath(QStringLiteral("m.safetensors"))).tensors.size(), std::size_t{17});
    QCOMPARE(cache.paths().size(), 2);
    // Another cache reads the file as it is now.
    sb::ModelFileCache fresh;
    QVERIFY_THROWS_EXCEPTION(sb::ConfigError, fresh.read(dir.filePath(QStringLiteral("m.safetensors"))));
}

SB_TEST_GUILESS_MAIN(ModelFileTest)
#include "tst_model_file.moc"
