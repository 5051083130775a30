// SPDX-License-Identifier: MIT
#include "app/export/PyTorchSnippet.h"

#include "app/export/PythonText.h"
#include "app/render/ModuleCall.h"

#include <QStringList>

namespace sb {

QString pytorchSnippet(const ConfigFile& config, QString* refusal)
{
    const ConvTransposeProblem& problem = config.problem;
    const ConvTransposeParams& p = problem.params;
    const Tensor bias({static_cast<std::int64_t>(problem.bias.size())}, problem.bias);
    if (const QString tooLarge = pythonScriptSizeRefusal({&problem.weight, &problem.input, &bias});
        !tooLarge.isEmpty()) {
        if (refusal)
            *refusal = tooLarge;
        return {};
    }
    const QString module = p.is1d() ? QStringLiteral("ConvTranspose1d") : QStringLiteral("ConvTranspose2d");
    const auto argument = [&](Size2 size) { return argumentText(size, p.is1d()); };
    QString s;
    s += pythonComment(config.name.isEmpty() ? QStringLiteral("Scatterboard: ") + module : QStringLiteral("Scatterboard: ") + config.name);
    if (!config.description.isEmpty())
        s += pythonComment(config.description);
    s += pythonComment(QStringLiteral("Builds the same layer, weights and input as the picture and prints PyTorch's output."));
    s += QStringLiteral("import torch\nfrom torch import nn\n\n");

    s += QStringLiteral("conv = nn.%1(\n").arg(module);
    s += QStringLiteral("    in_channels=%1,\n").arg(p.in_channels);
    s += QStringLiteral("    out_channels=%1,\n").arg(p.out_channels);
    s += QStringLiteral("    kernel_size=%1,\n").arg(argument(p.kernel_size));
    s += QStringLiteral("    stride=%1,\n").arg(argument(p.stride));
    s += QStringLiteral("    padding=%1,\n").arg(argument(p.padding));
    s += QStringLiteral("    output_padding=%1,\n").arg(argument(p.output_padding));
    s += QStringLiteral("    groups=%1,\n").arg(p.groups);
    s += QStringLiteral("    bias=%1,\n").arg(p.bias ? QStringLiteral("True") : QStringLiteral("False"));
    s += QStringLiteral("    dilation=%1,\n").arg(argument(p.dilation));
    s += QStringLiteral(")\n\n");

    // The weight's shape is (in_channels, out_channels / groups, kH, kW), or (…, k) in 1-D, as
    // PyTorch made it.
    s += QStringLiteral("with torch.no_grad():\n");
    s += QStringLiteral("    conv.weight.copy_(") + pythonTensor(QString(), problem.weight).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
         + QStringLiteral(")\n");
    if (p.bias) {
        s += QStringLiteral("    conv.bias.copy_(") + pythonTensor(QString(), bias).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
             + QStringLiteral(")\n");
    }
    s += QLatin1Char('\n');

    s += pythonTensor(QStringLiteral("x = "), problem.input) + QStringLiteral("\n\n");

    s += QStringLiteral("with torch.no_grad():\n");
    if (problem.output_size) {
        QStringList sizes;
        for (std::int64_t v : *problem.output_size)
            sizes << QString::number(v);
        s += QStringLiteral("    out = conv(x, output_size=[%1])\n").arg(sizes.join(QStringLiteral(", ")));
    } else {
        s += QStringLiteral("    out = conv(x)\n");
    }
    s += QStringLiteral("\nprint(out)\n");
    s += QStringLiteral("print(\"shape:\", list(out.shape))\n");
    s += QStringLiteral("print(\"values:\", out.tolist())\n");
    return s;
}

} // namespace sb
