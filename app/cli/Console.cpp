// SPDX-License-Identifier: MIT
// Console: plain stdio underneath, so large outputs (a million contributions) are written in one
// go without passing through QString.
#include "app/cli/Console.h"

#include "app/config/JsonWording.h"
#include "app/config/SystemEncoding.h"
#include "core/TorchError.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace sb {

namespace {

bool write(std::FILE* stream, const QByteArray& utf8)
{
    const auto size = static_cast<std::size_t>(utf8.size());
    const bool written = std::fwrite(utf8.constData(), 1, size, stream) == size;
    return std::fflush(stream) == 0 && written;
}

} // namespace

bool Console::print(const QByteArray& utf8)
{
    return write(stdout, utf8);
}

bool Console::print(const QString& text)
{
    return write(stdout, text.toUtf8());
}

void Console::printError(const QString& message)
{
    write(stderr, SystemEncoding::encode(QStringLiteral("scatterboard: %1\n").arg(lines(message))));
}

QString Console::lines(const QString& text)
{
    QStringList parts = text.split(QLatin1Char('\n'));
    for (QString& line : parts)
        line = printable(line);
    return parts.join(QLatin1Char('\n'));
}

void Console::printUsageError(const QString& message, const QString& usage, const QString& helpCommand)
{
    printError(message);
    //: %1 is a command such as "scatterboard --help"
    write(stderr, SystemEncoding::encode(lines(usage + tr("Try '%1' for more information.\n").arg(helpCommand))));
}

void Console::printTorchError(const QString& configPath, const TorchError& error)
{
    printError(QStringLiteral("%1: %2: %3")
                   .arg(printable(configPath), QString::fromStdString(error.pythonType()),
                        QString::fromStdString(error.what())));
}

} // namespace sb
