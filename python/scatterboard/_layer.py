# SPDX-License-Identifier: MIT
"""A live ConvTranspose1d/2d and its input, taken as they are now and written as the program's
config: the module's arguments in the JSON, its weight and the input as .npy files beside it."""

import ctypes
import json
import os
import sys
import warnings
from pathlib import Path

import torch

CONV_TRANSPOSE_MODULES = (torch.nn.ConvTranspose1d, torch.nn.ConvTranspose2d)
# What PyTorch computes ConvTranspose in on the CPU and what the program computes in; these come
# in and go out converted, with a warning.
CONVERTED_DTYPES = (torch.float16, torch.bfloat16, torch.float64)


class Layer:
    """A snapshot of module and x, in float32 on the CPU: later changes to either do not reach it.

    Refuses, as TypeError or ValueError, what the program cannot compute: another kind of module,
    an input that is not a floating-point tensor, a padding_mode other than 'zeros'.
    """

    def __init__(self, module, x, output_size=None):
        if not isinstance(module, CONV_TRANSPOSE_MODULES):
            raise TypeError("scatterboard takes a torch.nn.ConvTranspose1d or torch.nn.ConvTranspose2d, "
                            f"not {type(module).__name__}")
        if isinstance(module, torch.nn.modules.lazy.LazyModuleMixin) and module.has_uninitialized_params():
            raise ValueError(f"{type(module).__name__} has not been run yet, so its weight has no shape: "
                             "call it once on an input first")
        self.module_name = ("ConvTranspose1d" if isinstance(module, torch.nn.ConvTranspose1d)
                            else "ConvTranspose2d")
        if module.padding_mode != "zeros":
            # PyTorch's own message, from ConvTranspose's forward.
            raise ValueError(f"Only `zeros` padding mode is supported for {self.module_name}")
        if not isinstance(x, torch.Tensor):
            raise TypeError(f"{self.module_name}'s input must be a torch.Tensor, not {type(x).__name__}")
        if not x.is_floating_point():
            raise TypeError(f"scatterboard computes floating-point tensors; the input is {x.dtype}")

        converted = [f"the input ({x.dtype})"] if x.dtype in CONVERTED_DTYPES else []
        if module.weight.dtype in CONVERTED_DTYPES:
            converted.append(f"the module's weight ({module.weight.dtype})")
        if converted:
            _warn(f"scatterboard computes in float32, as PyTorch's CPU path does: {' and '.join(converted)} "
                  f"converted to float32, the output returned as {x.dtype}")

        self.dtype, self.device = x.dtype, x.device
        self.input = _float32(x)
        self.weight = _float32(module.weight)
        self.bias = _float32(module.bias) if module.bias is not None else None
        self.output_size = [int(size) for size in output_size] if output_size is not None else None
        one_d = self.module_name == "ConvTranspose1d"
        # A 1-D config takes each spatial argument as one integer, a 2-D one as [h, w].
        spatial = (lambda value: int(value[0])) if one_d else (lambda value: [int(v) for v in value])
        self.arguments = {
            "in_channels": module.in_channels,
            "out_channels": module.out_channels,
            "kernel_size": spatial(module.kernel_size),
            "stride": spatial(module.stride),
            "padding": spatial(module.padding),
            "output_padding": spatial(module.output_padding),
            "dilation": spatial(module.dilation),
            "groups": module.groups,
        }

    def config(self):
        """The config as a dict, its tensors named by the files write() puts beside it."""
        config = {"module": self.module_name, **self.arguments,
                  # Every float32 is a Python float exactly, and its repr reads back as the same float.
                  "bias": self.bias.tolist() if self.bias is not None else False,
                  "input": {"npy": "input.npy"},
                  "weight": {"npy": "weight.npy"}}
        if self.output_size is not None:
            config["output_size"] = self.output_size
        return config

    def write(self, folder):
        """Writes config.json, input.npy and weight.npy into folder; returns the config's path."""
        folder = Path(folder)
        write_npy(folder / "input.npy", self.input)
        write_npy(folder / "weight.npy", self.weight)
        path = folder / "config.json"
        path.write_text(json.dumps(self.config(), indent=1), encoding="utf-8")
        return path

    def restore(self, output):
        """The program's float32 output as module(x) would give it: x's dtype, on x's device."""
        return output.to(device=self.device, dtype=self.dtype)


def write_npy(path, tensor):
    """Writes a float32 tensor as a NumPy .npy file (format 1.0, C order), with no NumPy needed."""
    data = tensor.detach().to("cpu", torch.float32).contiguous()
    order = "<" if sys.byteorder == "little" else ">"
    header = f"{{'descr': '{order}f4', 'fortran_order': False, 'shape': {tuple(data.shape)}, }}"
    # The format pads the header with spaces and a newline so the data starts 64-byte aligned.
    prefix_length = 6 + 2 + 2  # magic string, version, header length
    header += " " * (-(prefix_length + len(header) + 1) % 64) + "\n"
    # The tensor's own bytes, read where they lie: contiguous float32 is the layout '<f4' in C order.
    size = data.numel() * data.element_size()
    raw = ctypes.string_at(data.data_ptr(), size) if size else b""
    with open(path, "wb") as file:
        file.write(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode("latin-1"))
        file.write(raw)


def _float32(tensor):
    return tensor.detach().to("cpu", torch.float32).contiguous().clone()


def _warn(message):
    """A warning that points at the user's line, the first frame outside this package."""
    package = os.path.dirname(__file__)
    level, frame = 2, sys._getframe(1)  # stacklevel 2 is _warn's caller
    while frame is not None and os.path.dirname(frame.f_code.co_filename) == package:
        level, frame = level + 1, frame.f_back
    warnings.warn(message, stacklevel=level)
