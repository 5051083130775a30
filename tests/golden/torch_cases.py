# SPDX-License-Identifier: MIT
"""PyTorch as the oracle for Scatterboard's ConvTranspose2d: shared by generate_golden.py (which
freezes its answers into conv_transpose2d_cases.json) and crosscheck_torch.py (which asks it
afresh and compares with the scatterboard binary).

A "config" is the project's JSON config, exactly as `scatterboard compute CONFIG.json` reads it:
PyTorch's argument names, plus `input` and `weight` as nested lists (or, for tensors whose shape
nested lists cannot encode, a fill object {"shape": [...], "fill": "ones"}).

Run with Debian's interpreter (/usr/bin/python3): it is the one that has torch.
"""

import warnings

import torch

# The exception types PyTorch 1.13 raises for a bad ConvTranspose2d configuration. Anything else
# (TypeError, KeyError, ...) means the config itself is malformed, which must fail loudly rather
# than be frozen into the fixtures as if it were PyTorch's answer.
TORCH_ERRORS = (RuntimeError, ValueError, IndexError)


# --------------------------------------------------------------------------------------------
# Building configs


def make_config(in_channels, out_channels, kernel_size, input, weight, *, stride=1, padding=0,
                output_padding=0, dilation=1, groups=1, bias=False, output_size=None, module=None):
    """A config with every key written out, in one fixed order, so fixtures read alike.

    module is None for ConvTranspose2d (the config's default, left unsaid) or "ConvTranspose1d".
    """
    config = {"module": module} if module else {}
    config |= {
        "in_channels": in_channels,
        "out_channels": out_channels,
        "kernel_size": kernel_size,
        "stride": stride,
        "padding": padding,
        "output_padding": output_padding,
        "dilation": dilation,
        "groups": groups,
        "bias": bias,
    }
    # output_size is the one key with no neutral value: its absence is what selects
    # output_padding, so it is only written when used.
    if output_size is not None:
        config["output_size"] = output_size
    config["input"] = input
    config["weight"] = weight
    return config


def pair(value):
    """(h, w) from an argument given as an int or as a [h, w] list."""
    return (value, value) if isinstance(value, int) else tuple(value)


def filled(shape, value):
    """Nested lists of the given shape, every element `value`."""
    if not shape:
        return value
    return [filled(shape[1:], value) for _ in range(shape[0])]


def ones_weight(in_channels, out_channels, kernel_size, groups=1):
    """A weight of ones shaped as PyTorch would shape it, even for configs PyTorch rejects.

    Channel counts that groups does not divide get a single output channel per group, and
    negative kernel sizes are clamped to 0. Nested lists cannot carry an empty axis's siblings
    (the shape of [[]] does not say how long the missing rows were), so any 0-size axis turns the
    weight into a fill object.
    """
    kh, kw = (max(k, 0) for k in pair(kernel_size))
    per_group = out_channels // groups if groups > 0 and out_channels % groups == 0 else 1
    shape = [in_channels, per_group, kh, kw]
    if 0 in shape:
        return {"shape": shape, "fill": "ones"}
    return filled(shape, 1.0)


# --------------------------------------------------------------------------------------------
# Evaluating configs


def tensor_from_spec(spec):
    """float32 tensor from nested lists or a fill object."""
    if isinstance(spec, dict):
        shape, fill = spec["shape"], spec["fill"]
        if fill == "zeros":
            return torch.zeros(shape)
        if fill == "ones":
            return torch.ones(shape)
        if fill == "arange":
            # Mirrors core/TensorFill: start, start+1, ... in row-major order.
            count = 1
            for size in shape:
                count *= size
            return (torch.arange(count, dtype=torch.float32) + spec.get("start", 0)).reshape(shape)
        # "random" and "impulse" are defined by the C++ side; fixtures have no need for them.
        raise NotImplementedError(f"fill {fill!r} is not reproduced in Python")
    return torch.tensor(spec, dtype=torch.float32)


