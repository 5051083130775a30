// SPDX-License-Identifier: MIT
// PyTorch's quirks explained where they surface (issue 17): the error messages core gives (in
// PyTorch's words) are recognised as the quirk they are, and the output_padding step says whether
// its strip holds sums or zeros, which the record confirms.
#include "app/config/ConfigReader.h"
#include "app/render/PictureFactory.h"
#include "app/render/PyTorchQuirks.h"
#include "core/Layer.h"
#include "core/ScatterRecord.h"
#include "core/TorchError.h"

#include "TestMain.h"

#include <QtTest>

using namespace sb;

namespace {

QString messageOf(const ConvTransposeParams& params, const std::optional<std::vector<std::int64_t>>& outputSize = std::nullopt)
{
    try {
        validateGeometry(params, Shape{1, 1, 4, 4}, Shape{1, 1, params.kernel_size.h, params.kernel_size.w}, std::nullopt, outputSize);
    } catch (const TorchError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

std::shared_ptr<const ScatterRecord> ones(int padding, int outputPadding)
{
    const QByteArray json = QStringLiteral(R"({"in_channels": 1, "out_channels": 1, "kernel_size": 3, "stride": 2, "padding": %1,
        "output_padding": %2, "bias": false, "input": {"shape": [1, 1, 3, 3], "fill": "ones"}, "weight": {"fill": "ones"}})")
                                .arg(padding).arg(outputPadding).toUtf8();
    return std::make_shared<const ScatterRecord>(validateConfig(readConfigJson(json, QStringLiteral("ones")), QStringLiteral("ones")));
}

} // namespace

class QuirksTest : public QObject {
    Q_OBJECT
private slots:
    void errorsAreRecognised();
    void theOutputPaddingStepSaysSumsOrZeros_data();
    void theOutputPaddingStepSaysSumsOrZeros();
    void everyQuirkHasAWhyAndASnippet();
};

void QuirksTest::errorsAreRecognised()
{
    ConvTransposeParams tooMuch;
    tooMuch.kernel_size = Size2(3);
    tooMuch.stride = Size2(2);
    tooMuch.output_padding = Size2(2);
    const QString padding = messageOf(tooMuch);
    QVERIFY(padding.startsWith(QStringLiteral("output padding must be smaller than either stride or dilation")));
    QCOMPARE(PyTorchQuirks::forMessage(padding, tooMuch.stride, tooMuch.dilation), QuirkId::OutputPaddingBelowStrideOrDilation);

    // output_size 9 with dilation 3 > stride 1: reachable by output_padding, refused by output_size.
    ConvTransposeParams dilated;
    dilated.kernel_size = Size2(2);
    dilated.dilation = Size2(3);
    const QString size = messageOf(dilated, std::vector<std::int64_t>{9, 9});
    QVERIFY2(size.startsWith(QStringLiteral("requested an output size of [9, 9], but valid sizes range from [7, 7] to [7, 7]")), qPrintable(size));
    QCOMPARE(PyTorchQuirks::forMessage(size, dilated.stride, dilated.dilation), QuirkId::OutputSizeRangeIgnoresDilation);
    dilated.output_padding = Size2(2);
    QVERIFY(messageOf(dilated).isEmpty());  // the same size through output_padding is accepted
    // Without dilation beyond the stride an output_size refusal is plain arithmetic, not the quirk.
    ConvTransposeParams plain;
    plain.kernel_size = Size2(3);
    plain.stride = Size2(2);
    QVERIFY(!PyTorchQuirks::forMessage(messageOf(plain, std::vector<std::int64_t>{20, 20}), plain.stride, plain.dilation));
    QVERIFY(!PyTorchQuirks::forMessage(QStringLiteral("non-positive stride is not supported"), plain.stride, plain.dilation));
}

void QuirksTest::theOutputPaddingStepSaysSumsOrZeros_data()
{
    QTest::addColumn<int>("padding");
    QTest::addColumn<bool>("sums");
    QTest::newRow("padding 0: the strip lies past the full buffer, zeros") << 0 << false;
    QTest::newRow("padding 1: the strip is sums the crop would have removed") << 1 << true;
}

void QuirksTest::theOutputPaddingStepSaysSumsOrZeros()
{
    QFETCH(int, padding);
    QFETCH(bool, sums);
    const auto record = ones(padding, 1);
    // The record: the last output row (the strip) is all zeros, or holds sums.
    const Tensor y = record->output();
    const LayerGeometry& g = record->geometry();
    double strip = 0.0;
    for (std::int64_t ox = 0; ox < g.output.w; ++ox)
        strip += std::abs(y.at(0, 0, g.output.h - 1, ox));
    QCOMPARE(strip > 0.0, sums);
    // The step says so.
    const Timeline timeline(g, PlaneSelection{}, false, false);
    const std::unique_ptr<Picture> picture = PictureFactory::make(ViewId::Scatter, PictureFactory::Source{record, {}});
    const QString narration = picture->narration(timeline.firstStepOf(PhaseKind::OutputPadding));
    QVERIFY2(narration.contains(sums ? QStringLiteral("sums the crop would have removed") : QStringLiteral("past the full buffer, so 0")),
             qPrintable(narration));
}

void QuirksTest::everyQuirkHasAWhyAndASnippet()
{
    const std::vector<Quirk> quirks = PyTorchQuirks::all();
    QCOMPARE(quirks.size(), std::size_t{3});
    for (const Quirk& q : quirks) {
        QVERIFY(!q.title.isEmpty() && q.why.size() > 80);
        QVERIFY(q.snippet.startsWith(QStringLiteral("import torch\nfrom torch import nn\n")));
        QCOMPARE(PyTorchQuirks::of(q.id).title, q.title);
    }
}

SB_TEST_MAIN(QuirksTest)
#include "tst_quirks.moc"
