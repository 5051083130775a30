# SPDX-License-Identifier: MIT
"""scatterboard.open: the window starts on the layer without blocking, keeps its files while it
runs and removes them when it closes, however it closes; where no window can open, it says why.
The suite runs it with QT_QPA_PLATFORM=offscreen, a window without a screen."""

import os
import signal
import unittest
from unittest import mock

import torch

import scatterboard
from layers import PrivateTemporaryFolder


def children(pid):
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as file:
        return [int(child) for child in file.read().split()]


def command_line(pid):
    with open(f"/proc/{pid}/cmdline", "rb") as file:
        return file.read().decode().split("\0")[:-1]


def a_layer():
    torch.manual_seed(1)
    return torch.nn.ConvTranspose2d(2, 2, 3, stride=2), torch.randn(1, 2, 3, 3)


class WindowTest(PrivateTemporaryFolder):

    def setUp(self):
        super().setUp()
        self.assertEqual(os.environ.get("QT_QPA_PLATFORM"), "offscreen", "the suite's environment")

    def open(self, *arguments, **options):
        window = scatterboard.open(*arguments, **options)
        self.addCleanup(window.close)
        return window

    def test_the_window_runs_on_the_layers_files_until_it_is_closed(self):
        window = self.open(*a_layer(), view="overlap", step=2)
        self.assertTrue(window.running())
        [folder] = self.leftovers()
        self.assertEqual(sorted(os.listdir(os.path.join(self._folder.name, folder))),
                         ["config.json", "input.npy", "weight.npy"])
        [program] = children(window.pid)
        config = os.path.join(self._folder.name, folder, "config.json")
        self.assertEqual(command_line(program),
                         [scatterboard.find_program(), config, "--view", "overlap", "--step", "2"])
        self.assertEqual(os.getsid(program), window.pid, "the window has a session of its own")

        window.close()
        self.assertFalse(window.running())
        self.assertEqual(self.leftovers(), [])

    def test_files_are_removed_when_the_window_ends_by_itself(self):
        window = self.open(*a_layer())
        [program] = children(window.pid)
        os.kill(program, signal.SIGTERM)  # as the desktop ends it, or the user closing it
        window.wait(30)
        self.assertEqual(self.leftovers(), [])

    def test_without_a_display_it_says_why_and_leaves_nothing(self):
        quiet = {name: value for name, value in os.environ.items()
                 if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
        with mock.patch.dict(os.environ, quiet, clear=True):
            with self.assertRaises(scatterboard.ScatterboardError) as refused:
                scatterboard.open(*a_layer())
        self.assertIn("display", str(refused.exception))
        self.assertEqual(self.leftovers(), [])

    def test_an_invalid_layer_raises_before_any_window(self):
        module, x = a_layer()
        with self.assertRaises(RuntimeError) as invalid:
            scatterboard.open(module, torch.randn(1, 5, 3, 3))
        self.assertIn("to have 2 channels, but got 5 channels instead", str(invalid.exception))
        self.assertEqual(self.leftovers(), [])
        with self.assertRaises(TypeError):
            scatterboard.open(torch.nn.Conv2d(2, 2, 3), x)


if __name__ == "__main__":
    unittest.main()
