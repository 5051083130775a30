// SPDX-License-Identifier: MIT
// "Copy as PyTorch": the snippet's text for a few configs (every argument, tuples when height
// and width differ, NaN and infinity, output_size, bias), and — when Debian's PyTorch is
// installed — the snippet run by /usr/bin/python3, its printed output compared with core's.
#include "app/export/PyTorchSnippet.h"
#include "core/FastConvTranspose.h"
#include "core/Layer.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(sb::ConfigFile)

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Seed 004: 4×4 ones, kernel 1..16, stride 2, padding 1.
sb::ConfigFile seed004()
{
    sb::ConfigFile c;
    c.name = QStringLiteral("Seed 004: kernel 4, stride 2, padding 1");
    c.problem.params.kernel_size = 4;
    c.problem.params.stride = 2;
    c.problem.params.padding = 1;
    c.problem.input = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones});
    c.problem.weight = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Arange, 1});
    return c;
}

// 4 → 6 channels in 2 groups, dilation 2, stride (2, 1), output_padding (1, 0), a bias, random
// values: every argument away from its default, and unbatched (C, H, W) input.
sb::ConfigFile groupedDilated()
{
    sb::ConfigFile c;
    sb::ConvTransposeParams& p = c.problem.params;
    p.in_channels = 4;
    p.out_channels = 6;
    p.groups = 2;
    p.kernel_size = sb::Size2(3, 2);
    p.stride = sb::Size2(2, 1);
    p.padding = sb::Size2(1, 0);
    p.output_padding = sb::Size2(1, 0);
    p.dilation = 2;
    p.bias = true;
    c.problem.input = sb::makeFilled({4, 3, 5}, {sb::FillKind::Random, 0, 11});
    c.problem.weight = sb::makeFilled({4, 3, 3, 2}, {sb::FillKind::Random, 0, 12});
    c.problem.bias = {0.5f, -0.25f, 1.0f, 0.0f, -1.5f, 0.125f};
    return c;
}

// Seed 004 asked for output_size=(8, 8) explicitly, with an infinity and a NaN in the input.
sb::ConfigFile nonFiniteWithOutputSize()
{
    sb::ConfigFile c = seed004();
    c.problem.params.padding = 1;
    c.problem.output_size = std::vector<std::int64_t>{9, 9};
    c.problem.input.at(0, 0, 0, 0) = std::numeric_limits<float>::quiet_NaN();
    c.problem.input.at(0, 0, 3, 3) = -std::numeric_limits<float>::infinity();
    return c;
}

bool torchInstalled()
{
    QProcess python;
    python.start(kPython, {QStringLiteral("-c"), QStringLiteral("import torch")});
    return python.waitForFinished(120'000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

// The numbers of a printed Python list: "[[1.0, nan], [-inf, 2e-05]]" → 1, nan, −inf, 2e−05.
std::vector<double> numbersIn(const QString& text)
{
    static const QRegularExpression number(QStringLiteral(R"(-?(?:nan|inf|\d+(?:\.\d*)?(?:e[-+]?\d+)?))"));
    std::vector<double> out;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured();
        if (token.endsWith(QLatin1String("nan")))
            out.push_back(std::numeric_limits<double>::quiet_NaN());
        else if (token.endsWith(QLatin1String("inf")))
            out.push_back(token.startsWith(QLatin1Char('-')) ? -HUGE_VAL : HUGE_VAL);
        else
            out.push_back(token.toDouble());
    }
    return out;
}

} // namespace

class PyTorchSnippetTest : public QObject {
    Q_OBJECT
private slots:
    void snippetSpellsOutTheLayer_data();
    void snippetSpellsOutTheLayer();
    void snippetRunsInPyTorch_data();
    void snippetRunsInPyTorch();
};

