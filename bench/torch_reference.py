# SPDX-License-Identifier: MIT
"""PyTorch's time for the same layers as scatterboard-bench, median of runs, one thread by default.

Usage: /usr/bin/python3 bench/torch_reference.py [THREADS]  →  one line per layer: NAME MILLISECONDS
"""
import sys
import time
import warnings

warnings.filterwarnings("ignore")
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 1)

# (name, input shape, out channels, kernel, stride, padding): kept in step with FastPathBench.cpp.
LAYERS = [
    ("1x512x4x4->256 k4 s2 p1", (1, 512, 4, 4), 256, 4, 2, 1),
    ("1x64x64x64->32 k4 s2 p1", (1, 64, 64, 64), 32, 4, 2, 1),
    ("1x3x256x256->3 k3 s2 p1", (1, 3, 256, 256), 3, 3, 2, 1),
]


def median_ms(fn, repeats):
    # At least one untimed run, and at least 50 ms of them, as BenchTiming.h's warmUp.
    warm_until = time.perf_counter() + 0.05
    fn()
    while time.perf_counter() < warm_until:
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2]


with torch.no_grad():
    for name, shape, out_channels, k, s, p in LAYERS:
        x = torch.rand(shape)
        w = torch.rand(shape[1], out_channels, k, k)
        ms = median_ms(lambda: F.conv_transpose2d(x, w, stride=s, padding=p), 21)
        print(f"{name}\t{ms:.4f}")
