// SPDX-License-Identifier: MIT
// ConfigReader: one Reader per file, so every message can start with the file's name. Keys are
// read in a fixed order (unknown keys first: a typo like "strides" is the likeliest reason for a
// missing key), and every value is checked before anything is allocated from it.
#include "app/config/ConfigReader.h"

#include "app/config/ConfigError.h"
#include "app/config/InputFile.h"
#include "app/config/JsonSourceScan.h"
#include "app/config/JsonWording.h"
#include "app/config/ModelFile.h"
#include "app/config/ModelFileCache.h"
#include "app/config/NpyFile.h"
#include "app/config/TensorJson.h"
#include "core/TensorFill.h"
#include "core/TorchError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>

namespace sb {

namespace {

// Our messages about a config are translated; PyTorch's own wording ("Overflow when unpacking
// long") and PyTorch's errors from validate() stay English.
struct ConfigReaderText {
    Q_DECLARE_TR_FUNCTIONS(sb::ConfigReader)
};

const QStringList kFillKeys = {QStringLiteral("shape"), QStringLiteral("fill"), QStringLiteral("seed"),
                               QStringLiteral("start")};

// Integer arguments stay within 32 bits, which keeps the size formula (in − 1)·s + d·(k − 1) far
// from 64-bit overflow whatever the user writes.
constexpr std::int64_t kMinInteger = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t kMaxInteger = std::numeric_limits<std::int32_t>::max();

QString indexPath(const std::vector<std::int64_t>& path)
{
    QString text;
    for (std::int64_t i : path)
        text += QStringLiteral("[%1]").arg(i);
    return text;
}

// A tensor as read: its values, or for a fill object its shape and how to fill it, made only once
// every shape is known and checked (take()).
struct ReadTensor {
    Tensor values;
    std::optional<FillSpec> fill;
    Shape fillShape;

    const Shape& shape() const { return fill ? fillShape : values.shape(); }
    int dim() const { return static_cast<int>(shape().size()); }
    std::int64_t size(int axis) const { return shape().at(static_cast<std::size_t>(axis)); }
    Tensor take() { return fill ? makeFilled(fillShape, *fill) : std::move(values); }
};

class Reader {
public:
    Reader(const QString& sourceName, const QString& baseDirectory, const ConfigReadOptions& options)
        : source_(sourceName), base_(baseDirectory), options_(options),
          models_(options.models ? options.models : &ownModels_)
    {}

    ConfigFile read(const QByteArray& json);

private:
    [[noreturn]] void fail(const QString& problem) const { throw ConfigError(source_ + QStringLiteral(": ") + problem); }
    // key may be dotted ("weight.shape"); ConfigError::key() gets its top-level part.
    [[noreturn]] void fail(const QString& key, const QString& problem) const
    {
        throw ConfigError(source_ + QStringLiteral(": ") + quoted(key) + QStringLiteral(": ") + problem,
                          key.section(QLatin1Char('.'), 0, 0));
    }

    QJsonObject parse(const QByteArray& json) const;
    void checkKeys(const QJsonObject& object, const QStringList& known, const QString& owner) const;

    std::int64_t integer(const QString& key, const QJsonValue& value) const;
    Size2 integerOrPair(const QString& key, const QJsonValue& value) const;
    // A ConvTranspose1d argument: an integer or a list of one, held in w (h = heightValue, the
    // argument's neutral value: see ConvModule).
    Size2 integerOrSingle(const QString& key, const QJsonValue& value, std::int64_t heightValue) const;
    ConvModule module(const QJsonValue& value) const;
    QString text(const QString& key, const QJsonValue& value) const;
    std::optional<std::vector<std::int64_t>> outputSize(const QJsonValue& value) const;
    std::vector<float> bias(const QJsonValue& value, std::int64_t outChannels, bool& enabled) const;
    std::vector<StackedLayer> stack(const QJsonValue& value, ConvModule module) const;

    // Nested lists or a fill object. defaultShape is used by a fill object that has no "shape".
    ReadTensor tensor(const QString& key, const QJsonValue& value, const std::optional<Shape>& defaultShape) const;
    Tensor nestedLists(const QString& key, const QJsonArray& lists) const;
    ReadTensor fill(const QString& key, const QJsonObject& object, const std::optional<Shape>& defaultShape) const;
    Tensor npy(const QString& key, const QJsonObject& object) const;
    // The absolute path an {"npy": ...} object names (checked: only that key, a string).
    QString npyPath(const QString& key, const QJsonObject& object) const;
    // The tensor a {"model": PATH, "tensor": NAME} object names; each model file is read once.
    Tensor modelTensor(const QString& key, const QJsonObject& object) const;
    // Where such an object points (absolute path, name), once modelTensor has accepted it; empty
    // for any other value.
    ConfigFile::ModelTensorSource modelSource(const QJsonValue& value) const;
    QString modelPath(const QString& path) const;
    Shape fillShape(const QString& key, const QJsonValue& value) const;
    void checkSize(const QString& key, const Shape& shape) const;