def evaluate(config):
    """PyTorch's answer for a config: {"expected": {...}} or {"error": {...}}.

    This function defines the semantics the C++ side must match: the module is built with the
    config's arguments, its parameters are replaced by the config's tensors, and it is called
    the way users call it (with output_size= when the config has one).
    """
    # Tensors are built outside the try: a config that cannot even be turned into tensors is a
    # bug in the fixture, not an error PyTorch reports.
    one_d = config.get("module") == "ConvTranspose1d"
    x = tensor_from_spec(config["input"])
    if one_d and x.dim() == 1 and isinstance(config["input"], list):
        x = x.unsqueeze(0)  # a list of L numbers: one channel, unbatched
    elif not one_d and x.dim() == 2:  # the config format's one-channel shorthand
        x = x.unsqueeze(0)
    weight = tensor_from_spec(config["weight"])
    if one_d and weight.dim() == 1 and isinstance(config["weight"], list):
        weight = weight.reshape(1, 1, *weight.shape)  # (k,) shorthand for one channel in and out
    elif not one_d and weight.dim() == 2:  # (kH, kW) shorthand for in_channels == out_channels == 1
        weight = weight.reshape(1, 1, *weight.shape)
    bias = config["bias"]
    bias = None if bias is False else torch.tensor(bias, dtype=torch.float32)

    def as_arg(value):
        return value if isinstance(value, int) else tuple(value)

    # The module may warn (e.g. initialising zero-element weights); only the result matters.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            # The constructor belongs inside the try: it is where groups are validated.
            module_class = torch.nn.ConvTranspose1d if one_d else torch.nn.ConvTranspose2d
            module = module_class(
                config["in_channels"], config["out_channels"], as_arg(config["kernel_size"]),
                stride=as_arg(config["stride"]), padding=as_arg(config["padding"]),
                output_padding=as_arg(config["output_padding"]), groups=config["groups"],
                bias=bias is not None, dilation=as_arg(config["dilation"]))
            with torch.no_grad():
                module.weight = torch.nn.Parameter(weight)
                if bias is not None:
                    module.bias = torch.nn.Parameter(bias)
                if "output_size" in config:
                    # Passed as the list itself: PyTorch echoes it verbatim in its messages.
                    out = module(x, output_size=config["output_size"])
                else:
                    out = module(x)
        except TORCH_ERRORS as error:
            return {"error": {"type": type(error).__name__, "message": str(error)}}
    return {"expected": {"output_shape": list(out.shape), "output": out.tolist()}}


# --------------------------------------------------------------------------------------------
# Describing configs


def describe(config):
    """A short sentence-like summary of a config.

    For example 'c2->4 3x5 k(3,2) s(2,1) p1 op(1,0) d1 g2 batched N2 bias', or for a ConvTranspose1d
    'c2->4 L5 k3 s2 p1 op1 d2 g2 unbatched'.
    """

    one_d = config.get("module") == "ConvTranspose1d"

    def fmt(value):
        if one_d:  # an integer or a list of one
            return str(value if isinstance(value, int) else value[0])
        h, w = pair(value)
        return str(h) if h == w else f"({h},{w})"

    shape = list(tensor_from_spec(config["input"]).shape)
    spatial = 1 if one_d else 2
    if len(shape) == spatial:
        layout = f"{spatial}-D input"
    elif len(shape) == spatial + 1:
        layout = "unbatched"
    else:
        layout = f"batched N{shape[0]}"
    words = [
        f"c{config['in_channels']}->{config['out_channels']}",
        f"L{shape[-1]}" if one_d else "x".join(str(s) for s in shape[-2:]),
        f"k{fmt(config['kernel_size'])}",
        f"s{fmt(config['stride'])}",
        f"p{fmt(config['padding'])}",
        f"op{fmt(config['output_padding'])}",
        f"d{fmt(config['dilation'])}",
        f"g{config['groups']}",
        layout,
    ]
    if config["bias"] is not False:
        words.append("bias")
    if "output_size" in config:
        words.append("output_size" + str(config["output_size"]).replace(" ", ""))
    return " ".join(words)


