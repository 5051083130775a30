# SPDX-License-Identifier: MIT
"""Writes tests/fuzz/corpus: the nasty files that seed config_fuzzer and that tst_nasty_configs
reads one by one. Each file's name says what is wrong with it. .json files go to the config reader,
.npy files to the .npy reader, model-* files to the model readers (copies of tests/golden/models and
its hostile/ folder, whose model reproducers this script writes too, without PyTorch).

Writes tests/fuzz/corpus-parts too: the parts of model files that a zip's CRC keeps mutations away
from, without their wrapper, for model_parts_fuzzer: npy-* (an .npz entry's bytes), pickle-* (a
checkpoint's data.pkl), safetensors-* (a header, a NUL, then its data section).

    python3 tests/fuzz/make_corpus.py                 # the committed corpus and reproducers
    python3 tests/fuzz/make_corpus.py --large DIR     # only the large reproducers, into DIR

The large ones (megabytes, some of them lessons and configs) are what made the program hold
gigabytes or take minutes; tst_runaway_limits writes them at run time rather than commit them, and
--large leaves the committed files alone.
Needs only Python 3 (NumPy writes a few .npy files when present, so they are NumPy's own bytes)."""

import json
import os
import shutil
import struct
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PARTS = os.path.join(HERE, "corpus-parts")
PRESETS = os.path.join(HERE, "..", "..", "resources", "presets")
MODELS = os.path.join(HERE, "..", "golden", "models")
HOSTILE = os.path.join(MODELS, "hostile")
LARGE = sys.argv[sys.argv.index("--large") + 1] if "--large" in sys.argv else None
if LARGE:  # the committed folders stay as they are: everything else is written to a scratch folder
    SCRATCH = tempfile.mkdtemp()
    CORPUS, PARTS, HOSTILE_OUT = (os.path.join(SCRATCH, d) for d in ("corpus", "parts", "hostile"))
    os.makedirs(HOSTILE_OUT)
else:
    HOSTILE_OUT = HOSTILE

shutil.rmtree(CORPUS, ignore_errors=True)
shutil.rmtree(PARTS, ignore_errors=True)
os.makedirs(CORPUS)
os.makedirs(PARTS)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(CORPUS, name), "wb") as f:
        f.write(data)


# A small valid config; most nasty files are it with one thing broken.
VALID = {
    "in_channels": 1, "out_channels": 1, "kernel_size": 2, "stride": 2, "padding": 0,
    "output_padding": 0, "dilation": 1, "groups": 1, "bias": False,
    "input": [[1, 2], [3, 4]],
    "weight": [[1, 0], [0, 1]],
}


def config(**changes):
    c = dict(VALID)
    c.update(changes)
    return json.dumps(c)


# Valid configs: three presets and the base.
for preset in ("seed004-k4-s2-p1.json", "groups-4to4-g2.json", "seed000-k3-s2-p1.json"):
    shutil.copy(os.path.join(PRESETS, preset), os.path.join(CORPUS, "valid-preset-" + preset))
write("valid-small.json", config())
write("valid-with-bom.json", b"\xef\xbb\xbf" + config().encode())
write("valid-nan-inf-strings.json", config(input=[["nan", "inf"], ["-inf", 1]]))
write("valid-negative-zero-padding.json", config().replace('"padding": 0', '"padding": -0'))
write("tiny-1e-400-in-input.json", config().replace("[1, 2]", "[1e-400, 2]"))
write("valid-huge-1e308-in-input.json", config().replace("[1, 2]", "[1e308, 2]"))
write("duplicate-key-stride.json", config().replace('"stride": 2', '"stride": 2, "stride": 3'))
shutil.copy(os.path.join(PRESETS, "conv1d-k3-s2.json"), os.path.join(CORPUS, "valid-preset-conv1d-k3-s2.json"))
write("valid-conv1d-grouped.json",
      config(module="ConvTranspose1d", in_channels=2, out_channels=2, groups=2, kernel_size=[3],
             stride=2, padding=1, output_size=[1, 2, 6], input=[[[1, 2, 3], [4, 5, 6]]],
             weight=[[[1, 0, -1]], [[0.5, 0.5, 0.5]]]))