void PyTorchSnippetTest::snippetSpellsOutTheLayer_data()
{
    QTest::addColumn<sb::ConfigFile>("config");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("seed 004 writes every argument as an int")
        << seed004()
        << QStringList{QStringLiteral("import torch"),
                       QStringLiteral("conv = nn.ConvTranspose2d("),
                       QStringLiteral("    in_channels=1,"),
                       QStringLiteral("    kernel_size=4,"),
                       QStringLiteral("    stride=2,"),
                       QStringLiteral("    padding=1,"),
                       QStringLiteral("    output_padding=0,"),
                       QStringLiteral("    groups=1,"),
                       QStringLiteral("    bias=False,"),
                       QStringLiteral("    dilation=1,"),
                       QStringLiteral("        [[[[1.0, 2.0, 3.0, 4.0],"),
                       QStringLiteral("    out = conv(x)"),
                       QStringLiteral("print(\"values:\", out.tolist())")};
    QTest::newRow("different height and width become tuples, and the bias is loaded")
        << groupedDilated()
        << QStringList{QStringLiteral("    kernel_size=(3, 2),"),
                       QStringLiteral("    stride=(2, 1),"),
                       QStringLiteral("    padding=(1, 0),"),
                       QStringLiteral("    output_padding=(1, 0),"),
                       QStringLiteral("    groups=2,"),
                       QStringLiteral("    bias=True,"),
                       QStringLiteral("    dilation=2,"),
                       QStringLiteral("    conv.bias.copy_(torch.tensor("),
                       QStringLiteral("        [0.5, -0.25, 1.0, 0.0, -1.5, 0.125],")};
    QTest::newRow("nan, inf and output_size are written as Python reads them")
        << nonFiniteWithOutputSize()
        << QStringList{QStringLiteral("    [[[[float('nan'), 1.0, 1.0, 1.0],"),
                       QStringLiteral("       [1.0, 1.0, 1.0, float('-inf')]]]],"),
                       QStringLiteral("    out = conv(x, output_size=[9, 9])")};
}

void PyTorchSnippetTest::snippetSpellsOutTheLayer()
{
    QFETCH(sb::ConfigFile, config);
    QFETCH(QStringList, lines);
    const QStringList snippet = sb::pytorchSnippet(config).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        QVERIFY2(snippet.contains(line), qPrintable(QStringLiteral("missing line: ") + line + QStringLiteral("\n")
                                                   + snippet.join(QLatin1Char('\n'))));
}

void PyTorchSnippetTest::snippetRunsInPyTorch_data()
{
    QTest::addColumn<sb::ConfigFile>("config");
    QTest::newRow("seed 004 prints 6, 12, 14, 12 like the picture") << seed004();
    QTest::newRow("a grouped, dilated layer with bias and unbatched input") << groupedDilated();
    QTest::newRow("nan and inf with output_size") << nonFiniteWithOutputSize();
}

void PyTorchSnippetTest::snippetRunsInPyTorch()
{
    static const bool haveTorch = torchInstalled();
    // The test group installs it (configuring the tests checks), so its absence is a failure.
    QVERIFY2(haveTorch, "PyTorch is not installed: /usr/bin/python3 cannot import torch (Debian package python3-torch)");
    QFETCH(sb::ConfigFile, config);

    QProcess python;
    python.start(kPython, {QStringLiteral("-")});
    python.write(sb::pytorchSnippet(config).toUtf8());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(120'000));
    const QString printed = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));

    QString shapeLine, valuesLine;
    for (const QString& line : printed.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("shape: ")))
            shapeLine = line.mid(7);
        if (line.startsWith(QLatin1String("values: ")))
            valuesLine = line.mid(8);
    }
    const sb::Layer layer = sb::validate(config.problem);
    const sb::Tensor expected = sb::fastConvTranspose(layer);
    QCOMPARE(shapeLine, QString::fromStdString(sb::formatShape(layer.geometry.outputShape())));
    const std::vector<double> values = numbersIn(valuesLine);
    QCOMPARE(static_cast<std::int64_t>(values.size()), expected.numel());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double a = values[i], e = expected.values()[i];
        const bool same = (std::isnan(a) && std::isnan(e)) || a == e || std::abs(a - e) <= 1e-4 + 1e-4 * std::abs(e);
        QVERIFY2(same, qPrintable(QStringLiteral("value %1: PyTorch %2, core %3").arg(i).arg(a).arg(e)));
    }
    if (QTest::currentDataTag() == QLatin1String("seed 004 prints 6, 12, 14, 12 like the picture"))
        QCOMPARE(std::vector<double>(values.begin(), values.begin() + 4), (std::vector<double>{6, 12, 14, 12}));
}

SB_TEST_MAIN(PyTorchSnippetTest)
#include "tst_pytorch_snippet.moc"
