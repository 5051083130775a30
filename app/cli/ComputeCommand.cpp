// SPDX-License-Identifier: MIT
// ComputeCommand: see the header. The output comes from fastConvTranspose (the path that scales to
// the large layers users load); the overlap map and the contribution list from the same core
// objects the window draws.
#include "app/cli/ComputeCommand.h"

#include "app/cli/CommandStage.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/OptionParser.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/JsonWording.h"
#include "app/config/TensorJson.h"
#include "core/FastConvTranspose.h"
#include "core/OverlapMap.h"
#include "core/ScatterRecord.h"
#include "core/TorchError.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <string_view>
#include <new>
#include <optional>
#include <string>
#include <utility>

namespace sb {

namespace {

// Writes compute's JSON straight to stdout in 1 MB pieces: the whole text of a 2^28-element
// output is about 3 GB, and as a QJsonValue tree it took over 15 GB. The layout is readableJson's
// (lists of numbers on one line, nested lists indented), written element by element.
class JsonStream {
public:
    explicit JsonStream(std::FILE* out) : out_(out) { buffer_.reserve(kPiece + 256); }
    ~JsonStream() { flush(); }

    void text(std::string_view t)
    {
        buffer_.append(t);
        if (buffer_.size() >= kPiece)
            flush();
    }
    void integer(std::int64_t value)
    {
        char number[24];
        text(std::string_view(number, static_cast<std::size_t>(std::to_chars(number, number + sizeof number, value).ptr - number)));
    }
    // A float32 as compute has always printed it: the shortest decimal that reads back as the same
    // float, integers without a fraction, NaN and infinities as the strings "nan", "inf", "-inf".
    void value(float v)
    {
        if (std::isfinite(v) && std::trunc(v) == v && std::fabs(v) < 9007199254740992.0f)
            integer(static_cast<std::int64_t>(v));
        else
            text(floatToJsonText(v).toStdString());
    }
    bool flush()
    {
        ok_ = ok_ && std::fwrite(buffer_.data(), 1, buffer_.size(), out_) == buffer_.size();
        buffer_.clear();
        return ok_;
    }
    bool ok() { return flush() && std::fflush(out_) == 0 && ok_; }

private:
    static constexpr std::size_t kPiece = std::size_t{1} << 20;
    std::FILE* out_;
    std::string buffer_;
    bool ok_ = true;
};

// Nested lists of `count` values shaped like shape[axis...], from at(i), in readableJson's layout:
// the innermost lists on one line, the others one child per line, indented two spaces a level.
template <typename At>
void nestedLists(JsonStream& out, const Shape& shape, std::size_t axis, std::int64_t& next, int indent, const At& at)
{
    const std::int64_t extent = shape[axis];
    if (axis + 1 == shape.size() || extent == 0) {
        out.text("[");
        for (std::int64_t i = 0; axis + 1 == shape.size() && i < extent; ++i) {
            if (i > 0)
                out.text(",");
            at(next++);
        }
        out.text("]");
        return;
    }
    const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    out.text("[\n");
    for (std::int64_t i = 0; i < extent; ++i) {
        out.text(pad);
        nestedLists(out, shape, axis + 1, next, indent + 2, at);
        out.text(i + 1 < extent ? ",\n" : "\n");
    }
    out.text(std::string(static_cast<std::size_t>(indent), ' '));
    out.text("]");
}

void integers(JsonStream& out, const std::vector<std::int64_t>& values)
{
    out.text("[");
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.text(",");
        out.integer(values[i]);
    }
    out.text("]");
}

// One line per contribution, in the order of Contribution's fields.
void contributions(JsonStream& out, const ScatterRecord& record)
{
    out.text("[\n");
    for (std::int64_t i = 0; i < record.size(); ++i) {
        const Contribution c = record.at(i);
        const std::pair<const char*, std::int64_t> fields[] = {
            {"    {\"n\":", c.n}, {",\"ci\":", c.ci}, {",\"iy\":", c.iy}, {",\"ix\":", c.ix},
            {",\"co\":", c.co},   {",\"ky\":", c.ky}, {",\"kx\":", c.kx}, {",\"y\":", c.y},
            {",\"x\":", c.x},     {",\"oy\":", c.oy}, {",\"ox\":", c.ox},
        };
        for (const auto& [prefix, value] : fields) {
            out.text(prefix);
            out.integer(value);
        }
        out.text(",\"value\":");
        out.text(floatToJsonText(c.value).toStdString());
        out.text(c.kept ? ",\"kept\":true}" : ",\"kept\":false}");
        out.text(i + 1 < record.size() ? ",\n" : "\n");
    }
    out.text("  ]");
}

int usageError(const QString& message)
{
    Console::printUsageError(message, ComputeCommand::usage(), QStringLiteral("scatterboard compute --help"));
    return ExitCode::InvalidInput;
}

// N·C_in·H·W·C_out/groups·kH·kW from the shapes alone: the input's elements times what one input
// element meets, the weight's elements per input channel (its first axis); max() beyond 2^63.
std::int64_t contributionsOf(const Shape& input, const Shape& weight)
{
    try {
        const std::int64_t perInput = weight.empty() || weight.front() == 0 ? 0 : checkedNumel(weight) / weight.front();
        return checkedNumel({checkedNumel(input), perInput});
    } catch (const std::exception&) {
        return std::numeric_limits<std::int64_t>::max();
    }
}

// compute's refusal of a layer of count contributions, or empty.
QString tooManyContributions(const QString& configPath, std::int64_t count)
{
    if (count <= ComputeCommand::kMaxComputeContributions)
        return {};
    return ComputeCommand::tr("%1: the layer makes %2 contributions (N·C_in·H·W·C_out/groups·kH·kW "
                              "multiply-adds), more than compute's limit of %3 (about half a minute "
                              "on two cores); PyTorch would compute it, slowly")
        .arg(printable(configPath),
             //: a number of contributions too large to count
             count == std::numeric_limits<std::int64_t>::max() ? ComputeCommand::tr("over 2^63")
                                                               : QString::number(count),
             QString::number(ComputeCommand::kMaxComputeContributions));
}

} // namespace