write("conv1d-with-2d-tensors.json", config(module="ConvTranspose1d"))

# Not JSON, or not an object.
write("empty.json", b"")
write("whitespace-only.json", " \n\t ")
write("top-level-list.json", "[1, 2, 3]")
write("top-level-null.json", "null")
write("top-level-string.json", '"input"')
write("truncated-mid-object.json", config()[:60])
write("truncated-mid-string.json", '{"input": [[1, 2]], "wei')
write("truncated-after-colon.json", '{"input":')
write("nan-as-number.json", config().replace("[1, 2]", "[NaN, 2]"))
write("inf-as-number.json", config().replace("[1, 2]", "[Infinity, 2]"))
write("huge-1e400-as-number.json", config().replace("[1, 2]", "[1e400, 2]"))
write("non-utf8-bytes-in-string.json", config(name="X").encode().replace(b'"X"', b'"\xff\xfe\xc3("'))
write("non-utf8-bytes-in-key.json", config().encode().replace(b'"stride"', b'"str\xc0\xafide"'))
write("utf16-encoded.json", config().encode("utf-16"))
write("nul-byte-inside.json", config().encode().replace(b'"stride"', b'"str\x00ide"'))
write("control-characters.json", "{\x01\x02}")

# Deep nesting.
write("deep-nesting-10000-lists-in-input.json",
      config(input="@").replace('"@"', "[" * 10000 + "1" + "]" * 10000))
write("deep-nesting-10000-objects.json", '{"a":' * 10000 + "1" + "}" * 10000)
write("deep-nesting-1000-lists-in-input.json",
      config(input="@").replace('"@"', "[" * 1000 + "1" + "]" * 1000))
write("deep-nesting-100-lists-in-weight.json",
      config(weight="@").replace('"@"', "[" * 100 + "1" + "]" * 100))

# Huge numbers where integers belong.
write("huge-1e308-stride.json", config(stride=1e308))
write("huge-2pow63-kernel-size.json", config().replace('"kernel_size": 2', '"kernel_size": 9223372036854775808'))
write("huge-2pow31-padding.json", config(padding=2**31))
write("huge-negative-2pow63-dilation.json", config().replace('"dilation": 1', '"dilation": -9223372036854775808'))
write("huge-in-channels-1e9.json", config(in_channels=10**9, out_channels=10**9))
write("fraction-stride.json", config(stride=1.5))
write("nan-string-stride.json", config(stride="nan"))
write("zero-stride.json", config(stride=0))
write("zero-groups.json", config(groups=0))
write("negative-kernel-size.json", config(kernel_size=-3))
write("huge-output-size.json", config(output_size=[2**31 - 1, 2**31 - 1]))

# Wrong types for every key.
WRONG = {
    "name": 3, "description": [], "in_channels": "one", "out_channels": True,
    "kernel_size": [1, 2, 3], "stride": {"h": 1}, "padding": None, "output_padding": "0",
    "dilation": [1, "1"], "groups": 1.5, "bias": "yes", "output_size": 7,
    "input": "ones", "weight": 42,
}
for key, value in WRONG.items():
    write("wrong-type-%s.json" % key.replace("_", "-"), config(**{key: value}))
write("unknown-key-strides.json", config(strides=2))
write("missing-input.json", json.dumps({k: v for k, v in VALID.items() if k != "input"}))
write("ragged-input.json", config(input=[[1, 2], [3]]))
write("bias-with-string.json", config(bias=[1, "x"]))

