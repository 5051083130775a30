// SPDX-License-Identifier: MIT
// Validation: each of PyTorch's messages, and which one wins when several arguments are wrong
// (PyTorch reports only the first check that fails). Messages were copied from PyTorch 1.13;
// tests/golden holds the generated evidence for many more cases.
#include "core/Layer.h"
#include "core/TensorFill.h"
#include "core/TorchError.h"

#include "TestMain.h"

#include <QtTest>

namespace {

struct Case {
    sb::ConvTransposeParams params;
    sb::Shape input{1, 1, 4, 4};
    std::optional<std::vector<std::int64_t>> outputSize;
    std::size_t biasValues = 0;
};

sb::ConvTransposeProblem problemFor(const Case& c)
{
    sb::ConvTransposeProblem p;
    p.params = c.params;
    p.input = sb::makeFilled(c.input, {sb::FillKind::Ones});
    const std::int64_t outPerGroup = c.params.groups > 0 && c.params.out_channels % c.params.groups == 0
                                         ? c.params.out_channels / c.params.groups
                                         : 1;
    p.weight = sb::makeFilled({c.params.in_channels, outPerGroup, std::max<std::int64_t>(c.params.kernel_size.h, 0),
                               std::max<std::int64_t>(c.params.kernel_size.w, 0)},
                              {sb::FillKind::Ones});
    p.output_size = c.outputSize;
    p.bias.assign(c.biasValues, 0.5f);
    return p;
}

Case with(void (*edit)(Case&))
{
    Case c;
    edit(c);
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class ValidationTest : public QObject {
    Q_OBJECT
private slots:
    void pytorchMessage_data();
    void pytorchMessage();
    void messageNamesTheArgument();
    void weightShapeMustMatchArguments();
};

void ValidationTest::pytorchMessage_data()
{
    QTest::addColumn<Case>("config");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");

    QTest::newRow("stride 0 is non-positive") << with([](Case& c) { c.params.stride = 0; }) << "RuntimeError"
                                              << "non-positive stride is not supported";
    QTest::newRow("negative stride is non-positive") << with([](Case& c) { c.params.stride = {1, -2}; })
                                                     << "RuntimeError" << "non-positive stride is not supported";
    QTest::newRow("negative padding") << with([](Case& c) { c.params.padding = {-1, 0}; }) << "RuntimeError"
                                      << "negative padding is not supported";
    QTest::newRow("negative output_padding") << with([](Case& c) { c.params.output_padding = -1; }) << "RuntimeError"
                                             << "negative output_padding is not supported";
    QTest::newRow("dilation 0") << with([](Case& c) { c.params.dilation = 0; }) << "RuntimeError"
                                << "dilation should be greater than zero, but got dilation_height: 0, dilation_width: 0";
    QTest::newRow("kernel size 0 in one axis") << with([](Case& c) { c.params.kernel_size = {0, 3}; }) << "RuntimeError"
                                               << "kernel size should be greater than zero, but got kernel_height: 0 kernel_width: 3";
    QTest::newRow("in_channels not divisible by groups")
        << with([](Case& c) { c.params.in_channels = 3; c.params.out_channels = 2; c.params.groups = 2; })
        << "ValueError" << "in_channels must be divisible by groups";
    QTest::newRow("out_channels not divisible by groups")
        << with([](Case& c) { c.params.in_channels = 2; c.params.out_channels = 3; c.params.groups = 2; c.input = {1, 2, 4, 4}; })
        << "ValueError" << "out_channels must be divisible by groups";
    QTest::newRow("groups 0") << with([](Case& c) { c.params.groups = 0; }) << "ValueError"
                              << "groups must be a positive integer";
    QTest::newRow("channel mismatch, batched")
        << with([](Case& c) { c.params.in_channels = 2; c.params.out_channels = 3; }) << "RuntimeError"
        << "Given transposed=1, weight of size [2, 3, 3, 3], expected input[1, 1, 4, 4] to have 2 channels, but got 1 channels instead";
    QTest::newRow("channel mismatch, unbatched input shows the added batch dimension")
        << with([](Case& c) { c.params.in_channels = 2; c.params.out_channels = 3; c.input = {1, 4, 4}; })
        << "RuntimeError"
        << "Given transposed=1, weight of size [2, 3, 3, 3], expected input[1, 1, 4, 4] to have 2 channels, but got 1 channels instead";
    QTest::newRow("output_padding not below stride or dilation")
        << with([](Case& c) { c.params.output_padding = 1; }) << "RuntimeError"
        << "output padding must be smaller than either stride or dilation, but got output_padding_height: 1 "
           "output_padding_width: 1 stride_height: 1 stride_width: 1 dilation_height: 1 dilation_width: 1";
    QTest::newRow("output too small") << with([](Case& c) { c.params.padding = 3; }) << "RuntimeError"
                                      << "Given input size per channel: (4 x 4). Calculated output size per channel: (0 x 0). Output size is too small";
    QTest::newRow("output_size out of range")
        << with([](Case& c) { c.params.stride = 2; c.params.padding = 1; c.outputSize = std::vector<std::int64_t>{9, 9}; })
        << "ValueError"
        << "requested an output size of [9, 9], but valid sizes range from [7, 7] to [8, 8] (for an input of torch.Size([4, 4]))";
    QTest::newRow("output_size out of range, unbatched input prints one size (PyTorch quirk)")
        << with([](Case& c) { c.params.stride = 2; c.params.padding = 1; c.input = {1, 4, 4}; c.outputSize = std::vector<std::int64_t>{9, 9}; })
        << "ValueError"
        << "requested an output size of [9, 9], but valid sizes range from [7, 7] to [8, 8] (for an input of torch.Size([4]))";
    QTest::newRow("output_size with three elements for a 4-D input")
        << with([](Case& c) { c.outputSize = std::vector<std::int64_t>{1, 9, 9}; }) << "ValueError"
        << "ConvTranspose2D: for 4D input, output_size must have 2 or 4 elements (got 3)";
    QTest::newRow("5-D input") << with([](Case& c) { c.input = {1, 1, 1, 4, 4}; }) << "RuntimeError"
                               << "Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: [1, 1, 1, 4, 4]";
    QTest::newRow("bias of the wrong length")
        << with([](Case& c) { c.params.out_channels = 2; c.params.bias = true; c.biasValues = 3; }) << "RuntimeError"
        << "Given transposed=1, weight of size [1, 2, 3, 3], expected bias to be 1-dimensional with 2 elements, but got bias of size [3] instead";
    // Order: PyTorch checks padding before stride, the channels before the kernel, ...
    QTest::newRow("negative padding is reported before stride 0")
        << with([](Case& c) { c.params.padding = -1; c.params.stride = 0; }) << "RuntimeError" << "negative padding is not supported";
    QTest::newRow("negative output_padding is reported before stride 0")
        << with([](Case& c) { c.params.output_padding = -1; c.params.stride = 0; }) << "RuntimeError"
        << "negative output_padding is not supported";
    QTest::newRow("the rank is reported before negative padding")
        << with([](Case& c) { c.params.padding = -1; c.input = {1, 1, 1, 4, 4}; }) << "RuntimeError"
        << "Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: [1, 1, 1, 4, 4]";
    QTest::newRow("channel mismatch is reported before dilation 0")
        << with([](Case& c) { c.params.in_channels = 2; c.params.dilation = 0; }) << "RuntimeError"
        << "Given transposed=1, weight of size [2, 1, 3, 3], expected input[1, 1, 4, 4] to have 2 channels, but got 1 channels instead";
    QTest::newRow("kernel 0 is reported before dilation 0")
        << with([](Case& c) { c.params.kernel_size = 0; c.params.dilation = 0; }) << "RuntimeError"
        << "kernel size should be greater than zero, but got kernel_height: 0 kernel_width: 0";
    QTest::newRow("output_size is resolved before stride is checked")
        << with([](Case& c) { c.params.stride = 0; c.outputSize = std::vector<std::int64_t>{6, 6}; }) << "ValueError"
        << "requested an output size of [6, 6], but valid sizes range from [3, 3] to [2, 2] (for an input of torch.Size([4, 4]))";
}

void ValidationTest::pytorchMessage()
{
    QFETCH(Case, config);
    QFETCH(QString, type);
    QFETCH(QString, message);
    try {
        sb::validate(problemFor(config));
        QFAIL("validate() accepted an invalid configuration");
    } catch (const sb::TorchError& e) {
        QCOMPARE(QString::fromStdString(e.pythonType()), type);
        QCOMPARE(QString::fromUtf8(e.what()), message);
    }
}

void ValidationTest::messageNamesTheArgument()
{
    Case c;
    c.params.output_padding = {0, 1};
    try {
        sb::validate(problemFor(c));
        QFAIL("output_padding 1 with stride 1 was accepted");
    } catch (const sb::TorchError& e) {
        QCOMPARE(QString::fromStdString(e.argument()), QStringLiteral("output_padding"));
    }
}

void ValidationTest::weightShapeMustMatchArguments()
{
    sb::ConvTransposeProblem p = problemFor(Case{});
    p.weight = sb::makeFilled({1, 1, 2, 2}, {sb::FillKind::Ones});  // kernel_size says 3
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sb::validate(p));
}

SB_TEST_APPLESS_MAIN(ValidationTest)
#include "tst_validation.moc"
