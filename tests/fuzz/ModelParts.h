// SPDX-License-Identifier: MIT
// ModelParts: the parts of a model file fed to their readers without the file around them, for
// model_parts_fuzzer and tst_nasty_configs. Inside a zip (.npz, torch.save's .pt) libFuzzer's
// mutations never reach an entry's bytes: the zip's CRC rejects every one. Here
//   - npzEntry: the bytes are one .npz entry, read as numpy's .npy (every dtype a state_dict has);
//   - checkpointPickle: the bytes are a checkpoint's data.pkl; each storage it names is given as
//     bytes of the size it declares (up to 1 MB, else none), so views, strides and offsets run;
//   - safetensorsParts: the bytes up to the first NUL are the JSON header, the rest its data.
// Each returns the model read, or throws ConfigError naming `source`, as the readers do.
#pragma once

#include "app/config/ModelBudget.h"
#include "app/config/ModelReaders.h"
#include "app/config/TorchPickle.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>

namespace sbtest {

inline sb::ModelFile npzEntry(const QByteArray& bytes, const QString& source)
{
    sb::ModelBudget budget(bytes.size(), source);
    sb::ModelFile model{source, QStringLiteral("npz"), {}};
    model.tensors.push_back(sb::readNpzEntry(bytes, QStringLiteral("w"), source, budget));
    return model;
}

inline sb::ModelFile checkpointPickle(const QByteArray& bytes, const QString& source)
{
    sb::ModelBudget budget(bytes.size(), source);
    const std::vector<sb::TorchTensor> refs = sb::unpickleStateDict(bytes, source, budget);
    return sb::readTorchTensors(
        refs,
        [&](const QString& key) {
            for (const sb::TorchTensor& t : refs) {
                if (t.storage.key != key)
                    continue;
                const double size = double(t.storage.elements) * sb::elementBytes(t.storage.type);
                if (size > double(1 << 20))
                    return QByteArray();
                budget.spend(static_cast<qint64>(size), QStringLiteral("storage ") + key);
                QByteArray data(static_cast<qsizetype>(size), Qt::Uninitialized);
                for (qsizetype i = 0; i < data.size(); ++i)
                    data[i] = static_cast<char>(i * 37 + 11);  // every byte pattern, NaNs and denormals among them
                return data;
            }
            return QByteArray();
        },
        source, budget);
}

inline sb::ModelFile safetensorsParts(const QByteArray& bytes, const QString& source)
{
    const qsizetype nul = bytes.indexOf('\0');
    const QByteArray header = nul < 0 ? bytes : bytes.left(nul);
    const QByteArray data = nul < 0 ? QByteArray() : bytes.mid(nul + 1);
    QByteArray file(8, '\0');
    qToLittleEndian<quint64>(static_cast<quint64>(header.size()), file.data());
    file += header + data;
    sb::ModelBudget budget(file.size(), source);
    return sb::readSafetensors(file, source, budget);
}

} // namespace sbtest
