// SPDX-License-Identifier: MIT
// The format (numpy.lib.format documents it): "\x93NUMPY", major and minor version bytes, the
// header length (2 bytes little-endian in version 1, 4 bytes in versions 2 and 3), then a Python
// dict literal such as
//   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3, 4, 4), }
// padded with spaces and a newline, then the raw data. numpy reads the header with
// ast.literal_eval and then insists on exactly these three keys; the parser below accepts the
// part of Python's literal syntax such a dict uses and refuses anything else, so no text inside
// the header or the data can be taken for a key.
#include "app/config/NpyFile.h"

#include "app/config/ConfigError.h"
#include "app/config/InputFile.h"
#include "app/config/Limits.h"
#include "app/config/ModelBudget.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <map>
#include <optional>

namespace sb {

namespace {

struct NpyFileText {
    Q_DECLARE_TR_FUNCTIONS(sb::NpyFile)
};

[[noreturn]] void fail(const QString& source, const QString& problem)
{
    throw ConfigError(source + QStringLiteral(": ") + problem);
}

// The descr strings np.save writes for the types a state_dict holds: '<' little-endian, '>'
// big-endian (a file saved on such a machine), '|' for one-byte types.
struct KnownType {
    const char* descr;
    ElementType type;
    bool bigEndian;
};
constexpr KnownType kKnownTypes[] = {
    {"<f4", ElementType::Float32, false}, {">f4", ElementType::Float32, true},  {"<f8", ElementType::Float64, false},
    {">f8", ElementType::Float64, true},  {"<f2", ElementType::Float16, false}, {">f2", ElementType::Float16, true},
    {"<i8", ElementType::Int64, false},   {">i8", ElementType::Int64, true},    {"<i4", ElementType::Int32, false},
    {">i4", ElementType::Int32, true},    {"<i2", ElementType::Int16, false},   {">i2", ElementType::Int16, true},
    {"|i1", ElementType::Int8, false},    {"|u1", ElementType::UInt8, false},   {"|b1", ElementType::Bool, false},
};

// One value of the header's dict, as written (for messages) and as read.
struct HeaderValue {
    enum class Kind { String, Bool, Tuple, Other } kind = Kind::Other;
    QString written;
    QString text;           // String
    bool flag = false;      // Bool
    Shape extents;          // Tuple: its integers,
    bool extentsOk = true;  // all of them non-negative integers within 64 bits
};

// The header as ast.literal_eval would read it, as far as an .npy header goes: a dict whose keys
// are strings and whose values are strings, True, False or tuples of integers.
class HeaderParser {
public:
    HeaderParser(const QString& header, const QString& source) : text_(header), source_(source) {}

    std::map<QString, HeaderValue> dict()
    {
        std::map<QString, HeaderValue> entries;
        expect(QLatin1Char('{'), NpyFileText::tr("a dict starting with {"));
        for (;;) {
            skipSpace();
            if (peek() == QLatin1Char('}')) {
                ++at_;
                break;
            }
            const HeaderValue key = value();
            if (key.kind != HeaderValue::Kind::String)
                malformed(NpyFileText::tr("a key that is not a string: %1").arg(key.written));
            expect(QLatin1Char(':'), NpyFileText::tr("':' after the key %1").arg(key.written));
            HeaderValue item = value();
            // Python keeps the last of two equal keys; a file saying two things is refused instead.
            if (!entries.emplace(key.text, std::move(item)).second)
                malformed(NpyFileText::tr("the key %1 is given twice").arg(key.written));
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++at_;
                continue;
            }
            expect(QLatin1Char('}'), NpyFileText::tr("',' or '}' after the value of %1").arg(key.written));
            break;
        }
        skipSpace();
        if (at_ < text_.size())
            malformed(NpyFileText::tr("text after the dict at character %1").arg(at_));
        return entries;
    }

private:
    [[noreturn]] void malformed(const QString& problem) const
    {
        fail(source_, NpyFileText::tr("malformed .npy header (%1): %2").arg(problem, text_.trimmed().left(120)));
    }
    QChar peek() const { return at_ < text_.size() ? text_[at_] : QChar(); }
    void skipSpace()
    {
        while (at_ < text_.size()
               && (text_[at_] == QLatin1Char(' ') || text_[at_] == QLatin1Char('\t') || text_[at_] == QLatin1Char('\n')
                   || text_[at_] == QLatin1Char('\r')))
            ++at_;
    }
    void expect(QChar c, const QString& what)
    {
        skipSpace();
        if (peek() != c)
            malformed(NpyFileText::tr("expected %1 at character %2").arg(what).arg(at_));
        ++at_;
    }

