// OptionParser: QCommandLineParser set up the way every scatterboard command reads its options
// (`--name value`, `--name=value`, `-name` as Qt's own `-platform`, `--` ending the options), with
// the first argument it refuses named as the user wrote it, so each command words its own message.
// An option given twice is refused (QCommandLineParser would keep the last value silently, and
// `--scale 2 --scale 3` was then blamed on --dpi).
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class OptionParser {
public:
    struct Error {
        enum class Kind {
            UnknownOption,    // "--frobnicate"
            MissingValue,     // "--step" as the last argument
            UnexpectedValue,  // "--overlap=1": a flag given a value
            Repeated,         // "--scale 2 --scale 3"
        };
        Kind kind;
        QString option;  // as written ("--frobnicate", "-step"), without any "=value"
        QString name;    // without the dashes ("frobnicate", "step")
    };

    enum class Help {
        Plain,     // -h, --help
        Standard,  // QCommandLineParser::addHelpOption(): also --help-all, which lists Qt's own options
    };

    // The command's options besides its help, which every command has.
    explicit OptionParser(const QList<QCommandLineOption>& options, Help help = Help::Plain);
    // QCommandLineParser::addVersionOption(): -v, --version.
    QCommandLineOption addVersionOption();

    // Parses arguments (the first is the program's or the command's name, as in
    // QCoreApplication::arguments()); the first argument refused, in the order given, if any.
    std::optional<Error> parse(const QStringList& arguments);
    // "--scale is given twice; give it once": the words every command uses for Error::Kind::Repeated.
    static QString repeatedMessage(const Error& error);

    const QCommandLineParser& parsed() const { return parser_; }
    QCommandLineParser& parser() { return parser_; }
    bool wantsHelp() const { return parser_.isSet(help_); }

private:
    QCommandLineParser parser_;
    QCommandLineOption help_;
    // Every option's names, for naming the first argument refused: those that take a value, and flags.
    QStringList valueNames_;
    QStringList flagNames_;
    // The names of each of the command's own options (help and version may be repeated).
    QList<QStringList> options_;

    void remember(const QCommandLineOption& option);
};

} // namespace sb
