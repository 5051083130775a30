# SPDX-License-Identifier: MIT
"""examples/notebook.ipynb runs top to bottom in a real Jupyter kernel (Debian's nbclient and
ipykernel, on /usr/bin/python3), as from a checkout where the package is not installed: its
pictures come out inline and its numbers agree with PyTorch."""

import os
import re
import unittest
import xml.etree.ElementTree as ElementTree
from unittest import mock

import nbclient
import nbformat

from layers import PrivateTemporaryFolder

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class NotebookTest(PrivateTemporaryFolder):

    def test_the_example_notebook_runs_and_shows_its_pictures(self):
        # A checkout of the notebook and the package alone, so the notebook finds the package
        # beside it rather than through PYTHONPATH, and what it saves stays here.
        checkout = self._folder.name
        os.makedirs(os.path.join(checkout, "examples"))
        os.symlink(os.path.join(SOURCE, "python"), os.path.join(checkout, "python"))
        notebook = nbformat.read(os.path.join(SOURCE, "examples", "notebook.ipynb"), as_version=4)
        environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
        with mock.patch.dict(os.environ, environment, clear=True):
            nbclient.NotebookClient(notebook, timeout=60, kernel_name="python3",
                                    resources={"metadata": {"path": os.path.join(checkout, "examples")}}).execute()

        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        printed = ["".join(output.get("text", "") for output in cell.outputs) for cell in code]
        self.assertIn(os.environ["SCATTERBOARD_BIN"], printed[0])

        difference = re.search(r"largest difference from layer\(x\): (\S+)", printed[1])
        self.assertIsNotNone(difference, printed[1])
        self.assertLess(float(difference[1]), 1e-4)

        names = [line.split()[0] for line in printed[3].splitlines()]
        self.assertEqual(names, ["0", "3", "6", "9"])
        self.assertIn("input [1, 8, 16, 16]", printed[3].splitlines()[-1])

        pictures = [output.data["image/svg+xml"] for cell in code for output in cell.outputs
                    if "data" in output and "image/svg+xml" in output.data]
        self.assertEqual(len(pictures), 2, "the overlap view and the generator's last layer, inline")
        for svg in pictures:
            self.assertEqual(ElementTree.fromstring(svg).tag, "{http://www.w3.org/2000/svg}svg")
        with open(os.path.join(checkout, "examples", "generator-last-layer.png"), "rb") as file:
            self.assertEqual(file.read(8), b"\x89PNG\r\n\x1a\n")


if __name__ == "__main__":
    unittest.main()
