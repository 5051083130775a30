// SPDX-License-Identifier: MIT
// ConfigWriter: see the header. One input cannot round-trip: a 2-D tensor (which PyTorch rejects
// anyway) comes back 3-D, because 2-D nested lists read as one unbatched channel.
#include "app/config/ConfigWriter.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ModelFile.h"
#include "app/config/NpyFile.h"
#include "app/config/ReadableJson.h"
#include "app/config/TensorJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <span>

namespace sb {

namespace {

struct ConfigWriterText {
    Q_DECLARE_TR_FUNCTIONS(sb::ConfigWriter)
};

// ConvTranspose1d's arguments are single integers, held in w (see ConvModule).
QJsonValue integerOrPair(Size2 size, bool oneD)
{
    if (oneD)
        return static_cast<qint64>(size.w);
    if (size.h == size.w)
        return static_cast<qint64>(size.h);
    return sizeToJson(size);
}

QJsonValue biasToJson(const ConvTransposeProblem& problem)
{
    if (!problem.params.bias)
        return false;
    // `true` reads back as out_channels zeros, so it says the same in one word.
    const bool allZeros = std::all_of(problem.bias.begin(), problem.bias.end(),
                                      [](float v) { return v == 0.0f && !std::signbit(v); });
    if (allZeros && static_cast<std::int64_t>(problem.bias.size()) == problem.params.out_channels)
        return true;
    QJsonArray values;
    for (float v : problem.bias)
        values.append(floatToJson(v));
    return values;
}

// Nested lists, except for a tensor without elements: lists cannot carry the extents after the
// first zero ([0, 1, 4, 4] would come back as [0]), a fill object can.
QJsonValue tensorValue(const Tensor& tensor)
{
    if (tensor.numel() > 0)
        return tensorToJson(tensor);
    return QJsonObject{{QStringLiteral("shape"), integersToJson(tensor.shape())}, {QStringLiteral("fill"), QStringLiteral("zeros")}};
}

// The model files a config refers to, each read once per write: a config may take its input,
// weight and bias from one checkpoint. A file unreadable now is remembered as such.
class ModelFiles {
public:
    const ModelFile* get(const QString& path)
    {
        auto it = files_.find(path);
        if (it == files_.end()) {
            std::optional<ModelFile> file;
            try {
                file = readModelFile(path);
            } catch (const ConfigError&) {
            }
            it = files_.emplace(path, std::move(file)).first;
        }
        return it->second ? &*it->second : nullptr;
    }

private:
    std::map<QString, std::optional<ModelFile>> files_;
};

// {"model": PATH, "tensor": NAME} while the model still holds exactly these values (the user may
// have edited them since, or the file may have changed or gone), else nothing.
std::optional<QJsonObject> modelReference(std::span<const float> values, const ConfigFile::ModelTensorSource& source,
                                          const QString& baseDirectory, ModelFiles& models)
{
    const ModelFile* model = source.isEmpty() ? nullptr : models.get(source.model);
    if (!model)
        return std::nullopt;
    try {
        if (!std::ranges::equal(model->tensor(source.tensor).values.values(), values))
            return std::nullopt;
    } catch (const ConfigError&) {
        return std::nullopt;  // no such tensor now: the values are written out instead
    }
    return QJsonObject{{QStringLiteral("model"), baseDirectory.isEmpty() ? source.model : QDir(baseDirectory).relativeFilePath(source.model)},
                       {QStringLiteral("tensor"), source.tensor}};
}

// A model reference as above, or {"npy": path} while the file at npyPath still holds exactly
// tensor: then nothing is lost by referring to it; else the values.
QJsonValue tensorOrNpy(const Tensor& tensor, const QString& npyPath, const ConfigFile::ModelTensorSource& model,
                       const QString& baseDirectory, ModelFiles& models)
{
    if (const std::optional<QJsonObject> reference = modelReference(tensor.values(), model, baseDirectory, models))
        return *reference;
    if (!npyPath.isEmpty()) {
        try {
            if (readNpyFile(npyPath) == tensor)
                return QJsonObject{{QStringLiteral("npy"), baseDirectory.isEmpty() ? npyPath : QDir(baseDirectory).relativeFilePath(npyPath)}};
        } catch (const ConfigError&) {
            // unreadable now: the values are written out instead
        }
    }
    return tensorValue(tensor);
}

} // namespace

QJsonObject configToJson(const ConfigFile& config, const QString& baseDirectory)
{
    const ConvTransposeProblem& problem = config.problem;
    const ConvTransposeParams& p = problem.params;
    ModelFiles models;
    QJsonObject json;
    if (!config.name.isEmpty())
        json[QStringLiteral("name")] = config.name;
    if (!config.description.isEmpty())
        json[QStringLiteral("description")] = config.description;
    const bool oneD = p.is1d();
    if (oneD)  // ConvTranspose2d, the default, goes unsaid
        json[QStringLiteral("module")] = QStringLiteral("ConvTranspose1d");
    json[QStringLiteral("in_channels")] = static_cast<qint64>(p.in_channels);
    json[QStringLiteral("out_channels")] = static_cast<qint64>(p.out_channels);
    json[QStringLiteral("kernel_size")] = integerOrPair(p.kernel_size, oneD);
    json[QStringLiteral("stride")] = integerOrPair(p.stride, oneD);
    json[QStringLiteral("padding")] = integerOrPair(p.padding, oneD);
    json[QStringLiteral("output_padding")] = integerOrPair(p.output_padding, oneD);
    json[QStringLiteral("dilation")] = integerOrPair(p.dilation, oneD);
    json[QStringLiteral("groups")] = static_cast<qint64>(p.groups);
    const std::optional<QJsonObject> biasReference =
        problem.params.bias ? modelReference(problem.bias, config.biasModel, baseDirectory, models) : std::nullopt;
    json[QStringLiteral("bias")] = biasReference ? QJsonValue(*biasReference) : biasToJson(problem);
    if (problem.output_size)
        json[QStringLiteral("output_size")] = integersToJson(*problem.output_size);
    json[QStringLiteral("input")] = tensorOrNpy(problem.input, config.inputNpy, config.inputModel, baseDirectory, models);
    json[QStringLiteral("weight")] = tensorOrNpy(problem.weight, config.weightNpy, config.weightModel, baseDirectory, models);
    if (!config.stack.empty()) {
        QJsonArray layers;
        for (const StackedLayer& layer : config.stack) {
            const ConvTransposeParams& q = layer.params;
            // A 1-D layer's weight is written as its k taps.
            const Tensor weight = oneD ? layer.weight.reshaped({layer.weight.numel()}) : layer.weight;
            layers.append(QJsonObject{{QStringLiteral("kernel_size"), integerOrPair(q.kernel_size, oneD)},
                                      {QStringLiteral("stride"), integerOrPair(q.stride, oneD)},
                                      {QStringLiteral("padding"), integerOrPair(q.padding, oneD)},
                                      {QStringLiteral("output_padding"), integerOrPair(q.output_padding, oneD)},
                                      {QStringLiteral("dilation"), integerOrPair(q.dilation, oneD)},
                                      {QStringLiteral("weight"), tensorValue(weight)}});
        }
        json[QStringLiteral("stack")] = layers;
    }
    return json;
}

QByteArray writeConfigJson(const ConfigFile& config, const QString& baseDirectory)
{
    return readableJson(configToJson(config, baseDirectory), configKeys());
}

void writeConfigFile(const ConfigFile& config, const QString& path)
{
    // QSaveFile replaces the file only once everything is written, so a failed save keeps the old one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeConfigJson(config, QFileInfo(path).absolutePath())) < 0
        || !file.commit())
        throw ConfigError(path + QStringLiteral(": ") + ConfigWriterText::tr("cannot write: %1").arg(file.errorString()));
}

} // namespace sb
