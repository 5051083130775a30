// SPDX-License-Identifier: MIT
// PyTorchSnippet: "Copy as PyTorch" — a runnable Python script that builds the same
// nn.ConvTranspose2d as a config (every argument, tuple form when height and width differ), loads
// the same weight, bias and input, calls it (with output_size= when the config has one) and
// prints the output, its shape and its values as a list, so a learner can check the picture
// against PyTorch itself.
#pragma once

#include "app/config/ConfigFile.h"

#include <QString>

namespace sb {

// The script's last line of output is "values: [...]" (out.tolist()), for tools that compare it.
// Empty, with *refusal (when given) saying why, when its literals would pass
// kMaxPythonScriptBytes: that is sized before any text is made.
QString pytorchSnippet(const ConfigFile& config, QString* refusal = nullptr);

} // namespace sb