int ComputeCommand::run(const QStringList& arguments)
{
    // Described by help(), which is what --help prints.
    const QCommandLineOption overlapOption(QStringLiteral("overlap"));
    const QCommandLineOption contributionsOption(QStringLiteral("contributions"));
    OptionParser parser({overlapOption, contributionsOption});
    const std::optional<OptionParser::Error> error = parser.parse(QStringList{QStringLiteral("compute")} + arguments);
    if (parser.wantsHelp())
        return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
    if (error)
        return usageError(error->kind == OptionParser::Error::Kind::UnknownOption
                              ? tr("compute: unknown option '%1'").arg(error->option)
                          : error->kind == OptionParser::Error::Kind::Repeated
                              ? QStringLiteral("compute: ") + OptionParser::repeatedMessage(*error)
                              : tr("compute: %1 takes no value").arg(error->option));
    const Options options{parser.parsed().isSet(overlapOption), parser.parsed().isSet(contributionsOption)};
    const QStringList configs = parser.parsed().positionalArguments();
    if (configs.isEmpty())
        return usageError(tr("compute: missing CONFIG.json"));
    if (configs.size() > 1)
        return usageError(tr("compute: expected one CONFIG.json, got %1: %2")
                              .arg(configs.size())
                              .arg(printable(configs.join(QLatin1Char(' ')))));
    return execute(configs.front(), options);
}

