#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes tests/golden/conv_transpose1d_cases.json: PyTorch's own answers for ConvTranspose1d
configs ("module": "ConvTranspose1d"), which tst_compute_golden replays like the 2-D fixtures.

    /usr/bin/python3 tests/golden/generate_1d_golden.py

PyTorch 1.13 runs ConvTranspose1d as a 2-D convolution of height 1, so most of its messages print
2-D sizes ("(1 x 3)", "kernel_height: 1"); the invalid cases pin down which ones print the 1-D
shapes instead (the input rank, the channel and bias checks, output_size). Deterministic like
generate_golden.py: a fixed seed and one thread. The cases are

  - "strip: ..."      the strip view's worked example, checked against the numbers it shows;
  - "random N: ..."   small random valid configs;
  - "invalid: ..."    configs PyTorch rejects, with its exception type and exact message.
"""

import json
import os
import random
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_cases import describe, evaluate, filled, make_config, random_config_1d  # noqa: E402

SEED = 20261202
RANDOM_CASES = 120
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conv_transpose1d_cases.json")
GENERATOR = "tests/golden/generate_1d_golden.py"
MODULE = "ConvTranspose1d"


def config_1d(in_channels, out_channels, kernel_size, input, weight, **arguments):
    return make_config(in_channels, out_channels, kernel_size, input, weight, module=MODULE,
                       **arguments)


def _invalid(in_channels=1, out_channels=1, kernel_size=3, *, input_shape=(1, 1, 4), input=None,
             weight_shape=None, **arguments):
    groups = arguments.get("groups", 1)
    if weight_shape is None:
        per_group = out_channels // groups if groups > 0 and out_channels % groups == 0 else 1
        weight_shape = [in_channels, per_group, max(kernel_size, 0)]
    weight = ({"shape": list(weight_shape), "fill": "ones"} if 0 in weight_shape
              else filled(list(weight_shape), 1.0))
    if input is None:
        # Nested lists cannot carry an empty axis, a 0-D tensor or a 1-D one (a list of L numbers
        # is the config's one-channel shorthand), so those are fill objects.
        as_fill = 0 in input_shape or len(input_shape) < 2
        input = ({"shape": list(input_shape), "fill": "ones"} if as_fill
                 else filled(list(input_shape), 1.0))
    return config_1d(in_channels, out_channels, kernel_size, input, weight, **arguments)


def invalid_cases():
    return [
        ("2-D input's rank: a 4-D input", _invalid(input_shape=(1, 1, 1, 4))),
        ("a 0-D input", _invalid(input_shape=())),
        ("input channel mismatch, batched", _invalid(2, 2, input_shape=(1, 1, 4))),
        ("input channel mismatch, unbatched", _invalid(2, 2, input_shape=(1, 4))),
        ("bias longer than out_channels", _invalid(1, 2, bias=[0.5, 0.25, 0.125])),
        ("in_channels not divisible by groups", _invalid(3, 2, groups=2, input_shape=(1, 3, 4))),
        ("groups 0", _invalid(2, 2, groups=0, input_shape=(1, 2, 4))),
        ("negative padding", _invalid(padding=-1)),
        ("negative output_padding", _invalid(output_padding=-1, stride=2)),
        ("stride 0", _invalid(stride=0)),
        ("kernel size 0 [weight as fill object]", _invalid(kernel_size=0)),
        ("negative kernel size [weight as fill object]", _invalid(kernel_size=-1)),
        ("dilation 0", _invalid(dilation=0)),
        ("output_padding equal to stride 2", _invalid(stride=2, output_padding=2)),
        ("output too small", _invalid(padding=3, input_shape=(1, 1, 3))),
        ("input with an empty length", _invalid(input_shape=(1, 1, 0))),
        ("empty batch with an output too small", _invalid(padding=5, input_shape=(0, 1, 3))),
        ("output_size above the valid range", _invalid(stride=2, output_size=[20])),
        ("output_size outside the range, unbatched", _invalid(stride=2, output_size=[6],
                                                               input_shape=(1, 4))),
        ("output_size with 2 elements for a batched input", _invalid(output_size=[6, 6])),
        ("output_size with 3 elements outside the range", _invalid(output_size=[1, 1, 9])),
        ("output_size with a 1-D input", _invalid(output_size=[6], input_shape=(4,))),
        ("output_size with a 4-D input", _invalid(output_size=[6], input_shape=(1, 1, 1, 4))),
        ("output_size with 4 elements for a 4-D input",
         _invalid(output_size=[1, 1, 1, 6], input_shape=(1, 1, 1, 4))),
        ("out_channels 0 [weight as fill object]", _invalid(1, 0)),
        ("in_channels 0", _invalid(0, 1, input_shape=(1, 0, 4), weight_shape=(0, 1, 3))),
        ("first of two: channel mismatch and output_padding too big",
         _invalid(2, 2, output_padding=1, input_shape=(1, 3, 4))),
        ("first of two: empty length and kernel size 0 [weight as fill object]",
         _invalid(kernel_size=0, input_shape=(1, 1, 0))),
        ("first of two: bias length and empty length",
         _invalid(1, 2, bias=[0.5], input_shape=(1, 1, 0))),
    ]


def build_cases():
    cases = []
    # The strip view's example: k3 s2 on four ones makes 1 1 2 1 2 1 2 1 1, the checkerboard in 1-D.
    strip = config_1d(1, 1, 3, [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0], stride=2)
    result = evaluate(strip)
    if result.get("expected", {}).get("output") != [[1.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 1.0]]:
        sys.exit(f"strip example: PyTorch gives {result}")
    cases.append({"name": "strip: k3 s2 on four ones", "config": strip, **result})

    rng = random.Random(SEED)
    index = 0
    while index < RANDOM_CASES:
        config = random_config_1d(rng)
        result = evaluate(config)
        if "expected" in result:
            cases.append({"name": f"random {index}: {describe(config)}", "config": config,
                          **result})
            index += 1

    for name, config in invalid_cases():
        result = evaluate(config)
        if "error" not in result:
            sys.exit(f"{name}: expected PyTorch to reject it, got shape "
                     f"{result['expected']['output_shape']}")
        cases.append({"name": f"invalid: {name}", "config": config, **result})
    return cases


def main():
    torch.set_num_threads(1)
    cases = build_cases()
    lines = [json.dumps(case, allow_nan=False) for case in cases]
    header = json.dumps({"generator": GENERATOR, "torch_version": torch.__version__})
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(header[:-1] + ', "cases": [\n' + ",\n".join(lines) + "\n]}\n")
    valid = sum("expected" in case for case in cases)
    print(f"wrote {len(cases)} cases ({valid} valid, {len(cases) - valid} invalid) to {OUTPUT}")


if __name__ == "__main__":
    main()
