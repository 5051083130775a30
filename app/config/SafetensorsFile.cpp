// SPDX-License-Identifier: MIT
// safetensors (huggingface/safetensors' format documentation): an unsigned 64-bit little-endian
// header length N, N bytes of a JSON object {NAME: {"dtype", "shape", "data_offsets": [BEGIN,
// END]}, …, optionally "__metadata__"}, then the data, offsets counted from its start.
#include "app/config/ModelReaders.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ElementType.h"
#include "app/config/JsonSourceScan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>


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
};

// Headers past this size are not tensor tables (a real one is a few kB per hundred tensors).
constexpr quint64 kMaxHeaderBytes = 100 * 1024 * 1024;

} // namespace

ModelFile readSafetensors(const QByteArray& bytes, const QString& source)
{
    if (bytes.size() < 8)
        fail(source, SafetensorsText::tr("shorter than a safetensors header"));
    const quint64 length = qFromLittleEndian<quint64>(bytes.constData());
    if (length > quint64(bytes.size() - 8) || length > kMaxHeaderBytes)
        fail(source, SafetensorsText::tr("its header claims %1 bytes, but the file holds %2 after the length")
                         .arg(length).arg(bytes.size() - 8));
    const QByteArray headerText = bytes.mid(8, static_cast<qsizetype>(length));
    QJsonParseError error;
    const QJsonDocument header = QJsonDocument::fromJson(headerText, &error);
    if (error.error != QJsonParseError::NoError || !header.isObject())
        fail(source, SafetensorsText::tr("its header is not a JSON object (%1)").arg(error.errorString()));
    const JsonSourceScan scan = JsonSourceScan::of(headerText);
    if (!scan.duplicateKey.isEmpty())
        fail(source, SafetensorsText::tr("the name %1 appears twice in its header").arg(scan.duplicateKey));

    const qint64 dataStart = 8 + static_cast<qint64>(length), dataBytes = bytes.size() - dataStart;
    ModelFile model{source, QStringLiteral("safetensors"), {}};
    // In file order: QJsonObject sorts its keys, so take the order of data_offsets instead.
    const QJsonObject entries = header.object();
    std::vector<std::pair<qint64, ModelTensor>> found;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__"))
            continue;
        const QJsonObject entry = it.value().toObject();
        const QString name = it.key();
        const DType* type = nullptr;
        for (const DType& t : kDTypes)
            if (entry.value(QStringLiteral("dtype")).toString() == QLatin1String(t.name))
                type = &t;
        if (!type)
            fail(source, SafetensorsText::tr("tensor %1 has dtype %2; F32, F16, BF16, F64, I64 and I32 are read")
                             .arg(name, entry.value(QStringLiteral("dtype")).toVariant().toString()));
        Shape shape;
        for (const QJsonValue& d : entry.value(QStringLiteral("shape")).toArray()) {
            if (!d.isDouble() || d.toDouble() < 0 || d.toDouble() != std::floor(d.toDouble()) || d.toDouble() > 1e12)
                fail(source, SafetensorsText::tr("tensor %1 has a shape that is not a list of sizes").arg(name));
            shape.push_back(static_cast<std::int64_t>(d.toDouble()));
        }
        std::int64_t numel = 0;
        try {
            numel = checkedNumel(shape);
        } catch (const std::exception&) {
            fail(source, SafetensorsText::tr("tensor %1 is too large").arg(name));
        }
        const QJsonArray offsets = entry.value(QStringLiteral("data_offsets")).toArray();
        const double begin = offsets.at(0).toDouble(-1), end = offsets.at(1).toDouble(-1);
        if (offsets.size() != 2 || begin < 0 || end < begin || end > double(dataBytes))
            fail(source, SafetensorsText::tr("tensor %1's data_offsets lie outside the file's %2 bytes of data")
                             .arg(name).arg(dataBytes));
        const int bytesPerElement = elementBytes(type->type);
        if (numel > kMaxConfigElements || double(numel) * bytesPerElement != end - begin)
            fail(source, SafetensorsText::tr("tensor %1 of shape %2 needs %3 bytes, but its data_offsets span %4")
                             .arg(name, QString::fromStdString(formatShape(shape)))
                             .arg(double(numel) * bytesPerElement, 0, 'f', 0)
                             .arg(end - begin, 0, 'f', 0));
        Floats values(static_cast<std::size_t>(numel), 0.0f);
        convertElements(bytes.constData() + dataStart + static_cast<qint64>(begin), type->type, numel, values.data());
        found.emplace_back(static_cast<qint64>(begin), ModelTensor{name, shape, QLatin1String(elementName(type->type)),
                                                                   isFloating(type->type), Tensor(shape, std::move(values))});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [offset, tensor] : found)
        model.tensors.push_back(std::move(tensor));
    return model;
}

} // namespace sb
