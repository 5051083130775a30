# SPDX-License-Identifier: MIT
"""PyTorch's answers for the checkerboard lab: two stacked ConvTranspose2d layers, and the
resize-convolution (F.interpolate then a stride-1 nn.Conv2d with "same" padding) next to them.
Writes lab_cases.json beside this script. Deterministic (fixed seed); run with /usr/bin/python3.

Each case: {"name", "first": config, "second": {module arguments + "weight"}, "stack_output",
"resize": {"mode", "output"}} where the resize-convolution uses the first layer's input, its
kernel read as a convolution weight (w[ci, co'] as w[co, ci']) and its output size.
"""

import json
import os
import random
import warnings

import torch
import torch.nn.functional as F

from torch_cases import make_config, pair

warnings.filterwarnings("ignore")
torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))


def values(rng, shape):
    return torch.tensor([round(rng.uniform(-2, 2), 2) for _ in range(int(torch.tensor(shape).prod()))]).reshape(shape)


def same_padding(k):
    # Total k−1 split top/left ⌊⌋, bottom/right ⌈⌉: ZeroPad2d takes (left, right, top, bottom).
    return ((k[1] - 1) // 2, k[1] // 2, (k[0] - 1) // 2, k[0] // 2)


def case(rng, name, channels, size, k1, s1, p1, k2, s2, p2, groups=1):
    c0, c1, c2 = channels
    x = values(rng, (1, c0, size, size))
    w1 = values(rng, (c0, c1 // groups, k1, k1))
    w2 = values(rng, (c1, c2, k2, k2))
    first = make_config(c0, c1, k1, x.tolist(), w1.tolist(), stride=s1, padding=p1, groups=groups)
    y1 = F.conv_transpose2d(x, w1, stride=s1, padding=p1, groups=groups)
    y2 = F.conv_transpose2d(y1, w2, stride=s2, padding=p2)
    second = {"in_channels": c1, "out_channels": c2, "kernel_size": k2, "stride": s2, "padding": p2,
              "weight": w2.tolist()}
    resize = {}
    for mode in ("nearest", "bilinear"):
        up = F.interpolate(x, size=tuple(y1.shape[2:]), mode=mode,
                           **({} if mode == "nearest" else {"align_corners": False}))
        conv_weight = w1.reshape(groups, c0 // groups, c1 // groups, k1, k1).transpose(1, 2).reshape(c1, c0 // groups, k1, k1)
        out = F.conv2d(F.pad(up, same_padding(pair(k1))), conv_weight, groups=groups)
        resize[mode] = out.tolist()
    return {"name": name, "first": first, "second": second, "stack_output": y2.tolist(),
            "resize": resize}


def main():
    rng = random.Random(20261125)
    cases = [
        case(rng, "k3 s2 then k3 s2: the checkerboard compounds", (1, 1, 1), 4, 3, 2, 0, 3, 2, 0),
        case(rng, "k4 s2 p1 twice: even, a DCGAN decoder", (2, 2, 1), 3, 4, 2, 1, 4, 2, 1),
        case(rng, "k3 s2 p1 then k4 s2 p1, two channels", (2, 2, 2), 3, 3, 2, 1, 4, 2, 1),
        case(rng, "k5 s3 then k2 s2", (1, 2, 1), 3, 5, 3, 0, 2, 2, 0),
        case(rng, "grouped first layer k3 s2, then k3 s1", (2, 4, 1), 3, 3, 2, 0, 3, 1, 1, groups=2),
    ]
    path = os.path.join(HERE, "lab_cases.json")
    with open(path, "w") as f:
        json.dump({"generator": "tests/golden/generate_lab_golden.py", "torch_version": torch.__version__,
                   "cases": cases}, f, indent=None)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
