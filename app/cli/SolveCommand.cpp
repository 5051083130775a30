// SPDX-License-Identifier: MIT
// SolveCommand: sizes are "16" or "16x8" (height × width); a rectangular request is solved one axis
// at a time and printed per axis ({"height": [...], "width": [...]} with --json).
#include "app/cli/SolveCommand.h"

#include "app/cli/CommandStage.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/OptionParser.h"
#include "app/config/JsonWording.h"
#include "app/render/SolverVerdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>
#include <tuple>

namespace sb {

namespace {

int solveUsageError(const QString& message)
{
    Console::printUsageError(QStringLiteral("solve: ") + message, SolveCommand::usage(), QStringLiteral("scatterboard solve --help"));
    return ExitCode::InvalidInput;
}

// "16" → (16, 16), "16x8" or "16×8" → (16, 8).
std::optional<Size2> parseSize(const QString& text)
{
    static const QRegularExpression size(QStringLiteral("^(\\d{1,6})(?:[x×](\\d{1,6}))?$"));
    const QRegularExpressionMatch m = size.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 h = m.captured(1).toLongLong();
    const qint64 w = m.captured(2).isEmpty() ? h : m.captured(2).toLongLong();
    if (h < 1 || w < 1)
        return std::nullopt;
    return Size2(h, w);
}

} // namespace

QByteArray SolveCommand::json(const std::vector<AxisSetting>& settings)
{
    QJsonArray list;
    for (const AxisSetting& a : settings)
        list.append(QJsonObject{{QStringLiteral("kernel_size"), static_cast<double>(a.kernel_size)},
                                {QStringLiteral("stride"), static_cast<double>(a.stride)},
                                {QStringLiteral("padding"), static_cast<double>(a.padding)},
                                {QStringLiteral("output_padding"), static_cast<double>(a.output_padding)},
                                {QStringLiteral("dilation"), static_cast<double>(a.dilation)},
                                {QStringLiteral("even"), a.even},
                                {QStringLiteral("overlap"), overlapName(a.overlap)},
                                {QStringLiteral("crops_whole_copies"), a.cropsWholeCopies}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QString SolveCommand::table(const std::vector<AxisSetting>& settings)
{
    QString out = QStringLiteral("  kernel_size  stride  padding  output_padding  dilation  %1\n").arg(tr("overlap"));
    for (const AxisSetting& a : settings)
        out += QStringLiteral("  %1  %2  %3  %4  %5  %6\n")
                   .arg(a.kernel_size, 11)
                   .arg(a.stride, 6)
                   .arg(a.padding, 7)
                   .arg(a.output_padding, 14)
                   .arg(a.dilation, 8)
                   .arg(solverVerdict(a));
    return out;
}

int SolveCommand::run(const QStringList& arguments)
{
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("H")), to(QStringLiteral("to"), QString(), QStringLiteral("H2"));
    const QCommandLineOption maxKernel(QStringLiteral("max-kernel"), QString(), QStringLiteral("K"));
    const QCommandLineOption maxStride(QStringLiteral("max-stride"), QString(), QStringLiteral("S"));
    const QCommandLineOption maxDilation(QStringLiteral("max-dilation"), QString(), QStringLiteral("D"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption asJson(QStringLiteral("json"));
    OptionParser parser({from, to, maxKernel, maxStride, maxDilation, limit, asJson});
    const std::optional<OptionParser::Error> error = parser.parse(QStringList{QStringLiteral("solve")} + arguments);
    if (parser.wantsHelp())
        return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
    if (error) {
        switch (error->kind) {
        case OptionParser::Error::Kind::UnknownOption: return solveUsageError(tr("unknown option '%1'").arg(error->option));
        case OptionParser::Error::Kind::MissingValue: return solveUsageError(tr("%1 needs a value").arg(error->option));
        case OptionParser::Error::Kind::UnexpectedValue: return solveUsageError(tr("%1 takes no value").arg(error->option));
        case OptionParser::Error::Kind::Repeated: return solveUsageError(OptionParser::repeatedMessage(*error));
        }
    }
    const QCommandLineParser& p = parser.parsed();
    if (!p.positionalArguments().isEmpty())
        return solveUsageError(tr("unexpected argument '%1'").arg(p.positionalArguments().front()));
    if (!p.isSet(from) || !p.isSet(to))
        return solveUsageError(tr("give both --from and --to"));
    const std::optional<Size2> source = parseSize(p.value(from)), target = parseSize(p.value(to));
    if (!source)
        return solveUsageError(tr("--from: expected a size like 16 or 16x8, got '%1'").arg(printable(p.value(from))));
    if (!target)
        return solveUsageError(tr("--to: expected a size like 32 or 32x16, got '%1'").arg(printable(p.value(to))));
    SolverBounds bounds;
    const auto bound = [&](const QCommandLineOption& option, std::int64_t& value, std::int64_t largest) -> QString {
        if (!p.isSet(option))
            return {};
        bool ok = false;
        const qint64 v = p.value(option).toLongLong(&ok);
        if (!ok || v < 1 || v > largest)
            return tr("--%1: expected a whole number from 1 to %2, got '%3'")
                .arg(option.names().front())
                .arg(largest)
                .arg(printable(p.value(option)));
        value = v;
        return {};
    };
    for (const auto& [option, value, largest] : {std::tuple{&maxKernel, &bounds.maxKernel, SolverBounds::kLargest},
                                                 std::tuple{&maxStride, &bounds.maxStride, SolverBounds::kLargest},
                                                 std::tuple{&maxDilation, &bounds.maxDilation, SolverBounds::kLargest},
                                                 std::tuple{&limit, &bounds.limit, SolverBounds::kLargestLimit}})
        if (const QString message = bound(*option, *value, largest); !message.isEmpty())
            return solveUsageError(message);

    //: %1 → %2 the sizes asked for
    const CommandStage::Scope stage(tr("solving %1 → %2").arg(printable(p.value(from)), printable(p.value(to))));
    const SolverAnswer height = ShapeSolver::solve(source->h, target->h, bounds);
    const bool square = source->h == source->w && target->h == target->w;
    const SolverAnswer width = square ? height : ShapeSolver::solve(source->w, target->w, bounds);
    // Beyond --limit the settings are counted, not listed: said on stderr, so --json stays a bare list.
    for (const SolverAnswer* answer : {&height, &width})
        if (answer->total > static_cast<std::int64_t>(answer->settings.size())) {
            //: %1 how many are listed, %2 how many there are, %3 the largest --limit
            Console::printError(tr("solve: listing the first %1 of %2 settings; --limit N lists more (up to %3)")
                                    .arg(answer->settings.size())
                                    .arg(answer->total)
                                    .arg(SolverBounds::kLargestLimit));
            break;
        }
    if (p.isSet(asJson)) {
        const QByteArray out =
            square ? json(height.settings)
                   : QByteArray("{\"height\":") + json(height.settings) + ",\"width\":" + json(width.settings) + "}";
        return Console::print(QString::fromUtf8(out) + QLatin1Char('\n')) ? ExitCode::Success : ExitCode::Failure;
    }
    const QString within = tr("kernel_size ≤ %1, stride ≤ %2, dilation ≤ %3").arg(bounds.maxKernel).arg(bounds.maxStride).arg(bounds.maxDilation);
    QString text;
    const auto axis = [&](const QString& name, std::int64_t a, std::int64_t b, const SolverAnswer& found) {
        //: %1 an axis name (or empty), %2 → %3 the sizes, %4 how many settings, %5 the bounds
        text += tr("%1%2 → %3: %4 setting(s) within %5, the usual ones first\n")
                    .arg(name)
                    .arg(a)
                    .arg(b)
                    .arg(found.total)
                    .arg(within);
        text += found.settings.empty() ? tr("  none: raise a bound (--max-kernel, --max-stride, --max-dilation)\n")
                                       : table(found.settings);
        if (found.total > static_cast<std::int64_t>(found.settings.size()))
            //: %1 how many were not listed
            text += tr("  … and %1 more (--limit N lists more)\n")
                        .arg(found.total - static_cast<std::int64_t>(found.settings.size()));
    };
    if (square) {
        axis(QString(), source->h, target->h, height);
    } else {
        axis(tr("height "), source->h, target->h, height);
        text += QLatin1Char('\n');
        axis(tr("width "), source->w, target->w, width);
    }
    return Console::print(text) ? ExitCode::Success : ExitCode::Failure;
}

QString SolveCommand::usage()
{
    return tr(
        "usage: scatterboard solve --from H[xW] --to H2[xW2] [--max-kernel K] [--max-stride S] [--max-dilation D]\n"
        "                        [--limit N] [--json]\n");
}

QString SolveCommand::help()
{
    return usage()
           + tr("\nLists every (kernel_size, stride, padding, output_padding, dilation) that PyTorch accepts and\n"
                "that takes size H to size H2:\n"
                "  (H − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = H2\n"
                "kernel_size, stride and dilation run from 1 to K, S and D (defaults 7, 4 and 1; at most %1);\n"
                "padding is any value ≥ 0 and output_padding any value below max(stride, dilation). The usual\n"
                "settings come first: even overlap (every interior output cell gets the same number of taps:\n"
                "kernel_size a multiple of stride, for dilation 1), then uneven, then holes (cells no tap\n"
                "reaches); within each, those whose padding crops no whole copy of the kernel. Even overlap\n"
                "removes the checkerboard that comes from the taps' counts; the weights' sums per stride\n"
                "phase decide the rest (the phase view shows them). A size HxW (16x8) solves height and\n"
                "width apart.\n"
                "  --limit N  list the first N settings of each axis (default %2, at most %3); the rest are\n"
                "             counted, and a line on stderr says how many there are\n"
                "  --json  a bare JSON array of {\"kernel_size\", \"stride\", \"padding\", \"output_padding\",\n"
                "          \"dilation\", \"even\", \"overlap\" (even, uneven or holes), \"crops_whole_copies\"};\n"
                "          for HxW an object {\"height\": [...], \"width\": [...]}\n"
                "The window's Edit → Shape Solver… lists the same and loads an entry with one click.\n")
                 .arg(SolverBounds::kLargest)
                 .arg(SolverBounds::kDefaultLimit)
                 .arg(SolverBounds::kLargestLimit);
}

} // namespace sb