    // An integer literal beyond a double's exact integers (2^53), as written; nullopt for any
    // other value (1e308 is a number in exponent form, refused as "expected an integer").
    std::optional<QString> longInteger(const QJsonValue& value) const;
    // Refuses such a literal with PyTorch's message when it does not fit 64 bits, else because the
    // output size would overflow.
    [[noreturn]] void failLongInteger(const QString& key, const QString& written) const;

    QString source_;
    QString base_;  // relative .npy paths start here: the config file's folder
    const ConfigReadOptions& options_;
    JsonSourceScan scan_;  // what QJsonDocument forgets: repeated keys, long integers as written
    ModelFileCache ownModels_;
    ModelFileCache* models_;          // the model files tensor references read: options_.models or ownModels_
    mutable QStringList modelPaths_;  // the ones this config names
};

QJsonObject Reader::parse(const QByteArray& json) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people look for a line and a column (in characters,
        // so UTF-8 continuation bytes do not count).
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, json.size());
        qsizetype line = 1, column = 1;
        for (qsizetype i = 0; i < offset; ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        fail(ConfigReaderText::tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
    }
    if (!document.isObject())
        fail(ConfigReaderText::tr("expected a JSON object holding the layer's arguments, got a list"));
    return document.object();
}

void Reader::checkKeys(const QJsonObject& object, const QStringList& known, const QString& owner) const
{
    for (const QString& key : object.keys()) {
        if (key.startsWith(QLatin1Char('_')) || known.contains(key))
            continue;
        // describe() escapes the key as JSON: a NUL in it would otherwise end the message early.
        const QString name = describe(QJsonValue(key)), hint = suggestion(key, known);
        if (owner.isEmpty())
            //: %2 is empty or a hint such as ' (did you mean "stride"?)'
            throw ConfigError(source_ + QStringLiteral(": ") + ConfigReaderText::tr("unknown key %1%2").arg(name, hint), key);
        //: %2 is empty or a hint such as ' (did you mean "shape"?)'
        fail(owner, ConfigReaderText::tr("unknown key %1%2 in the fill object").arg(name, hint));
    }
}

std::optional<QString> Reader::longInteger(const QJsonValue& value) const
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::fabs(d) <= 9007199254740992.0)
        return std::nullopt;
    const auto found = scan_.longIntegers.find(d);
    return found != scan_.longIntegers.end() ? std::optional<QString>(found->second) : std::nullopt;
}

void Reader::failLongInteger(const QString& key, const QString& written) const
{
    const QByteArray digits = written.toLatin1();
    std::int64_t parsed = 0;
    if (std::from_chars(digits.constData(), digits.constData() + digits.size(), parsed).ec == std::errc::result_out_of_range)
        // PyTorch's own words for an argument that does not fit its int64_t (torch.empty, conv_transpose2d).
        fail(key, QStringLiteral("Overflow when unpacking long: %1 does not fit in a 64-bit integer").arg(written));
    // It fits 64 bits, but the output size (in − 1)·stride − 2·padding + dilation·(kernel_size − 1)
    // + output_padding + 1 would overflow them: PyTorch 1.13 silently computes garbage there.
    //: the formula and the argument names are PyTorch's; keep them as they are
    fail(key, ConfigReaderText::tr("%1 is out of range: the output size (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) "
                                   "+ output_padding + 1 would overflow 64 bits (PyTorch computes a wrong size there); "
                                   "expected an integer between %2 and %3")
                  .arg(written)
                  .arg(kMinInteger)
                  .arg(kMaxInteger));
}

std::int64_t Reader::integer(const QString& key, const QJsonValue& value) const
{
    if (const std::optional<QString> written = longInteger(value))
        failLongInteger(key, *written);
    const std::optional<std::int64_t> i = asInteger(value);
    if (!i)
        fail(key, ConfigReaderText::tr("expected an integer, got %1").arg(describe(value)));
    if (*i < kMinInteger || *i > kMaxInteger)
        fail(key, ConfigReaderText::tr("expected an integer between %1 and %2, got %3")
                      .arg(kMinInteger)
                      .arg(kMaxInteger)
                      .arg(describe(value)));
    return *i;
}

