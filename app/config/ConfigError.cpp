// SPDX-License-Identifier: MIT
// ConfigError: what() holds the message in UTF-8, so std::exception handlers print it unchanged.
// Every message names a file, often with a name from inside it (a tensor, an entry, a key): it is
// made printable here, once for all readers, so no name can print a line of its own.
#include "app/config/ConfigError.h"

#include "app/config/JsonWording.h"

namespace sb {

ConfigError::ConfigError(const QString& message, QString key)
    : std::runtime_error(printable(message).toStdString()), key_(std::move(key))
{
}

QString ConfigError::message() const
{
    return QString::fromStdString(what());
}

} // namespace sb
