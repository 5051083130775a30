// SPDX-License-Identifier: MIT
#include "app/cli/ConvertCommand.h"

#include "app/cli/CommandStage.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/OptionParser.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/JsonWording.h"
#include "app/export/FrameworkSnippet.h"
#include "app/export/PythonText.h"
#include "core/TorchError.h"

namespace sb {

namespace {

int convertUsageError(const QString& message)
{
    Console::printUsageError(QStringLiteral("convert: ") + message, ConvertCommand::usage(), QStringLiteral("scatterboard convert --help"));
    return ExitCode::InvalidInput;
}

} // namespace

int ConvertCommand::run(const QStringList& arguments)
{
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("FRAMEWORK"));
    OptionParser parser({to});
    const std::optional<OptionParser::Error> error = parser.parse(QStringList{QStringLiteral("convert")} + arguments);
    if (parser.wantsHelp())
        return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
    if (error)
        return convertUsageError(
            error->kind == OptionParser::Error::Kind::MissingValue ? tr("%1 needs a value").arg(error->option)
            : error->kind == OptionParser::Error::Kind::Repeated   ? OptionParser::repeatedMessage(*error)
                                                                   : tr("unknown option '%1'").arg(error->option));
    const QStringList configs = parser.parsed().positionalArguments();
    if (configs.size() != 1)
        return convertUsageError(configs.isEmpty() ? tr("missing CONFIG.json") : tr("expected one CONFIG.json, got %1").arg(configs.size()));
    const std::optional<Framework> framework = FrameworkSnippet::fromName(parser.parsed().value(to));
    if (!framework)
        return convertUsageError(
            tr("--to: expected %1, got '%2'")
                .arg(FrameworkSnippet::names().join(QStringLiteral(", ")), printable(parser.parsed().value(to))));
    try {
        //: %1 a config file
        const CommandStage::Scope reading(tr("reading %1").arg(printable(configs.front())));
        // A script too large to write is refused on the shapes, before a fill's values are made.
        ConfigReadOptions sizing;
        sizing.beforeFills = [&](const Shape& input, const Shape& weight) {
            if (const QString refusal = pythonScriptSizeRefusal(input, weight); !refusal.isEmpty())
                throw ConfigError(printable(configs.front()) + QStringLiteral(": ") + refusal);
        };
        const ConfigFile config = readConfigFile(configs.front(), sizing);
        validateConfig(config, configs.front());
        //: %1 Keras, JAX or ONNX; %2 a config file
        const CommandStage::Scope writing(
            tr("writing the %1 script of %2").arg(FrameworkSnippet::title(*framework), printable(configs.front())));
        QString refusal;
        const QString script = FrameworkSnippet::script(config, *framework, &refusal);
        if (script.isEmpty()) {
            Console::printError(QStringLiteral("%1: %2").arg(printable(configs.front()), refusal));
            return ExitCode::InvalidInput;
        }
        return Console::print(script) ? ExitCode::Success : ExitCode::Failure;
    } catch (const ConfigError& e) {
        Console::printError(e.message());
        return ExitCode::InvalidInput;
    } catch (const TorchError& e) {
        Console::printTorchError(configs.front(), e);
        return ExitCode::InvalidInput;
    }
}

QString ConvertCommand::usage()
{
    return tr("usage: scatterboard convert CONFIG.json --to keras|jax|onnx\n");
}

QString ConvertCommand::help()
{
    return usage()
           + tr("\nPrints a Python script that builds CONFIG.json's layer, with its weights and input, in another\n"
                "framework and prints the output in NCHW, to compare with `scatterboard compute`:\n"
                "  keras  tf.keras.layers.Conv2DTranspose (channels_last; a Cropping2D where PyTorch's padding\n"
                "         crops more than 'same' does); no groups\n"
                "  jax    jax.lax.conv_transpose with explicit padding and transpose_kernel=True; no groups\n"
                "  onnx   an ONNX ConvTranspose model, saved as conv_transpose.onnx (run with onnxruntime if present)\n"
                "Each script says in a comment where that framework's own padding modes give another size\n"
                "(Keras's and ONNX's 'same' give input × stride). The arguments follow the frameworks'\n"
                "published size rules; Scatterboard does not run TensorFlow, JAX or ONNX.\n");
}

} // namespace sb