Size2 Reader::integerOrPair(const QString& key, const QJsonValue& value) const
{
    const QString expected = ConfigReaderText::tr("expected an integer or a list of two integers, got %1");
    if (value.isArray()) {
        const QJsonArray pair = value.toArray();
        for (const QJsonValue& v : pair)
            if (const std::optional<QString> written = longInteger(v); written && pair.size() == 2)
                failLongInteger(key, *written);
        if (pair.size() != 2 || !asInteger(pair[0]) || !asInteger(pair[1]))
            fail(key, expected.arg(describe(value)));
        return {integer(key, pair[0]), integer(key, pair[1])};
    }
    if (const std::optional<QString> written = longInteger(value))
        failLongInteger(key, *written);
    if (!asInteger(value))
        fail(key, expected.arg(describe(value)));
    return integer(key, value);
}

Size2 Reader::integerOrSingle(const QString& key, const QJsonValue& value, std::int64_t heightValue) const
{
    //: ConvTranspose1d is PyTorch's class name; keep it
    const QString expected = ConfigReaderText::tr("expected an integer or a list of one integer (ConvTranspose1d), got %1");
    QJsonValue single = value;
    if (value.isArray()) {
        if (value.toArray().size() != 1)
            fail(key, expected.arg(describe(value)));
        single = value.toArray()[0];
    }
    if (const std::optional<QString> written = longInteger(single))
        failLongInteger(key, *written);
    if (!asInteger(single))
        fail(key, expected.arg(describe(value)));
    return {heightValue, integer(key, single)};
}

ConvModule Reader::module(const QJsonValue& value) const
{
    if (value.isUndefined() || value == QJsonValue(QStringLiteral("ConvTranspose2d")))
        return ConvModule::ConvTranspose2d;
    if (value == QJsonValue(QStringLiteral("ConvTranspose1d")))
        return ConvModule::ConvTranspose1d;
    //: the module names are PyTorch's; keep them
    fail(QStringLiteral("module"),
         ConfigReaderText::tr("expected \"ConvTranspose2d\" or \"ConvTranspose1d\", got %1").arg(describe(value)));
}

QString Reader::text(const QString& key, const QJsonValue& value) const
{
    if (!value.isString())
        fail(key, ConfigReaderText::tr("expected a string, got %1").arg(describe(value)));
    return value.toString();
}

std::optional<std::vector<std::int64_t>> Reader::outputSize(const QJsonValue& value) const
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString key = QStringLiteral("output_size");
    if (!value.isArray())
        fail(key, ConfigReaderText::tr("expected a list of integers, got %1").arg(describe(value)));
    std::vector<std::int64_t> sizes;
    for (const QJsonValue& v : value.toArray()) {
        if (!asInteger(v))
            fail(key, ConfigReaderText::tr("expected a list of integers, got %1").arg(describe(value)));
        sizes.push_back(integer(key, v));
    }
    return sizes;  // its length is PyTorch's to judge (2, or 3/4 matching the input)
}

std::vector<float> Reader::bias(const QJsonValue& value, std::int64_t outChannels, bool& enabled) const
{
    const QString key = QStringLiteral("bias");
    enabled = false;
    if (value.isUndefined() || value.isBool()) {
        // Our default is false, unlike the module's: a config describes a picture, and a bias that
        // nobody asked for would shift every number in it.
        enabled = value.toBool(false);
        return std::vector<float>(enabled ? static_cast<std::size_t>(std::max<std::int64_t>(outChannels, 0)) : 0, 0.0f);
    }
    if (value.isObject() && value.toObject().contains(QStringLiteral("model"))) {
        const Tensor t = modelTensor(key, value.toObject());
        if (t.dim() != 1)
            fail(key, ConfigReaderText::tr("expected a 1-dimensional bias, got shape %1").arg(QString::fromStdString(formatShape(t.shape()))));
        enabled = true;
        return toVector(t.values());
    }
    if (!value.isArray())
        fail(key, ConfigReaderText::tr("expected false, true, a list of out_channels numbers or {\"model\": \"file\", "
                                       "\"tensor\": \"name\"}, got %1")
                      .arg(describe(value)));
    std::vector<float> values;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const std::optional<float> v = floatFromJson(list[i]);
        if (!v)
            fail(key, ConfigReaderText::tr("expected a number at [%1], got %2").arg(i).arg(describe(list[i])));
        values.push_back(*v);
    }
    enabled = true;
    return values;  // a length other than out_channels is PyTorch's error to report
}

