// SPDX-License-Identifier: MIT
// ReadableJson: JSON text for people as well as programs. A list or object holding only scalars
// (a row of a tensor, one contribution) goes on one line; anything holding lists or objects gets
// one child per line. QJsonDocument offers only one value per line or everything on one line.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace sb {

// keyOrder: top-level keys to write first, in this order (QJsonObject itself sorts its keys);
// the others follow alphabetically. nestedKeyOrder does the same for every object inside it (a
// lesson's slides and their configs). Ends with a newline.
QByteArray readableJson(const QJsonObject& object, const QStringList& keyOrder = {}, const QStringList& nestedKeyOrder = {});

} // namespace sb
