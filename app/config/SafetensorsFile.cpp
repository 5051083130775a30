// SPDX-License-Identifier: MIT
// safetensors (huggingface/safetensors' format documentation): an unsigned 64-bit little-endian
// header length N, N bytes of a JSON object {NAME: {"dtype", "shape", "data_offsets": [BEGIN,
// END]}, …, optionally "__metadata__"}, then the data, offsets counted from its start.
#include "app/config/ModelReaders.h"

#include "app/config/ConfigError.h"
#include "app/config/ElementType.h"
#include "app/config/JsonSourceScan.h"
#include "app/config/JsonWording.h"
#include "app/config/Limits.h"
#include "app/config/ModelBudget.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace sb {

namespace {

struct SafetensorsText {
    Q_DECLARE_TR_FUNCTIONS(sb::Safetensors)
};

[[noreturn]] void fail(const QString& source, const QString& problem)
{
    throw ConfigError(source + QStringLiteral(": ") + problem);
}

struct DType {
    const char* name;  // safetensors'
    ElementType type;
};
constexpr DType kDTypes[] = {
    {"F32", ElementType::Float32}, {"F16", ElementType::Float16}, {"BF16", ElementType::BFloat16},
    {"F64", ElementType::Float64}, {"I64", ElementType::Int64},   {"I32", ElementType::Int32},
    {"I16", ElementType::Int16},   {"I8", ElementType::Int8},     {"U8", ElementType::UInt8},
    {"BOOL", ElementType::Bool},
};

// Headers past this size are not tensor tables (a real one is a few kB per hundred tensors).
constexpr quint64 kMaxHeaderBytes = 100 * 1024 * 1024;
// What parsing the header as JSON holds, per byte of its text (QJsonDocument's tree).
constexpr qint64 kJsonBytesPerByte = 4;

// A non-negative integer of a JSON number, or nullopt.
std::optional<std::int64_t> size(const QJsonValue& value)
{
    const std::optional<std::int64_t> n = asInteger(value);
    return n && *n >= 0 ? n : std::nullopt;
}

struct Entry {
    QString name;
    const DType* type = nullptr;
    Shape shape;
    std::int64_t numel = 0;
    std::int64_t begin = 0, end = 0;
};

Entry readEntry(const QString& name, const QJsonValue& value, qint64 dataBytes, const QString& source)
{
    Entry e;
    e.name = name;
    const QJsonObject entry = value.toObject();
    if (!value.isObject())
        fail(source,
             SafetensorsText::tr("tensor %1 is described by %2, not an object with dtype, shape and data_offsets")
                 .arg(name, describe(value)));
    const QJsonValue dtype = entry.value(QStringLiteral("dtype"));
    for (const DType& t : kDTypes)
        if (dtype == QJsonValue(QLatin1String(t.name)))
            e.type = &t;
    if (dtype.isUndefined())
        fail(source, SafetensorsText::tr("tensor %1 has no dtype").arg(name));
    if (!e.type)
        fail(source,
             SafetensorsText::tr("tensor %1 has the dtype %2, which is not one this program reads (F32, F16, BF16, "
                                 "F64, I64, I32, I16, I8, U8, BOOL)")
                 .arg(name, describe(dtype)));
    const QJsonValue shape = entry.value(QStringLiteral("shape"));
    if (!shape.isArray())
        fail(
            source,
            SafetensorsText::tr("tensor %1 has the shape %2, which is not a list of sizes").arg(name, describe(shape)));
    for (const QJsonValue& d : shape.toArray()) {
        const std::optional<std::int64_t> extent = size(d);
        if (!extent && asInteger(d))
            //: %2 is a size such as -1, %3 a shape such as [2,-1]
            fail(source, SafetensorsText::tr("tensor %1 has the negative size %2 in its shape %3")
                             .arg(name, describe(d), describe(shape)));
        if (!extent)
            fail(source, SafetensorsText::tr("tensor %1 has the shape %2, which is not a list of sizes")
                             .arg(name, describe(shape)));
        e.shape.push_back(*extent);
    }
    try {
        e.numel = checkedNumel(e.shape);
    } catch (const std::exception&) {
        fail(source, SafetensorsText::tr("tensor %1 of shape %2 has more elements than 64 bits can count")
                         .arg(name, describe(shape)));
    }
    if (e.numel > kMaxConfigElements)
        fail(source,
             SafetensorsText::tr("tensor %1 of shape %2 has %3 elements, more than the limit of %4 a tensor may have")
                 .arg(name, describe(shape), QString::number(e.numel), QString::number(kMaxConfigElements)));
    const QJsonValue offsets = entry.value(QStringLiteral("data_offsets"));
    const QJsonArray pair = offsets.toArray();
    const std::optional<std::int64_t> begin = size(pair.at(0)), end = size(pair.at(1));
    if (!offsets.isArray() || pair.size() != 2 || !begin || !end || *end < *begin)
        fail(source,
             SafetensorsText::tr("tensor %1 has the data_offsets %2, which are not [BEGIN, END] with BEGIN ≤ END")
                 .arg(name, describe(offsets)));
    if (*end > dataBytes)
        fail(source, SafetensorsText::tr("tensor %1's data_offsets lie outside the file's %2 bytes of data")
                         .arg(name, QString::number(dataBytes)));
    e.begin = *begin;
    e.end = *end;
    const double need = double(e.numel) * elementBytes(e.type->type);
    if (need != double(e.end - e.begin))
        fail(source,
             SafetensorsText::tr("tensor %1 of shape %2 and dtype %3 needs %4 bytes, but its data_offsets %5 span %6")
                 .arg(name, describe(shape), QLatin1String(e.type->name), QString::number(need, 'f', 0),
                      describe(offsets), QString::number(e.end - e.begin)));
    return e;
}

} // namespace

