// Console: stdout and stderr of the headless commands, in UTF-8, with the "scatterboard: " prefix
// every error message carries.
#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

class Console {
public:
    // False when stdout could not take it all (a closed pipe, a full disk).
    static bool print(const QByteArray& utf8);
    static bool print(const QString& text);
    // "scatterboard: message" on stderr.
    static void printError(const QString& message);
    // The error, then the usage line(s) and where to find more, on stderr.
    static void printUsageError(const QString& message, const QString& usage, const QString& helpCommand);
};

} // namespace sb
