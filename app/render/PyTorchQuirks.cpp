// SPDX-License-Identifier: MIT
// PyTorchQuirks: the snippets were run with Debian's PyTorch 1.13 and print what the comments say.
#include "app/render/PyTorchQuirks.h"

#include <algorithm>

namespace sb {

std::vector<Quirk> PyTorchQuirks::all()
{
    return {
        {QuirkId::OutputSizeRangeIgnoresDilation, tr("output_size's range ignores dilation"),
         tr("forward(x, output_size=...) accepts only sizes from the formula's minimum up to minimum + stride − 1, "
            "because PyTorch's _output_padding adds at most stride − 1. Yet output_padding itself may go up to "
            "max(stride, dilation) − 1: with dilation larger than stride, some sizes reachable through output_padding are "
            "refused through output_size."),
         QStringLiteral("import torch\nfrom torch import nn\n"
                        "conv = nn.ConvTranspose2d(1, 1, kernel_size=2, stride=1, dilation=3, output_padding=2)\n"
                        "x = torch.ones(1, 1, 4, 4)\n"
                        "print(conv(x).shape)                       # torch.Size([1, 1, 9, 9]): output_padding 2 is fine\n"
                        "conv.output_padding = (0, 0)\n"
                        "conv(x, output_size=[9, 9])                # ValueError: valid sizes range from [7, 7] to [7, 7]\n")},
        {QuirkId::OutputPaddingBelowStrideOrDilation, tr("output_padding must be below stride or dilation"),
         tr("output_padding only picks among the input sizes Conv2d maps to the same output, so it must be smaller than the "
            "stride; PyTorch also accepts it when it is smaller than the dilation, because the dilated kernel's gaps can "
            "hold the extra rows. Either one is enough, on each axis."),
         QStringLiteral("import torch\nfrom torch import nn\n"
                        "x = torch.ones(1, 1, 4, 4)\n"
                        "nn.ConvTranspose2d(1, 1, 3, stride=2, output_padding=1)(x)              # fine: 1 < stride 2\n"
                        "nn.ConvTranspose2d(1, 1, 3, stride=1, dilation=2, output_padding=1)(x)  # fine: 1 < dilation 2\n"
                        "nn.ConvTranspose2d(1, 1, 3, stride=2, output_padding=2)(x)\n"
                        "# RuntimeError: output padding must be smaller than either stride or dilation\n")},
        {QuirkId::OutputPaddingStripIsData, tr("the output_padding strip: sums with padding, zeros without"),
         tr("output_padding adds rows at the bottom and columns at the right only. With padding 0 they lie past the full "
            "buffer, so they are 0. With padding p > 0 the crop removes p rows from the top but only p − output_padding "
            "from the bottom: the strip is real sums the crop would have removed, not zeros."),
         QStringLiteral("import torch\nfrom torch import nn\n"
                        "x = torch.ones(1, 1, 3, 3)\n"
                        "conv = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=0, output_padding=1, bias=False)\n"
                        "nn.init.ones_(conv.weight)\n"
                        "print(conv(x)[0, 0, -1])                   # the added row: all 0\n"
                        "conv.padding = (1, 1)\n"
                        "print(conv(x)[0, 0, -1])                   # the added row: 1, 2, 1, 2, 1, 1: sums\n")},
    };
}

Quirk PyTorchQuirks::of(QuirkId id)
{
    for (const Quirk& q : all())
        if (q.id == id)
            return q;
    return {};
}

std::optional<QuirkId> PyTorchQuirks::forMessage(const QString& message, Size2 stride, Size2 dilation)
{
    if (message.startsWith(QLatin1String("output padding must be smaller than either stride or dilation")))
        return QuirkId::OutputPaddingBelowStrideOrDilation;
    if (message.contains(QLatin1String("requested an output size of")) && (dilation.h > stride.h || dilation.w > stride.w))
        return QuirkId::OutputSizeRangeIgnoresDilation;
    return std::nullopt;
}

std::int64_t PyTorchQuirks::stripRowsWithData(std::int64_t padding, std::int64_t outputPadding)
{
    return std::clamp<std::int64_t>(std::min(padding, outputPadding), 0, outputPadding);
}

} // namespace sb