std::vector<StackedLayer> Reader::stack(const QJsonValue& value, ConvModule module) const
{
    const bool oneD = module == ConvModule::ConvTranspose1d;
    if (value.isUndefined())
        return {};
    const QString key = QStringLiteral("stack");
    constexpr qsizetype kMostLayers = 3;  // with the config's own layer, a chain of 2–4
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > kMostLayers)
        fail(key, ConfigReaderText::tr("expected a list of 1 to %1 layer objects (the layers after this one), got %2")
                      .arg(kMostLayers)
                      .arg(describe(value)));
    static const QStringList known = {QStringLiteral("kernel_size"), QStringLiteral("stride"), QStringLiteral("padding"),
                                      QStringLiteral("output_padding"), QStringLiteral("dilation"), QStringLiteral("weight")};
    std::vector<StackedLayer> layers;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("stack[%1]").arg(i);
        if (!list[i].isObject())
            //: %2 is ConvTranspose2d or ConvTranspose1d
            fail(key, ConfigReaderText::tr("%1: expected an object of %2 arguments, got %3")
                          .arg(at, oneD ? QStringLiteral("ConvTranspose1d") : QStringLiteral("ConvTranspose2d"),
                               describe(list[i])));
        const QJsonObject object = list[i].toObject();
        for (const QString& k : object.keys())
            if (!known.contains(k) && !k.startsWith(QLatin1Char('_')))
                //: %1 is stack[i]; %3 is empty or a hint such as ' (did you mean "stride"?)'
                fail(key, ConfigReaderText::tr("%1: unknown key %2%3").arg(at, quoted(k), suggestion(k, known)));
        // Each stacked layer is ConvTranspose2d(1, 1, ...), or ConvTranspose1d(1, 1, ...) after a 1-D
        // layer: the chain stays one channel wide. A 1-D one is held as the 2-D layer of height 1
        // PyTorch runs (see ConvModule), with its (1, 1, 1, k) weight, so the chain's tensors stay 4-D.
        StackedLayer layer;
        ConvTransposeParams& p = layer.params;
        const auto size = [&](const char* name, std::int64_t fallback, std::int64_t height) {
            const QJsonValue v = object.value(QLatin1String(name));
            const QString where = key + QLatin1Char('.') + QLatin1String(name);
            if (oneD)
                return v.isUndefined() ? Size2{height, fallback} : integerOrSingle(where, v, height);
            return v.isUndefined() ? Size2{fallback} : integerOrPair(where, v);
        };
        p.kernel_size = size("kernel_size", 3, 1);
        p.stride = size("stride", 1, 1);
        p.padding = size("padding", 0, 0);
        p.output_padding = size("output_padding", 0, 0);
        p.dilation = size("dilation", 1, 1);
        const Shape weightShape{1, 1, std::max<std::int64_t>(p.kernel_size.h, 0), std::max<std::int64_t>(p.kernel_size.w, 0)};
        if (object.contains(QStringLiteral("weight"))) {
            layer.weight =
                tensor(key + QStringLiteral(".weight"), object.value(QStringLiteral("weight")), weightShape).take();
            if (oneD && layer.weight.dim() == 1)  // the k taps
                layer.weight = layer.weight.reshaped({1, 1, 1, layer.weight.size(0)});
            else if (oneD && layer.weight.dim() == 3)  // (1, 1, k), as the module holds it
                layer.weight = layer.weight.reshaped({layer.weight.size(0), layer.weight.size(1), 1, layer.weight.size(2)});
            else if (layer.weight.dim() == 2)
                layer.weight = layer.weight.reshaped({1, 1, layer.weight.size(0), layer.weight.size(1)});
        } else {
            checkSize(key + QStringLiteral(".weight"), weightShape);
            layer.weight = makeFilled(weightShape, {FillKind::Ones});
        }
        layers.push_back(std::move(layer));
    }
    return layers;
}

ReadTensor Reader::tensor(const QString& key, const QJsonValue& value, const std::optional<Shape>& defaultShape) const
{
    if (value.isArray())
        return {nestedLists(key, value.toArray()), std::nullopt, {}};
    if (value.isObject() && value.toObject().contains(QStringLiteral("npy")))
        return {npy(key, value.toObject()), std::nullopt, {}};
    if (value.isObject() && value.toObject().contains(QStringLiteral("model")))
        return {modelTensor(key, value.toObject()), std::nullopt, {}};
    if (value.isObject())
        return fill(key, value.toObject(), defaultShape);
    fail(key, ConfigReaderText::tr("expected nested lists of numbers, a fill object, {\"npy\": \"file.npy\"} or "
                                   "{\"model\": \"file\", \"tensor\": \"name\"}, got %1")
                  .arg(describe(value)));
}

QString Reader::modelPath(const QString& path) const
{
    // Relative to the config file, like an .npy; a NUL is refused where the file is opened.
    return path.contains(QChar(0)) ? path : QFileInfo(QDir(base_).filePath(path)).absoluteFilePath();
}

ConfigFile::ModelTensorSource Reader::modelSource(const QJsonValue& value) const
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.contains(QStringLiteral("model")))
        return {};
    return {modelPath(object.value(QStringLiteral("model")).toString()), object.value(QStringLiteral("tensor")).toString()};
}

