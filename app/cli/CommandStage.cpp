// SPDX-License-Identifier: MIT
// The commands run on the main thread, one at a time: a plain list is the whole state.
#include "app/cli/CommandStage.h"

#include <QStringList>

#include <exception>

namespace sb {

namespace {

QStringList& stages()
{
    static QStringList list;
    return list;
}

QString& failed()
{
    static QString stage;
    return stage;
}

}  // namespace

CommandStage::Scope::Scope(const QString& what) : exceptions_(std::uncaught_exceptions())
{
    failed().clear();  // new work: an exception caught earlier is no longer the story
    stages().append(what);
}

CommandStage::Scope::~Scope()
{
    // Unwinding: the innermost scope goes first, and is the one to report.
    if (std::uncaught_exceptions() > exceptions_ && failed().isEmpty())
        failed() = stages().back();
    stages().removeLast();
}

QString CommandStage::current()
{
    if (!failed().isEmpty())
        return failed();
    return stages().isEmpty() ? QString() : stages().back();
}

}  // namespace sb
