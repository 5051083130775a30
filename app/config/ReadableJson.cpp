// SPDX-License-Identifier: MIT
// ReadableJson: the layout is ours, but every scalar and every one-line container is written by
// QJsonDocument, so escaping and number formatting are Qt's.
#include "app/config/ReadableJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

namespace {

bool isContainer(const QJsonValue& value)
{
    return value.isArray() || value.isObject();
}

bool holdsOnlyScalars(const QJsonValue& value)
{
    if (value.isArray()) {
        for (const QJsonValue& child : value.toArray())
            if (isContainer(child))
                return false;
    } else if (value.isObject()) {
        for (const QJsonValue& child : value.toObject())
            if (isContainer(child))
                return false;
    }
    return true;
}

QByteArray compact(const QJsonValue& value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);  // strip the list's brackets
}

// keyOrder orders this object's keys; nestedOrder every object below it. An ordered top level is
// always expanded, one key per line.
void write(QByteArray& out, const QJsonValue& value, int indent, const QStringList& keyOrder = {}, const QStringList& nestedOrder = {},
           bool expand = false)
{
    if (holdsOnlyScalars(value) && !expand) {
        out += compact(value);
        return;
    }
    const QByteArray pad(indent + 2, ' ');
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        out += "[\n";
        for (qsizetype i = 0; i < list.size(); ++i) {
            out += pad;
            write(out, list[i], indent + 2, nestedOrder, nestedOrder);
            out += i + 1 < list.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
        return;
    }
    const QJsonObject object = value.toObject();
    QStringList keys;
    for (const QString& key : keyOrder)
        if (object.contains(key))
            keys.append(key);
    for (const QString& key : object.keys())
        if (!keys.contains(key))
            keys.append(key);
    out += "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += pad + compact(keys[i]) + ": ";
        write(out, object[keys[i]], indent + 2, nestedOrder, nestedOrder);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    out += QByteArray(indent, ' ') + '}';
}

} // namespace

QByteArray readableJson(const QJsonObject& object, const QStringList& keyOrder, const QStringList& nestedKeyOrder)
{
    QByteArray out;
    write(out, object, 0, keyOrder, nestedKeyOrder, !keyOrder.isEmpty());
    return out + '\n';
}

} // namespace sb
