// SPDX-License-Identifier: MIT
// ModuleSwitch: a document moved between ConvTranspose2d and ConvTranspose1d as a whole, its
// "stack" layers included, for the parameter panel's module choice.
#pragma once

#include "app/config/ConfigFile.h"

namespace sb {

// The config under the other module: core's slicedTo1d / liftedTo2d for the layer, and in 1-D each
// stack layer keeps its widths and its kernel's middle row (stack layers are held as 2-D ones of
// height 1 either way, see ConfigReader). The same config when it is already that module.
ConfigFile withModule(ConfigFile config, ConvModule module);

} // namespace sb