    HeaderValue value()
    {
        skipSpace();
        const qsizetype start = at_;
        HeaderValue v;
        const QChar c = peek();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            v.kind = HeaderValue::Kind::String;
            ++at_;
            while (at_ < text_.size() && text_[at_] != c) {
                if (text_[at_] == QLatin1Char('\\')) {
                    // An escape: its character is taken as written. No dtype or key numpy knows
                    // has one, so an escaped spelling of '<f4' is refused as an unknown dtype.
                    v.text += QLatin1Char('\\');
                    ++at_;
                }
                if (at_ < text_.size())
                    v.text += text_[at_++];
            }
            if (at_ >= text_.size())
                malformed(NpyFileText::tr("a string that does not end"));
            ++at_;
        } else if (text_.mid(at_, 4) == QLatin1String("True") || text_.mid(at_, 5) == QLatin1String("False")) {
            v.kind = HeaderValue::Kind::Bool;
            v.flag = c == QLatin1Char('T');
            at_ += v.flag ? 4 : 5;
        } else if (c == QLatin1Char('(')) {
            v.kind = HeaderValue::Kind::Tuple;
            ++at_;
            for (;;) {
                skipSpace();
                if (peek() == QLatin1Char(')')) {
                    ++at_;
                    break;
                }
                const qsizetype itemStart = at_;
                while (at_ < text_.size() && text_[at_] != QLatin1Char(',') && text_[at_] != QLatin1Char(')'))
                    ++at_;
                if (at_ >= text_.size())
                    malformed(NpyFileText::tr("a tuple that does not end"));
                v.extents.push_back(extent(text_.mid(itemStart, at_ - itemStart).trimmed(), v.extentsOk));
                // (3) is the number 3 to Python, not a tuple: a one-element tuple needs its comma.
                if (text_[at_] == QLatin1Char(')') && v.extents.size() == 1) {
                    v.kind = HeaderValue::Kind::Other;
                    ++at_;
                    break;
                }
                if (text_[at_++] == QLatin1Char(')'))
                    break;
            }
        } else {
            while (at_ < text_.size() && text_[at_] != QLatin1Char(',') && text_[at_] != QLatin1Char('}')
                   && text_[at_] != QLatin1Char(':'))
                ++at_;
        }
        v.written = text_.mid(start, at_ - start);
        return v;
    }

    // A non-negative integer as Python writes one (a trailing L is numpy's reading of Python 2's
    // longs in version 1.0 files); ok is cleared for anything else, or a value beyond 64 bits.
    static std::int64_t extent(const QString& written, bool& ok)
    {
        QByteArray digits = written.toLatin1();
        if (digits.endsWith('L'))
            digits.chop(1);
        std::int64_t value = -1;
        const auto [end, error] = std::from_chars(digits.constData(), digits.constData() + digits.size(), value);
        if (digits.isEmpty() || error != std::errc() || end != digits.constData() + digits.size() || value < 0)
            ok = false;
        return value;
    }

    QString text_;
    const QString& source_;
    qsizetype at_ = 0;
};

struct NpyHeader {
    const KnownType* type = nullptr;
    QString descr;
    Shape shape;
    QString shapeText;
    std::int64_t count = 0;
    qint64 dataStart = 0;
};

