// SPDX-License-Identifier: MIT
// ModelFile: the tensors of a trained model on disk, so a user's own decoder layer is one step
// away. Three formats, told apart by their first bytes:
//   .safetensors  an 8-byte length, a JSON header, raw little-endian data (F32, F16, BF16, F64;
//                 I64 and I32 are listed but never become layers);
//   .npz          a zip of .npy files, stored or deflated (libzip);
//   .pt / .pth    torch.save's zip: data.pkl, read by a restricted unpickler that knows only what
//                 a state_dict holds and runs nothing (TorchPickle.h), and data/N storages.
// Every malformed or hostile file gets a ConfigError naming the file and the problem, with
// memory bounded by the file's own size and kMaxModelBytes.
#pragma once

#include "app/config/Limits.h"
#include "core/Tensor.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace sb {

struct ModelTensor {
    QString name;
    Shape shape;
    QString dtype;       // as the file names it: "float32", "float16", "bfloat16", "float64", "int64", "int32"
    bool floating = true;
    Tensor values;       // float32 (integer tensors converted too, for listing)
};

// A ConvTranspose2d a state_dict could hold: a 4-D floating weight "X.weight" (C_in, C_out, kH,
// kW), with "X.bias" when that is a floating vector of C_out. (groups > 1 cannot be told from
// the weight alone: the candidate is given for groups = 1.)
struct LayerCandidate {
    QString weight, bias;  // bias empty when the layer has none
    std::int64_t inChannels = 0, outChannels = 0, kernelH = 0, kernelW = 0;
};

struct ModelFile {
    QString source;  // the path, for messages
    QString format;  // "safetensors", "npz", "torch"
    std::vector<ModelTensor> tensors;

    // The tensor called name, or throws ConfigError naming the file and listing what it holds.
    const ModelTensor& tensor(const QString& name) const;
    std::vector<LayerCandidate> candidates() const;
};

// Throws ConfigError("SOURCE: problem").
ModelFile readModelFile(const QString& path);
ModelFile readModelBytes(const QByteArray& bytes, const QString& source);

} // namespace sb
