// SPDX-License-Identifier: MIT
// ConfigError: what() holds the message in UTF-8, so std::exception handlers print it unchanged.
#include "app/config/ConfigError.h"

namespace sb {

ConfigError::ConfigError(const QString& message, QString key)
    : std::runtime_error(message.toStdString()), key_(std::move(key))
{
}

QString ConfigError::message() const
{
    return QString::fromStdString(what());
}

} // namespace sb
