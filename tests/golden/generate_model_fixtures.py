# SPDX-License-Identifier: MIT
"""Real-model fixtures for the model readers (app/config/ModelFile.h): a small DCGAN-like
generator, its weights saved three ways, and PyTorch's answers. Writes into models/ beside this
script. Deterministic (fixed seed); run with /usr/bin/python3 (Debian's python3-torch).

  dcgan.pt               torch.save(generator.state_dict()): the zip format, data.pkl + data/N
  dcgan-checkpoint.pt    torch.save({"epoch": 3, "state_dict": ..., "optimizer": ...}), as
                         training loops save it
  dcgan.safetensors      the same tensors in safetensors' layout, written here byte by byte
                         (an 8-byte length, a JSON header, raw little-endian data); F32, with
                         one F16 and one BF16 copy of the last weight, and the BatchNorm
                         counters as I64
  dcgan.npz              np.savez of every tensor (stored), dcgan-deflated.npz compressed
  strided.pt             a transposed view: strides (1, 3) over its storage
  dcgan.json             every tensor (name, shape, dtype), the ConvTranspose2d candidates, and
                         the last layer's output for a fixed input at stride 2, padding 1
"""

import collections
import json
import os
import struct

import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(5)
torch.set_num_threads(1)
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "models")
os.makedirs(HERE, exist_ok=True)

generator = nn.Sequential(
    nn.ConvTranspose2d(8, 6, 4, 1, 0, bias=False),
    nn.BatchNorm2d(6),
    nn.ReLU(True),
    nn.ConvTranspose2d(6, 4, 4, 2, 1, bias=False),
    nn.BatchNorm2d(4),
    nn.ReLU(True),
    nn.ConvTranspose2d(4, 3, 4, 2, 1, bias=True),
    nn.Tanh(),
)
# Weights with two decimals, so the JSON and every format hold them exactly.
with torch.no_grad():
    for p in generator.parameters():
        p.copy_(torch.round(torch.randn_like(p) * 100) / 100)
state = generator.state_dict()
torch.save(state, os.path.join(HERE, "dcgan.pt"))
optimizer = torch.optim.SGD(generator.parameters(), lr=0.1, momentum=0.9)
torch.save({"epoch": 3, "state_dict": state, "optimizer": optimizer.state_dict()},
           os.path.join(HERE, "dcgan-checkpoint.pt"))

SAFE_DTYPES = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.float64: "F64",
               torch.int64: "I64"}
safe = collections.OrderedDict((name, t) for name, t in state.items())
safe["copies.half"] = state["6.weight"].to(torch.float16)
safe["copies.bfloat16"] = state["6.weight"].to(torch.bfloat16)
safe["copies.double"] = state["6.weight"].to(torch.float64)
header, blobs, offset = {}, [], 0
for name, t in safe.items():
    data = t.contiguous().view(torch.uint8).numpy().tobytes() if t.dtype == torch.bfloat16 \
        else t.contiguous().numpy().tobytes()
    header[name] = {"dtype": SAFE_DTYPES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
header["__metadata__"] = {"format": "pt"}
text = json.dumps(header).encode()
text += b" " * (-len(text) % 8)
with open(os.path.join(HERE, "dcgan.safetensors"), "wb") as f:
    f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))

floats = {name: t.numpy() for name, t in state.items()}  # the int64 BatchNorm counters too
np.savez(os.path.join(HERE, "dcgan.npz"), **floats)
np.savez_compressed(os.path.join(HERE, "dcgan-deflated.npz"), **floats)

# A view that is not contiguous: torch.save keeps its strides, (1, 3) over a storage of 6.
torch.save({"transposed": torch.arange(6.0).reshape(2, 3).t()}, os.path.join(HERE, "strided.pt"))

x = torch.round(torch.randn(1, 4, 5, 5) * 100) / 100
layer = generator[6]
expected = layer(x).detach()
dtype_names = {torch.float32: "float32", torch.int64: "int64"}
with open(os.path.join(HERE, "dcgan.json"), "w") as f:
    json.dump({
        "generator": "tests/golden/generate_model_fixtures.py",
        "torch_version": torch.__version__,
        "tensors": [{"name": n, "shape": list(t.shape), "dtype": dtype_names[t.dtype], "values": t.flatten().tolist()}
                    for n, t in state.items()],
        "candidates": [{"weight": "0.weight", "bias": None, "in_channels": 8, "out_channels": 6, "kernel_size": [4, 4]},
                       {"weight": "3.weight", "bias": None, "in_channels": 6, "out_channels": 4, "kernel_size": [4, 4]},
                       {"weight": "6.weight", "bias": "6.bias", "in_channels": 4, "out_channels": 3, "kernel_size": [4, 4]}],
        "layer": {"weight": "6.weight", "bias": "6.bias", "stride": 2, "padding": 1,
                  "input": x.tolist(), "output": expected.tolist()},
    }, f)