ModelFile readSafetensors(const QByteArray& bytes, const QString& source, ModelBudget& budget)
{
    if (bytes.size() < 8)
        fail(source, SafetensorsText::tr("shorter than a safetensors header"));
    const quint64 length = qFromLittleEndian<quint64>(bytes.constData());
    if (length > quint64(bytes.size() - 8) || length > kMaxHeaderBytes)
        fail(source, SafetensorsText::tr("its header claims %1 bytes, but the file holds %2 after the length")
                         .arg(length).arg(bytes.size() - 8));
    budget.spend(kJsonBytesPerByte * static_cast<qint64>(length), SafetensorsText::tr("its header"));
    const QByteArray headerText = bytes.mid(8, static_cast<qsizetype>(length));
    QJsonParseError error;
    const QJsonDocument header = QJsonDocument::fromJson(headerText, &error);
    if (error.error != QJsonParseError::NoError || !header.isObject())
        fail(source, SafetensorsText::tr("its header is not a JSON object (%1)").arg(error.errorString()));
    const JsonSourceScan scan = JsonSourceScan::of(headerText);
    if (!scan.duplicateKey.isEmpty())
        fail(source, SafetensorsText::tr("the name %1 appears twice in its header").arg(scan.duplicateKey));

    const qint64 dataStart = 8 + static_cast<qint64>(length), dataBytes = bytes.size() - dataStart;
    const QJsonObject entries = header.object();
    std::vector<Entry> found;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        if (it.key() != QLatin1String("__metadata__"))
            found.push_back(readEntry(it.key(), it.value(), dataBytes, source));

    // The format's rule (huggingface/safetensors validates it so): the tensors' data, in the order
    // of their offsets, covers the data section exactly, without overlaps or gaps. A header
    // pointing a thousand entries at the same bytes would otherwise make a thousand tensors of them.
    std::stable_sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
        return std::pair(a.begin, a.end) < std::pair(b.begin, b.end);
    });
    std::int64_t covered = 0;
    const Entry* previous = nullptr;
    for (const Entry& e : found) {
        if (e.begin < covered)
            fail(source, SafetensorsText::tr(
                             "tensor %1's data_offsets [%2, %3] overlap those of tensor %4, [%5, %6]: each byte "
                             "of the data belongs to one tensor")
                             .arg(e.name, QString::number(e.begin), QString::number(e.end), previous->name,
                                  QString::number(previous->begin), QString::number(previous->end)));
        if (e.begin > covered)
            fail(source,
                 SafetensorsText::tr("bytes %1 to %2 of the data belong to no tensor (tensor %3 starts at %2): the "
                                     "format has no gaps")
                     .arg(QString::number(covered), QString::number(e.begin), e.name));
        covered = e.end;
        previous = &e;
    }
    if (covered < dataBytes)
        fail(source,
             SafetensorsText::tr("the file's %1 bytes of data hold %2 bytes after the last tensor, which belong to no "
                                 "tensor: the format has no gaps")
                 .arg(QString::number(dataBytes), QString::number(dataBytes - covered)));

    ModelFile model{source, QStringLiteral("safetensors"), {}};
    for (const Entry& e : found) {
        budget.spendTensor(e.numel, e.name);
        Floats values(static_cast<std::size_t>(e.numel), 0.0f);
        const char* data = bytes.constData() + dataStart + e.begin;
        if (const std::optional<std::int64_t> unfit = convertElements(data, e.type->type, e.numel, values.data()))
            fail(source, SafetensorsText::tr("tensor %1: %2").arg(e.name, float64Refusal(data, *unfit, *unfit)));
        model.tensors.push_back({e.name, e.shape, QLatin1String(elementName(e.type->type)), isFloating(e.type->type),
                                 Tensor(e.shape, std::move(values))});
    }
    return model;
}

} // namespace sb
