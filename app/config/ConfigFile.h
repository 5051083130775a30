// SPDX-License-Identifier: MIT
// ConfigFile: what a config file holds: the problem it describes plus the metadata that presets
// and saved files carry (name, description), kept so that writing the file back loses nothing.
#pragma once

#include "core/ConvTransposeProblem.h"
#include "core/LayerStack.h"

#include <QString>
#include <QStringList>

namespace sb {

struct ConfigFile {
    ConvTransposeProblem problem;
    QString name;
    QString description;
    // The layers after this one for the stack view ("stack" in the file), each one channel wide;
    // empty: the view's default chain (this layer's arguments twice more).
    std::vector<StackedLayer> stack;
    // Absolute paths of the .npy files "input" and "weight" were read from ({"npy": ...}), empty
    // otherwise. Writing refers to the file again while the tensor still equals its contents, so
    // a trained layer's weights are not copied into the JSON.
    QString inputNpy, weightNpy;
    // The model tensors "input", "weight" and "bias" were read from ({"model": ..., "tensor": ...}),
    // absolute paths; empty otherwise. Writing refers to them again while the tensor still equals
    // the model's, like an .npy.
    struct ModelTensorSource {
        QString model, tensor;
        bool isEmpty() const { return model.isEmpty(); }
        friend bool operator==(const ModelTensorSource&, const ModelTensorSource&) = default;
    };
    ModelTensorSource inputModel, weightModel, biasModel;
    // Every model file read, so an export never writes over one.
    QStringList modelFiles;

    friend bool operator==(const ConfigFile&, const ConfigFile&) = default;
};

} // namespace sb
