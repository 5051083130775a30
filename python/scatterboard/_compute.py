# SPDX-License-Identifier: MIT
"""scatterboard.compute: a module's output on an input, computed by `scatterboard compute`."""

import json
import re
import tempfile

import torch

from . import _program
from ._layer import Layer

# compute writes NaN and the infinities as the strings "nan", "inf" and "-inf" (JSON has no
# numbers for them); Python's json reads them as the constants NaN, Infinity and -Infinity.
_NON_FINITE = re.compile(rb'"(nan|inf|-inf)"')
_NON_FINITE_CONSTANTS = {b"nan": b"NaN", b"inf": b"Infinity", b"-inf": b"-Infinity"}


def compute(module, x, output_size=None):
    """What module(x, output_size) returns, computed by the scatterboard program.

    module is a torch.nn.ConvTranspose1d or ConvTranspose2d; x its input, batched or not. The
    output is a new tensor of x's dtype on x's device, without autograd history, equal to
    module(x) within float32 rounding (the program sums in float32, as PyTorch's CPU path does).
    float16, bfloat16 and float64 tensors are converted to float32 with a warning. An invalid
    layer raises what PyTorch raises (RuntimeError, ValueError, ...) with PyTorch's message.
    """
    layer = Layer(module, x, output_size)
    return layer.restore(run_compute(layer))


def run_compute(layer):
    """The program's float32 output for layer; its temporary files are gone when this returns."""
    program = _program.find_program()
    with tempfile.TemporaryDirectory(prefix="scatterboard-") as folder:
        config = str(layer.write(folder))
        printed = _program.run(program, ["compute", config], config)
    return output_of(printed)


def output_of(printed):
    """The output tensor from what `scatterboard compute` printed, checked against its shape."""
    try:
        answer = json.loads(_NON_FINITE.sub(lambda match: _NON_FINITE_CONSTANTS[match[1]], printed))
        shape = answer["output_shape"]
        output = torch.tensor(answer["output"], dtype=torch.float32)
    except (ValueError, KeyError, TypeError) as error:
        raise _program.ScatterboardError(f"scatterboard compute printed no output tensor ({error})") from error
    if output.numel() == 0:
        output = output.reshape(shape)
    if list(output.shape) != shape:
        raise _program.ScatterboardError(
            f"scatterboard compute printed an output nested as {list(output.shape)} but shaped {shape}")
    return output