# --------------------------------------------------------------------------------------------
# Random valid configs


def random_value(rng):
    # Two decimals survive the JSON round trip exactly as typed; "+ 0.0" turns -0.0 into 0.0.
    return round(rng.uniform(-2.0, 2.0), 2) + 0.0


def random_tensor(rng, shape):
    if not shape:
        return random_value(rng)
    return [random_tensor(rng, shape[1:]) for _ in range(shape[0])]


def _random_pair(rng, values):
    """An (h, w) argument written in one of the config format's two spellings.

    Square values are written as an int or as [v, v] at random, to exercise both parsers;
    non-square ones are about as likely as square ones.
    """
    h = rng.choice(values)
    w = h if rng.random() < 0.5 else rng.choice(values)
    if h == w and rng.random() < 0.5:
        return h
    return [h, w]


def _random_config(rng):
    """One random small config; PyTorch may still reject it (e.g. an output size below 1)."""
    groups = rng.choice([1, 1, 1, 1, 2, 2, 3, 4])
    if groups == 1 and rng.random() < 0.3:
        # Single-channel layers are the seed documents' staple and the only ones that may use
        # the 2-D input and weight shorthands, so they get more than their uniform share.
        in_channels = out_channels = 1
    else:
        in_channels = groups * rng.randint(1, 4 // groups)
        out_channels = groups * rng.randint(1, 4 // groups)
    kernel_size = _random_pair(rng, [1, 2, 3, 4, 5])
    stride = _random_pair(rng, [1, 2, 3])
    padding = _random_pair(rng, [0, 0, 1, 2, 3])
    dilation = _random_pair(rng, [1, 1, 1, 2, 3])
    (sh, sw), (dh, dw) = pair(stride), pair(dilation)

    # output_padding only has to be below stride OR dilation, so its range is their maximum.
    if rng.random() < 0.4:
        output_padding = [rng.randrange(max(sh, dh)), rng.randrange(max(sw, dw))]
        if output_padding[0] == output_padding[1] and rng.random() < 0.5:
            output_padding = output_padding[0]
    else:
        output_padding = rng.choice([0, [0, 0]])

    height, width = rng.randint(1, 6), rng.randint(1, 6)
    layout = rng.choice(["unbatched", "N1", "N2"])
    if in_channels == 1 and rng.random() < 0.4:
        layout = "2-D"
    if layout == "2-D":
        input_shape = [height, width]
    elif layout == "unbatched":
        input_shape = [in_channels, height, width]
    else:
        input_shape = [int(layout[1]), in_channels, height, width]

    kh, kw = pair(kernel_size)
    if in_channels == out_channels == 1 and rng.random() < 0.5:
        weight_shape = [kh, kw]
    else:
        weight_shape = [in_channels, out_channels // groups, kh, kw]
    bias = random_tensor(rng, [out_channels]) if rng.random() < 0.5 else False

    output_size = None
    if rng.random() < 0.15:
        # Any size in PyTorch's accepted range [min, min + stride - 1], where min is the size
        # the formula gives with output_padding 0 (the config's output_padding is then ignored).
        (ph, pw) = pair(padding)
        size = [
            (height - 1) * sh - 2 * ph + dh * (kh - 1) + 1 + rng.randrange(sh),
            (width - 1) * sw - 2 * pw + dw * (kw - 1) + 1 + rng.randrange(sw),
        ]
        if rng.random() < 0.4:
            # The full-rank form: leading entries are (N, C) or (C,), which PyTorch drops.
            leading = [out_channels] if len(input_shape) <= 3 else [input_shape[0], out_channels]
            size = leading + size
        output_size = size

    return make_config(in_channels, out_channels, kernel_size,
                       random_tensor(rng, input_shape), random_tensor(rng, weight_shape),
                       stride=stride, padding=padding, output_padding=output_padding,
                       dilation=dilation, groups=groups, bias=bias, output_size=output_size)


def random_config_1d(rng):
    """One random small ConvTranspose1d config; PyTorch may still reject it."""
    groups = rng.choice([1, 1, 1, 2, 2, 3])
    if groups == 1 and rng.random() < 0.35:
        in_channels = out_channels = 1
    else:
        in_channels = groups * rng.randint(1, 4 // groups if groups < 4 else 1)
        out_channels = groups * rng.randint(1, 4 // groups if groups < 4 else 1)
    kernel = rng.randint(1, 5)
    stride = rng.choice([1, 2, 3])
    padding = rng.choice([0, 0, 1, 2])
    dilation = rng.choice([1, 1, 2, 3])
    output_padding = rng.randrange(max(stride, dilation)) if rng.random() < 0.4 else 0
    # An integer or its one-element list: PyTorch takes both, and so must the config reader.
    spell = lambda value: [value] if rng.random() < 0.2 else value  # noqa: E731
    length = rng.randint(1, 8)
    layout = rng.choice(["unbatched", "N1", "N2"])
    if in_channels == 1 and rng.random() < 0.4:
        layout = "1-D"
    if layout == "1-D":
        input_shape = [length]
    elif layout == "unbatched":
        input_shape = [in_channels, length]
    else:
        input_shape = [int(layout[1:]), in_channels, length]
    if in_channels == out_channels == 1 and rng.random() < 0.5:
        weight_shape = [kernel]
    else:
        weight_shape = [in_channels, out_channels // groups, kernel]
    bias = random_tensor(rng, [out_channels]) if rng.random() < 0.4 else False
    output_size = None
    if rng.random() < 0.2:
        size = [(length - 1) * stride - 2 * padding + dilation * (kernel - 1) + 1
                + rng.randrange(stride)]
        if rng.random() < 0.4 and layout != "1-D":
            size = ([out_channels] if len(input_shape) == 2 else [input_shape[0], out_channels]) + size
        output_size = size
    return make_config(in_channels, out_channels, spell(kernel), random_tensor(rng, input_shape),
                       random_tensor(rng, weight_shape), stride=spell(stride), padding=padding,
                       output_padding=output_padding, dilation=dilation, groups=groups, bias=bias,
                       output_size=output_size, module="ConvTranspose1d")


def random_valid_config(rng):
    """(config, expected): a random config PyTorch accepts, and its answer.

    Draws until PyTorch accepts one, so the mix of valid configs is whatever PyTorch's rules
    leave of the random draws (large paddings on small inputs are the usual rejects).
    """
    while True:
        config = _random_config(rng)
        result = evaluate(config)
        if "expected" in result:
            return config, result["expected"]


def random_valid_config_1d(rng):
    """(config, expected) for a random ConvTranspose1d config PyTorch accepts, like random_valid_config."""
    while True:
        config = random_config_1d(rng)
        result = evaluate(config)
        if "expected" in result:
            return config, result["expected"]


# --------------------------------------------------------------------------------------------
# Invalid configs


def _invalid(in_channels=1, out_channels=1, kernel_size=3, *, input_shape=(1, 1, 4, 4),
             input=None, bias=False, **arguments):
    """An invalid config built around ones: only the error matters, not the values."""
    if input is None:
        input = filled(list(input_shape), 1.0)
    return make_config(in_channels, out_channels, kernel_size, input,
                       ones_weight(in_channels, out_channels, kernel_size,
                                   arguments.get("groups", 1)),
                       bias=bias, **arguments)


def invalid_cases():
    """(name, config) for configurations PyTorch rejects, each probing one check.

    The "first of two" cases carry two faults at once, to pin down which check PyTorch performs
    first; Scatterboard must report the same one. Names ending in "[weight as fill object]" have
    a 0-size kernel axis, so their weight is given by shape rather than as nested lists.
    """
    fill_note = " [weight as fill object]"
    return [
        # Arguments checked by at::_convolution.
        ("stride 0", _invalid(stride=0)),
        ("negative stride", _invalid(stride=-1)),
        ("stride 0 on one axis", _invalid(stride=[1, 0])),
        ("negative stride on one axis", _invalid(stride=[2, -1])),
        ("negative padding", _invalid(padding=-1)),
        ("negative padding on one axis", _invalid(padding=[0, -2])),
        ("negative output_padding", _invalid(stride=2, output_padding=-1)),
        ("negative output_padding on one axis", _invalid(stride=2, output_padding=[0, -1])),
        # Arguments checked by the transposed-convolution kernel.
        ("dilation 0", _invalid(dilation=0)),
        ("dilation 0 on one axis", _invalid(dilation=[1, 0])),
        ("negative dilation", _invalid(dilation=-1)),
        ("kernel size 0" + fill_note, _invalid(kernel_size=0)),
        ("kernel size 0 on one axis" + fill_note, _invalid(kernel_size=[3, 0])),
        ("negative kernel size" + fill_note, _invalid(kernel_size=-1)),
        ("output_padding equal to stride and dilation", _invalid(output_padding=1)),
        ("output_padding above stride 2 on one axis",
         _invalid(stride=2, output_padding=[0, 2])),
        ("output_padding equal to stride 2 and dilation 2",
         _invalid(stride=2, dilation=2, output_padding=2)),
        ("output_padding 1 with stride 1 and dilation 1 on the width axis only",
         _invalid(stride=[2, 1], output_padding=[1, 1])),
        # groups, checked by the module's constructor.
        ("in_channels not divisible by groups", _invalid(3, 4, groups=2, input_shape=(1, 3, 4, 4))),
        ("out_channels not divisible by groups",
         _invalid(4, 3, groups=2, input_shape=(1, 4, 4, 4))),
        ("groups 0", _invalid(2, 2, groups=0, input_shape=(1, 2, 4, 4))),
        ("negative groups", _invalid(2, 2, groups=-1, input_shape=(1, 2, 4, 4))),
        # The input against the weight.
        ("input channel mismatch, batched", _invalid(2, 2, input_shape=(1, 3, 4, 4))),
        ("input channel mismatch, unbatched", _invalid(2, 2, input_shape=(3, 4, 4))),
        ("input channel mismatch, grouped", _invalid(4, 4, groups=2, input_shape=(2, 2, 4, 4))),
        ("5-D input", _invalid(input_shape=(1, 1, 1, 4, 4))),
        ("1-D input", _invalid(input_shape=(4,))),
        ("input with an empty width", _invalid(input=[[[]]])),
        ("bias shorter than out_channels", _invalid(1, 2, bias=[0.5])),
        ("bias longer than out_channels", _invalid(1, 2, bias=[0.5, 0.25, 0.125])),
        ("bias longer than out_channels, unbatched",
         _invalid(1, 2, bias=[0.5, 0.25, 0.125], input_shape=(1, 4, 4))),
        # The output size the formula gives.
        ("output too small on both axes",
         _invalid(kernel_size=1, padding=1, input_shape=(1, 1, 1, 1))),
        ("output too small on one axis",
         _invalid(kernel_size=1, padding=[1, 0], input_shape=(1, 1, 1, 3))),
        ("output size exactly 0", _invalid(kernel_size=2, padding=1, input_shape=(1, 1, 1, 1))),
        # output_size, checked in Python before any of the above.
        ("output_size above the valid range", _invalid(stride=2, output_size=[20, 20])),
        ("output_size below the valid range", _invalid(stride=2, output_size=[8, 8])),
        ("output_size outside the range on one axis, 4 elements",
         _invalid(stride=2, output_size=[1, 1, 20, 9])),
        ("output_size outside the range, unbatched input",
         _invalid(stride=2, output_size=[5, 9], input_shape=(1, 4, 4))),
        ("output_size with 3 elements for a batched input",
         _invalid(stride=2, output_size=[1, 9, 9])),
        ("output_size with 4 elements for an unbatched input",
         _invalid(stride=2, output_size=[1, 1, 9, 9], input_shape=(1, 4, 4))),
        ("output_size with 1 element", _invalid(stride=2, output_size=[9])),
        ("output_size with 0 elements", _invalid(stride=2, output_size=[])),
        ("output_size inside a range whose minimum is negative",
         _invalid(kernel_size=1, padding=1, output_size=[-1, -1], input_shape=(1, 1, 1, 1))),
        ("output_size with a 5-D input", _invalid(stride=2, output_size=[9, 9],
                                                  input_shape=(1, 1, 1, 4, 4))),
        ("output_size with a 1-D input", _invalid(stride=2, output_size=[9, 9], input_shape=(4,))),
        # Two faults at once: which check comes first.
        ("first of two: negative padding and stride 0", _invalid(padding=-1, stride=0)),
        ("first of two: negative output_padding and stride 0",
         _invalid(output_padding=-1, stride=0)),
        ("first of two: negative padding and negative output_padding",
         _invalid(padding=-1, output_padding=-1)),
        ("first of two: stride 0 and dilation 0", _invalid(stride=0, dilation=0)),
        ("first of two: kernel size 0 and stride 0" + fill_note, _invalid(kernel_size=0, stride=0)),
        ("first of two: kernel size 0 and dilation 0" + fill_note,
         _invalid(kernel_size=0, dilation=0)),
        ("first of two: dilation 0 and output_padding too big",
         _invalid(dilation=0, output_padding=1)),
        ("first of two: channel mismatch and stride 0",
         _invalid(2, 2, stride=0, input_shape=(1, 3, 4, 4))),
        ("first of two: channel mismatch and output_padding too big",
         _invalid(2, 2, output_padding=1, input_shape=(1, 3, 4, 4))),
        ("first of two: channel mismatch and kernel size 0" + fill_note,
         _invalid(2, 2, kernel_size=0, input_shape=(1, 3, 4, 4))),
        ("first of two: channel mismatch and dilation 0",
         _invalid(2, 2, dilation=0, input_shape=(1, 3, 4, 4))),
        ("first of two: channel mismatch and wrong bias length",
         _invalid(2, 2, bias=[0.5, 0.25, 0.125], input_shape=(1, 3, 4, 4))),
        ("first of two: channel mismatch and output too small",
         _invalid(2, 2, kernel_size=1, padding=1, input_shape=(1, 3, 1, 1))),
        ("first of two: wrong bias length and stride 0",
         _invalid(1, 2, bias=[0.5, 0.25, 0.125], stride=0)),
        ("first of two: wrong bias length and kernel size 0" + fill_note,
         _invalid(1, 2, kernel_size=0, bias=[0.5, 0.25, 0.125])),
        ("first of two: empty input and kernel size 0" + fill_note,
         _invalid(kernel_size=0, input=[[[]]])),
        ("first of two: wrong bias length and output too small",
         _invalid(1, 2, kernel_size=1, padding=1, bias=[0.5, 0.25, 0.125],
                  input_shape=(1, 1, 1, 1))),
        ("first of two: output too small and output_padding too big",
         _invalid(kernel_size=1, padding=1, output_padding=1, input_shape=(1, 1, 1, 1))),
        ("first of two: 5-D input and stride 0", _invalid(stride=0, input_shape=(1, 1, 1, 4, 4))),
        ("first of two: 5-D input and channel mismatch",
         _invalid(2, 2, input_shape=(1, 3, 1, 4, 4))),
        ("first of two: groups not dividing in_channels and kernel size 0" + fill_note,
         _invalid(3, 2, kernel_size=0, groups=2, input_shape=(1, 3, 4, 4))),
        ("first of two: negative kernel size and output_size out of range" + fill_note,
         _invalid(kernel_size=-1, output_size=[1, 1])),
        ("first of two: output_size out of range and stride 0",
         _invalid(stride=0, output_size=[5, 5])),
        ("first of two: output_size out of range and negative padding",
         _invalid(padding=-1, output_size=[20, 20])),
        ("first of two: output_size with 1 element and stride 0",
         _invalid(stride=0, output_size=[5])),
    ]
