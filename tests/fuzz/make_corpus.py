# SPDX-License-Identifier: MIT
"""Writes tests/fuzz/corpus: the nasty files that seed config_fuzzer and that tst_nasty_configs
reads one by one. Each file's name says what is wrong with it. .json files go to the config reader,
.npy files to the .npy reader. Needs only Python 3 (NumPy writes a few .npy files when present, so
they are NumPy's own bytes). Run from anywhere: python3 tests/fuzz/make_corpus.py"""

import json
import os
import shutil
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PRESETS = os.path.join(HERE, "..", "..", "resources", "presets")

shutil.rmtree(CORPUS, ignore_errors=True)
os.makedirs(CORPUS)


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
write("npy-two-shape-keys-last-wins.npy",
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

print("wrote %d files to %s" % (len(os.listdir(CORPUS)), CORPUS))