# Fill objects.
write("fill-shape-1e9-by-1e9.json", config(input={"shape": [10**9, 10**9], "fill": "ones"}))
write("fill-shape-2pow62-cubed.json", config(input={"shape": [2**62, 2**62, 2**62], "fill": "zeros"}))
write("fill-shape-2pow53-plus-1.json", config(input={"shape": [2**53 + 1], "fill": "zeros"}))
write("fill-shape-negative.json", config(input={"shape": [1, -4, 4], "fill": "ones"}))
write("fill-shape-fraction.json", config(input={"shape": [1, 2.5], "fill": "ones"}))
write("fill-shape-empty-list.json", config(input={"shape": [], "fill": "ones"}))
write("fill-shape-zero-extent.json", config(input={"shape": [1, 0, 4], "fill": "ones"}))
write("fill-unknown-kind.json", config(input={"shape": [2, 2], "fill": "lots"}))
write("fill-kind-not-a-string.json", config(input={"shape": [2, 2], "fill": 1}))
write("fill-missing-shape.json", config(input={"fill": "ones"}))
write("fill-negative-seed.json", config(input={"shape": [2, 2], "fill": "random", "seed": -1}))
write("fill-huge-seed.json", config(input={"shape": [2, 2], "fill": "random", "seed": 1e300}))
write("fill-start-nan-string.json", config(weight={"shape": [1, 1, 2, 2], "fill": "arange", "start": "nan"}))
write("fill-start-1e308.json", config(weight={"shape": [1, 1, 2, 2], "fill": "arange", "start": 1e308}))
write("fill-unknown-key.json", config(input={"shape": [2, 2], "fill": "ones", "shap": 1}))
write("weight-fill-from-huge-arguments.json",
      config(in_channels=2**31 - 1, out_channels=2**31 - 1, kernel_size=2**31 - 1, weight={"fill": "ones"}))


# {"npy": PATH} references, relative to the corpus folder: tensors read from disk must be regular
# .npy files of a sane size.
write("npy-reference-valid.json", config(weight={"npy": "npy-numpy-big-endian-f8.npy"}))
write("npy-reference-to-dev-zero.json", config(input={"npy": "/dev/zero"}))
write("npy-reference-to-a-folder.json", config(input={"npy": "."}))
write("npy-reference-to-a-missing-file.json", config(input={"npy": "no-such-file.npy"}))
write("npy-reference-to-a-config.json", config(input={"npy": "valid-small.json"}))
write("npy-reference-not-a-string.json", config(input={"npy": 7}))
write("npy-reference-with-fill-keys.json", config(input={"npy": "npy-valid-f4-2x2.npy", "fill": "ones"}))

# .npy files: version 1.0 preamble around a header dict, then raw data.
def npy(header, data=b"", version=(1, 0), magic=b"\x93NUMPY", length=None):
    header = header.encode("latin-1")
    pad = 64 - (10 + len(header) + 1) % 64
    header = header + b" " * (pad % 64) + b"\n"
    size = len(header) if length is None else length
    if version[0] == 1:
        prefix = struct.pack("<H", size)
    else:
        prefix = struct.pack("<I", size)
    return magic + bytes(version) + prefix + header + data


F4 = struct.pack("<4f", 1, 2, 3, 4)
write("npy-valid-f4-2x2.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", F4))
write("npy-valid-big-endian-f4.npy",
      npy("{'descr': '>f4', 'fortran_order': False, 'shape': (2, 2), }", struct.pack(">4f", 1, 2, 3, 4)))
write("npy-valid-f8-version-2.npy",
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }", struct.pack("<4d", 1, 2, 3, 4), version=(2, 0)))
write("npy-valid-scalar.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (), }", F4[:4]))
write("npy-valid-zero-size.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 4), }"))
write("npy-empty.npy", b"")
write("npy-wrong-magic.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", F4, magic=b"\x93NUMPZ"))
write("npy-truncated-preamble.npy", b"\x93NUMPY\x01")
write("npy-truncated-header.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", F4)[:30])
write("npy-header-length-beyond-file.npy",
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", F4, version=(2, 0), length=0xFFFFFFFF))
write("npy-version-9.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", F4, version=(9, 0)))
write("npy-float16.npy", npy("{'descr': '<f2', 'fortran_order': False, 'shape': (2, 2), }", F4[:8]))
write("npy-int64.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", F4))
write("npy-fortran-order.npy", npy("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", F4))
write("npy-shape-needs-more-data.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 3), }", F4))
write("npy-shape-leaves-data-over.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", F4))
write("npy-huge-shape-1e9-by-1e9.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000, 1000000000), }", F4))
write("npy-overflow-shape-2pow62-squared.npy",
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4611686018427387904), }", F4))
write("npy-shape-beyond-int64.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,), }", F4))
write("npy-negative-shape.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 4), }", F4))
write("npy-shape-not-numbers.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': ('a', 'b'), }", F4))
write("npy-header-without-shape.npy", npy("{'descr': '<f4', 'fortran_order': False, }", F4))
write("npy-header-not-a-dict.npy", npy("\xff\xfe garbage \x00", F4))
write("npy-json-config-renamed.npy", config())

