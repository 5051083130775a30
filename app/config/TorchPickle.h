// SPDX-License-Identifier: MIT
// TorchPickle: the data.pkl of a torch.save checkpoint, read by a restricted unpickler that knows
// only what a state_dict uses, and never executes anything. It understands the opcodes of pickle
// protocols 2 to 4 that build dicts, lists, tuples, numbers and strings; the globals
// collections.OrderedDict (and the BUILD that restores its _metadata),
// torch._utils._rebuild_tensor_v2, and the Float, Half, BFloat16, Double, Long, Int, Short, Char,
// Byte and Bool storages named by persistent ids. Any other opcode or global is refused by name. A
// state_dict nested under a key such as "state_dict" or "model", as training loops save it, is
// found. Every value, container slot, string and memo entry is charged to the file's ModelBudget
// as it is made, so a small pickle cannot grow without bound.
#pragma once

#include "app/config/ElementType.h"
#include "core/Tensor.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sb {

class ModelBudget;

struct TorchStorage {
    QString key;  // the zip entry data/KEY holds its bytes
    ElementType type = ElementType::Float32;
    std::int64_t elements = 0;
};

struct TorchTensor {
    QString name;
    TorchStorage storage;
    std::int64_t offset = 0;  // in elements
    Shape shape, stride;
};

// The state_dict's tensors in the file's order. Throws ConfigError("SOURCE: problem").
std::vector<TorchTensor> unpickleStateDict(const QByteArray& pickle, const QString& source, ModelBudget& budget);

} // namespace sb
