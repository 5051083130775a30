// SPDX-License-Identifier: MIT
// ModelFile: the format by the first bytes, the .npz and torch.save readers (both zips), and
// what a state_dict's names say about its layers.
#include "app/config/ModelFile.h"

#include "app/config/ConfigError.h"
#include "app/config/ElementType.h"
#include "app/config/InputFile.h"
#include "app/config/ModelBudget.h"
#include "app/config/ModelReaders.h"
#include "app/config/NpyFile.h"
#include "app/config/TorchPickle.h"
#include "app/config/ZipArchive.h"

#include <QCoreApplication>

#include <cstring>
#include <map>
#include <optional>

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

ModelTensor readNpzEntry(const QByteArray& npy, const QString& name, const QString& source, ModelBudget& budget)
{
    // The .npy reader parses the header and checks the data's length against shape × itemsize
    // before converting a byte, for every type np.savez writes for a state_dict (BatchNorm's
    // int64 counters and uint8 masks included).
    NpyArray array = readNpyArray(npy, source + QStringLiteral(": ") + name + QStringLiteral(".npy"), &budget, name);
    Shape shape = array.values.shape();
    return {name, std::move(shape), QLatin1String(elementName(array.type)), isFloating(array.type),
            std::move(array.values)};
}

ModelFile readNpz(const ZipArchive& zip, const QString& source, ModelBudget& budget)
{
    ModelFile model{source, QStringLiteral("npz"), {}};
    for (const QString& entry : zip.names()) {
        if (!entry.endsWith(QLatin1String(".npy")))
            fail(source, ModelFileText::tr("%1 is not an .npy file, which is all an .npz holds").arg(entry));
        budget.spend(zip.declaredSize(entry), ModelFileText::tr("zip entry %1").arg(entry));
        model.tensors.push_back(readNpzEntry(zip.read(entry), entry.chopped(4), source, budget));
    }
    return model;
}

