// SPDX-License-Identifier: MIT
#include "app/config/JsonWording.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sb {

namespace {

// The hint keeps the config reader's translation context, where it was first written.
struct JsonWordingText {
    Q_DECLARE_TR_FUNCTIONS(sb::ConfigReader)
};

// Levenshtein distance, for "did you mean" hints on misspelt keys.
qsizetype editDistance(const QString& a, const QString& b)
{
    std::vector<qsizetype> row(static_cast<std::size_t>(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[static_cast<std::size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[static_cast<std::size_t>(j)];
            const qsizetype substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[static_cast<std::size_t>(j)] =
                std::min({above + 1, row[static_cast<std::size_t>(j - 1)] + 1, substitution});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QString quoted(const QString& key)
{
    return QLatin1Char('"') + key + QLatin1Char('"');
}

QString describe(const QJsonValue& value)
{
    QByteArray text;
    if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else {
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2);
    }
    constexpr qsizetype kLongest = 60;
    if (text.size() > kLongest)
        text = text.left(kLongest - 3) + "...";
    return QString::fromUtf8(text);
}

std::optional<std::int64_t> asInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double kExact = 9007199254740992.0;  // 2^53
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kExact)
        return std::nullopt;
    return static_cast<std::int64_t>(d);
}

QString suggestion(const QString& unknown, const QStringList& known)
{
    QString best;
    qsizetype bestDistance = 3;  // more than two edits away is a different word, not a typo
    for (const QString& key : known) {
        const qsizetype d = editDistance(unknown.toLower(), key);
        if (d < bestDistance) {
            best = key;
            bestDistance = d;
        }
    }
    return best.isEmpty() ? QString() : JsonWordingText::tr(" (did you mean %1?)").arg(quoted(best));
}


} // namespace sb
