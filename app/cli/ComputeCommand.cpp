// ComputeCommand: see the header. The output comes from fastConvTranspose (the path that scales to
// the large layers users load); the overlap map and the contribution list from the same core
// objects the window draws.
#include "app/cli/ComputeCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ReadableJson.h"
#include "app/config/TensorJson.h"
#include "core/FastConvTranspose.h"
#include "core/OverlapMap.h"
#include "core/ScatterRecord.h"
#include "core/TorchError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <new>
#include <string>
#include <utility>

namespace sb {

namespace {

// The order compute prints its keys in: the answer first, the detail after (contributions last).
const QStringList kResultKeys = {QStringLiteral("output_shape"), QStringLiteral("output_padding"),
                                 QStringLiteral("full_size"),    QStringLiteral("output"),
                                 QStringLiteral("overlap")};

QJsonArray overlapToJson(const OverlapMap& map)
{
    QJsonArray rows;
    for (std::int64_t y = 0; y < map.height(); ++y) {
        QJsonArray row;
        for (std::int64_t x = 0; x < map.width(); ++x)
            row.append(map.at(y, x));
        rows.append(row);
    }
    return rows;
}

// One line per contribution, written straight to text in the order of Contribution's fields: a
// million QJsonObjects would take a gigabyte and many seconds.
std::string contributionsText(const ScatterRecord& record)
{
    std::string text;
    text.reserve(static_cast<std::size_t>(record.size()) * 128);
    text += "[\n";
    char number[24];
    for (std::int64_t i = 0; i < record.size(); ++i) {
        const Contribution c = record.at(i);
        const std::pair<const char*, std::int64_t> fields[] = {
            {"    {\"n\":", c.n}, {",\"ci\":", c.ci}, {",\"iy\":", c.iy}, {",\"ix\":", c.ix},
            {",\"co\":", c.co},   {",\"ky\":", c.ky}, {",\"kx\":", c.kx}, {",\"y\":", c.y},
            {",\"x\":", c.x},     {",\"oy\":", c.oy}, {",\"ox\":", c.ox},
        };
        for (const auto& [prefix, value] : fields) {
            text += prefix;
            text.append(number, std::to_chars(number, number + sizeof number, value).ptr);
        }
        text += ",\"value\":";
        text += floatToJsonText(c.value).toStdString();
        text += c.kept ? ",\"kept\":true}" : ",\"kept\":false}";
        text += i + 1 < record.size() ? ",\n" : "\n";
    }
    text += "  ]";
    return text;
}

int usageError(const QString& message)
{
    Console::printUsageError(message, ComputeCommand::usage(), QStringLiteral("scatterboard compute --help"));
    return ExitCode::InvalidInput;
}

} // namespace

int ComputeCommand::run(const QStringList& arguments)
{
    Options options;
    QStringList configs;
    bool optionsEnded = false;
    for (const QString& argument : arguments) {
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-"))
            configs.append(argument);
        else if (argument == QLatin1String("--"))
            optionsEnded = true;
        else if (argument == QLatin1String("--overlap"))
            options.overlap = true;
        else if (argument == QLatin1String("--contributions"))
            options.contributions = true;
        else if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
        else
            return usageError(QStringLiteral("compute: unknown option '%1'").arg(argument));
    }
    if (configs.isEmpty())
        return usageError(QStringLiteral("compute: missing CONFIG.json"));
    if (configs.size() > 1)
        return usageError(QStringLiteral("compute: expected one CONFIG.json, got %1: %2")
                              .arg(configs.size())
                              .arg(configs.join(QLatin1Char(' '))));
    return execute(configs.front(), options);
}

int ComputeCommand::execute(const QString& configPath, Options options)
{
    try {
        const Layer layer = validateConfig(readConfigFile(configPath), configPath);
        const std::int64_t count = layer.geometry.contributionCount();
        if (options.contributions && count > kMaxContributions) {
            Console::printError(QStringLiteral("%1: --contributions would list %2 contributions, more than the limit "
                                               "of %3; leave it out or use a smaller layer")
                                    .arg(configPath, QString::number(count), QString::number(kMaxContributions)));
            return ExitCode::InvalidInput;
        }
        if (!Console::print(resultText(layer, options))) {
            Console::printError(QStringLiteral("cannot write the output"));
            return ExitCode::Failure;
        }
        return ExitCode::Success;
    } catch (const ConfigError& e) {
        Console::printError(e.message());
        return ExitCode::InvalidInput;
    } catch (const TorchError& e) {
        Console::printTorchError(configPath, e);
        return ExitCode::InvalidInput;
    } catch (const std::bad_alloc&) {
        Console::printError(QStringLiteral("%1: not enough memory to compute this layer").arg(configPath));
        return ExitCode::Failure;
    } catch (const std::exception& e) {
        Console::printError(QStringLiteral("%1: %2").arg(configPath, QString::fromStdString(e.what())));
        return ExitCode::Failure;
    }
}

QByteArray ComputeCommand::resultText(const Layer& layer, Options options)
{
    const LayerGeometry& g = layer.geometry;
    QJsonObject json;
    json[QStringLiteral("output_shape")] = integersToJson(g.outputShape());
    json[QStringLiteral("output_padding")] = sizeToJson(g.output_padding);
    json[QStringLiteral("full_size")] = sizeToJson(g.full());
    // fastConvTranspose answers (N, C, H, W); an unbatched output is the same values without N.
    json[QStringLiteral("output")] = tensorToJson(fastConvTranspose(layer).reshaped(g.outputShape()));
    if (options.overlap)
        json[QStringLiteral("overlap")] = overlapToJson(OverlapMap(g));
    QByteArray text = readableJson(json, kResultKeys);
    if (options.contributions) {
        text.chop(3);  // reopen the object: readableJson ends it with "\n}\n"
        text.append(",\n  \"contributions\": ");
        text.append(QByteArray::fromStdString(contributionsText(ScatterRecord(layer, kMaxContributions))));
        text.append("\n}\n");
    }
    return text;
}

QString ComputeCommand::usage()
{
    return QStringLiteral("usage: scatterboard compute CONFIG.json [--overlap] [--contributions]\n");
}

QString ComputeCommand::help()
{
    return usage() + QStringLiteral(R"(
Computes what torch.nn.ConvTranspose2d (PyTorch 1.13) returns for the layer and input that
CONFIG.json describes, without opening a window, and prints one JSON object:
  output_shape     the output's size, as PyTorch reports it
  output_padding   [h, w] actually used (resolved from output_size when that is given)
  full_size        [h, w] of the full buffer, before padding crops it
  output           the output values, nested lists shaped like output_shape
  overlap          with --overlap: for each output cell, how many (input element, kernel tap)
                   pairs of one input channel land there (the checkerboard pattern)
  contributions    with --contributions: every term x[n,ci,iy,ix] * w[ci,co,ky,kx] of the
                   scatter with where it lands: y, x in the full buffer, oy, ox in the output,
                   kept = whether the padding crop kept it. At most 1000000 of them.
NaN and infinities are written as the strings "nan", "inf" and "-inf".
When PyTorch would raise an error, its exact message is printed on stderr, exit status 2.

Config keys (PyTorch's argument names):
  in_channels, out_channels  integers; default: from the weight's shape
  kernel_size                integer or [h, w]; default: from the weight's shape
  stride                     integer or [h, w]; default 1
  padding                    integer or [h, w]; default 0
  output_padding             integer or [h, w]; default 0
  dilation                   integer or [h, w]; default 1
  groups                     integer; default 1
  bias                       false (the default here, unlike PyTorch's module: a config
                             describes a picture), true (all zeros) or a list of out_channels
                             numbers
  output_size                optional list of integers passed to forward(): [H, W], or with
                             the input's leading sizes (3 or 4 elements)
  input (required)           nested lists: H x W (one channel, unbatched), C x H x W
                             (unbatched) or N x C x H x W
  weight (required)          nested lists (in_channels, out_channels/groups, kH, kW), or
                             kH x kW when in_channels = out_channels = 1
  stack                      optional, for the stack view: 1 to 3 layers applied after this
                             one, each {"kernel_size", "stride", "padding", "output_padding",
                             "dilation", "weight"} of a one-channel ConvTranspose2d (weight
                             default: ones); compute ignores it
  name, description          optional text, kept when the config is saved
  _anything                  ignored: keys starting with "_" are comments
Numbers inside nested lists may also be the strings "nan", "inf" and "-inf".

Instead of nested lists, input and weight may be a fill object:
  {"shape": [1, 1, 4, 4], "fill": "ones"}
  fill: "zeros", "ones", "arange" (counting from "start", default 0), "random" (uniform in
  [-1, 1), two decimals, from "seed", default 0) or "impulse" (1 at the centre of each plane).
  The shape is taken as written, like torch.ones(shape). A weight's shape may be left out when
  in_channels, out_channels and kernel_size are all given.

Or a NumPy file, e.g. a layer of a trained decoder: {"npy": "weights/up1.npy"}
  float32 or float64, C order; a weight has shape (in_channels, out_channels/groups, kH, kW).
  A relative path starts at the config file's folder.

Example, seed 004's question (prints an 8x8 output starting 6, 12, 14, 12):
  {"kernel_size": 4, "stride": 2, "padding": 1,
   "input": {"shape": [1, 1, 4, 4], "fill": "ones"},
   "weight": {"shape": [1, 1, 4, 4], "fill": "arange", "start": 1}}

Exit status: 0 on success, 2 for an invalid config or command line, 1 for anything else.
)");
}

} // namespace sb