# Issue 11: what reached past the limits or read the wrong thing.
write("stack-two-k128-s128.json", config(stack=[{"kernel_size": 128, "stride": 128}] * 2))
write("stack-three-k64-s64.json", config(stack=[{"kernel_size": 64, "stride": 64}] * 3))
write("stack-kernel-zero.json", config(stack=[{"kernel_size": 0}]))
write("stack-weight-contradicts-kernel-size.json", config(stack=[{"kernel_size": 3, "weight": [[1, 2], [3, 4]]}]))
write("stack-stride-2pow31-minus-1.json", config(stack=[{"kernel_size": 2, "stride": 2**31 - 1}]))
write("stack-weight-npy-dev-zero.json", config(stack=[{"kernel_size": 2, "weight": {"npy": "/dev/zero"}}]))
write("stack-duplicate-key-in-a-layer.json",
      config(stack=[{"kernel_size": 2}]).replace('"kernel_size": 2}', '"kernel_size": 2, "kernel_size": 3}'))
write("npy-reference-with-nul-to-dev-zero.json", config(input={"npy": "/dev/zero\u0000x"}))
write("duplicate-key-escaped-stride.json", config().replace('"stride": 2', '"stride": 2, "str\\u0069de": 3'))
write("duplicate-key-in-fill-object.json",
      config(input={"shape": [2, 2], "fill": "ones"}).replace('"fill": "ones"', '"fill": "ones", "fill": "zeros"'))
write("huge-2pow63-out-channels.json", config().replace('"out_channels": 1', '"out_channels": 9223372036854775808'))
write("huge-2pow63-minus-1-padding.json", config().replace('"padding": 0', '"padding": 9223372036854775807'))
write("huge-2pow64-in-a-stride-pair.json", config().replace('"stride": 2', '"stride": [1, 18446744073709551616]'))
write("huge-100-digit-dilation.json", config().replace('"dilation": 1', '"dilation": ' + "9" * 100))
# numpy's literal_eval would keep the last of two keys; a header saying two things is refused.
write("npy-two-shape-keys.npy",
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'shape': (2,), }", F4[:8]))
write("npy-f8-beyond-float32.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", struct.pack("<2d", 1, 1e300)))
write("npy-f8-underflows-float32.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", struct.pack("<2d", 1e-300, 1)))
write("npy-f8-nan-and-inf-read.npy",
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", struct.pack("<2d", float("nan"), float("-inf"))))

try:
    import numpy as np
    import io

    def save(name, array):
        buffer = io.BytesIO()
        np.save(buffer, array)
        write(name, buffer.getvalue())

    save("npy-numpy-float16.npy", np.ones((2, 2), dtype=np.float16))
    save("npy-numpy-big-endian-f8.npy", np.arange(4, dtype=">f8").reshape(1, 1, 2, 2))
    save("npy-numpy-fortran-order.npy", np.asfortranarray(np.ones((2, 3), dtype=np.float32)))
except ImportError:
    print("NumPy missing: the npy-numpy-* files were not written")

# Round 3: the .npy header parsed as numpy parses it, nothing guessed from its text.
write("npy-two-descr-keys.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (4,), 'descr': '<f4', }", F4))
write("npy-descr-text-in-the-data.npy",
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", b"'descr': '<i8'\0\0"))
write("npy-extra-key.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), 'x': 1, }", F4))
write("npy-text-after-the-dict.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), } 'descr': '<i8'", F4))
write("npy-structured-dtype.npy", npy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (4,), }", F4))
write("npy-shape-a-number-not-a-tuple.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4), }", F4))
write("npy-escaped-descr.npy", npy("{'descr': '\\x3cf4', 'fortran_order': False, 'shape': (4,), }", F4))