Tensor Reader::modelTensor(const QString& key, const QJsonObject& object) const
{
    for (const QString& other : object.keys())
        if (other != QLatin1String("model") && other != QLatin1String("tensor") && !other.startsWith(QLatin1Char('_')))
            fail(key, ConfigReaderText::tr("unknown key %1 beside \"model\" (a model reference holds the file's path and "
                                           "the tensor's name)")
                          .arg(quoted(other)));
    const QJsonValue pathValue = object.value(QStringLiteral("model"));
    if (!pathValue.isString() || pathValue.toString().isEmpty())
        fail(key + QStringLiteral(".model"),
             ConfigReaderText::tr("expected the path of a .safetensors, .npz or .pt file, got %1").arg(describe(pathValue)));
    const QJsonValue name = object.value(QStringLiteral("tensor"));
    if (!name.isString() || name.toString().isEmpty())
        fail(key + QStringLiteral(".tensor"),
             ConfigReaderText::tr("expected the name of a tensor in the model (scatterboard inspect lists them), got %1")
                 .arg(describe(name)));
    const QString path = modelPath(pathValue.toString());
    if (!modelPaths_.contains(path))
        modelPaths_.append(path);
    try {
        const ModelTensor& t = models_->read(path).tensor(name.toString());
        // A state_dict's integer and bool buffers (BatchNorm's counters, masks) are listed by
        // inspect, but no layer computes with them, as PyTorch's conv_transpose2d would not.
        if (!t.floating)
            fail(key + QStringLiteral(".tensor"),
                 //: %1 a tensor's name, %2 its dtype such as uint8
                 ConfigReaderText::tr(
                     "tensor %1 of %2 holds %3 values (a buffer such as a mask or a counter), not floating "
                     "point ones: a layer's input, weight and bias are float")
                     .arg(t.name, path, t.dtype));
        return t.values;
    } catch (const ConfigError& e) {
        if (!e.key().isEmpty())
            throw;
        fail(key + QStringLiteral(".model"), e.message());
    }
}

QString Reader::npyPath(const QString& key, const QJsonObject& object) const
{
    for (const QString& other : object.keys())
        if (other != QLatin1String("npy") && !other.startsWith(QLatin1Char('_')))
            fail(key, ConfigReaderText::tr("unknown key %1 beside \"npy\" (an .npy reference holds only the file's path)")
                          .arg(quoted(other)));
    const QJsonValue pathValue = object.value(QStringLiteral("npy"));
    if (!pathValue.isString() || pathValue.toString().isEmpty())
        fail(key + QStringLiteral(".npy"), ConfigReaderText::tr("expected the path of a .npy file, got %1").arg(describe(pathValue)));
    // A NUL is refused where the file is opened (InputFile), naming the path; QFileInfo would
    // print Qt's own "Broken filename" warning first.
    if (pathValue.toString().contains(QChar(0)))
        return pathValue.toString();
    // Relative to the config file, so a config and its weights can move together.
    return QFileInfo(QDir(base_).filePath(pathValue.toString())).absoluteFilePath();
}

Tensor Reader::npy(const QString& key, const QJsonObject& object) const
{
    const QString path = npyPath(key, object);
    try {
        return readNpyFile(path);
    } catch (const ConfigError& e) {
        fail(key + QStringLiteral(".npy"), e.message());
    }
}

Tensor Reader::nestedLists(const QString& key, const QJsonArray& lists) const
{
    // The shape is read down the first elements; every other list must then agree with it.
    Shape shape;
    QJsonValue probe = lists;
    while (probe.isArray()) {
        const QJsonArray list = probe.toArray();
        shape.push_back(list.size());
        if (list.isEmpty())
            break;
        probe = list[0];
    }

    Floats values;
    std::vector<std::int64_t> path;
    auto walk = [&](auto&& self, const QJsonValue& value, std::size_t depth) -> void {
        if (depth == shape.size()) {
            const std::optional<float> v = floatFromJson(value);
            if (!v) {
                if (value.isArray())
                    fail(key, ConfigReaderText::tr("nested lists are ragged at %1").arg(indexPath(path)));
                fail(key, ConfigReaderText::tr("expected a number (or \"nan\", \"inf\", \"-inf\") at %1, got %2")
                              .arg(indexPath(path), describe(value)));
            }
            values.push_back(*v);
            return;
        }
        if (!value.isArray() || value.toArray().size() != shape[depth])
            fail(key, ConfigReaderText::tr("nested lists are ragged at %1").arg(indexPath(path)));
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            path.push_back(i);
            self(self, list[i], depth + 1);
            path.pop_back();
        }
    };
    walk(walk, lists, 0);
    return Tensor(std::move(shape), std::move(values));
}

