# SPDX-License-Identifier: MIT
"""Layers for the Python package's tests: random ConvTranspose1d/2d modules of every kind with an
input PyTorch accepts, and a private temporary folder that shows what the package leaves behind."""

import os
import random
import tempfile
import unittest

import torch

# The golden tests' tolerance: the program sums in float32, as PyTorch's CPU path does, in
# another order.
TOLERANCE = 1e-4


def random_layer(rng, one_d=False):
    """(module, x, description): a ConvTranspose1d or ConvTranspose2d drawn from rng with groups,
    dilation, output_padding, rectangular kernels and strides, a bias or not, batched or not, and an
    input for which PyTorch computes an output."""
    while True:
        groups = rng.choice([1, 1, 2, 3])
        in_channels = groups * rng.randint(1, 3)
        out_channels = groups * rng.randint(1, 3)
        axes = 1 if one_d else 2
        kernel_size = tuple(rng.randint(1, 5) for _ in range(axes))
        stride = tuple(rng.randint(1, 3) for _ in range(axes))
        dilation = tuple(rng.randint(1, 3) for _ in range(axes))
        padding = tuple(rng.randint(0, 2) for _ in range(axes))
        # PyTorch's rule: output_padding smaller than the stride or the dilation.
        output_padding = tuple(rng.randint(0, max(s, d) - 1) for s, d in zip(stride, dilation))
        bias = rng.random() < 0.5
        module_class = torch.nn.ConvTranspose1d if one_d else torch.nn.ConvTranspose2d
        module = module_class(in_channels, out_channels, kernel_size, stride=stride, padding=padding,
                              output_padding=output_padding, groups=groups, bias=bias, dilation=dilation)
        batch = [rng.randint(1, 3)] if rng.random() < 0.7 else []
        x = torch.randn(*batch, in_channels, *(rng.randint(1, 6) for _ in range(axes)))
        try:
            module(x)
        except RuntimeError:  # an output size below one: draw again
            continue
        return module, x, f"{module} on {list(x.shape)}"


class PrivateTemporaryFolder(unittest.TestCase):
    """A TestCase whose temporary files (tempfile's default folder) go to a folder of its own, so
    a test can check that the package removed every file it made."""

    def setUp(self):
        self._folder = tempfile.TemporaryDirectory(prefix="scatterboard-test-")
        self._previous, tempfile.tempdir = tempfile.tempdir, self._folder.name
        self.addCleanup(self._restore)

    def _restore(self):
        tempfile.tempdir = self._previous
        self._folder.cleanup()

    def leftovers(self):
        return sorted(os.listdir(self._folder.name))


def seeded(seed):
    """A random.Random for a test, and torch's generator seeded alike."""
    torch.manual_seed(seed)
    return random.Random(seed)