NpyHeader readHeader(const QByteArray& bytes, const QString& source)
{
    static const QByteArray magic("\x93NUMPY", 6);
    if (!bytes.startsWith(magic))
        fail(source, NpyFileText::tr("not a NumPy .npy file (it does not start with \\x93NUMPY)"));
    if (bytes.size() < 10)
        fail(source, NpyFileText::tr("truncated .npy header"));
    const int major = static_cast<unsigned char>(bytes[6]);
    if (major < 1 || major > 3)
        fail(source, NpyFileText::tr("unsupported .npy format version %1").arg(major));
    const int lengthBytes = major == 1 ? 2 : 4;
    if (bytes.size() < 8 + lengthBytes)
        fail(source, NpyFileText::tr("truncated .npy header"));
    const quint32 headerLength = major == 1 ? qFromLittleEndian<quint16>(bytes.constData() + 8)
                                            : qFromLittleEndian<quint32>(bytes.constData() + 8);
    NpyHeader header;
    header.dataStart = 8 + lengthBytes + static_cast<qint64>(headerLength);
    if (header.dataStart > bytes.size())
        fail(source, NpyFileText::tr("truncated .npy header (it announces %1 bytes)").arg(headerLength));
    // Latin-1 (versions 1 and 2) or UTF-8 (3): the keys and values that matter are ASCII either way.
    const QByteArray raw = bytes.mid(8 + lengthBytes, static_cast<qsizetype>(headerLength));
    const QString text = major == 3 ? QString::fromUtf8(raw) : QString::fromLatin1(raw);

    const std::map<QString, HeaderValue> dict = HeaderParser(text, source).dict();
    const auto malformed = [&](const QString& problem) {
        fail(source, NpyFileText::tr("malformed .npy header (%1): %2").arg(problem, text.trimmed().left(120)));
    };
    static const QStringList keys = {QStringLiteral("descr"), QStringLiteral("fortran_order"), QStringLiteral("shape")};
    for (const auto& [key, value] : dict)
        if (!keys.contains(key))
            malformed(NpyFileText::tr("the key '%1' is not one numpy writes").arg(key));
    for (const QString& key : keys)
        if (dict.find(key) == dict.end())
            malformed(NpyFileText::tr("it has no '%1'").arg(key));
    const HeaderValue& descr = dict.at(QStringLiteral("descr"));
    const HeaderValue& fortran = dict.at(QStringLiteral("fortran_order"));
    const HeaderValue& shape = dict.at(QStringLiteral("shape"));
    if (descr.kind != HeaderValue::Kind::String)
        fail(source, NpyFileText::tr("dtype %1 is not supported: only plain numbers are read, not structured arrays")
                         .arg(descr.written.left(60)));
    if (fortran.kind != HeaderValue::Kind::Bool)
        malformed(NpyFileText::tr("fortran_order is %1, not True or False").arg(fortran.written));
    if (shape.kind != HeaderValue::Kind::Tuple || !shape.extentsOk)
        fail(source, NpyFileText::tr("malformed shape %1 in the .npy header").arg(shape.written));
    header.descr = descr.text;
    header.shape = shape.extents;
    header.shapeText = shape.written;
    for (const KnownType& known : kKnownTypes)
        if (header.descr == QLatin1String(known.descr))
            header.type = &known;
    if (fortran.flag)
        fail(source, NpyFileText::tr("the array is in Fortran order; save it with numpy.ascontiguousarray first"));
    try {
        header.count = checkedNumel(header.shape);
    } catch (const std::exception&) {
        fail(source, NpyFileText::tr("shape %1 has too many elements").arg(header.shapeText));
    }
    return header;
}

// The data's size against the header's promise, before a byte is converted.
void checkDataSize(const QByteArray& bytes, const NpyHeader& header, const QString& source)
{
    const qint64 itemSize = elementBytes(header.type->type);
    if (header.count > std::numeric_limits<qint64>::max() / itemSize)
        fail(source, NpyFileText::tr("shape %1 has too many elements").arg(header.shapeText));
    const qint64 need = header.count * itemSize, have = bytes.size() - header.dataStart;
    if (have < need)
        fail(source, NpyFileText::tr("truncated: shape %1 needs %2 bytes of data, the file has %3")
                         .arg(header.shapeText)
                         .arg(need)
                         .arg(have));
    if (have > need)
        fail(source,
             NpyFileText::tr("%1 bytes of data after the array of shape %2").arg(have - need).arg(header.shapeText));
}

