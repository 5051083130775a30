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

QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
        bool escape = false;
        switch (QChar::category(c)) {
        case QChar::Other_Control:        // C0, DEL, C1 (U+0085 among them)
        case QChar::Other_Format:         // U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF, tags
        case QChar::Separator_Line:       // U+2028
        case QChar::Separator_Paragraph:  // U+2029
        case QChar::Other_Surrogate:      // half of a pair alone: an undecodable byte, or a broken text
        case QChar::Other_NotAssigned:    // what a later Unicode may make a format character
            escape = true;
            break;
        default: break;
        }
        if (!escape) {
            out += text[i];
            if (pair)
                out += text[++i];
            continue;
        }
        if (pair)
            ++i;
        if (c == U'\n')
            out += QStringLiteral("\\n");
        else if (c == U'\r')
            out += QStringLiteral("\\r");
        else if (c == U'\t')
            out += QStringLiteral("\\t");
        else if (c >= 0xDC80 && c <= 0xDCFF)  // SystemEncoding's undecodable byte
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(c - 0xDC00), 2, 16, QLatin1Char('0'));
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
        else if (c < 0x10000)
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(static_cast<uint>(c), 8, 16, QLatin1Char('0'));
    }
    return out;
}

QString quoted(const QString& key)
{
    return QLatin1Char('"') + printable(key) + QLatin1Char('"');
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