# Model files. Zips get a fixed date, so the files are the same on every run.
def zip_bytes(entries):
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def pickle_string(text):
    data = text.encode()
    return b"\x8c" + bytes([len(data)]) + data if len(data) < 256 else b"X" + struct.pack("<I", len(data)) + data


def pickle_tuple(items):
    return b"(" + b"".join(items) + b"t"


def pickle_int(i):
    return b"J" + struct.pack("<i", i)


def storage(kind="FloatStorage", key="0", numel=1):
    return (b"(" + pickle_string("storage") + b"ctorch\n" + kind.encode() + b"\n" + pickle_string(key) + pickle_string("cpu")
            + pickle_int(numel) + b"tQ")


def tensor(size, stride, kind="FloatStorage", key="0", numel=1):
    """_rebuild_tensor_v2(storage, 0, size, stride, False, OrderedDict())"""
    return (b"ctorch._utils\n_rebuild_tensor_v2\n(" + storage(kind, key, numel) + b"K\x00"
            + pickle_tuple([pickle_int(i) for i in size]) + pickle_tuple([pickle_int(i) for i in stride])
            + b"\x89ccollections\nOrderedDict\n)RtR")


def state_dict(items):
    """An OrderedDict of (name, pickled value) pairs."""
    return b"\x80\x02ccollections\nOrderedDict\n)R(" + b"".join(pickle_string(k) + v for k, v in items) + b"u."


def checkpoint(pickle, storages):
    return zip_bytes([("archive/data.pkl", pickle), ("archive/version", b"3\n")]
                     + [("archive/data/" + key, data) for key, data in storages.items()])


def memo_shape_copies(dims, names):
    """One tensor of `dims` unit axes, memoised, then named by `names` entries that BINGET it: every
    entry copied the shape and strides (16 bytes an axis) when the state_dict was read."""
    ones = [b"K\x01"] * dims
    first = pickle_string("t0") + tensor([1] * dims, [1] * dims).replace(pickle_tuple([pickle_int(1)] * dims), pickle_tuple(ones)) \
        + b"r" + struct.pack("<I", 1)
    rest = b"".join(pickle_string("t%d" % i) + b"j" + struct.pack("<I", 1) for i in range(1, names))
    return b"\x80\x02ccollections\nOrderedDict\n)R(" + first + rest + b"u."


def safetensors(header, data):
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + data


def npz(entries):
    return zip_bytes([(name, data) for name, data in entries])