ModelFile readTorchTensors(const std::vector<TorchTensor>& refs,
                           const std::function<QByteArray(const QString& key)>& storage, const QString& source,
                           ModelBudget& budget)
{
    ModelFile model{source, QStringLiteral("torch"), {}};
    std::map<QString, QByteArray> storages;
    for (const TorchTensor& ref : refs) {
        auto it = storages.find(ref.storage.key);
        if (it == storages.end())
            it = storages.emplace(ref.storage.key, storage(ref.storage.key)).first;
        const QByteArray& data = it->second;
        const QString entry = QStringLiteral("data/") + ref.storage.key;
        const int bytesPerElement = elementBytes(ref.storage.type);
        if (double(ref.storage.elements) * bytesPerElement != double(data.size()))
            fail(source, ModelFileText::tr("storage %1 of %2 holds %3 bytes, not the %4 its %5 elements need")
                             .arg(entry, ref.name)
                             .arg(data.size())
                             .arg(double(ref.storage.elements) * bytesPerElement, 0, 'f', 0)
                             .arg(ref.storage.elements));
        const QString shapeText = QString::fromStdString(formatShape(ref.shape));
        for (const std::int64_t extent : ref.shape)
            if (extent < 0)
                //: %2 is a size such as -1, %3 a shape such as [2, -1]
                fail(source, ModelFileText::tr("tensor %1 has the negative size %2 in its shape %3")
                                 .arg(ref.name, QString::number(extent), shapeText));
        std::int64_t numel = 0;
        try {
            numel = checkedNumel(ref.shape);
        } catch (const std::exception&) {
            fail(source, ModelFileText::tr("tensor %1 of shape %2 has more elements than 64 bits can count")
                             .arg(ref.name, shapeText));
        }
        if (numel > kMaxConfigElements)
            fail(source,
                 ModelFileText::tr("tensor %1 of shape %2 has %3 elements, more than the limit of %4 a tensor may have")
                     .arg(ref.name, shapeText, QString::number(numel), QString::number(kMaxConfigElements)));
        // Every element the view reaches must lie inside the storage.
        double last = double(ref.offset);
        bool negative = ref.offset < 0;
        for (std::size_t d = 0; d < ref.shape.size(); ++d) {
            negative = negative || ref.stride[d] < 0;
            if (ref.shape[d] > 0)
                last += double(ref.shape[d] - 1) * double(ref.stride[d]);
        }
        if (negative || (numel > 0 && last >= double(ref.storage.elements)))
            fail(source, ModelFileText::tr("tensor %1's offset and strides reach beyond its storage of %2 elements")
                             .arg(ref.name)
                             .arg(ref.storage.elements));
        // A view may repeat its storage's elements (stride 0), so what is made is charged, not
        // what is read: a 654-byte file asking for two views of 2^28 elements is refused here.
        budget.spendTensor(numel, ref.name);
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
            // A float64 float32 cannot hold: where it is in the storage, and in the tensor.
            std::optional<std::int64_t> unfit;
            std::int64_t stored = 0, flat = 0;
            if (rowStride == 1 || rowLength == 1) {
                unfit = convertElements(data.constData() + at * bytesPerElement, ref.storage.type, rowLength, row);
                stored = at + unfit.value_or(0);
                flat = done + unfit.value_or(0);
            } else {
                for (std::int64_t i = 0; i < rowLength && !unfit; ++i) {
                    unfit = convertElements(data.constData() + (at + i * rowStride) * bytesPerElement, ref.storage.type,
                                            1, row + i);
                    stored = at + i * rowStride;
                    flat = done + i;
                }
            }
            if (unfit)
                fail(source,
                     ModelFileText::tr("tensor %1: %2").arg(ref.name, float64Refusal(data.constData(), stored, flat)));
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

ModelFile readTorchCheckpoint(const ZipArchive& zip, const QString& source, ModelBudget& budget)
{
    // torch.save writes ARCHIVE/data.pkl, ARCHIVE/data/KEY … with one folder name ARCHIVE.
    QString prefix;
    for (const QString& name : zip.names())
        if (name.endsWith(QLatin1String("/data.pkl")) && name.count(QLatin1Char('/')) == 1)
            prefix = name.chopped(int(strlen("data.pkl")));
    if (prefix.isEmpty())
        fail(source, ModelFileText::tr("a zip without the data.pkl of a torch.save checkpoint"));
    const QString pickle = prefix + QStringLiteral("data.pkl");
    budget.spend(zip.declaredSize(pickle), ModelFileText::tr("zip entry %1").arg(pickle));
    const std::vector<TorchTensor> refs = unpickleStateDict(zip.read(pickle), source, budget);
    return readTorchTensors(
        refs,
        [&](const QString& key) {
            const QString entry = prefix + QStringLiteral("data/") + key;
            budget.spend(zip.declaredSize(entry), ModelFileText::tr("zip entry %1").arg(entry));
            return zip.read(entry);
        },
        source, budget);
}

ModelFile readModelBytes(const QByteArray& bytes, const QString& source)
{
    ModelBudget budget(bytes.size(), source);
    if (ZipArchive::looksLikeZip(bytes)) {
        const ZipArchive zip(bytes, source);
        for (const QString& name : zip.names())
            if (name.endsWith(QLatin1String("/data.pkl")))
                return readTorchCheckpoint(zip, source, budget);
        return readNpz(zip, source, budget);
    }
    // torch.save before PyTorch 1.6 (or with _use_new_zipfile_serialization=False): a bare pickle
    // stream, whose first object is a magic number.
    if (bytes.startsWith("\x80\x02\x8a\x0a"))
        fail(source, ModelFileText::tr("a legacy torch.save file (not a zip): load it in PyTorch and save it again with "
                                        "torch.save(state_dict, path), which writes the zip format"));
    if (bytes.size() >= 9 && bytes[8] == '{')
        return readSafetensors(bytes, source, budget);
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