ReadTensor Reader::fill(const QString& key, const QJsonObject& object, const std::optional<Shape>& defaultShape) const
{
    checkKeys(object, kFillKeys, key);

    const QJsonValue kindValue = object.value(QStringLiteral("fill"));
    if (kindValue.isUndefined())
        fail(key, ConfigReaderText::tr("the fill object is missing key \"fill\""));
    const std::optional<FillKind> kind = fillKindFromName(kindValue.toString().toStdString());
    if (!kind)
        fail(key + QStringLiteral(".fill"),
             ConfigReaderText::tr("unknown fill %1; expected \"zeros\", \"ones\", \"arange\", \"random\" or \"impulse\"")
                 .arg(describe(kindValue)));

    FillSpec spec;
    spec.kind = *kind;
    const QJsonValue seed = object.value(QStringLiteral("seed"));
    if (!seed.isUndefined()) {
        const std::optional<std::int64_t> s = asInteger(seed);
        if (!s || *s < 0)
            fail(key + QStringLiteral(".seed"), ConfigReaderText::tr("expected a non-negative integer, got %1").arg(describe(seed)));
        spec.seed = static_cast<std::uint64_t>(*s);
    }
    const QJsonValue start = object.value(QStringLiteral("start"));
    if (!start.isUndefined()) {
        if (!start.isDouble())
            fail(key + QStringLiteral(".start"), ConfigReaderText::tr("expected a number, got %1").arg(describe(start)));
        spec.start = *floatFromJson(start);
    }

    const QJsonValue shapeValue = object.value(QStringLiteral("shape"));
    Shape shape;
    if (!shapeValue.isUndefined())
        shape = fillShape(key + QStringLiteral(".shape"), shapeValue);
    else if (defaultShape)
        shape = *defaultShape;
    else if (key == QLatin1String("weight"))
        fail(key, ConfigReaderText::tr("the fill object is missing key \"shape\" (it may be left out when in_channels, "
                                 "out_channels and kernel_size are all given)"));
    else
        fail(key, ConfigReaderText::tr("the fill object is missing key \"shape\""));
    checkSize(key + QStringLiteral(".shape"), shape);
    return {Tensor(), spec, shape};
}

Shape Reader::fillShape(const QString& key, const QJsonValue& value) const
{
    if (!value.isArray())
        fail(key, ConfigReaderText::tr("expected a list of integers, got %1").arg(describe(value)));
    Shape shape;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const std::optional<std::int64_t> extent = asInteger(list[i]);
        if (!extent)
            fail(key, ConfigReaderText::tr("expected a list of integers, got %1").arg(describe(value)));
        if (*extent < 0)
            fail(key, ConfigReaderText::tr("extent %1 at [%2] is negative").arg(*extent).arg(i));
        shape.push_back(*extent);
    }
    return shape;
}

void Reader::checkSize(const QString& key, const Shape& shape) const
{
    const QString shapeText = QString::fromStdString(formatShape(shape));
    std::int64_t count = 0;
    try {
        count = checkedNumel(shape);
    } catch (const std::overflow_error&) {
        //: %1 is a shape such as [1, 1, 4, 4]
        fail(key, ConfigReaderText::tr("%1 has more than the limit of %2 elements").arg(shapeText).arg(kMaxConfigElements));
    }
    if (count > kMaxConfigElements)
        //: %1 is a shape such as [1, 1, 4, 4]
        fail(key, ConfigReaderText::tr("%1 has %2 elements, more than the limit of %3 elements")
                      .arg(shapeText)
                      .arg(count)
                      .arg(kMaxConfigElements));
}