F32x32 = struct.pack("<32f", *range(32))
ROUND3 = {
    # compute printed heap bytes (and a heap address) as the output: the int64 guess read 256
    # bytes where the header promised 128
    "npz-two-descr.npz": npz([("w.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (1, 1, 4, 8), 'descr': '<f4', }", F32x32))]),
    # a float32 entry whose data holds the text 'descr': '<i8': read as int64, twice its size
    "npz-descr-in-data.npz": npz([("w.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 1, 4), }",
                                                b"'descr': '<i8'\0\0"))]),
    # 654 bytes: two views of 2^28 elements over one stored float made 2 GB in 16 s
    "pt-stride0-views.pt": checkpoint(
        b"\x80\x02}(" + pickle_string("epoch") + b"K\x01" + pickle_string("state_dict") + b"ccollections\nOrderedDict\n)R("
        + b"".join(pickle_string("t%d" % i) + tensor([1 << 28], [0]) for i in range(2)) + b"uu.",
        {"0": struct.pack("<f", 1)}),
    # every BINGET of the memoised tensor copied its 3000-axis shape: 200 MB from 40 kB
    "pt-memo-shape-copies.pt": checkpoint(memo_shape_copies(3000, 3000), {"0": struct.pack("<f", 1)}),
    # a mask and BatchNorm's counter beside a weight: read and listed, never a layer
    "pt-uint8-mask.pt": checkpoint(
        state_dict([("up.weight", tensor([1, 1, 2, 2], [4, 2, 2, 1], numel=4)),
                    ("up.mask", tensor([4], [1], kind="ByteStorage", key="1", numel=4)),
                    ("bn.num_batches_tracked", tensor([], [], kind="LongStorage", key="2", numel=1)),
                    ("up.keep", tensor([2], [1], kind="BoolStorage", key="3", numel=2))]),
        {"0": struct.pack("<4f", 1, 2, 3, 4), "1": bytes([0, 1, 1, 0]), "2": struct.pack("<q", 7), "3": bytes([1, 0])}),
    "pt-negative-size.pt": checkpoint(state_dict([("w", tensor([2, -1], [1, 1], numel=4))]), {"0": struct.pack("<4f", 1, 2, 3, 4)}),
    # a dict holding itself
    "pt-cycle.pt": zip_bytes([("archive/data.pkl", b"\x80\x02}q\x00X\x01\x00\x00\x00ah\x00s.")]),
    # a hundred names over the same 64 bytes: a hundred tensors made of them (a thousand over 2 MB
    # made 4.1 GB: --large writes that one)
    "st-overlap.safetensors": safetensors({("t%d" % i): {"dtype": "F16", "shape": [32], "data_offsets": [0, 64]}
                                           for i in range(100)}, bytes(64)),
    "st-gap.safetensors": safetensors({"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]},
                                       "b": {"dtype": "F32", "shape": [1], "data_offsets": [8, 12]}}, bytes(12)),
    "st-dtype-not-a-string.safetensors": safetensors({"w": {"dtype": {"a": 1}, "shape": [1], "data_offsets": [0, 4]}}, bytes(4)),
    "st-shape-not-a-list.safetensors": safetensors({"w": {"dtype": "F32", "shape": "4", "data_offsets": [0, 16]}}, bytes(16)),
    "st-negative-size.safetensors": safetensors({"w": {"dtype": "F32", "shape": [-1, 4], "data_offsets": [0, 16]}}, bytes(16)),
    "st-f64-beyond-float32.safetensors": safetensors({"w": {"dtype": "F64", "shape": [2], "data_offsets": [0, 16]}},
                                                     struct.pack("<2d", 1, 1e300)),
}
for name, data in ROUND3.items():
    with open(os.path.join(HOSTILE_OUT, name), "wb") as f:
        f.write(data)

# The model fixtures and every hostile file, as the main corpus's model-* files.
for folder, prefix in ((MODELS, "model-"), (HOSTILE, "model-hostile-")):
    for name in sorted(os.listdir(folder)):
        if name.endswith((".pt", ".npz", ".safetensors")):
            shutil.copy(os.path.join(folder, name), os.path.join(CORPUS, prefix + name))


# corpus-parts: what is inside those files, unwrapped (run_fuzzer.sh gives model_parts_fuzzer
# inputs of up to 64 kB).
PART_MAX = 65536
def part(name, data):
    with open(os.path.join(PARTS, name), "wb") as f:
        f.write(data)


for name in sorted(os.listdir(CORPUS)):
    if name.endswith(".npy"):
        shutil.copy(os.path.join(CORPUS, name), os.path.join(PARTS, name))
for folder, prefix in ((MODELS, ""), (HOSTILE, "hostile-")):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not zipfile.is_zipfile(path):
            if name.endswith(".safetensors"):
                data = open(path, "rb").read()
                length = struct.unpack("<Q", data[:8])[0]
                if 8 + length <= len(data) and len(data) < PART_MAX:
                    part("safetensors-" + prefix + name, data[8:8 + length] + b"\0" + data[8 + length:])
            continue
        try:
            z = zipfile.ZipFile(path)
            for entry in z.namelist():
                data = z.read(entry)
                stem = prefix + name.rsplit(".", 1)[0]
                if entry.endswith("data.pkl") and len(data) < PART_MAX:
                    part("pickle-%s.pkl" % stem, data)
                elif entry.endswith(".npy") and len(data) < PART_MAX:
                    part("npy-%s-%s" % (stem, entry.replace("/", "-")), data)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError):
            pass  # the truncated and bomb zips: what they hold is not the point
