#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes tests/golden/conv_transpose2d_cases.json: PyTorch's own answers for ConvTranspose2d
configs, which the C++ tests replay against Scatterboard's implementation.

    /usr/bin/python3 tests/golden/generate_golden.py

Deterministic: the random configs come from a fixed seed and PyTorch runs single-threaded, so a
rerun with the same PyTorch rewrites the file byte for byte. The cases are

  - "seed NNN: ..."   the worked examples of the project's seed documents (/work/shared/seeds),
                      each checked here against the numbers the document prints;
  - "quirk: ..."      valid configs that pin down surprising PyTorch behaviour;
  - "random N: ..."   small random valid configs;
  - "invalid: ..."    configs PyTorch rejects, with its exception type and exact message.
"""

import json
import os
import random
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_cases import (evaluate, describe, filled, invalid_cases, make_config,  # noqa: E402
                         random_valid_config)

SEED = 20240601
RANDOM_CASES = 220
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conv_transpose2d_cases.json")
GENERATOR = "tests/golden/generate_golden.py"


def ones(*shape):
    return filled(list(shape), 1.0)


def arange_grid(rows, cols, start):
    return [[float(start + r * cols + c) for c in range(cols)] for r in range(rows)]


def short_arguments(kernel, arguments):
    """'k3 s2 p1 op1' for kernel 3 and {"stride": 2, "padding": 1, "output_padding": 1}."""
    prefixes = {"stride": "s", "padding": "p", "output_padding": "op"}
    return " ".join([f"k{kernel}"] + [prefixes[key] + str(value)
                                      for key, value in arguments.items()])


def seed_cases():
    """(name, config, documented) for each worked example of the seed documents.

    `documented` is what the document prints: an output shape, or the full output as nested
    lists; it guards these fixtures against transcription mistakes.
    """
    cases = []

    def add(name, config, documented):
        cases.append((name, config, documented))

    # 001 (d2l.ai): X and K both [[0, 1], [2, 3]]; trans_conv is the 2-D scatter-add, tconv the
    # module on the same tensors with padding 1 or stride 2.
    d2l = [[0.0, 1.0], [2.0, 3.0]]
    add("seed 001 (d2l): trans_conv(X, K), stride 1",
        make_config(1, 1, 2, d2l, d2l),
        [[[0, 0, 1], [0, 4, 6], [4, 12, 9]]])
    add("seed 001 (d2l): padding 1 removes the outer rows and columns",
        make_config(1, 1, 2, [[d2l]], d2l, padding=1),
        [[[[4]]]])
    add("seed 001 (d2l): stride 2 spaces the intermediate tensors",
        make_config(1, 1, 2, [[d2l]], d2l, stride=2),
        [[[[0, 0, 0, 1], [0, 0, 2, 3], [0, 2, 0, 3], [4, 6, 6, 9]]]])
    # The matrix view: transposed conv of Y = corr2d(arange(9), K) with K = [[1, 2], [3, 4]]
    # equals W^T . y; the document only prints the comparison, so the shape is what is checked.
    add("seed 001 (d2l): trans_conv(Y, K) of the matrix-transposition example",
        make_config(1, 1, 2, [[27.0, 37.0], [57.0, 67.0]], [[1.0, 2.0], [3.0, 4.0]]),
        [1, 3, 3])
    # The reference's example: upsample(h, output_size=input.size()) brings 6x6 back to 12x12.
    add("seed 001 (docs): upsample 6x6 with output_size=input.size() to 12x12",
        make_config(16, 16, 3, ones(1, 16, 6, 6), ones(16, 16, 3, 3), stride=2, padding=1,
                    output_size=[1, 16, 12, 12]),
        [1, 16, 12, 12])
    # d2l's shape round trip: Conv2d(10, 20, 5, padding=2, stride=3) takes 16x16 to 6x6, and
    # the ConvTranspose2d with the same hyperparameters takes it back.
    add("seed 001 (d2l): 20->10 channels k5 p2 s3 restores 16x16",
        make_config(20, 10, 5, ones(1, 20, 6, 6), ones(20, 10, 5, 5), stride=3, padding=2),
        [1, 10, 16, 16])

    # 000: output sizes on a 1x3x4x4 input, 3 -> 16 channels.
    x000 = ones(1, 3, 4, 4)
    for kernel, arguments, size in [
        (3, {}, 6),
        (4, {"stride": 2, "padding": 1}, 8),
        (3, {"stride": 2, "padding": 1, "output_padding": 1}, 8),
        (2, {"stride": 2}, 8),
        (5, {"stride": 3, "padding": 1}, 12),
        (3, {"stride": 3}, 12),
        (3, {"stride": 2}, 9),
        (3, {"stride": 2, "padding": 1}, 7),
        (4, {"stride": 2}, 10),
    ]:
        words = short_arguments(kernel, arguments)
        add(f"seed 000: 1x3x4x4 ones, 3->16 channels, {words} gives {size}x{size}",
            make_config(3, 16, kernel, x000, ones(3, 16, kernel, kernel), **arguments),
            [1, 16, size, size])
    # Cell In[21] prints 30x30 because `x` was 10x10 by then (see the seeds README).
    add("seed 000: In[21] as printed, 1x3x10x10 ones, k5 s3 p1 gives 30x30",
        make_config(3, 16, 5, ones(1, 3, 10, 10), ones(3, 16, 5, 5), stride=3, padding=1),
        [1, 16, 30, 30])
    # TransposeConvNormAct on a 1x3x10x10 randn input, 3 -> 4 channels: the conv part only
    # (BatchNorm and ReLU are not ConvTranspose2d), with fixed small weights.
    x000b = [[[[round(((3 * c + 7 * h + 11 * w) % 17) / 8 - 1, 2) for w in range(10)]
                for h in range(10)] for c in range(3)]]
    for kernel, arguments, size in [
        (3, {}, 12),
        (3, {"stride": 2, "padding": 1}, 19),
        (3, {"stride": 2, "padding": 1, "output_padding": 1}, 20),
        (4, {"stride": 2, "padding": 1}, 20),
    ]:
        words = short_arguments(kernel, arguments)
        weight = [[[[round(((i + 2 * o + 3 * r + 5 * c) % 9) / 4 - 1, 2) for c in range(kernel)]
                    for r in range(kernel)] for o in range(4)] for i in range(3)]
        add(f"seed 000: TransposeConvNormAct's conv, 1x3x10x10, 3->4 channels, {words}",
            make_config(3, 4, kernel, x000b, weight, bias=[0.25, -0.5, 0.75, -1.0], **arguments),
            [1, 4, size, size])

    # 002: the two verifications of o' = (i' - 1)s + k - 2p + p'.
    add("seed 002: 1x10x5x5 ones, k3 s2 gives 11x11 (divisible case)",
        make_config(10, 10, 3, ones(1, 10, 5, 5), ones(10, 10, 3, 3), stride=2),
        [1, 10, 11, 11])
    add("seed 002: 1x10x4x4 ones, k3 s2 op1 gives 10x10 (output_padding case)",
        make_config(10, 10, 3, ones(1, 10, 4, 4), ones(10, 10, 3, 3), stride=2,
                    output_padding=1),
        [1, 10, 10, 10])

    # 003: all-ones 4x4 input viewed as 1x1x4x4, all-ones kernels.
    x003 = ones(1, 1, 4, 4)
    add("seed 003: ones, k2 s1 p0",
        make_config(1, 1, 2, x003, ones(1, 1, 2, 2)),
        [[[[1, 2, 2, 2, 1], [2, 4, 4, 4, 2], [2, 4, 4, 4, 2], [2, 4, 4, 4, 2], [1, 2, 2, 2, 1]]]])
    add("seed 003: ones, k2 s1 p1",
        make_config(1, 1, 2, x003, ones(1, 1, 2, 2), padding=1),
        [[[[4, 4, 4], [4, 4, 4], [4, 4, 4]]]])
    add("seed 003: ones, k3 s1 p0",
        make_config(1, 1, 3, x003, ones(1, 1, 3, 3)),
        [[[[1, 2, 3, 3, 2, 1], [2, 4, 6, 6, 4, 2], [3, 6, 9, 9, 6, 3],
           [3, 6, 9, 9, 6, 3], [2, 4, 6, 6, 4, 2], [1, 2, 3, 3, 2, 1]]]])
    add("seed 003: ones, k3 s1 p2",
        make_config(1, 1, 3, x003, ones(1, 1, 3, 3), padding=2),
        [[[[9, 9], [9, 9]]]])
    add("seed 003: ones, k3 s2 p2, the checkerboard",
        make_config(1, 1, 3, x003, ones(1, 1, 3, 3), stride=2, padding=2),
        [[[[4, 2, 4, 2, 4], [2, 1, 2, 1, 2], [4, 2, 4, 2, 4], [2, 1, 2, 1, 2], [4, 2, 4, 2, 4]]]])
    add("seed 003: Transpose Prac, 1x2x2x2 ones, 2->4 channels k7 gives 8x8",
        make_config(2, 4, 7, ones(1, 2, 2, 2), ones(2, 4, 7, 7)),
        [1, 4, 8, 8])

    # 004: the learner's question (4x4 ones, kernel 1..16, k4) and the answer's 2x2 example.
    x004, k004 = ones(1, 1, 4, 4), arange_grid(4, 4, 1)
    add("seed 004: 4x4 ones, kernel 1..16, k4 s2 p1 (the question)",
        make_config(1, 1, 4, x004, k004, stride=2, padding=1),
        [[[[6, 12, 14, 12, 14, 12, 14, 7],
           [12, 24, 28, 24, 28, 24, 28, 14],
           [20, 40, 44, 40, 44, 40, 44, 22],
           [12, 24, 28, 24, 28, 24, 28, 14],
           [20, 40, 44, 40, 44, 40, 44, 22],
           [12, 24, 28, 24, 28, 24, 28, 14],
           [20, 40, 44, 40, 44, 40, 44, 22],
           [10, 20, 22, 20, 22, 20, 22, 11]]]])
    for stride, padding, size in [(1, 0, 7), (1, 1, 5), (2, 0, 10)]:
        add(f"seed 004: 4x4 ones, kernel 1..16, k4 s{stride} p{padding}",
            make_config(1, 1, 4, x004, k004, stride=stride, padding=padding),
            [1, 1, size, size])
    # The answer: input [[2, 4], [0, 1]], kernel [[3, 1], [1, 5]]. Its text says "s=2, p=2:
    # output is 2x2", but p=2 would leave 0x0 (see the invalid case); p=1 is the 2x2 one.
    x004b, k004b = [[2.0, 4.0], [0.0, 1.0]], [[3.0, 1.0], [1.0, 5.0]]
    add("seed 004 (answer): [[2,4],[0,1]] with kernel [[3,1],[1,5]], s1 p0",
        make_config(1, 1, 2, x004b, k004b),
        [1, 3, 3])
    for stride, padding, size in [(1, 1, 1), (2, 0, 4), (2, 1, 2)]:
        add(f"seed 004 (answer): [[2,4],[0,1]] with kernel [[3,1],[1,5]], s{stride} p{padding}",
            make_config(1, 1, 2, x004b, k004b, stride=stride, padding=padding),
            [1, size, size])
    return cases


def quirk_cases():
    """(name, config) for valid configs whose outcome surprises; see the README."""
    x = ones(1, 1, 4, 4)
    k = arange_grid(3, 3, 1)
    return [
        # The check is output_padding < stride OR < dilation, so dilation alone can permit it.
        ("quirk: output_padding 1 with stride 1 is valid because dilation is 2",
         make_config(1, 1, 3, x, k, dilation=2, output_padding=1)),
        ("quirk: output_padding 2 with stride 2 is valid because dilation is 3",
         make_config(1, 1, 3, x, k, stride=2, dilation=3, output_padding=[2, 0])),
        # output_size replaces output_padding outright, even one the module would reject.
        ("quirk: output_size overrides an invalid output_padding",
         make_config(1, 1, 3, x, k, output_padding=3, output_size=[6, 6])),
        ("quirk: output_size overrides a negative output_padding",
         make_config(1, 1, 3, x, k, stride=2, output_padding=-1, output_size=[10, 9])),
        # The leading entries of a full-rank output_size are dropped unchecked.
        ("quirk: output_size's leading N and C entries are ignored",
         make_config(1, 1, 3, x, k, stride=2, output_size=[7, 7, 9, 10])),
        # The range PyTorch allows is [min, min + stride - 1]: stride, not dilation, bounds it,
        # so an output_size can reach a size whose formula minimum is 0.
        ("quirk: output_size reaches 1x1 where the formula's minimum is 0",
         make_config(1, 1, 2, [[[[1.5]]]], [[2.0, 3.0], [4.0, 5.0]], stride=2, padding=1,
                     output_size=[1, 1])),
    ]


def numbers_equal(actual, documented):
    """Nested-list equality of a float output against a document's integers."""
    if isinstance(documented, list):
        return (isinstance(actual, list) and len(actual) == len(documented)
                and all(numbers_equal(a, d) for a, d in zip(actual, documented)))
    return actual == documented


