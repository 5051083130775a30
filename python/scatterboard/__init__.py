# SPDX-License-Identifier: MIT
"""Scatterboard from Python: a live torch.nn.ConvTranspose1d/2d and its real input, computed,
drawn inline in a notebook, or opened in the Scatterboard window.

    import scatterboard
    y = scatterboard.compute(layer, x)              # == layer(x), computed by Scatterboard
    scatterboard.show(layer, x, view="overlap")     # the picture, inline in a notebook
    scatterboard.open(layer, x)                     # the window, without blocking
    for call in scatterboard.capture(generator, z): # every ConvTranspose call of a forward pass
        print(call.name, call.input.shape)

The package drives the `scatterboard` program through its command line and files (found as
$SCATTERBOARD_BIN, `scatterboard` on PATH, or this checkout's build/app/scatterboard); it needs
torch alone (a notebook shows its pictures through IPython's display protocol, which needs no import).
"""

from ._capture import LayerCall, capture
from ._compute import compute
from ._picture import Picture, show
from ._program import ProgramNotFoundError, ScatterboardError, find_program
from ._window import Window, open

# Not open: `from scatterboard import *` would hide the built-in open; scatterboard.open it is.
__all__ = ["compute", "show", "capture", "find_program", "Picture", "Window", "LayerCall", "ScatterboardError",
           "ProgramNotFoundError"]
