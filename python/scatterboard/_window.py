# SPDX-License-Identifier: MIT
"""scatterboard.open: the Scatterboard window on a layer and its input, beside the notebook."""

import os
import shutil
import signal
import subprocess
import tempfile

from . import _program
from ._layer import Layer

# The window reads its config and .npy files when it starts, and refers to them again when its
# document is saved, so they live as long as the window does. A shell started with the window
# removes them when it ends, however it ends and whether or not the notebook is still there; it
# traps the signals that end the window so that it outlives it, and a caught (not ignored) signal
# is reset for the window, which keeps the default.
_REMOVE_FILES_AFTER = 'trap : HUP INT TERM; folder=$1; shift; "$@"; status=$?; rm -rf -- "$folder"; exit $status'

# How long open() watches the window start: a program that ends within it opened no window (no
# display, an unreadable file), and says why.
_START_SECONDS = 1.0


def open(module, x, view="scatter", step=None, output_size=None):
    """Opens the Scatterboard window on module (a ConvTranspose1d or ConvTranspose2d) and its
    input x, in view at step (as show() takes them), and returns at once with the Window.

    The layer is computed first, so an invalid one raises here with PyTorch's message, as
    compute() does, instead of opening a window that shows it. The window has files of its own in
    a temporary folder, removed when it closes; it stays open when the notebook's kernel stops.
    """
    layer = Layer(module, x, output_size)
    program = _program.find_program()
    folder = tempfile.mkdtemp(prefix="scatterboard-window-")
    try:
        config = str(layer.write(folder))
        _program.run(program, ["compute", config], config)
        options = ["--view", view] + (["--step", str(step)] if step is not None else [])
        return Window(program, config, folder, options)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


class Window:
    """A running Scatterboard window, started by open(): its process is the group leader of a
    session of its own, so the notebook's kernel can stop without closing it."""

    def __init__(self, program, config, folder, options):
        with tempfile.TemporaryFile() as errors:
            self._process = subprocess.Popen(
                ["/bin/sh", "-c", _REMOVE_FILES_AFTER, "scatterboard-window", folder, program, config, *options],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
            try:
                self._process.wait(_START_SECONDS)
            except subprocess.TimeoutExpired:
                return
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace")
        # The program ended at once: without a display it says so and prints the output instead.
        raise _program.error_from(message.split("\n")[0], config, self._process.returncode)

    @property
    def pid(self):
        """The process id of the session's leader (a shell whose child is the window)."""
        return self._process.pid

    def running(self):
        return self._process.poll() is None

    def wait(self, timeout=None):
        """Waits for the window to close (and its files to be removed); returns its exit status."""
        return self._process.wait(timeout)

    def close(self):
        """Closes the window, as the desktop would on logout, and waits until its files are gone."""
        if self.running():
            os.killpg(self._process.pid, signal.SIGTERM)
        return self._process.wait()

    def __repr__(self):
        state = "open" if self.running() else f"closed ({self._process.returncode})"
        return f"<scatterboard.Window {state}, process {self.pid}>"
