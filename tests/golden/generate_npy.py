# SPDX-License-Identifier: MIT
"""Writes the .npy fixtures of tests/golden/npy with NumPy itself (numpy.save), so the C++ reader is
checked against the real format: valid files of both dtypes and byte orders, and broken ones.
Run with /usr/bin/python3 (Debian's numpy)."""

import os

import numpy as np

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "npy")
os.makedirs(HERE, exist_ok=True)

# Seed 004's kernel 1..16 as a (C_in, C_out/groups, kH, kW) = (1, 1, 4, 4) weight.
kernel = np.arange(1, 17, dtype=np.float32).reshape(1, 1, 4, 4)
np.save(os.path.join(HERE, "kernel_1to16_f4.npy"), kernel)
np.save(os.path.join(HERE, "kernel_1to16_f8.npy"), kernel.astype(np.float64))
np.save(os.path.join(HERE, "kernel_1to16_f4_bigendian.npy"), kernel.astype(">f4"))
# A 2 → 3 channel weight with fractional values, and a 4×4 ones input.
np.save(os.path.join(HERE, "weight_2x3x3x3_f4.npy"), (np.arange(54, dtype=np.float32) / 8 - 3).reshape(2, 3, 3, 3))
np.save(os.path.join(HERE, "input_ones_1x1x4x4_f8.npy"), np.ones((1, 1, 4, 4)))

# Broken files.
np.save(os.path.join(HERE, "bad_int32.npy"), np.arange(16, dtype=np.int32).reshape(1, 1, 4, 4))
np.save(os.path.join(HERE, "bad_fortran.npy"), np.asfortranarray(np.ones((1, 1, 4, 3), dtype=np.float32)))
np.save(os.path.join(HERE, "bad_shape_3d.npy"), np.ones((1, 4, 4), dtype=np.float32))
with open(os.path.join(HERE, "kernel_1to16_f4.npy"), "rb") as f:
    whole = f.read()
with open(os.path.join(HERE, "bad_truncated.npy"), "wb") as f:
    f.write(whole[:-10])
with open(os.path.join(HERE, "bad_garbage.npy"), "wb") as f:
    f.write(b"this is not a numpy file at all\n")
print("wrote", sorted(os.listdir(HERE)))
