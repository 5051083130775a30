// SPDX-License-Identifier: MIT
// FrameworkSnippet: every script keeps PyTorch's NCHW numbers in its literals and converts where the
// framework wants another layout (Keras: NHWC input, (kH, kW, out, in) kernel), then prints the
// output back in NCHW, so its numbers can be compared with `scatterboard compute` line by line.
#include "app/export/FrameworkSnippet.h"

#include "app/config/ConfigReader.h"
#include "app/export/PythonText.h"
#include "app/render/ModuleCall.h"
#include "core/ConvModuleConversion.h"
#include "core/FrameworkSizes.h"
#include "core/OutputSizeFormula.h"

namespace sb {

namespace {

using namespace sb::frameworks;

// A config as the scripts write it: 2-D, and whether it was lifted from a ConvTranspose1d.
struct LiftedConfig : ConfigFile {
    bool lifted1d = false;
};

QString pair(std::int64_t h, std::int64_t w)
{
    return QStringLiteral("(%1, %2)").arg(h).arg(w);
}

QString list(std::int64_t h, std::int64_t w)
{
    return QStringLiteral("[%1, %2]").arg(h).arg(w);
}

// "x = np.array(...)" with PyTorch's numbers.
QString numpyTensor(const QString& name, const Tensor& t)
{
    return pythonTensor(name + QStringLiteral(" = "), t, QStringLiteral("np.array"), QStringLiteral("np.float32")) + QLatin1Char('\n');
}

// The layer's input, weight and bias as NumPy arrays named x (or `input`), w and b.
QString numpyTensors(const ConfigFile& config, const QString& input, const QString& weight)
{
    QString s = numpyTensor(input, config.problem.input) + numpyTensor(weight, config.problem.weight);
    if (config.problem.params.bias)
        s += numpyTensor(QStringLiteral("b"), Tensor({static_cast<std::int64_t>(config.problem.bias.size())}, config.problem.bias));
    return s + QLatin1Char('\n');
}

QString header(const LiftedConfig& config, const QString& framework)
{
    QString s = pythonComment(QStringLiteral("Scatterboard: %1 in %2").arg(config.name.isEmpty() ? QStringLiteral("ConvTranspose2d") : config.name, framework));
    s += pythonComment(QStringLiteral("The same layer, weights and input as the picture, carried over to %1 by its published size "
                                      "rules. Scatterboard does not run %1: compare the printed output with `scatterboard compute`.")
                           .arg(framework));
    if (config.lifted1d)
        s += pythonComment(QStringLiteral("The ConvTranspose1d is written as the 2-D layer of height 1 that PyTorch runs it as: "
                                          "the input and weight have a height axis of 1, and so has the output."));
    return s;
}

QString kerasScript(const LiftedConfig& config, const Layer& layer, QString* refusal)
{
    const ConvTransposeParams& p = config.problem.params;
    const LayerGeometry& g = layer.geometry;
    if (p.groups != 1) {
        *refusal = FrameworkSnippet::tr("Keras's Conv2DTranspose has no groups; this layer has groups=%1").arg(p.groups);
        return {};
    }
    const KerasAxis h = toKeras(g.kernel.h, g.stride.h, g.padding.h, g.output_padding.h, g.dilation.h);
    const KerasAxis w = toKeras(g.kernel.w, g.stride.w, g.padding.w, g.output_padding.w, g.dilation.w);
    if (!h.possible || !w.possible) {
        *refusal = FrameworkSnippet::tr("Keras needs output_padding smaller than the stride; this layer has output_padding %1 with stride %2")
                       .arg(pairText(p.output_padding), pairText(p.stride));
        return {};
    }
    // One padding mode for both axes: 'same' only when it crops exactly what PyTorch does on both.
    const bool same = h.padding == Padding::Same && w.padding == Padding::Same && h.crop == 0 && w.crop == 0;
    const std::int64_t cropH = same ? 0 : (h.padding == Padding::Same ? g.padding.h : h.crop);
    const std::int64_t cropW = same ? 0 : (w.padding == Padding::Same ? g.padding.w : w.crop);
    QString s = header(config, QStringLiteral("Keras"));
    s += QStringLiteral("import numpy as np\nimport tensorflow as tf\n\n");
    s += numpyTensors(config, QStringLiteral("x_nchw"), QStringLiteral("w_pytorch"));
    s += pythonComment(QStringLiteral("Keras is channels_last: the input as NHWC, PyTorch's weight (in, out, kH, kW) as the kernel (kH, kW, out, in)."));
    s += QStringLiteral("x = x_nchw.transpose(0, 2, 3, 1)\nkernel = w_pytorch.transpose(2, 3, 1, 0)\n\n");
    s += QStringLiteral("layer = tf.keras.layers.Conv2DTranspose(\n");
    s += QStringLiteral("    filters=%1,\n    kernel_size=%2,\n    strides=%3,\n").arg(p.out_channels).arg(pair(g.kernel.h, g.kernel.w), pair(g.stride.h, g.stride.w));
    s += QStringLiteral("    padding=%1,\n").arg(same ? QStringLiteral("'same'") : QStringLiteral("'valid'"));
    s += QStringLiteral("    output_padding=%1,\n    dilation_rate=%2,\n    use_bias=%3,\n)\n")
             .arg(pair(h.outputPadding, w.outputPadding), pair(g.dilation.h, g.dilation.w), p.bias ? QStringLiteral("True") : QStringLiteral("False"));
    s += QStringLiteral("layer.build(x.shape)\nlayer.set_weights([kernel%1])\ny = layer(x)\n").arg(p.bias ? QStringLiteral(", b") : QString());
    if (cropH > 0 || cropW > 0) {
        s += pythonComment(QStringLiteral("PyTorch's padding %1 is neither 0 ('valid') nor kernel // 2 ('same') on every axis: "
                                          "'valid' and a Cropping2D of that much on each side.")
                               .arg(pairText(p.padding)));
        s += QStringLiteral("y = tf.keras.layers.Cropping2D(%1)(y)\n").arg(QStringLiteral("((%1, %1), (%2, %2))").arg(cropH).arg(cropW));
    }
    // Where Keras's own rules give another size.
    const std::int64_t sameSize = kerasLength(g.input.h, g.kernel.h, g.stride.h, Padding::Same, std::nullopt, g.dilation.h);
    const std::int64_t validSize = kerasLength(g.input.h, g.kernel.h, g.stride.h, Padding::Valid, std::nullopt, g.dilation.h);
    s += QLatin1Char('\n')
         + pythonComment(QStringLiteral("Sizes: PyTorch gives height %1 here. Without output_padding Keras's own rule would give %2 "
                                        "with 'same' (input × stride) and %3 with 'valid' (input × stride + max(kernel − stride, 0)).")
                             .arg(g.output.h)
                             .arg(sameSize)
                             .arg(validSize));
    s += QStringLiteral("y_nchw = np.transpose(y.numpy(), (0, 3, 1, 2))\n");
    s += QStringLiteral("print(\"shape:\", list(y_nchw.shape))\nprint(\"values:\", y_nchw.tolist())\n");
    return s;
}

QString jaxScript(const LiftedConfig& config, const Layer& layer, QString* refusal)
{
    const ConvTransposeParams& p = config.problem.params;
    const LayerGeometry& g = layer.geometry;
    if (p.groups != 1) {
        *refusal = FrameworkSnippet::tr("lax.conv_transpose has no feature groups; this layer has groups=%1").arg(p.groups);
        return {};
    }
    const Pads h = toJax(g.kernel.h, g.padding.h, g.output_padding.h, g.dilation.h);
    const Pads w = toJax(g.kernel.w, g.padding.w, g.output_padding.w, g.dilation.w);
    QString s = header(config, QStringLiteral("JAX"));
    s += QStringLiteral("import numpy as np\nimport jax.numpy as jnp\nfrom jax import lax\n\n");
    s += numpyTensors(config, QStringLiteral("x"), QStringLiteral("w"));
    s += pythonComment(QStringLiteral("transpose_kernel=True reads PyTorch's weight (in, out, kH, kW) as the forward convolution's "
                                      "kernel, flipped and with in and out swapped: the transposed convolution is that convolution's "
                                      "gradient. Explicit padding (k' − 1 − padding, k' − 1 − padding + output_padding) per axis, "
                                      "k' = dilation·(kernel − 1) + 1, gives PyTorch's size."));
    s += QStringLiteral("y = lax.conv_transpose(\n    jnp.asarray(x),\n    jnp.asarray(w),\n");
    s += QStringLiteral("    strides=%1,\n    padding=((%2, %3), (%4, %5)),\n    rhs_dilation=%6,\n")
             .arg(pair(g.stride.h, g.stride.w))
             .arg(h.begin)
             .arg(h.end)
             .arg(w.begin)
             .arg(w.end)
             .arg(pair(g.dilation.h, g.dilation.w));
    s += QStringLiteral("    dimension_numbers=('NCHW', 'OIHW', 'NCHW'),\n    transpose_kernel=True,\n)\n");
    if (p.bias)
        s += QStringLiteral("y = y + jnp.asarray(b)[None, :, None, None]\n");
    const Pads same = jaxPadding(g.kernel.h, g.stride.h, g.dilation.h, Padding::Same);
    const Pads valid = jaxPadding(g.kernel.h, g.stride.h, g.dilation.h, Padding::Valid);
    s += QLatin1Char('\n')
         + pythonComment(QStringLiteral("Sizes: PyTorch gives height %1 here; padding='SAME' would give %2 and 'VALID' %3.")
                             .arg(g.output.h)
                             .arg(jaxLength(g.input.h, g.kernel.h, g.stride.h, g.dilation.h, same))
                             .arg(jaxLength(g.input.h, g.kernel.h, g.stride.h, g.dilation.h, valid)));
    s += QStringLiteral("print(\"shape:\", list(y.shape))\nprint(\"values:\", np.asarray(y).tolist())\n");
    return s;
}

QString onnxScript(const LiftedConfig& config, const Layer& layer)
{
    const ConvTransposeParams& p = config.problem.params;
    const LayerGeometry& g = layer.geometry;
    const Pads h = toOnnx(g.padding.h), w = toOnnx(g.padding.w);
    QString s = header(config, QStringLiteral("ONNX"));
    s += QStringLiteral("import numpy as np\nimport onnx\nfrom onnx import TensorProto, helper, numpy_helper\n\n");
    s += numpyTensors(config, QStringLiteral("x"), QStringLiteral("w"));
    s += pythonComment(QStringLiteral("ONNX's ConvTranspose takes PyTorch's weight layout (in, out/group, kH, kW) and its arguments as they "
                                      "are; pads are [top, left, bottom, right]."));
    s += QStringLiteral("node = helper.make_node(\n    \"ConvTranspose\",\n    [\"x\", \"W\"%1],\n    [\"y\"],\n").arg(p.bias ? QStringLiteral(", \"B\"") : QString());
    s += QStringLiteral("    kernel_shape=%1,\n    strides=%2,\n    pads=[%3, %4, %5, %6],\n    output_padding=%7,\n    dilations=%8,\n    group=%9,\n)\n")
             .arg(list(g.kernel.h, g.kernel.w), list(g.stride.h, g.stride.w))
             .arg(h.begin)
             .arg(w.begin)
             .arg(h.end)
             .arg(w.end)
             .arg(list(g.output_padding.h, g.output_padding.w), list(g.dilation.h, g.dilation.w))
             .arg(p.groups);
    const Shape in = config.problem.input.shape();
    QStringList inShape, outShape;
    for (const std::int64_t d : in)
        inShape << QString::number(d);
    for (const std::int64_t d : g.outputShape())
        outShape << QString::number(d);
    s += QStringLiteral("initializers = [numpy_helper.from_array(w, name=\"W\")%1]\n").arg(p.bias ? QStringLiteral(", numpy_helper.from_array(b, name=\"B\")") : QString());
    s += QStringLiteral("graph = helper.make_graph(\n    [node],\n    \"scatterboard\",\n");
    s += QStringLiteral("    [helper.make_tensor_value_info(\"x\", TensorProto.FLOAT, [%1])],\n").arg(inShape.join(QStringLiteral(", ")));
    s += QStringLiteral("    [helper.make_tensor_value_info(\"y\", TensorProto.FLOAT, [%1])],\n").arg(outShape.join(QStringLiteral(", ")));
    s += QStringLiteral("    initializer=initializers,\n)\n");
    s += QStringLiteral("model = helper.make_model(graph, opset_imports=[helper.make_opsetid(\"\", 13)])\nonnx.checker.check_model(model)\n");
    s += QStringLiteral("onnx.save(model, \"conv_transpose.onnx\")\n\n");
    const Pads upper = onnxAutoPads(g.input.h, g.kernel.h, g.stride.h, g.output_padding.h, g.dilation.h, true);
    s += pythonComment(QStringLiteral("Sizes: PyTorch gives height %1 here; auto_pad=SAME_UPPER would give input × stride = %2, with pads "
                                      "(%3, %4).")
                           .arg(g.output.h)
                           .arg(g.input.h * g.stride.h)
                           .arg(upper.begin)
                           .arg(upper.end));
    s += pythonComment(QStringLiteral("With onnxruntime installed, this runs the model:"));
    s += QStringLiteral("try:\n    import onnxruntime as ort\n    y = ort.InferenceSession(\"conv_transpose.onnx\").run(None, {\"x\": x})[0]\n");
    s += QStringLiteral("    print(\"shape:\", list(y.shape))\n    print(\"values:\", y.tolist())\nexcept ImportError:\n    print(\"saved conv_transpose.onnx\")\n");
    return s;
}

} // namespace

QString FrameworkSnippet::name(Framework framework)
{
    switch (framework) {
    case Framework::Keras: return QStringLiteral("keras");
    case Framework::Jax: return QStringLiteral("jax");
    case Framework::Onnx: return QStringLiteral("onnx");
    }
    return {};
}

QString FrameworkSnippet::title(Framework framework)
{
    switch (framework) {
    case Framework::Keras: return QStringLiteral("Keras");
    case Framework::Jax: return QStringLiteral("JAX");
    case Framework::Onnx: return QStringLiteral("ONNX");
    }
    return {};
}

std::optional<Framework> FrameworkSnippet::fromName(const QString& text)
{
    for (const Framework f : {Framework::Keras, Framework::Jax, Framework::Onnx})
        if (text == name(f))
            return f;
    return std::nullopt;
}

QStringList FrameworkSnippet::names()
{
    return {name(Framework::Keras), name(Framework::Jax), name(Framework::Onnx)};
}

QString FrameworkSnippet::script(const ConfigFile& given, Framework framework, QString* refusal)
{
    // The other frameworks get a 1-D layer as the 2-D layer of height 1 PyTorch runs it as.
    LiftedConfig config{given};
    config.lifted1d = given.problem.params.is1d();
    config.problem = liftedTo2d(given.problem);
    const Layer layer = validateConfig(config, config.name);
    QString ignored;
    QString* why = refusal != nullptr ? refusal : &ignored;
    const Tensor bias({static_cast<std::int64_t>(config.problem.bias.size())}, config.problem.bias);
    *why = pythonScriptSizeRefusal({&config.problem.input, &config.problem.weight, &bias});
    if (!why->isEmpty())
        return {};
    switch (framework) {
    case Framework::Keras: return kerasScript(config, layer, why);
    case Framework::Jax: return jaxScript(config, layer, why);
    case Framework::Onnx: return onnxScript(config, layer);
    }
    return {};
}

} // namespace sb
