# SPDX-License-Identifier: MIT
"""scatterboard.show: a picture of a layer, drawn by `scatterboard export`, that a notebook shows
inline and that saves itself in any format the program writes."""

import html
import os
import re
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from . import _program
from ._layer import Layer

# The program's limits for --scale (pixels per world unit).
_SMALLEST_SCALE, _LARGEST_SCALE = 0.05, 16.0


def show(module, x, view="scatter", step=None, size=None, output_size=None):
    """A Picture of module (a ConvTranspose1d or ConvTranspose2d) on the input x, in view (as
    `scatterboard export --help` lists them: scatter, output, overlap, shape, channels, strip,
    equivalent, side-by-side, matrix, compare, stack, resize-conv, image, adjoint) at animation
    step (default: the last step, the finished output).

    size is the room the picture gets, (width, height) in pixels or "WIDTHxHEIGHT". The program's
    own --size is used when it has one; otherwise the picture keeps its natural layout and is
    scaled (--scale, 0.05 to 16) to the largest size that fits inside. The last line of a notebook
    cell shows the picture inline; picture.save("x.png") writes it.

    The program records every contribution of the layer to draw it, and refuses layers of more
    than 50 million (ScatterboardError, saying so): show one batch element, x[:1], of a large batch.
    """
    return Picture(Layer(module, x, output_size), view, step, size)


class Picture:
    """A view of a layer at a step, as `scatterboard export` draws it.

    In a notebook it shows itself as SVG, or as the program's interactive HTML page where the
    program writes one (inside an iframe, so its scripts and styles stay its own). It is drawn when
    it is made, so an invalid layer, view or step raises there: RuntimeError or ValueError with
    PyTorch's message for the layer, ScatterboardError for the rest.
    """

    def __init__(self, layer, view="scatter", step=None, size=None):
        self._layer = layer
        self.view = view
        self.step = step
        self.size = _parse_size(size)
        self._program = _program.find_program()
        self._size_options = []
        if self.size is not None:
            if _program.has_export_option(self._program, "--size"):
                self._size_options = ["--size", f"{self.size[0]}x{self.size[1]}"]
            else:
                natural = svg_size(self._draw(".svg"))
                scale = min(self.size[0] / natural[0], self.size[1] / natural[1])
                self._size_options = ["--scale", f"{min(max(scale, _SMALLEST_SCALE), _LARGEST_SCALE):.6g}"]
        self.svg = self._draw(".svg")
        self._html = None

    def save(self, path):
        """Writes the picture to path, its extension naming the format: .png, .svg, .pdf, .gif (an
        animation of the steps up to step, or of them all) or .html (an interactive page, where the
        program writes one). Returns path as a Path."""
        path = Path(path)
        try:
            self._export(path)
        except _program.ScatterboardError as error:
            if path.suffix.lower() == ".html" and not _program.exports_html(self._program):
                raise _program.ScatterboardError(
                    f"this scatterboard ({self._program}) does not write .html pages yet, only pictures "
                    f"and animations: {error}") from error
            raise
        return path

    def _repr_svg_(self):
        return self.svg

    def _repr_html_(self):
        # None tells the notebook to use the SVG instead.
        if not _program.exports_html(self._program):
            return None
        if self._html is None:
            self._html = self._draw(".html")
        return inline_page(self._html, svg_size(self.svg)[1])

    def __repr__(self):
        step = "the last step" if self.step is None else f"step {self.step}"
        return f"<scatterboard.Picture: the {self.view} view of a {self._layer.module_name} at {step}>"

    def _draw(self, extension):
        """The text of the picture in a format the program writes as text (.svg, .html)."""
        with tempfile.TemporaryDirectory(prefix="scatterboard-") as folder:
            out = Path(folder) / f"picture{extension}"
            self._export(out)
            return out.read_text(encoding="utf-8")

    def _export(self, out):
        with tempfile.TemporaryDirectory(prefix="scatterboard-") as config_folder:
            config = str(self._layer.write(config_folder))
            options = ["--view", self.view]
            if self.step is not None:
                animated = out.suffix.lower() == ".gif"
                options += ["--steps", f"0-{self.step}"] if animated else ["--step", str(self.step)]
            _program.run(self._program, ["export", config, "--out", os.fspath(out), *options,
                                         *self._size_options], config)


def svg_size(svg):
    """(width, height) of an SVG picture in pixels: its viewBox, which the program draws in."""
    view_box = ElementTree.fromstring(svg).get("viewBox")
    if view_box is None:
        raise _program.ScatterboardError("scatterboard export wrote an SVG without a viewBox")
    _, _, width, height = (float(number) for number in view_box.replace(",", " ").split())
    return width, height


def inline_page(page, height):
    """An HTML page as an iframe for a notebook's output: the page whole in srcdoc, escaped once
    for an HTML attribute, so its markup, scripts and styles cannot mix with the notebook's."""
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" '
            f'style="width: 100%; height: {int(height) + 16}px; border: none"></iframe>')


def _parse_size(size):
    if size is None:
        return None
    sides = size
    if isinstance(size, str):
        match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", size)
        sides = (match[1], match[2]) if match else ()
    try:
        width, height = (int(side) for side in sides)
    except (TypeError, ValueError):
        width = height = 0
    if width <= 0 or height <= 0:
        raise ValueError(f"size is (width, height) in pixels or 'WIDTHxHEIGHT', both positive; got {size!r}")
    return width, height
