// SPDX-License-Identifier: MIT
// The format: "\x93NUMPY", major and minor version bytes, the header length (2 bytes little-endian
// in version 1, 4 bytes in versions 2 and 3), then a Python dict literal such as
//   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3, 4, 4), }
// padded with spaces and a newline, then the raw data (numpy.lib.format documents it).
#include "app/config/NpyFile.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/InputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace sb {

namespace {

struct NpyFileText {
    Q_DECLARE_TR_FUNCTIONS(sb::NpyFile)
};

[[noreturn]] void fail(const QString& source, const QString& problem)
{
    throw ConfigError(source + QStringLiteral(": ") + problem);
}

// The value of key in the header's dict. numpy reads the header with ast.literal_eval, where the
// last of two equal keys wins: so does this.
QString field(const QString& header, const QString& key, const QString& valuePattern)
{
    const QRegularExpression re(QStringLiteral("['\"]%1['\"]\\s*:\\s*(%2)").arg(key, valuePattern));
    QString last;
    for (QRegularExpressionMatchIterator it = re.globalMatch(header); it.hasNext();)
        last = it.next().captured(1);
    return last;
}

} // namespace

Tensor readNpyBytes(const QByteArray& bytes, const QString& source)
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
    const qint64 dataStart = 8 + lengthBytes + static_cast<qint64>(headerLength);
    if (dataStart > bytes.size())
        fail(source, NpyFileText::tr("truncated .npy header (it announces %1 bytes)").arg(headerLength));
    const QString header = QString::fromLatin1(bytes.mid(8 + lengthBytes, static_cast<int>(headerLength)));

    const QString descr = field(header, QStringLiteral("descr"), QStringLiteral("'[^']*'|\"[^\"]*\"")).mid(1).chopped(1);
    const QString fortran = field(header, QStringLiteral("fortran_order"), QStringLiteral("True|False"));
    const QString shapeText = field(header, QStringLiteral("shape"), QStringLiteral("\\([^)]*\\)"));
    if (descr.isEmpty() || fortran.isEmpty() || shapeText.isEmpty())
        fail(source, NpyFileText::tr("malformed .npy header: %1").arg(header.trimmed().left(120)));
    if (fortran == QLatin1String("True"))
        fail(source, NpyFileText::tr("the array is in Fortran order; save it with numpy.ascontiguousarray first"));
    const bool float32 = descr == QLatin1String("<f4") || descr == QLatin1String(">f4");
    const bool float64 = descr == QLatin1String("<f8") || descr == QLatin1String(">f8");
    if (!float32 && !float64)
        fail(source, NpyFileText::tr("dtype '%1' is not supported; use float32 or float64").arg(descr));
    const bool bigEndian = descr.startsWith(QLatin1Char('>'));

    Shape shape;
    for (const QString& part : shapeText.mid(1).chopped(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 extent = part.trimmed().toLongLong(&ok);
        if (!ok || extent < 0)
            fail(source, NpyFileText::tr("malformed shape %1 in the .npy header").arg(shapeText));
        shape.push_back(extent);
    }
    std::int64_t count = 0;
    try {
        count = checkedNumel(shape);
    } catch (const std::exception&) {
        fail(source, NpyFileText::tr("shape %1 has too many elements").arg(shapeText));
    }
    const qint64 itemSize = float32 ? 4 : 8;
    if (count > std::numeric_limits<qint64>::max() / itemSize)
        fail(source, NpyFileText::tr("shape %1 has too many elements").arg(shapeText));
    const qint64 need = count * itemSize, have = bytes.size() - dataStart;
    if (have < need)
        fail(source, NpyFileText::tr("truncated: shape %1 needs %2 bytes of data, the file has %3").arg(shapeText).arg(need).arg(have));
    if (have > need)
        fail(source, NpyFileText::tr("%1 bytes of data after the array of shape %2").arg(have - need).arg(shapeText));

    Floats values(static_cast<std::size_t>(count), 0.0f);
    const char* data = bytes.constData() + dataStart;
    for (std::int64_t i = 0; i < count; ++i) {
        if (float32) {
            const quint32 raw = bigEndian ? qFromBigEndian<quint32>(data + 4 * i) : qFromLittleEndian<quint32>(data + 4 * i);
            std::memcpy(&values[static_cast<std::size_t>(i)], &raw, 4);
        } else {
            const quint64 raw = bigEndian ? qFromBigEndian<quint64>(data + 8 * i) : qFromLittleEndian<quint64>(data + 8 * i);
            double d = 0;
            std::memcpy(&d, &raw, 8);
            // PyTorch's float32, as torch.from_numpy(a).float(), rounds to nearest; a value beyond
            // float32's range would become ±inf, a tiny one 0: a different layer, so refused.
            const float f = static_cast<float>(d);
            if ((std::isfinite(d) && !std::isfinite(f)) || (d != 0.0 && f == 0.0f))
                fail(source, NpyFileText::tr("float64 value %1 at flat index %2 does not fit float32 (it would become %3); "
                                            "layers compute in float32")
                                 .arg(d, 0, 'g', 17)
                                 .arg(i)
                                 .arg(f == 0.0f ? QStringLiteral("0") : f > 0 ? QStringLiteral("inf") : QStringLiteral("-inf")));
            values[static_cast<std::size_t>(i)] = f;
        }
    }
    return Tensor(std::move(shape), std::move(values));
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