// The data as float32, a piece at a time: big-endian elements are swapped into a small buffer
// first, so every type goes through the one conversion (ElementType) and no copy of the whole
// data is made.
Floats convertData(const QByteArray& bytes, const NpyHeader& header, const QString& source)
{
    const ElementType type = header.type->type;
    const int width = elementBytes(type);
    const char* data = bytes.constData() + header.dataStart;
    Floats values(static_cast<std::size_t>(header.count), 0.0f);
    constexpr std::int64_t kPiece = 1024;
    char swapped[kPiece * 8];
    for (std::int64_t first = 0; first < header.count; first += kPiece) {
        const std::int64_t n = std::min(kPiece, header.count - first);
        const char* piece = data + first * width;
        if (header.type->bigEndian && width > 1) {
            for (std::int64_t i = 0; i < n; ++i)
                std::reverse_copy(piece + i * width, piece + (i + 1) * width, swapped + i * width);
            piece = swapped;
        }
        if (const std::optional<std::int64_t> unfit = convertElements(piece, type, n, values.data() + first))
            fail(source, float64Refusal(piece, *unfit, first + *unfit));
    }
    return values;
}

}  // namespace

Tensor readNpyBytes(const QByteArray& bytes, const QString& source)
{
    const NpyHeader header = readHeader(bytes, source);
    if (!header.type || !isFloating(header.type->type) || header.type->type == ElementType::Float16)
        fail(source, NpyFileText::tr("dtype '%1' is not supported; use float32 or float64").arg(header.descr));
    checkDataSize(bytes, header, source);
    return Tensor(header.shape, convertData(bytes, header, source));
}

NpyArray readNpyArray(const QByteArray& bytes, const QString& source, ModelBudget* budget, const QString& name)
{
    const NpyHeader header = readHeader(bytes, source);
    if (!header.type)
        fail(source, NpyFileText::tr(
                         "dtype '%1' is not one a state_dict's tensors use (float32, float64, float16, int64, int32, "
                         "int16, int8, uint8, bool)")
                         .arg(header.descr));
    checkDataSize(bytes, header, source);
    if (budget)
        budget->spendTensor(header.count, name);
    return {header.type->type, Tensor(header.shape, convertData(bytes, header, source))};
}

Tensor readNpyFile(const QString& path)
{
    // A config names its .npy files ({"npy": PATH}), so PATH may be anything: /dev/zero or a FIFO
    // would be read forever, and a file larger than any tensor a config may hold would be read
    // whole before its header is looked at. InputFile refuses both, on the descriptor it opened.
    constexpr qint64 kLargestFile = 8 * kMaxConfigElements + 65536;  // float64 data and a header
    return readNpyBytes(InputFile::read(path, kLargestFile), path);
}

QByteArray npyBytes(const Tensor& tensor)
{
    QString shape = QStringLiteral("(");
    for (std::int64_t extent : tensor.shape())
        shape += QString::number(extent) + QStringLiteral(", ");
    if (tensor.dim() > 1)
        shape.chop(2);
    else if (tensor.dim() == 1)
        shape.chop(1);
    shape += QLatin1Char(')');
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': %1, }").arg(shape).toLatin1();
    // The whole preamble is padded to a multiple of 64 bytes, ending in a newline.
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    const quint16 length = qToLittleEndian(static_cast<quint16>(header.size()));
    out.append(reinterpret_cast<const char*>(&length), 2);
    out += header;
    for (float v : tensor.values()) {
        quint32 raw = 0;
        std::memcpy(&raw, &v, 4);
        raw = qToLittleEndian(raw);
        out.append(reinterpret_cast<const char*>(&raw), 4);
    }
    return out;
}

} // namespace sb