int ComputeCommand::execute(const QString& configPath, Options options)
{
    try {
        //: %1 a config file
        const CommandStage::Scope reading(tr("reading %1").arg(printable(configPath)));
        // The layer's size is checked on the shapes, before a fill object's values are made: a
        // 2^28-element weight is not filled (a second, 1 GB) for a layer refused anyway.
        ConfigReadOptions limits;
        limits.beforeFills = [&](const Shape& input, const Shape& weight) {
            if (const QString refusal = tooManyContributions(configPath, contributionsOf(input, weight));
                !refusal.isEmpty())
                throw ConfigError(refusal);
        };
        const Layer layer = validateConfig(readConfigFile(configPath, limits), configPath);
        const LayerGeometry& g = layer.geometry;
        // The product of the sizes, each within the config's limits, may still overflow 64 bits.
        std::int64_t count = std::numeric_limits<std::int64_t>::max();
        try {
            count = checkedNumel({g.batch, g.in_channels, g.input.h, g.input.w, g.outPerGroup(), g.kernel.h, g.kernel.w});
        } catch (const std::exception&) {
        }
        if (const QString refusal = tooManyContributions(configPath, count); !refusal.isEmpty()) {
            Console::printError(refusal);
            return ExitCode::InvalidInput;
        }
        //: %1 a config file
        const CommandStage::Scope computing(tr("computing and writing the output of %1").arg(printable(configPath)));
        if (options.contributions && count > kMaxContributions) {
            Console::printError(
                tr("%1: --contributions would list %2 contributions, more than the limit "
                   "of %3; leave it out or use a smaller layer")
                    .arg(printable(configPath), QString::number(count), QString::number(kMaxContributions)));
            return ExitCode::InvalidInput;
        }
        if (!write(layer, options, stdout)) {
            Console::printError(tr("cannot write the output"));
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
        //: %1 what was being done, e.g. "computing and writing the output of x.json"
        Console::printError(tr("not enough memory while %1").arg(CommandStage::current()));
        return ExitCode::Failure;
    } catch (const std::exception& e) {
        Console::printError(QStringLiteral("%1: %2").arg(printable(configPath), QString::fromStdString(e.what())));
        return ExitCode::Failure;
    }
}

bool ComputeCommand::write(const Layer& layer, Options options, std::FILE* stream)
{
    const LayerGeometry& g = layer.geometry;
    // The output first, so the layer's own tensors are all that is held besides it.
    const Tensor output = fastConvTranspose(layer);  // (N, C, H, W); an unbatched output prints without N
    JsonStream out(stream);
    out.text("{\n  \"output_shape\": ");
    integers(out, g.outputShape());
    // A ConvTranspose1d's sizes are single lengths, as its arguments are (its H is always 1).
    const auto spatial = [&](Size2 size) { return g.is1d() ? Shape{size.w} : Shape{size.h, size.w}; };
    out.text(",\n  \"output_padding\": ");
    integers(out, spatial(g.output_padding));
    out.text(",\n  \"full_size\": ");
    integers(out, spatial(g.full()));
    out.text(",\n  \"output\": ");
    std::int64_t next = 0;
    nestedLists(out, g.outputShape(), 0, next, 2, [&](std::int64_t i) { out.value(output.data()[i]); });
    if (options.overlap) {
        const OverlapMap map(g);
        out.text(",\n  \"overlap\": ");
        next = 0;
        const Shape plane = g.is1d() ? Shape{map.width()} : Shape{map.height(), map.width()};
        nestedLists(out, plane, 0, next, 2, [&](std::int64_t i) { out.integer(map.counts()[static_cast<std::size_t>(i)]); });
    }
    if (options.contributions) {
        out.text(",\n  \"contributions\": ");
        contributions(out, ScatterRecord(layer, kMaxContributions));
    }
    out.text("\n}\n");
    return out.ok();
}

QString ComputeCommand::usage()
{
    return tr("usage: scatterboard compute CONFIG.json [--overlap] [--contributions]\n");
}

QString ComputeCommand::help()
{
    return usage() + tr(R"(
Computes what torch.nn.ConvTranspose2d (PyTorch 1.13) returns for the layer and input that
CONFIG.json describes, without opening a window, and prints one JSON object:
  output_shape     the output's size, as PyTorch reports it
  output_padding   [h, w] actually used (resolved from output_size when that is given)
  full_size        [h, w] of the full buffer, before padding crops it
                   (ConvTranspose1d: [l] for both, and the overlap below is one row)
  output           the output values, nested lists shaped like output_shape
  overlap          with --overlap: for each output cell, how many (input element, kernel tap)
                   pairs of one input channel land there (the checkerboard pattern)
  contributions    with --contributions: every term x[n,ci,iy,ix] * w[ci,co,ky,kx] of the
                   scatter with where it lands: y, x in the full buffer, oy, ox in the output,
                   kept = whether the padding crop kept it. At most 1000000 of them.
NaN and infinities are written as the strings "nan", "inf" and "-inf".
When PyTorch would raise an error, its exact message is printed on stderr, exit status 2.

Limits, checked before anything is allocated: a config file of at most 64 MB; tensors (input,
weight, output, each "stack" layer's output) of at most 2^28 elements; at most 2^35 multiply-adds
(N·C_in·H·W·C_out/groups·kH·kW). The output is written as it is computed, so the largest layers
allowed peak at about 4.2 GB of memory (a 16384×16384 kernel, or 2^28-element input and weight
together), in 15–25 s on two cores.

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
