#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Cross-checks a scatterboard binary against PyTorch on fresh random configs.

    /usr/bin/python3 tests/golden/crosscheck_torch.py --scatterboard build/app/scatterboard \
        [--count 50] [--seed S]

The golden fixtures are a fixed sample; this draws new configs every run, as many ConvTranspose1d
configs as ConvTranspose2d ones (the seed is printed, so any failure can be replayed with --seed),
runs `scatterboard compute CONFIG.json` on each and compares its JSON output with PyTorch's (same
shape, values within rtol = atol = 1e-4). It then runs every invalid config of
torch_cases.invalid_cases() and requires exit status 2 with
PyTorch's message on stderr. Exits 1 if anything failed, 0 otherwise.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_cases import (describe, evaluate, invalid_cases, random_valid_config,  # noqa: E402
                         random_valid_config_1d)

TOLERANCE = 1e-4
TIMEOUT_SECONDS = 60


def run_compute(binary, config, path):
    with open(path, "w", encoding="utf-8") as out:
        json.dump(config, out)
    return subprocess.run([binary, "compute", path], capture_output=True, text=True,
                          timeout=TIMEOUT_SECONDS)


def check_valid(binary, config, expected, path):
    """None if scatterboard agrees with PyTorch, else what went wrong."""
    process = run_compute(binary, config, path)
    if process.returncode != 0:
        return f"exit status {process.returncode}, stderr: {process.stderr.strip()}"
    try:
        answer = json.loads(process.stdout)
        shape, output = answer["output_shape"], torch.tensor(answer["output"], dtype=torch.float64)
    except (ValueError, KeyError, TypeError) as error:
        return f"unreadable output ({error}): {process.stdout[:200]!r}"
    if shape != expected["output_shape"]:
        return f"output_shape {shape}, PyTorch gives {expected['output_shape']}"
    # Checked separately: allclose would broadcast a wrongly nested output and pass it.
    if list(output.shape) != shape:
        return f"output is nested as {list(output.shape)} but output_shape says {shape}"
    reference = torch.tensor(expected["output"], dtype=torch.float64)
    if not torch.allclose(output, reference, rtol=TOLERANCE, atol=TOLERANCE):
        worst = (output - reference).abs().max().item()
        return f"values differ from PyTorch's by up to {worst:g}"
    return None


def check_invalid(binary, config, error, path):
    """None if scatterboard rejects the config the way PyTorch does, else what went wrong."""
    process = run_compute(binary, config, path)
    if process.returncode != 2:
        return f"exit status {process.returncode}, expected 2 ({error['type']}: {error['message']})"
    if error["message"] not in process.stderr:
        return f"stderr lacks PyTorch's message {error['message']!r}: {process.stderr.strip()!r}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scatterboard", required=True, help="path to the scatterboard binary")
    parser.add_argument("--count", type=int, default=50, help="random valid configs to try")
    parser.add_argument("--seed", type=int, default=None, help="replay a run (default: the time)")
    args = parser.parse_args()
    if not os.access(args.scatterboard, os.X_OK):
        parser.error(f"not an executable: {args.scatterboard}")
    binary = os.path.abspath(args.scatterboard)
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"crosscheck: seed {seed} (replay with --seed {seed})")

    rng = random.Random(seed)
    passed = failed = 0

    def record(label, config, problem):
        nonlocal passed, failed
        if problem is None:
            passed += 1
            return
        failed += 1
        print(f"FAIL {label}: {problem}\n  config: {json.dumps(config)}")

    with tempfile.TemporaryDirectory(prefix="crosscheck-") as directory:
        for index in range(args.count):
            config, expected = random_valid_config(rng)
            path = os.path.join(directory, f"random-{index}.json")
            record(f"random {index} ({describe(config)})", config,
                   check_valid(binary, config, expected, path))
        # As many ConvTranspose1d configs, drawn after the 2-D ones so a seed replays both.
        for index in range(args.count):
            config, expected = random_valid_config_1d(rng)
            path = os.path.join(directory, f"random-1d-{index}.json")
            record(f"random 1-D {index} ({describe(config)})", config,
                   check_valid(binary, config, expected, path))
        for index, (name, config) in enumerate(invalid_cases()):
            path = os.path.join(directory, f"invalid-{index}.json")
            record(f"invalid: {name}", config,
                   check_invalid(binary, config, evaluate(config)["error"], path))

    print(f"crosscheck: {passed} passed, {failed} failed"
          + (f" (seed {seed})" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
