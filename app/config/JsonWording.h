// SPDX-License-Identifier: MIT
// JsonWording: how messages about a JSON file (a config, a lesson) name its keys and values, and
// the "did you mean" hint for a misspelt key, so every reader words its errors alike.
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace sb {

// "stride", with its quotes.
QString quoted(const QString& key);
// The value as the user wrote it, shortened: `"two"`, `2.5`, `[1, 2, 3]`.
QString describe(const QJsonValue& value);
// An integral JSON number that a double holds exactly (|v| ≤ 2^53), or nullopt.
std::optional<std::int64_t> asInteger(const QJsonValue& value);
// ` (did you mean "stride"?)` for a key at most two edits from a known one, else empty.
QString suggestion(const QString& unknown, const QStringList& known);

} // namespace sb
