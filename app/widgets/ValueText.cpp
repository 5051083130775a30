// SPDX-License-Identifier: MIT
// ValueText: the float32 rounding and the non-finite spellings come from TensorJson, so a value
// typed in a cell is stored exactly as the same text in a config file would be read.
#include "app/widgets/ValueText.h"

#include "app/config/TensorJson.h"

#include <QLocale>

#include <cmath>

namespace sb {

QString ValueText::display(float value)
{
    const QJsonValue json = floatToJson(value);
    if (json.isString())
        return json.toString();
    const double v = value;
    if (std::trunc(v) == v && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));  // also turns −0 into "0"
    if (std::fabs(v) < 1e-4 || std::fabs(v) >= 1e15)
        return QString::number(v, 'g', 4);
    QString text = QString::number(v, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString ValueText::exact(float value)
{
    const QJsonValue json = floatToJson(value);
    if (json.isString())
        return json.toString();
    return QString::number(json.toDouble(), 'g', QLocale::FloatingPointShortest);
}

std::optional<float> ValueText::parse(const QString& text)
{
    const QString word = text.trimmed().toLower();
    if (word.isEmpty())
        return std::nullopt;
    bool ok = false;
    double number = QLocale::c().toDouble(word, &ok);
    if (!ok)
        number = QLocale().toDouble(word, &ok);
    if (ok && std::isfinite(number))
        return floatFromJson(QJsonValue(number));
    return floatFromJson(QJsonValue(word.startsWith(QLatin1Char('+')) ? word.mid(1) : word));
}

} // namespace sb