def check_documented(name, expected, documented):
    """Stops the generator if PyTorch disagrees with what a seed document prints."""
    shape = expected["output_shape"]
    if all(isinstance(d, int) for d in documented):
        ok = shape == documented
    else:
        ok = numbers_equal(expected["output"], documented)
    if not ok:
        sys.exit(f"{name}: PyTorch gives shape {shape}, the seed document says {documented}")


def build_cases():
    cases = []
    for name, config, documented in seed_cases():
        result = evaluate(config)
        if "expected" not in result:
            sys.exit(f"{name}: PyTorch rejects a documented example: {result['error']}")
        check_documented(name, result["expected"], documented)
        cases.append({"name": name, "config": config, **result})

    for name, config in quirk_cases():
        result = evaluate(config)
        if "expected" not in result:
            sys.exit(f"{name}: expected PyTorch to accept it, got {result['error']}")
        cases.append({"name": name, "config": config, **result})

    rng = random.Random(SEED)
    for index in range(RANDOM_CASES):
        config, expected = random_valid_config(rng)
        cases.append({"name": f"random {index}: {describe(config)}", "config": config,
                      "expected": expected})

    literal_004 = make_config(1, 1, 2, [[2.0, 4.0], [0.0, 1.0]], [[3.0, 1.0], [1.0, 5.0]],
                              stride=2, padding=2)
    invalid = [("seed 004 (answer): s2 p2 as the text says leaves a 0x0 output", literal_004)]
    invalid += [(f"invalid: {name}", config) for name, config in invalid_cases()]
    for name, config in invalid:
        result = evaluate(config)
        if "error" not in result:
            sys.exit(f"{name}: expected PyTorch to reject it, got shape "
                     f"{result['expected']['output_shape']}")
        cases.append({"name": name, "config": config, **result})
    return cases


def write(cases):
    # One case per line: the file stays diffable case by case without indenting every number.
    lines = [json.dumps(case, allow_nan=False) for case in cases]
    header = json.dumps({"generator": GENERATOR, "torch_version": torch.__version__})
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(header[:-1] + ', "cases": [\n' + ",\n".join(lines) + "\n]}\n")


def main():
    # One thread fixes the order of float32 summation, so the output bits never vary by run.
    torch.set_num_threads(1)
    cases = build_cases()
    write(cases)
    valid = sum("expected" in case for case in cases)
    print(f"wrote {len(cases)} cases ({valid} valid, {len(cases) - valid} invalid) to {OUTPUT}")


if __name__ == "__main__":
    main()
