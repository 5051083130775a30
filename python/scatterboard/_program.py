# SPDX-License-Identifier: MIT
"""The scatterboard program: where it is, which options it knows, and running it so that its
failures come back as Python exceptions carrying its message (PyTorch's, for an invalid layer)."""

import builtins
import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

PROGRAM_VARIABLE = "SCATTERBOARD_BIN"
# This file is python/scatterboard/_program.py in a checkout, whose build sits beside python/.
CHECKOUT_PROGRAM = Path(__file__).resolve().parents[2] / "build" / "app" / "scatterboard"

# The exception classes PyTorch raises for an invalid ConvTranspose layer, which the program names
# before the message ("RuntimeError: Given transposed=1, ...").
_TORCH_ERROR = re.compile(r"(RuntimeError|ValueError|IndexError|TypeError): (.*)", re.DOTALL)


class ScatterboardError(RuntimeError):
    """The program failed for a reason of its own (a file, an option, no display), not PyTorch's."""


class ProgramNotFoundError(ScatterboardError):
    """No scatterboard program where this package looks for one."""


def find_program():
    """The path of the scatterboard program: $SCATTERBOARD_BIN, else `scatterboard` on PATH, else
    this checkout's build/app/scatterboard. A $SCATTERBOARD_BIN that names no program is an error
    rather than a reason to run another one."""
    named = os.environ.get(PROGRAM_VARIABLE)
    if named:
        if _is_program(named):
            return named
        raise ProgramNotFoundError(f"${PROGRAM_VARIABLE} is {named!r}, which is not an executable file")
    on_path = shutil.which("scatterboard")
    if on_path:
        return on_path
    if _is_program(CHECKOUT_PROGRAM):
        return str(CHECKOUT_PROGRAM)
    raise ProgramNotFoundError(
        f"the scatterboard program was not found: ${PROGRAM_VARIABLE} is not set, there is no "
        f"`scatterboard` on PATH, and there is no {CHECKOUT_PROGRAM} (this checkout's build). "
        f"Build it (scripts/build.sh scatterboard), install it, or set {PROGRAM_VARIABLE} to its path.")


def _is_program(path):
    return os.path.isfile(path) and os.access(path, os.X_OK)


def run(program, arguments, config):
    """Runs `program arguments...` and returns its standard output (bytes). A failure raises the
    exception PyTorch would for an invalid layer (RuntimeError, ValueError, ...) with its exact
    message, or ScatterboardError with the program's; config is the config path given in
    arguments, which the program puts before its messages."""
    process = subprocess.run([program, *arguments], stdin=subprocess.DEVNULL, capture_output=True)
    if process.returncode != 0:
        raise error_from(process.stderr.decode("utf-8", "replace"), config, process.returncode)
    return process.stdout


def error_from(stderr, config, status):
    """The exception for what the program wrote on stderr before it exited with status."""
    # The message is what precedes a usage reminder; each line of it starts "scatterboard: ".
    lines = stderr.split("\nusage: ")[0].strip().splitlines()
    message = "\n".join(line.removeprefix("scatterboard: ") for line in lines)
    message = message.removeprefix(f"{config}: ")
    torch_error = _TORCH_ERROR.fullmatch(message)
    if torch_error:
        return getattr(builtins, torch_error[1])(torch_error[2])
    return ScatterboardError(message or f"scatterboard exited with status {status} and no message")


def export_help(program):
    """`program export --help`, to know which options and formats this build of it has."""
    # Asked once per build of the program: a rebuild (a new modification time) may have more.
    return _export_help(program, os.stat(program).st_mtime_ns)


@functools.lru_cache(maxsize=None)
def _export_help(program, modified):
    return subprocess.run([program, "export", "--help"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True).stdout


def exports_html(program):
    """Whether this build's export writes .html (an interactive page) as well as pictures."""
    return ".html" in export_help(program)


def has_export_option(program, option):
    """Whether this build's export takes option ("--size")."""
    return re.search(rf"(^|[\s\[]){re.escape(option)}\b", export_help(program)) is not None
