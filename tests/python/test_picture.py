# SPDX-License-Identifier: MIT
"""scatterboard.show: the picture a notebook shows inline (through IPython's own display
formatter) is the program's export of the layer; it fits the size asked for and saves itself."""

import html.parser
import os
import subprocess
import unittest
import xml.etree.ElementTree as ElementTree

import torch
from IPython.core.formatters import DisplayFormatter

import scatterboard
from scatterboard._layer import Layer
from scatterboard._picture import inline_page, svg_size
from scatterboard._program import exports_html
from layers import PrivateTemporaryFolder, seeded, random_layer


def a_layer():
    torch.manual_seed(7)
    return torch.nn.ConvTranspose2d(2, 4, 3, stride=2, padding=1, groups=2, dilation=2), torch.randn(1, 2, 3, 3)


class PictureTest(PrivateTemporaryFolder):

    def export(self, module, x, *options):
        """The SVG that `scatterboard export` draws for the layer, run by hand."""
        folder = self._folder.name
        config = Layer(module, x).write(folder)
        subprocess.run([scatterboard.find_program(), "export", str(config), "--out", f"{folder}/by-hand.svg",
                        *options], check=True, capture_output=True)
        with open(f"{folder}/by-hand.svg", encoding="utf-8") as file:
            svg = file.read()
        for name in ("config.json", "input.npy", "weight.npy", "by-hand.svg"):
            os.remove(f"{folder}/{name}")
        return svg

    def test_a_notebook_shows_the_programs_svg_inline(self):
        module, x = a_layer()
        for view, step in (("scatter", None), ("overlap", None), ("scatter", 3), ("matrix", 2)):
            with self.subTest(view=view, step=step):
                picture = scatterboard.show(module, x, view=view, step=step)
                shown, _ = DisplayFormatter().format(picture)
                self.assertIn("image/svg+xml", shown)
                self.assertEqual(ElementTree.fromstring(shown["image/svg+xml"]).tag, "{http://www.w3.org/2000/svg}svg")
                options = ["--view", view] + (["--step", str(step)] if step is not None else [])
                self.assertEqual(shown["image/svg+xml"], self.export(module, x, *options))
        self.assertEqual(self.leftovers(), [])

    def test_views_and_steps_draw_different_pictures(self):
        module, x = a_layer()
        pictures = {scatterboard.show(module, x, view=view, step=step).svg
                    for view, step in (("scatter", None), ("scatter", 1), ("overlap", None), ("shape", None))}
        self.assertEqual(len(pictures), 4)

    def test_the_html_page_is_shown_where_the_program_writes_one(self):
        module, x = a_layer()
        picture = scatterboard.show(module, x)
        shown, _ = DisplayFormatter().format(picture)
        if exports_html(scatterboard.find_program()):
            self.assertIn("text/html", shown)
            self.assertIn("<iframe", shown["text/html"])
        else:
            # Without it the notebook gets the SVG alone, not an empty HTML output.
            self.assertNotIn("text/html", shown)

    def test_an_inline_page_is_escaped_once_and_parses_back_whole(self):
        page = ('<!doctype html><html><head><style>a[href="x"] { color: red }</style></head><body>'
                "<script>if (1 < 2 && \"q\" != 'r') document.title = '&amp;';</script></body></html>")
        frame = inline_page(page, 300)

        class Frames(html.parser.HTMLParser):
            def __init__(self):
                super().__init__()
                self.found = []

            def handle_starttag(self, tag, attributes):
                self.found.append((tag, dict(attributes)))

        parser = Frames()
        parser.feed(frame)
        parser.close()
        self.assertEqual([tag for tag, _ in parser.found], ["iframe"], "the page's own tags stay inside srcdoc")
        self.assertEqual(parser.found[0][1]["srcdoc"], page)

    def test_size_scales_the_picture_to_fit_inside(self):
        module, x = a_layer()
        natural = svg_size(scatterboard.show(module, x).svg)
        for size in ((400, 300), "300x900", (2000, 2000)):
            with self.subTest(size=size):
                picture = scatterboard.show(module, x, size=size)
                width, height = svg_size(picture.svg)
                room = picture.size
                self.assertLessEqual(width, room[0] + 1)
                self.assertLessEqual(height, room[1] + 1)
                self.assertTrue(abs(width - room[0]) <= 1 or abs(height - room[1]) <= 1, "one side fills the room")
                self.assertAlmostEqual(width / height, natural[0] / natural[1], delta=0.02)
                png = picture.save(f"{self._folder.name}/sized.png")
                with open(png, "rb") as file:
                    header = file.read(24)
                self.assertEqual((int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")),
                                 (round(width), round(height)))
                os.remove(png)

    def test_sizes_that_are_not_two_positive_numbers_are_refused(self):
        module, x = a_layer()
        for size in ("400", (0, 300), (300,), "axb", 500):
            with self.subTest(size=size), self.assertRaises(ValueError):
                scatterboard.show(module, x, size=size)

    def test_saves_itself_in_each_format_the_program_writes(self):
        module, x = a_layer()
        picture = scatterboard.show(module, x, step=4)
        signatures = {".png": b"\x89PNG\r\n\x1a\n", ".svg": b"<?xml", ".pdf": b"%PDF-", ".gif": b"GIF89a"}
        for extension, signature in signatures.items():
            with self.subTest(extension):
                path = picture.save(os.path.join(self._folder.name, "saved" + extension))
                with open(path, "rb") as file:
                    self.assertEqual(file.read(len(signature)), signature)
                os.remove(path)

    def test_html_is_saved_or_refused_saying_so(self):
        module, x = a_layer()
        picture = scatterboard.show(module, x)
        path = os.path.join(self._folder.name, "page.html")
        if exports_html(scatterboard.find_program()):
            picture.save(path)
            with open(path, encoding="utf-8") as file:
                self.assertIn("<html", file.read().lower())
            os.remove(path)
        else:
            with self.assertRaises(scatterboard.ScatterboardError) as refused:
                picture.save(path)
            self.assertIn("does not write .html", str(refused.exception))
            self.assertFalse(os.path.exists(path))

    def test_a_1d_layer_and_random_layers_draw(self):
        rng = seeded(11)
        for one_d in (True, False):
            module, x, description = random_layer(rng, one_d)
            with self.subTest(description):
                self.assertIn("<svg", scatterboard.show(module, x).svg)

    def test_an_invalid_layer_raises_pytorchs_error_and_an_unknown_view_the_programs(self):
        module = torch.nn.ConvTranspose2d(2, 2, 3)
        with self.assertRaises(RuntimeError) as invalid:
            scatterboard.show(module, torch.randn(1, 3, 4, 4))
        self.assertIn("expected input[1, 3, 4, 4] to have 2 channels, but got 3 channels instead",
                      str(invalid.exception))
        with self.assertRaises(scatterboard.ScatterboardError) as unknown:
            scatterboard.show(module, torch.randn(1, 2, 4, 4), view="sideways")
        self.assertIn("unknown view 'sideways'", str(unknown.exception))
        self.assertEqual(self.leftovers(), [])


if __name__ == "__main__":
    unittest.main()
