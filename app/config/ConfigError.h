// SPDX-License-Identifier: MIT
// ConfigError: a config that cannot be read, with a message naming the file and the key at fault,
// e.g. `lesson.json: "stride": expected an integer or a list of two integers, got "two"`. Control
// and line-separator characters in the message (a path's, a name's) are escaped (printable()).
#pragma once

#include <QString>

#include <stdexcept>

namespace sb {

class ConfigError : public std::runtime_error {
public:
    // key: the top-level key at fault ("stride"), so an editor can mark that field; empty when the
    // file as a whole is (unreadable, malformed JSON, a shape too large to compute).
    explicit ConfigError(const QString& message, QString key = {});

    QString message() const;
    const QString& key() const { return key_; }

private:
    QString key_;
};

} // namespace sb
