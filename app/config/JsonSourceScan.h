// SPDX-License-Identifier: MIT
// JsonSourceScan: what QJsonDocument forgets about a config's text. It keeps only the last of two
// equal keys, and turns every number into a double, so 9223372036854775808 comes back as
// 9.223372036854776e18. One pass over the raw bytes of a document QJsonDocument has already
// accepted finds the first repeated key and keeps the integers too long for a double, as written.
#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace sb {

struct JsonSourceScan {
    // Where the first key repeated within one object is: "stride", "stack[0].stride",
    // "input.shape"; empty when every object's keys are distinct.
    QString duplicateKey;
    // Integer literals of 16 digits or more (beyond 2^53 a double no longer holds every integer),
    // by the double QJsonDocument made of them. Two literals that round to the same double keep
    // the first.
    std::map<double, QString> longIntegers;

    // json must be a document QJsonDocument parsed without error (the scan trusts its syntax).
    static JsonSourceScan of(const QByteArray& json);
};

} // namespace sb
