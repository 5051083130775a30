# SPDX-License-Identifier: MIT
"""scatterboard.capture: every ConvTranspose1d/2d call of one forward pass of a model, with the
real activation that reached it, ready to compute, show or open."""

import torch

from ._compute import compute
from ._layer import CONV_TRANSPOSE_MODULES
from ._picture import show
from ._window import open as open_window


def capture(model, *inputs):
    """Runs model(*inputs) once, without gradients, and returns a LayerCall for each call of a
    ConvTranspose1d or ConvTranspose2d inside it (the model itself included), in the order they
    were called; a layer called twice appears twice.

    The pass is the model's own, in its current mode: call model.eval() first for inference
    (in training mode BatchNorm uses the batch's statistics and updates its running ones, as any
    forward pass would).
    """
    names = {module: name for name, module in model.named_modules()}  # a shared module: its first name
    calls = []

    def record(module, arguments, output):
        # forward(input, output_size=None): the output_size a call passed (hooks see positional
        # arguments only) is the size of its output when that is not the module's own.
        x = arguments[0]
        size = list(output.shape[-len(module.kernel_size):])
        output_size = size if size != default_output_size(module, x) else None
        calls.append(LayerCall(names[module], module, x.detach().clone(), output_size))

    hooks = [module.register_forward_hook(record) for module in names if isinstance(module, CONV_TRANSPOSE_MODULES)]
    try:
        with torch.no_grad():
            model(*inputs)
    finally:
        for hook in hooks:
            hook.remove()
    return calls


def default_output_size(module, x):
    """The spatial size of module(x) without output_size, by PyTorch's documented formula:
    (in - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1."""
    spatial = x.shape[-len(module.kernel_size):]
    return [(size - 1) * stride - 2 * padding + dilation * (kernel - 1) + output_padding + 1
            for size, stride, padding, dilation, kernel, output_padding in
            zip(spatial, module.stride, module.padding, module.dilation, module.kernel_size, module.output_padding)]


class LayerCall:
    """One call of a ConvTranspose layer in a model: its qualified name in the model (as
    named_modules() gives it; "" for the model itself), the module, the input it received (a
    detached copy) and the output_size the call asked for (None when the output has the module's
    own size). compute(), show() and open() take the module as it is when they are called."""

    def __init__(self, name, module, input, output_size=None):
        self.name = name
        self.module = module
        self.input = input
        self.output_size = output_size

    def compute(self):
        """The layer's output on its input, computed by the program (see scatterboard.compute)."""
        return compute(self.module, self.input, self.output_size)

    def show(self, view="scatter", step=None, size=None):
        """A Picture of the layer on its input (see scatterboard.show)."""
        return show(self.module, self.input, view, step, size, self.output_size)

    def open(self, view="scatter", step=None):
        """The window on the layer and its input (see scatterboard.open)."""
        return open_window(self.module, self.input, view, step, self.output_size)

    def __repr__(self):
        return f"<LayerCall {self.name or '(the model)'}: {self.module} on input {list(self.input.shape)}>"
