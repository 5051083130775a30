// SPDX-License-Identifier: MIT
// The scan is iterative, with an explicit stack of open objects and lists, so nesting as deep as
// QJsonDocument allows costs no call stack. Keys are decoded (escapes included: "str\u0069de" is
// "stride") before they are compared, as JSON's object model compares them.
#include "app/config/JsonSourceScan.h"

#include <QSet>

#include <cstdlib>
#include <vector>

namespace sb {

namespace {

struct Open {
    bool object = false;
    QString path;           // of this object or list: "", "stack", "stack[0]"
    QSet<QString> keys;     // objects: the keys seen so far
    QString key;            // objects: the key whose value comes next
    bool expectKey = true;  // objects: the next string is a key
    qsizetype index = 0;    // lists: the index of the next element
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

// The string starting at json[i] == '"', decoded; i is left after its closing quote.
QString readString(const QByteArray& json, qsizetype& i)
{
    QByteArray utf8;
    QString text;
    ++i;
    while (i < json.size() && json[i] != '"') {
        if (json[i] != '\\') {
            utf8.append(json[i++]);
            continue;
        }
        text += QString::fromUtf8(utf8);
        utf8.clear();
        const char escape = i + 1 < json.size() ? json[i + 1] : '\\';
        i += 2;
        switch (escape) {
        case 'b': text += QLatin1Char('\b'); break;
        case 'f': text += QLatin1Char('\f'); break;
        case 'n': text += QLatin1Char('\n'); break;
        case 'r': text += QLatin1Char('\r'); break;
        case 't': text += QLatin1Char('\t'); break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4 && i < json.size(); ++k, ++i)
                unit = static_cast<char16_t>(unit * 16 + hexValue(json[i]));
            text += QChar(unit);  // surrogate halves pair up in QString's UTF-16
            break;
        }
        default: text += QLatin1Char(escape); break;  // \" \\ \/
        }
    }
    ++i;  // the closing quote
    return text + QString::fromUtf8(utf8);
}

bool isNumberByte(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

JsonSourceScan JsonSourceScan::of(const QByteArray& json)
{
    JsonSourceScan scan;
    std::vector<Open> open;
    // The path of the value that starts now, from its parent.
    auto childPath = [&]() -> QString {
        if (open.empty())
            return {};
        const Open& parent = open.back();
        if (parent.object)
            return parent.path.isEmpty() ? parent.key : parent.path + QLatin1Char('.') + parent.key;
        return parent.path + QStringLiteral("[%1]").arg(parent.index);
    };
    // A value has ended: the parent object waits for a key again, the parent list counts it.
    auto valueDone = [&] {
        if (open.empty())
            return;
        if (open.back().object)
            open.back().expectKey = true;
        else
            ++open.back().index;
    };

    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;  // a UTF-8 byte-order mark
    while (i < json.size()) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            Open next;
            next.object = c == '{';
            next.path = childPath();
            open.push_back(std::move(next));
            ++i;
        } else if (c == '}' || c == ']') {
            open.pop_back();
            ++i;
            valueDone();
        } else if (c == '"') {
            const QString text = readString(json, i);
            if (!open.empty() && open.back().object && open.back().expectKey) {
                Open& object = open.back();
                object.key = text;
                object.expectKey = false;
                if (object.keys.contains(text) && scan.duplicateKey.isEmpty())
                    scan.duplicateKey = childPath();
                object.keys.insert(text);
            } else {
                valueDone();
            }
        } else if (isNumberByte(c)) {
            const qsizetype start = i;
            while (i < json.size() && isNumberByte(json[i]))
                ++i;
            const QByteArray literal = json.mid(start, i - start);
            const qsizetype digits = literal.size() - (literal.startsWith('-') ? 1 : 0);
            const bool integer = !literal.contains('.') && !literal.contains('e') && !literal.contains('E');
            if (integer && digits >= 16)
                scan.longIntegers.emplace(std::strtod(literal.constData(), nullptr), QString::fromLatin1(literal));
            valueDone();
        } else if (c == 't' || c == 'f' || c == 'n') {
            while (i < json.size() && json[i] >= 'a' && json[i] <= 'z')
                ++i;
            valueDone();
        } else {
            ++i;  // whitespace, ':' and ','
        }
    }
    return scan;
}

} // namespace sb