ConfigFile Reader::read(const QByteArray& json)
{
    const QJsonObject object = parse(json);
    scan_ = JsonSourceScan::of(json);
    // QJsonDocument keeps the last of two equal keys; two "stride"s are a mistake to point out.
    if (!scan_.duplicateKey.isEmpty())
        fail(scan_.duplicateKey, ConfigReaderText::tr("the key appears twice in one object; give it once"));
    checkKeys(object, configKeys(), {});
    for (const char* required : {"input", "weight"})
        if (!object.contains(QLatin1String(required)))
            throw ConfigError(source_ + QStringLiteral(": ") + ConfigReaderText::tr("missing key \"%1\"").arg(QLatin1String(required)),
                              QLatin1String(required));

    const auto has = [&](const char* key) { return object.contains(QLatin1String(key)); };
    const auto value = [&](const char* key) { return object.value(QLatin1String(key)); };
    const auto integerAt = [&](const char* key, std::int64_t fallback) {
        return has(key) ? integer(QLatin1String(key), value(key)) : fallback;
    };
    ConfigFile config;
    ConvTransposeParams& p = config.problem.params;
    p.module = module(value("module"));
    const bool oneD = p.is1d();
    // fallback is the argument's default; a 1-D layer's height holds height (see ConvModule).
    const auto sizeAt = [&](const char* key, std::int64_t fallback, std::int64_t height) {
        if (oneD)
            return has(key) ? integerOrSingle(QLatin1String(key), value(key), height) : Size2{height, fallback};
        return has(key) ? integerOrPair(QLatin1String(key), value(key)) : Size2{fallback};
    };

    if (has("name"))
        config.name = text(QStringLiteral("name"), value("name"));
    if (has("description"))
        config.description = text(QStringLiteral("description"), value("description"));

    p.groups = integerAt("groups", 1);
    // Arguments left out are taken from the weight's shape below. (Plain values and flags rather
    // than std::optional: g++ 12 warns falsely about optionals read behind a check.)
    const bool inGiven = has("in_channels"), outGiven = has("out_channels"), kernelGiven = has("kernel_size");
    const std::int64_t inChannels = integerAt("in_channels", 1);
    const std::int64_t outChannels = integerAt("out_channels", 1);
    const Size2 kernel = sizeAt("kernel_size", 1, 1);
    p.stride = sizeAt("stride", 1, 1);
    p.padding = sizeAt("padding", 0, 0);
    p.output_padding = sizeAt("output_padding", 0, 0);
    p.dilation = sizeAt("dilation", 1, 1);

    // A fill object may leave the weight's shape to the arguments: (in, out/groups, kH, kW), the
    // shape the module would make. Impossible arguments get a harmless stand-in here; PyTorch's
    // message for them comes from validateConfig.
    std::optional<Shape> moduleWeightShape;
    if (inGiven && outGiven && kernelGiven) {
        const bool divisible = p.groups > 0 && outChannels % p.groups == 0;
        moduleWeightShape = Shape{std::max<std::int64_t>(inChannels, 0),
                                  divisible ? std::max<std::int64_t>(outChannels / p.groups, 0) : 1,
                                  std::max<std::int64_t>(kernel.h, 0), std::max<std::int64_t>(kernel.w, 0)};
        if (oneD)
            moduleWeightShape->erase(moduleWeightShape->begin() + 2);
    }
    const QString weightKey = QStringLiteral("weight");
    ReadTensor weight = tensor(weightKey, value("weight"), moduleWeightShape);
    if (value("weight").toObject().contains(QStringLiteral("npy")))
        config.weightNpy = npyPath(weightKey, value("weight").toObject());
    config.weightModel = modelSource(value("weight"));
    if (oneD && weight.dim() == 1 && value("weight").isArray()) {
        // A list of k numbers stands for the (1, 1, k) weight of a one-channel layer.
        if (inChannels != 1 || outChannels != 1)
            fail(weightKey, ConfigReaderText::tr("a 1-D weight stands for (1, 1, kernel_size), which needs in_channels = "
                                                 "out_channels = 1; give 3 dimensions (in_channels, out_channels/groups, "
                                                 "kernel_size)"));
        weight.values = weight.values.reshaped({1, 1, weight.size(0)});
    }
    if (oneD && weight.dim() != 3)
        fail(weightKey, ConfigReaderText::tr("expected 3 dimensions (in_channels, out_channels/groups, kernel_size), got shape %1")
                            .arg(QString::fromStdString(formatShape(weight.shape()))));
    if (!oneD && weight.dim() == 2 && value("weight").isArray()) {
        // kH×kW lists stand for the (1, 1, kH, kW) weight of a one-channel layer.
        if (inChannels != 1 || outChannels != 1)
            fail(weightKey, ConfigReaderText::tr("a 2-D weight stands for (1, 1, kH, kW), which needs in_channels = "
                                           "out_channels = 1; give 4 dimensions (in_channels, out_channels/groups, kH, kW)"));
        weight.values = weight.values.reshaped({1, 1, weight.size(0), weight.size(1)});
    }
    if (!oneD && weight.dim() != 4)
        fail(weightKey, ConfigReaderText::tr("expected 4 dimensions (in_channels, out_channels/groups, kH, kW), got shape %1")
                            .arg(QString::fromStdString(formatShape(weight.shape()))));
    p.in_channels = inGiven ? inChannels : weight.size(0);
    p.out_channels = outGiven ? outChannels : weight.size(1) * p.groups;
    if (!kernelGiven)
        p.kernel_size = oneD ? Size2{1, weight.size(2)} : Size2{weight.size(2), weight.size(3)};
    else
        p.kernel_size = kernel;

    ReadTensor input = tensor(QStringLiteral("input"), value("input"), std::nullopt);
    if (value("input").toObject().contains(QStringLiteral("npy")))
        config.inputNpy = npyPath(QStringLiteral("input"), value("input").toObject());
    config.inputModel = modelSource(value("input"));
    if (oneD && input.dim() == 1 && value("input").isArray())
        input.values = input.values.reshaped({1, input.size(0)});  // a list of L numbers: one channel, unbatched
    else if (!oneD && input.dim() == 2 && value("input").isArray())
        input.values = input.values.reshaped({1, input.size(0), input.size(1)});  // H×W lists: one channel, unbatched
    // Every shape is known: the caller's limits come before any fill is made.
    if (options_.beforeFills)
        options_.beforeFills(input.shape(), weight.shape());
    config.problem.weight = weight.take();
    config.problem.input = input.take();

    config.problem.bias = bias(value("bias"), p.out_channels, p.bias);
    config.biasModel = modelSource(value("bias"));
    config.problem.output_size = outputSize(value("output_size"));
    config.stack = stack(value("stack"), p.module);
    modelPaths_.sort();
    config.modelFiles = modelPaths_;
    return config;
}

} // namespace

