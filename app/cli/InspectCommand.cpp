// SPDX-License-Identifier: MIT
#include "app/cli/InspectCommand.h"

#include "app/cli/CommandStage.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/OptionParser.h"
#include "app/config/ConfigError.h"
#include "app/config/JsonWording.h"
#include "app/config/ModelFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

QJsonArray shapeJson(const Shape& shape)
{
    QJsonArray list;
    for (const std::int64_t d : shape)
        list.append(static_cast<double>(d));
    return list;
}

int inspectUsageError(const QString& message)
{
    Console::printUsageError(message, InspectCommand::usage(), QStringLiteral("scatterboard inspect --help"));
    return ExitCode::InvalidInput;
}

} // namespace

QByteArray InspectCommand::json(const ModelFile& model)
{
    QJsonArray tensors;
    for (const ModelTensor& t : model.tensors)
        tensors.append(QJsonObject{{QStringLiteral("name"), t.name},
                                   {QStringLiteral("shape"), shapeJson(t.shape)},
                                   {QStringLiteral("dtype"), t.dtype}});
    QJsonArray candidates;
    for (const LayerCandidate& c : model.candidates())
        candidates.append(QJsonObject{
            {QStringLiteral("weight"), c.weight},
            {QStringLiteral("bias"), c.bias.isEmpty() ? QJsonValue() : QJsonValue(c.bias)},
            {QStringLiteral("in_channels"), static_cast<double>(c.inChannels)},
            {QStringLiteral("out_channels"), static_cast<double>(c.outChannels)},
            {QStringLiteral("kernel_size"), QJsonArray{static_cast<double>(c.kernelH), static_cast<double>(c.kernelW)}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("model"), model.source},
                                     {QStringLiteral("format"), model.format},
                                     {QStringLiteral("tensors"), tensors},
                                     {QStringLiteral("candidates"), candidates}})
        .toJson(QJsonDocument::Indented);
}

int InspectCommand::run(const QStringList& arguments)
{
    OptionParser parser({});
    const std::optional<OptionParser::Error> error = parser.parse(QStringList{QStringLiteral("inspect")} + arguments);
    if (parser.wantsHelp())
        return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
    if (error)
        return inspectUsageError(tr("inspect: unknown option '%1'").arg(error->option));
    const QStringList models = parser.parsed().positionalArguments();
    if (models.size() != 1)
        return inspectUsageError(models.isEmpty() ? tr("inspect: missing MODEL")
                                                  : tr("inspect: expected one MODEL, got %1: %2")
                                                        .arg(models.size())
                                                        .arg(printable(models.join(QLatin1Char(' ')))));
    try {
        //: %1 a model file
        const CommandStage::Scope reading(tr("reading the model %1").arg(printable(models.front())));
        return Console::print(QString::fromUtf8(json(readModelFile(models.front())))) ? ExitCode::Success : ExitCode::Failure;
    } catch (const ConfigError& e) {
        Console::printError(e.message());
        return ExitCode::InvalidInput;
    }
}

QString InspectCommand::usage()
{
    return tr("usage: scatterboard inspect MODEL\n");
}

QString InspectCommand::help()
{
    return usage()
           + tr("\nPrints what a model file holds, as JSON: its format, every tensor (name, shape, dtype) and the\n"
                "ConvTranspose2d candidates (a 4-D weight with its matching bias, and the in_channels,\n"
                "out_channels and kernel_size that follow from the weight's shape). MODEL is a .safetensors\n"
                "file, an .npz, or a .pt/.pth checkpoint from torch.save (its state_dict, also when saved\n"
                "under a key such as \"state_dict\"; nothing in it is ever executed). A config then takes any\n"
                "tensor as {\"model\": \"MODEL\", \"tensor\": \"NAME\"}.\n");
}

} // namespace sb
