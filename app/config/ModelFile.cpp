// SPDX-License-Identifier: MIT
// ModelFile: the format by the first bytes, the .npz and torch.save readers (both zips), and
// what a state_dict's names say about its layers.
#include "app/config/ModelFile.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ElementType.h"
#include "app/config/InputFile.h"
#include "app/config/ModelReaders.h"
#include "app/config/NpyFile.h"
#include "app/config/TorchPickle.h"
#include "app/config/ZipArchive.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>
#include <map>

namespace sb {

namespace {

struct ModelFileText {
    Q_DECLARE_TR_FUNCTIONS(sb::ModelFile)
};

[[noreturn]] void fail(const QString& source, const QString& problem)
{
    throw ConfigError(source + QStringLiteral(": ") + problem);
}

} // namespace

// An integer .npy of a state_dict saved with np.savez (BatchNorm's num_batches_tracked is int64):
// its dtype when the header names a little-endian int64 or int32 ("<i8", "<i4"), else empty.
QString npyIntegerType(const QByteArray& npy)
{
    const QByteArray head = npy.left(256);
    if (head.contains("'descr': '<i8'") || head.contains("\"descr\": \"<i8\""))
        return QStringLiteral("int64");
    if (head.contains("'descr': '<i4'") || head.contains("\"descr\": \"<i4\""))
        return QStringLiteral("int32");
    return {};
}

ModelFile readNpz(const ZipArchive& zip, const QString& source)
{
    ModelFile model{source, QStringLiteral("npz"), {}};
    for (const QString& entry : zip.names()) {
        if (!entry.endsWith(QLatin1String(".npy")))
            fail(source, ModelFileText::tr("%1 is not an .npy file, which is all an .npz holds").arg(entry));
        const QByteArray npy = zip.read(entry);
        const QString integer = npyIntegerType(npy);
        if (!integer.isEmpty() && npy.size() >= 12) {
            // The header, with its dtype named as the float of the same width, over zeros: so the
            // .npy reader checks the header and the data's size; the integers are then read here.
            const int width = integer == QLatin1String("int64") ? 8 : 4;
            const int major = static_cast<unsigned char>(npy[6]);
            const qsizetype dataStart = major == 1 ? 10 + qFromLittleEndian<quint16>(npy.constData() + 8)
                                                   : 12 + qsizetype(qFromLittleEndian<quint32>(npy.constData() + 8));
            if (dataStart > npy.size())
                fail(source + QLatin1Char(':') + entry, QCoreApplication::translate("sb::NpyFile", "truncated .npy header"));
            QByteArray header = npy.left(dataStart);
            header.replace(width == 8 ? QByteArray("<i8") : QByteArray("<i4"), width == 8 ? QByteArray("<f8") : QByteArray("<f4"));
            const Tensor checked = readNpyBytes(header + QByteArray(npy.size() - dataStart, '\0'), source + QLatin1Char(':') + entry);
            Floats values(static_cast<std::size_t>(checked.numel()), 0.0f);
            convertElements(npy.constData() + dataStart, width == 8 ? ElementType::Int64 : ElementType::Int32, checked.numel(),
                            values.data());
            model.tensors.push_back({entry.chopped(4), checked.shape(), integer, false, Tensor(checked.shape(), std::move(values))});
            continue;
        }
        Tensor tensor = readNpyBytes(npy, source + QLatin1Char(':') + entry);
        Shape shape = tensor.shape();
        model.tensors.push_back({entry.chopped(4), std::move(shape), QStringLiteral("float32"), true, std::move(tensor)});
    }
    return model;
}

ModelFile readTorchCheckpoint(const ZipArchive& zip, const QString& source)
{
    // torch.save writes ARCHIVE/data.pkl, ARCHIVE/data/KEY … with one folder name ARCHIVE.
    QString prefix;
    for (const QString& name : zip.names())
        if (name.endsWith(QLatin1String("/data.pkl")) && name.count(QLatin1Char('/')) == 1)
            prefix = name.chopped(int(strlen("data.pkl")));
    if (prefix.isEmpty())
        fail(source, ModelFileText::tr("a zip without the data.pkl of a torch.save checkpoint"));
    const std::vector<TorchTensor> refs = unpickleStateDict(zip.read(prefix + QStringLiteral("data.pkl")), source);

    ModelFile model{source, QStringLiteral("torch"), {}};
    std::map<QString, QByteArray> storages;
    std::int64_t elementsRead = 0;
    for (const TorchTensor& ref : refs) {
        const QString entry = prefix + QStringLiteral("data/") + ref.storage.key;
        auto it = storages.find(ref.storage.key);
        if (it == storages.end())
            it = storages.emplace(ref.storage.key, zip.read(entry)).first;
        const QByteArray& data = it->second;
        const int bytesPerElement = elementBytes(ref.storage.type);
        if (double(ref.storage.elements) * bytesPerElement != double(data.size()))
            fail(source, ModelFileText::tr("storage %1 of %2 holds %3 bytes, not the %4 its %5 elements need")
                             .arg(entry, ref.name)
                             .arg(data.size())
                             .arg(double(ref.storage.elements) * bytesPerElement, 0, 'f', 0)
                             .arg(ref.storage.elements));
        std::int64_t numel = 0;
        try {
            numel = checkedNumel(ref.shape);
        } catch (const std::exception&) {
            fail(source, ModelFileText::tr("tensor %1 is too large").arg(ref.name));
        }
        // Every element the view reaches must lie inside the storage.
        double last = double(ref.offset);
        bool negative = ref.offset < 0;
        for (std::size_t d = 0; d < ref.shape.size(); ++d) {
            negative = negative || ref.shape[d] < 0 || ref.stride[d] < 0;
            if (ref.shape[d] > 0)
                last += double(ref.shape[d] - 1) * double(ref.stride[d]);
        }
        if (negative || (numel > 0 && last >= double(ref.storage.elements)))
            fail(source, ModelFileText::tr("tensor %1's offset and strides reach beyond its storage of %2 elements")
                             .arg(ref.name)
                             .arg(ref.storage.elements));
        // A view may repeat its storage's elements (stride 0), so bound what is made, not read.
        elementsRead += numel;
        if (numel > kMaxConfigElements)
            fail(source, ModelFileText::tr("tensor %1 is too large").arg(ref.name));
        if (elementsRead > kMaxModelElements)
            fail(source, ModelFileText::tr("its tensors hold more than %1 elements").arg(kMaxModelElements));
        // Row by row of the last axis: one conversion per row when its elements are adjacent.
        Floats values(static_cast<std::size_t>(numel), 0.0f);
        const std::size_t dims = ref.shape.size();
        const std::int64_t rowLength = dims == 0 ? 1 : ref.shape.back(), rowStride = dims == 0 ? 1 : ref.stride.back();
        std::vector<std::int64_t> index(dims == 0 ? 0 : dims - 1, 0);
        for (std::int64_t done = 0; done < numel; done += rowLength) {
            std::int64_t at = ref.offset;
            for (std::size_t d = 0; d < index.size(); ++d)
                at += index[d] * ref.stride[d];
            float* row = values.data() + done;
            if (rowStride == 1 || rowLength == 1)
                convertElements(data.constData() + at * bytesPerElement, ref.storage.type, rowLength, row);
            else
                for (std::int64_t i = 0; i < rowLength; ++i)
                    convertElements(data.constData() + (at + i * rowStride) * bytesPerElement, ref.storage.type, 1, row + i);
            for (std::size_t d = index.size(); d-- > 0;) {
                if (++index[d] < ref.shape[d])
                    break;
                index[d] = 0;
            }
        }
        model.tensors.push_back({ref.name, ref.shape, QLatin1String(elementName(ref.storage.type)), isFloating(ref.storage.type),
                                 Tensor(ref.shape, std::move(values))});
    }
    return model;
}

ModelFile readModelBytes(const QByteArray& bytes, const QString& source)
{
    if (ZipArchive::looksLikeZip(bytes)) {
        const ZipArchive zip(bytes, source);
        for (const QString& name : zip.names())
            if (name.endsWith(QLatin1String("/data.pkl")))
                return readTorchCheckpoint(zip, source);
        return readNpz(zip, source);
    }
    // torch.save before PyTorch 1.6 (or with _use_new_zipfile_serialization=False): a bare pickle
    // stream, whose first object is a magic number.
    if (bytes.startsWith("\x80\x02\x8a\x0a"))
        fail(source, ModelFileText::tr("a legacy torch.save file (not a zip): load it in PyTorch and save it again with "
                                        "torch.save(state_dict, path), which writes the zip format"));
    if (bytes.size() >= 9 && bytes[8] == '{')
        return readSafetensors(bytes, source);
    fail(source, ModelFileText::tr("not a model file this program reads (.safetensors, .npz, or a .pt/.pth from torch.save)"));
}

ModelFile readModelFile(const QString& path)
{
    return readModelBytes(InputFile::read(path, kMaxModelBytes), path);
}

const ModelTensor& ModelFile::tensor(const QString& name) const
{
    for (const ModelTensor& t : tensors)
        if (t.name == name)
            return t;
    QStringList names;
    for (const ModelTensor& t : tensors)
        names << t.name;
    if (names.size() > 12)
        names = names.mid(0, 12) << QStringLiteral("…");
    fail(source, ModelFileText::tr("no tensor named %1; it holds %2").arg(name, names.join(QStringLiteral(", "))));
}

std::vector<LayerCandidate> ModelFile::candidates() const
{
    std::vector<LayerCandidate> found;
    for (const ModelTensor& w : tensors) {
        if (!w.floating || w.shape.size() != 4 || (w.name != QLatin1String("weight") && !w.name.endsWith(QLatin1String(".weight"))))
            continue;
        LayerCandidate c;
        c.weight = w.name;
        c.inChannels = w.shape[0];
        c.outChannels = w.shape[1];
        c.kernelH = w.shape[2];
        c.kernelW = w.shape[3];
        const QString biasName = w.name.chopped(int(strlen("weight"))) + QStringLiteral("bias");
        for (const ModelTensor& b : tensors)
            if (b.name == biasName && b.floating && b.shape == Shape{c.outChannels})
                c.bias = biasName;
        found.push_back(c);
    }
    return found;
}

} // namespace sb