const QStringList& configKeys()
{
    static const QStringList keys = {
        QStringLiteral("name"),           QStringLiteral("description"), QStringLiteral("module"),
        QStringLiteral("in_channels"),    QStringLiteral("out_channels"), QStringLiteral("kernel_size"),
        QStringLiteral("stride"),         QStringLiteral("padding"),     QStringLiteral("output_padding"),
        QStringLiteral("dilation"),       QStringLiteral("groups"),      QStringLiteral("bias"),
        QStringLiteral("output_size"),    QStringLiteral("input"),       QStringLiteral("weight"),
        QStringLiteral("stack"),
    };
    return keys;
}

ConfigFile readConfigFile(const QString& path, const ConfigReadOptions& options)
{
    return readConfigJson(InputFile::read(path, kMaxConfigBytes), path, QFileInfo(path).absolutePath(), options);
}

ConfigFile readConfigJson(const QByteArray& json, const QString& sourceName, const QString& baseDirectory,
                          const ConfigReadOptions& options)
{
    return Reader(sourceName, baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory, options).read(json);
}

namespace {

// The "stack" layers on the shapes alone, as the stack view will run them after this layer (one
// channel wide): PyTorch's message naming the layer, or the chain's limits, before anything is
// allocated, so a config whose stack cannot run is refused when it is read.
void checkStack(const ConfigFile& config, const Layer& layer, const QString& sourceName)
{
    if (config.stack.empty())
        return;
    LayerGeometry first = layer.geometry;
    first.out_channels = 1;  // the stack view follows one output channel of the first layer
    first.groups = 1;
    try {
        LayerStack::check(first, config.stack);
    } catch (const TorchError& e) {
        throw std::move(TorchError(e.pythonType(), e.what()).about("stack"));
    } catch (const std::exception& e) {  // a weight that contradicts its kernel_size, or a limit
        throw ConfigError(sourceName + QStringLiteral(": \"stack\": ") + QString::fromStdString(e.what()),
                          QStringLiteral("stack"));
    }
}

} // namespace

Layer validateConfig(const ConfigFile& config, const QString& sourceName)
{
    const ConvTransposeParams& p = config.problem.params;
    if (p.groups > 0 && p.in_channels % p.groups == 0 && p.out_channels % p.groups == 0) {
        const Shape moduleWeight = p.weightShape();
        for (std::size_t axis = 0; axis < moduleWeight.size(); ++axis)
            if (moduleWeight[axis] < 0)
                throw std::move(TorchError("RuntimeError", "Trying to create tensor with negative dimension "
                                                               + std::to_string(moduleWeight[axis]) + ": "
                                                               + formatShape(moduleWeight))
                                    .about(axis == 0 ? "in_channels" : axis == 1 ? "out_channels" : "kernel_size"));
    }

    Layer layer;
    try {
        layer = validate(config.problem);
    } catch (const std::invalid_argument& e) {
        throw ConfigError(sourceName + QStringLiteral(": \"weight\": ") + QString::fromStdString(e.what()),
                          QStringLiteral("weight"));
    }

    const Shape output = layer.geometry.outputShape();
    bool tooLarge = true;
    try {
        tooLarge = checkedNumel(output) > kMaxConfigElements;
    } catch (const std::overflow_error&) {
        // more than 2^63: tooLarge stays true
    }
    if (tooLarge)
        throw ConfigError(sourceName + QStringLiteral(": ")
                          + ConfigReaderText::tr("the output would have shape %1, more than the limit of %2 elements")
                                           .arg(QString::fromStdString(formatShape(output)))
                                           .arg(kMaxConfigElements));
    checkStack(config, layer, sourceName);
    return layer;
}

} // namespace sb