part("pickle-memo-shape-copies-small.pkl", memo_shape_copies(400, 600))

if LARGE:
    os.makedirs(LARGE, exist_ok=True)

    def large(name, data):
        with open(os.path.join(LARGE, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())

    # A 1.3 MB pickle: 100 000 names over one 10 000-axis tensor, 16 GB of copies (std::bad_alloc).
    large("pt-memo-shape-copies.pt", checkpoint(memo_shape_copies(10000, 100000), {"0": struct.pack("<f", 1)}))
    # 2.2 MB: a thousand F16 tensors over the same 2 MB (4.1 GB, exit 0).
    n = 1 << 20
    large("st-overlap.safetensors", safetensors({("t%d" % i): {"dtype": "F16", "shape": [n], "data_offsets": [0, 2 * n]}
                                                 for i in range(1000)}, bytes(2 * n)))
    # 100 000 entries: the duplicate-name check was a list search per entry (52 s).
    entry = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", bytes(4))
    large("npz-100k-entries.npz", npz([("t%d.npy" % i, entry) for i in range(100000)]))
    # A config whose name ends a generated script's comment and runs code.
    large("name-runs-code.json", json.dumps(dict(VALID, name="demo\rimport os; os.system('touch owned')",
                                                 description="line\u2028import sys\x85x = 1")))
    # A 2^28-element weight: its script would be about 3 GB (std::bad_alloc after two minutes).
    large("weight-2pow28.json", json.dumps({"kernel_size": 16384, "input": [[1]],
                                            "weight": {"shape": [1, 1, 16384, 16384], "fill": "arange"}}))
    # compute's multiply-add limit, after a 2^28-element fill (1 GB) had been made.
    large("macs-beyond-limit.json", json.dumps({"kernel_size": 16384, "input": {"shape": [1, 1, 16, 16], "fill": "ones"},
                                                "weight": {"shape": [1, 1, 16384, 16384], "fill": "ones"}}))
    # Lessons: a 1 MB unbroken caption (45 s), 1000 GIF slides (an hour), one model on 50 slides.
    preset = "preset:seed004-k4-s2-p1"
    large("lesson-caption-1mb.json", json.dumps({"lesson": "L", "slides": [{"title": "t", "caption": "x" * (1 << 20), "config": preset}]}))
    large("lesson-1000-gifs.json", json.dumps({"lesson": "L", "slides": [{"title": "t%d" % i, "steps": "0-18", "config": preset}
                                                                          for i in range(1000)]}))
    big = 8 << 20
    large("model-32mb.safetensors", safetensors({"w": {"dtype": "F32", "shape": [1, 1, 4, 4], "data_offsets": [0, 64]},
                                                 "big": {"dtype": "F32", "shape": [big], "data_offsets": [64, 64 + 4 * big]}},
                                                struct.pack("<16f", *range(16)) + bytes(4 * big)))
    layer = {"kernel_size": 4, "stride": 2, "padding": 1, "input": {"shape": [1, 1, 4, 4], "fill": "ones"},
             "weight": {"model": "model-32mb.safetensors", "tensor": "w"}}
    large("lesson-one-model-50-slides.json", json.dumps({"lesson": "L", "slides": [{"title": "t%d" % i, "config": layer}
                                                                                    for i in range(50)]}))
    large("lesson-duplicate-key-inline.json",
          json.dumps({"lesson": "L", "slides": [{"title": "t", "config": dict(VALID)}]}).replace('"stride": 2', '"stride": 2, "stride": 3'))
    print("wrote %d large reproducers to %s" % (len(os.listdir(LARGE)), LARGE))
    shutil.rmtree(SCRATCH)
    sys.exit(0)

print("wrote %d files to %s, %d to %s" % (len(os.listdir(CORPUS)), CORPUS, len(os.listdir(PARTS)), PARTS))