print("wrote", sorted(os.listdir(HERE)))

# Hostile files, each of which the readers must refuse clearly without running anything.
HOSTILE = os.path.join(HERE, "hostile")
os.makedirs(HOSTILE, exist_ok=True)
import io
import zipfile


def pickle_string(text):
    data = text.encode()
    return b"X" + struct.pack("<I", len(data)) + data


def checkpoint(path, pickle_bytes, storages):
    """A torch.save-shaped zip: archive/data.pkl and archive/data/KEY."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", pickle_bytes)
        z.writestr("archive/version", "3\n")
        for key, data in storages.items():
            z.writestr("archive/data/" + key, data)


def tensor_pickle(name, numel, size, stride, offset=0):
    """SETITEMS of one tensor NAME over a FloatStorage '0' of numel elements."""
    t = lambda *ints: b"(" + b"".join(b"K" + bytes([i]) for i in ints) + b"t"
    return (pickle_string(name) + b"ctorch._utils\n_rebuild_tensor_v2\n(" +
            b"(" + pickle_string("storage") + b"ctorch\nFloatStorage\n" + pickle_string("0") + pickle_string("cpu") +
            b"K" + bytes([numel]) + b"tQ" + b"K" + bytes([offset]) + t(*size) + t(*stride) + b"\x89" +
            b"ccollections\nOrderedDict\n)RtR")


def state_dict_pickle(*items):
    return b"\x80\x02ccollections\nOrderedDict\n)R(" + b"".join(items) + b"u."


with open(os.path.join(HERE, "dcgan.pt"), "rb") as f:
    whole = f.read()
with open(os.path.join(HOSTILE, "truncated.pt"), "wb") as f:
    f.write(whole[: len(whole) // 2])

# A zip bomb: an entry of dcgan-deflated.npz declares 3 GB, in its local header and in the
# central directory alike, from a few hundred compressed bytes.
with open(os.path.join(HERE, "dcgan-deflated.npz"), "rb") as f:
    bomb = bytearray(f.read())
local = bomb.find(b"PK\x03\x04")
struct.pack_into("<I", bomb, local + 22, 3_000_000_000)
central = bomb.find(b"PK\x01\x02")
struct.pack_into("<I", bomb, central + 24, 3_000_000_000)
with open(os.path.join(HOSTILE, "bomb.npz"), "wb") as f:
    f.write(bomb)

checkpoint(os.path.join(HOSTILE, "os-system.pt"),
           b"\x80\x02cos\nsystem\n" + pickle_string("echo owned") + b"\x85R.", {})
checkpoint(os.path.join(HOSTILE, "eval.pt"),
           b"\x80\x02cbuiltins\neval\n" + pickle_string("print('owned')") + b"\x85R.", {})
checkpoint(os.path.join(HOSTILE, "offsets.pt"),
           state_dict_pickle(tensor_pickle("w", 4, (2, 3), (3, 1))), {"0": struct.pack("<4f", 1, 2, 3, 4)})
checkpoint(os.path.join(HOSTILE, "duplicate.pt"),
           state_dict_pickle(tensor_pickle("w", 4, (2, 2), (2, 1)), tensor_pickle("w", 4, (2, 2), (2, 1))),
           {"0": struct.pack("<4f", 1, 2, 3, 4)})
torch.save(state, os.path.join(HOSTILE, "legacy.pt"), _use_new_zipfile_serialization=False)

with open(os.path.join(HOSTILE, "header-length.safetensors"), "wb") as f:
    f.write(struct.pack("<Q", 1 << 40) + b'{"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}' + b"\0" * 4)
text = b'{"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, "w": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}'
with open(os.path.join(HOSTILE, "duplicate.safetensors"), "wb") as f:
    f.write(struct.pack("<Q", len(text)) + text + b"\0" * 8)
text = b'{"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 1000000]}}'
with open(os.path.join(HOSTILE, "offsets.safetensors"), "wb") as f:
    f.write(struct.pack("<Q", len(text)) + text + b"\0" * 16)
print("wrote", sorted(os.listdir(HOSTILE)))
