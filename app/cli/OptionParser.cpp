// OptionParser: QCommandLineParser decides what is valid; when it refuses the arguments, they are
// walked once more by its own rules (ParseAsLongOptions: one or two dashes, "=value" or the next
// argument, "--" ends the options) only to name the first argument at fault, because its
// errorText() names the last one, without the dashes the user typed.
#include "app/cli/OptionParser.h"

#include "app/config/JsonWording.h"

#include <QCoreApplication>

namespace sb {

namespace {

QCommandLineOption helpOption(QCommandLineParser& parser, OptionParser::Help help)
{
    if (help == OptionParser::Help::Standard)
        return parser.addHelpOption();
    QCommandLineOption option({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("sb::OptionParser", "Displays this help."));
    parser.addOption(option);
    return option;
}

} // namespace

OptionParser::OptionParser(const QList<QCommandLineOption>& options, Help help)
    : help_(helpOption(parser_, help))
{
    // Like Qt's own options (-platform, -style): "-step 3" is "--step 3", never "-s -t -e -p".
    parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    remember(help_);
    if (help == Help::Standard)
        flagNames_.append(QStringLiteral("help-all"));
    for (const QCommandLineOption& option : options) {
        parser_.addOption(option);
        remember(option);
        options_.append(option.names());
    }
}

QCommandLineOption OptionParser::addVersionOption()
{
    const QCommandLineOption version = parser_.addVersionOption();
    remember(version);
    return version;
}

void OptionParser::remember(const QCommandLineOption& option)
{
    (option.valueName().isEmpty() ? flagNames_ : valueNames_) += option.names();
}

std::optional<OptionParser::Error> OptionParser::parse(const QStringList& arguments)
{
    if (parser_.parse(arguments)) {
        // optionNames() lists each option every time it was given, in order.
        QStringList seen;
        for (const QString& name : parser_.optionNames()) {
            for (const QStringList& names : std::as_const(options_)) {
                if (!names.contains(name))
                    continue;
                if (seen.contains(names.front()))
                    return Error{Error::Kind::Repeated, QStringLiteral("--") + names.front(), names.front()};
                seen.append(names.front());
            }
        }
        return std::nullopt;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--"))
            break;
        if (!argument.startsWith(QLatin1Char('-')) || argument.size() == 1)
            continue;  // a positional argument, or "-" (stdin)
        const QString written = argument.section(QLatin1Char('='), 0, 0);
        const QString name = written.mid(written.startsWith(QLatin1String("--")) ? 2 : 1);
        const bool hasValue = argument.contains(QLatin1Char('='));
        if (valueNames_.contains(name)) {
            if (hasValue)
                continue;
            if (i + 1 == arguments.size())
                return Error{Error::Kind::MissingValue, printable(written), name};
            ++i;  // the value, whatever it looks like
        } else if (flagNames_.contains(name)) {
            if (hasValue)
                return Error{Error::Kind::UnexpectedValue, printable(written), name};
        } else {
            return Error{Error::Kind::UnknownOption, printable(written), name};
        }
    }
    // Not reached while the walk above follows QCommandLineParser's rules; its own name is the
    // best there is.
    const QString unknown = parser_.unknownOptionNames().value(0);
    return Error{Error::Kind::UnknownOption, QStringLiteral("--") + unknown, unknown};
}

QString OptionParser::repeatedMessage(const Error& error)
{
    //: %1 an option such as --scale
    return QCoreApplication::translate("sb::OptionParser", "%1 is given twice; give it once").arg(error.option);
}

} // namespace sb
