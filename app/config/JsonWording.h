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

// Text from a file or the command line (a path, a tensor's name, a key) as a message may show it:
// every character that could end the line it is printed on, or hide or rewrite what follows — C0
// and C1 controls and DEL (a carriage return, a terminal's escape sequences), U+2028 and U+2029,
// format characters such as the bidirectional overrides, unassigned code points — written as an
// escape (\n, \r, \t, \x1b, \u2028, \U000e0001); a byte of a file name that the system's
// encoding could not decode (SystemEncoding keeps it as U+DC80–U+DCFF) as \xNN, the byte itself.
// Nothing else changes, so escaping twice is escaping once. The generated Python scripts take
// text through it too (PythonText): the same characters would end or hide a comment's line.
QString printable(const QString& text);
// "stride", with its quotes (and printable).
QString quoted(const QString& key);
// The value as the user wrote it, shortened: `"two"`, `2.5`, `[1, 2, 3]`.
QString describe(const QJsonValue& value);
// An integral JSON number that a double holds exactly (|v| ≤ 2^53), or nullopt.
std::optional<std::int64_t> asInteger(const QJsonValue& value);
// ` (did you mean "stride"?)` for a key at most two edits from a known one, else empty.
QString suggestion(const QString& unknown, const QStringList& known);

} // namespace sb
