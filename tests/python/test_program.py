# SPDX-License-Identifier: MIT
"""Finding the program ($SCATTERBOARD_BIN, PATH, the checkout's build) and what comes back when it
is missing or misbehaves: an exception that says so, never a wrong tensor."""

import os
import shutil
import subprocess
import sys
import textwrap
import unittest
from unittest import mock

import torch

import scatterboard
from scatterboard import _program
from layers import PrivateTemporaryFolder

PACKAGE = os.path.dirname(scatterboard.__file__)
PROGRAM = os.environ["SCATTERBOARD_BIN"]


class ProgramTest(PrivateTemporaryFolder):

    def make_checkout(self, with_build):
        """A copy of the package in a checkout of its own, with or without a built program."""
        checkout = os.path.join(self._folder.name, "checkout")
        shutil.copytree(PACKAGE, os.path.join(checkout, "python", "scatterboard"),
                        ignore=shutil.ignore_patterns("__pycache__"))
        if with_build:
            os.makedirs(os.path.join(checkout, "build", "app"))
            os.symlink(PROGRAM, os.path.join(checkout, "build", "app", "scatterboard"))
        return checkout

    def run_python(self, checkout, code):
        """code run by the copied package, with no $SCATTERBOARD_BIN and no scatterboard on PATH."""
        environment = {name: value for name, value in os.environ.items() if name != "SCATTERBOARD_BIN"}
        environment["PATH"] = "/usr/bin:/bin"
        environment["PYTHONPATH"] = os.path.join(checkout, "python")
        self.assertIsNone(shutil.which("scatterboard", path=environment["PATH"]), "this test needs a PATH without it")
        return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=environment, capture_output=True,
                              text=True, timeout=60)

    def test_the_checkouts_build_is_found_last(self):
        checkout = self.make_checkout(with_build=True)
        found = self.run_python(checkout, """
            import scatterboard, torch
            print(scatterboard.find_program())
            print(scatterboard.compute(torch.nn.ConvTranspose1d(1, 1, 2, bias=False), torch.ones(1, 1, 2)).shape)
            """)
        self.assertEqual(found.returncode, 0, found.stderr)
        self.assertEqual(found.stdout.splitlines(),
                         [os.path.join(checkout, "build", "app", "scatterboard"), "torch.Size([1, 1, 3])"])

    def test_a_missing_program_is_an_error_naming_the_three_places(self):
        checkout = self.make_checkout(with_build=False)
        missing = self.run_python(checkout, """
            import scatterboard, torch
            try:
                scatterboard.compute(torch.nn.ConvTranspose2d(1, 1, 2), torch.ones(1, 1, 2, 2))
            except scatterboard.ProgramNotFoundError as error:
                print(error)
            """)
        self.assertEqual(missing.returncode, 0, missing.stderr)
        for place in ("$SCATTERBOARD_BIN", "PATH", os.path.join(checkout, "build", "app", "scatterboard")):
            self.assertIn(place, missing.stdout)

    def test_scatterboard_bin_comes_before_path(self):
        on_path = os.path.join(self._folder.name, "bin")
        os.makedirs(on_path)
        os.symlink(PROGRAM, os.path.join(on_path, "scatterboard"))
        with mock.patch.dict(os.environ, {"PATH": on_path}):
            self.assertEqual(scatterboard.find_program(), PROGRAM)
            del os.environ["SCATTERBOARD_BIN"]
            self.assertEqual(scatterboard.find_program(), os.path.join(on_path, "scatterboard"))

    def test_a_scatterboard_bin_naming_no_program_is_not_passed_over(self):
        with mock.patch.dict(os.environ, {"SCATTERBOARD_BIN": "/nonexistent/scatterboard"}):
            with self.assertRaises(scatterboard.ProgramNotFoundError) as missing:
                scatterboard.compute(torch.nn.ConvTranspose2d(1, 1, 2), torch.ones(1, 1, 2, 2))
        self.assertIn("/nonexistent/scatterboard", str(missing.exception))

    def fake_program(self, script):
        path = os.path.join(self._folder.name, "fake-scatterboard")
        with open(path, "w", encoding="utf-8") as file:
            file.write("#!/bin/sh\n" + script + "\n")
        os.chmod(path, 0o755)
        return path

    def test_a_program_that_misbehaves_gives_an_error_never_a_tensor(self):
        module, x = torch.nn.ConvTranspose2d(1, 1, 2), torch.ones(1, 1, 2, 2)
        cases = {
            "a failure with a message": ("echo 'scatterboard: out of luck' >&2; exit 1", "out of luck"),
            "a failure without one": ("exit 1", "exited with status 1"),
            "no JSON": ("echo hello", "printed no output tensor"),
            "an output nested unlike its shape": (
                """echo '{"output_shape": [1, 1, 3, 3], "output": [[[[1, 2, 3], [4, 5, 6]]]]}'""", "nested as"),
        }
        for name, (script, message) in cases.items():
            with self.subTest(name), mock.patch.dict(os.environ, {"SCATTERBOARD_BIN": self.fake_program(script)}):
                with self.assertRaises(scatterboard.ScatterboardError) as failed:
                    scatterboard.compute(module, x)
                self.assertIn(message, str(failed.exception))
                self.assertEqual(self.leftovers(), ["fake-scatterboard"])

    def test_pytorchs_exception_classes_come_back_as_themselves(self):
        usage = "\nusage: scatterboard compute CONFIG.json\nTry 'scatterboard compute --help'.\n"
        for kind in (RuntimeError, ValueError, IndexError):
            error = _program.error_from(f"scatterboard: /tmp/c.json: {kind.__name__}: it went wrong{usage}",
                                        "/tmp/c.json", 2)
            self.assertIs(type(error), kind)
            self.assertEqual(str(error), "it went wrong")


if __name__ == "__main__":
    unittest.main()
