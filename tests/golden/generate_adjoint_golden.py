# SPDX-License-Identifier: MIT
"""PyTorch's answers for the adjoint view: ConvTranspose2d is the gradient of Conv2d.
Writes adjoint_cases.json beside this script. Deterministic (fixed seed); run with /usr/bin/python3.

Each case: {"name", "config": a ConvTranspose2d config (no bias), "z": a tensor of the transposed
layer's output shape, "conv_z": F.conv2d(z, weight, stride, padding, dilation, groups) — shaped
like the layer's input —, "left": <conv2d(z), x>, "right": <z, conv_transpose2d(x)>, "grad": the
gradient torch.autograd.grad gives of <conv2d(z), x> with respect to z}. The grad equals
conv_transpose2d(x): that is what the view shows.
"""

import json
import os
import random

import torch
import torch.nn.functional as F

from torch_cases import make_config, pair

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))


def values(rng, shape):
    count = 1
    for d in shape:
        count *= d
    return torch.tensor([round(rng.uniform(-2, 2), 2) for _ in range(count)], dtype=torch.float64).reshape(shape)


def case(rng, name, cin, cout, size, k, s=1, p=0, op=0, d=1, groups=1, batch=1):
    kh, kw = pair(k)
    h, w = pair(size)
    x = values(rng, (batch, cin, h, w))
    weight = values(rng, (cin, cout // groups, kh, kw))
    y = F.conv_transpose2d(x, weight, stride=s, padding=p, output_padding=op, dilation=d, groups=groups)
    z = values(rng, tuple(y.shape)).requires_grad_(True)
    conv_z = F.conv2d(z, weight, stride=s, padding=p, dilation=d, groups=groups)
    assert conv_z.shape == x.shape, (name, conv_z.shape, x.shape)
    left = (conv_z * x).sum()
    (grad,) = torch.autograd.grad(left, z)
    right = (z * y).sum()
    config = make_config(cin, cout, k, x.tolist(), weight.tolist(), stride=s, padding=p, output_padding=op,
                         dilation=d, groups=groups)
    return {"name": name, "config": config, "z": z.detach().tolist(), "conv_z": conv_z.detach().tolist(),
            "left": left.item(), "right": right.item(), "grad": grad.tolist()}


def main():
    rng = random.Random(20261202)
    cases = [
        case(rng, "seed 004's layer: k4 s2 p1", 1, 1, 4, 4, s=2, p=1),
        case(rng, "d2l's basic example shape: k2 s1", 1, 1, 2, 2),
        case(rng, "k3 s2 p1 op1: output_padding picks 8 of 7 and 8", 2, 3, 4, 3, s=2, p=1, op=1),
        case(rng, "rectangular, dilated: k (2, 3) s (2, 1) d 2", 2, 2, (3, 4), (2, 3), s=(2, 1), p=(1, 0), d=2),
        case(rng, "groups 2, two samples", 4, 4, 3, 2, s=2, groups=2, batch=2),
    ]
    with open(os.path.join(HERE, "adjoint_cases.json"), "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
