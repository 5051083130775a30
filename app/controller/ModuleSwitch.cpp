// SPDX-License-Identifier: MIT
#include "app/controller/ModuleSwitch.h"

#include "core/ConvModuleConversion.h"

namespace sb {

ConfigFile withModule(ConfigFile config, ConvModule module)
{
    if (config.problem.params.module == module)
        return config;
    const bool oneD = module == ConvModule::ConvTranspose1d;
    config.problem = oneD ? slicedTo1d(config.problem) : liftedTo2d(config.problem);
    if (oneD)
        for (StackedLayer& layer : config.stack) {
            layer.params.setUnitHeight();
            const Tensor row = middleKernelRow(layer.weight);
            layer.weight = row.reshaped({1, 1, 1, row.numel()});
        }
    return config;
}

} // namespace sb
