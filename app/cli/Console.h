// SPDX-License-Identifier: MIT
// Console: stdout and stderr of the headless commands, with the "scatterboard: " prefix every error
// message carries. stdout is UTF-8 (it carries JSON and Python, whose encoding that is); stderr is
// in the locale's encoding (SystemEncoding), and every control character of a message but its line
// breaks is escaped (printable), so a name inside one can neither print a line of its own nor
// rewrite the terminal. Callers still pass names through printable(), which escapes '\n' too.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sb {

class TorchError;

class Console {
    Q_DECLARE_TR_FUNCTIONS(sb::Console)
public:
    // False when stdout could not take it all (a closed pipe, a full disk).
    static bool print(const QByteArray& utf8);
    static bool print(const QString& text);
    // "scatterboard: message" on stderr.
    static void printError(const QString& message);
    // "scatterboard: CONFIG: RuntimeError: <PyTorch's text>": the exception class Python would
    // print, then PyTorch's message unmodified, so it can be searched for and compared.
    static void printTorchError(const QString& configPath, const TorchError& error);
    // The error, then the usage line(s) and where to find more, on stderr.
    static void printUsageError(const QString& message, const QString& usage, const QString& helpCommand);

private:
    // Each line of text made printable, the line breaks kept.
    static QString lines(const QString& text);
};

} // namespace sb
