// SPDX-License-Identifier: MIT
// The `equivalent` view (seed 000's direct convolution) and the `side-by-side` view: the padded
// input's geometry (s − 1 zeros between elements, a border of d·(k−1) − p, the crop, output_padding),
// the flipped kernel, the cell-by-cell timeline and its sentences, hit testing, the agreement with
// the scatter on every preset and on random layers, and the rendered pixels.
#include "PictureImage.h"
#include "SeedScenes.h"
#include "tests/core/LayerBuilder.h"

#include "app/config/ConfigReader.h"
#include "app/render/CellSweep.h"
#include "app/render/GridPainter.h"
#include "app/render/views/EquivalentPicture.h"
#include "app/render/views/SideBySidePicture.h"
#include "core/FastConvTranspose.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

namespace {

using sbtest::presetPaths;
using sbtest::recordOf;

using Kind = sb::PaddedInputGrid::CellKind;

// A one-channel layer on a 4×4 input of ones (seed 000's and 003's shape), kernel 1, 2, 3, …
std::shared_ptr<const sb::ScatterRecord> layerOf(sb::Size2 kernel, sb::Size2 stride, sb::Size2 padding,
                                                   sb::Size2 outputPadding = 0, sb::Size2 dilation = 1)
{
    return recordOf(sbtest::singleChannel(sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones}),
                                          sb::makeFilled({1, 1, kernel.h, kernel.w}, {sb::FillKind::Arange, 1}), stride,
                                          padding, outputPadding, dilation));
}

std::shared_ptr<const sb::ScatterRecord> presetRecord(const QString& path)
{
    return recordOf(sb::validateConfig(sb::readConfigFile(path), path));
}

} // namespace

class EquivalentViewTest : public QObject {
    Q_OBJECT
private slots:
    void zeroInsertedGridHasStrideMinusOneEmptyColumnsBetweenElements_data();
    void zeroInsertedGridHasStrideMinusOneEmptyColumnsBetweenElements();
    void borderIsDilationTimesKernelMinusOneMinusPadding_data();
    void borderIsDilationTimesKernelMinusOneMinusPadding();
    void flippedKernelTopLeftIsTheOriginalBottomRight();
    void finalOutputEqualsTheScatter_data();
    void finalOutputEqualsTheScatter();
    void timelineFillsOneOutputCellPerStep();
    void narrationWritesTheWindowSum();
    void hitTestFindsOutputPaddedAndKernelCells();
    void renderedPaddedInputColoursEachKindOfCell();
    void renderedWindowAndOutputFollowTheStep();
    void sideBySideEndsTogetherAndComparesEveryCell();
};

void EquivalentViewTest::zeroInsertedGridHasStrideMinusOneEmptyColumnsBetweenElements_data()
{
    QTest::addColumn<sb::Size2>("stride");
    QTest::newRow("stride 2 (seed 004) leaves 1 empty column between elements") << sb::Size2(2);
    QTest::newRow("stride 3 (seed 000's k3 s3) leaves 2") << sb::Size2(3);
    QTest::newRow("stride 1 leaves none") << sb::Size2(1);
    QTest::newRow("stride (2, 3) leaves 1 row and 2 columns") << sb::Size2(2, 3);
}

void EquivalentViewTest::zeroInsertedGridHasStrideMinusOneEmptyColumnsBetweenElements()
{
    QFETCH(sb::Size2, stride);
    const sb::DirectConvolutionPlane plane(layerOf(3, stride, 1), {0, 0});
    const sb::PaddedInputGrid& grid = plane.grid();
    const sb::Size2 b = grid.border();
    QVERIFY(grid.zeroInsertedSize() == sb::Size2(3 * stride.h + 1, 3 * stride.w + 1));
    // Along an element row: element, s − 1 inserted zeros, element, …; each element in its place.
    const qint64 row = b.h + stride.h;  // the row of x[1, ·]
    for (qint64 ix = 0; ix < 4; ++ix) {
        const qint64 col = b.w + ix * stride.w;
        QCOMPARE(grid.kind(row, col), Kind::Element);
        std::int64_t iy = -1, jx = -1;
        QVERIFY(grid.elementAt(row, col, iy, jx));
        QCOMPARE(iy, 1);
        QCOMPARE(jx, ix);
        for (qint64 gap = 1; ix < 3 && gap < stride.w; ++gap)
            QCOMPARE(grid.kind(row, col + gap), Kind::InsertedZero);
    }
    // And s − 1 inserted rows between element rows.
    for (qint64 gap = 1; gap < stride.h; ++gap)
        QCOMPARE(grid.kind(row + gap, b.w), Kind::InsertedZero);
}

void EquivalentViewTest::borderIsDilationTimesKernelMinusOneMinusPadding_data()
{
    QTest::addColumn<sb::Size2>("kernel");
    QTest::addColumn<sb::Size2>("padding");
    QTest::addColumn<sb::Size2>("outputPadding");
    QTest::addColumn<sb::Size2>("dilation");
    QTest::addColumn<sb::Size2>("border");
    QTest::newRow("k4 p1 (seed 004): border 2") << sb::Size2(4) << sb::Size2(1) << sb::Size2(0) << sb::Size2(1) << sb::Size2(2);
    QTest::newRow("k3 p0 (seed 003's ZeroPad2d((2, 2, 2, 2))): border 2")
        << sb::Size2(3) << sb::Size2(0) << sb::Size2(0) << sb::Size2(1) << sb::Size2(2);
    QTest::newRow("k3 p2 (seed 003, 'padding is zero'): border 0")
        << sb::Size2(3) << sb::Size2(2) << sb::Size2(0) << sb::Size2(1) << sb::Size2(0);
    QTest::newRow("k3 d2: border d·(k−1) = 4") << sb::Size2(3) << sb::Size2(0) << sb::Size2(0) << sb::Size2(2) << sb::Size2(4);
    QTest::newRow("k3 p1 output_padding 1 (seed 000): border 1 plus a zero row/col")
        << sb::Size2(3) << sb::Size2(1) << sb::Size2(1) << sb::Size2(1) << sb::Size2(1);
    QTest::newRow("k3 p3: border −1 crops a row/col on each side")
        << sb::Size2(3) << sb::Size2(3) << sb::Size2(0) << sb::Size2(1) << sb::Size2(-1);
    QTest::newRow("k (3, 2) p (0, 2): border (2, −1)")
        << sb::Size2(3, 2) << sb::Size2(0, 2) << sb::Size2(0) << sb::Size2(1) << sb::Size2(2, -1);
}

void EquivalentViewTest::borderIsDilationTimesKernelMinusOneMinusPadding()
{
    QFETCH(sb::Size2, kernel);
    QFETCH(sb::Size2, padding);
    QFETCH(sb::Size2, outputPadding);
    QFETCH(sb::Size2, dilation);
    QFETCH(sb::Size2, border);
    const sb::DirectConvolutionPlane plane(layerOf(kernel, 2, padding, outputPadding, dilation), {0, 0});
    const sb::PaddedInputGrid& grid = plane.grid();
    QVERIFY(grid.border() == border);
    // Sliding d·(k−1) + 1 wide with stride 1 over the padded input gives the output size.
    const sb::LayerGeometry& g = plane.geometry();
    QCOMPARE(grid.paddedSize().h - dilation.h * (kernel.h - 1), g.output.h);
    QCOMPARE(grid.paddedSize().w - dilation.w * (kernel.w - 1), g.output.w);
    for (int axis = 0; axis < 2; ++axis) {
        const bool rows = axis == 0;
        // Walk along the line of x[1, ·] (or x[·, 1]), which no crop removes (stride 2).
        const sb::Size2 across = {grid.paddedOrigin().h + border.h + 2, grid.paddedOrigin().w + border.w + 2};
        auto kindAt = [&](qint64 i) { return rows ? grid.kind(i, across.w) : grid.kind(across.h, i); };
        const qint64 b = border[axis], extent = rows ? grid.rows() : grid.cols();
        // The first b lines are the border, or the first −b lines the crop; then the input starts.
        for (qint64 i = 0; i < std::abs(b); ++i)
            QCOMPARE(kindAt(i), b > 0 ? Kind::BorderZero : Kind::Cropped);
        if (b >= 0)
            QCOMPARE(kindAt(b), Kind::Element);
        else
            QVERIFY(kindAt(-b) == Kind::Element || kindAt(-b) == Kind::InsertedZero);
        // output_padding's zeros close the padded input at the bottom/right.
        for (qint64 i = 0; b >= 0 && i < outputPadding[axis]; ++i)
            QCOMPARE(kindAt(extent - 1 - i), Kind::OutputPaddingZero);
        if (b > 0)
            QCOMPARE(kindAt(extent - 1 - outputPadding[axis]), Kind::BorderZero);
    }
}

void EquivalentViewTest::flippedKernelTopLeftIsTheOriginalBottomRight()
{
    // Seed 004's kernel 1..16: the flipped kernel reads 16..1.
    const sb::EquivalentPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::DirectConvolutionPlane& m = picture.model();
    const sb::Layer& layer = m.record().layer();
    QCOMPARE(m.flippedWeight(0, 0, 0), layer.weightAt(0, 0, 3, 3));
    QCOMPARE(m.flippedWeight(0, 0, 0), 16.0f);
    QCOMPARE(m.flippedWeight(0, 3, 3), 1.0f);
    QCOMPARE(m.flippedWeight(0, 1, 2), layer.weightAt(0, 0, 2, 1));

    // Hovering the flipped kernel's top-left names the original tap (3, 3).
    const sb::EquivalentLayout& layout = picture.layout();
    const sb::HitTarget hit = picture.hitTest(layout.flipped().cellRect(0, 0).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Kernel);
    QCOMPARE(hit.ky, 3);
    QCOMPARE(hit.kx, 3);
    QCOMPARE(picture.inspect(hit).expression, QStringLiteral("flipped[0,0] = w[3,3] = 16"));

    // Drawn so: the flipped top-left cell has the original bottom-right cell's shade, not its own
    // top-left's.
    const QImage image = sbtest::renderPicture(picture, 0);
    const QColor flippedTopLeft = image.pixelColor(sbtest::cornerOf(layout.flipped().cellRect(0, 0)));
    const QColor originalBottomRight = image.pixelColor(sbtest::cornerOf(layout.kernel().cellRect(3, 3)));
    const QColor originalTopLeft = image.pixelColor(sbtest::cornerOf(layout.kernel().cellRect(0, 0)));
    QVERIFY(sbtest::colorDistance(flippedTopLeft, originalBottomRight) < 10);
    QVERIFY(sbtest::colorDistance(flippedTopLeft, originalTopLeft) > 60);
}

void EquivalentViewTest::finalOutputEqualsTheScatter_data()
{
    QTest::addColumn<std::shared_ptr<const sb::ScatterRecord>>("record");
    for (const QString& path : presetPaths())
        QTest::newRow(qPrintable(QStringLiteral("preset %1").arg(QFileInfo(path).baseName()))) << presetRecord(path);
    for (unsigned seed = 1; seed <= 50; ++seed) {
        std::string description;
        sb::Layer layer = sbtest::randomLayer(seed, &description);
        QTest::newRow(qPrintable(QStringLiteral("random layer %1: %2").arg(seed).arg(QString::fromStdString(description))))
            << recordOf(std::move(layer));
    }
}

void EquivalentViewTest::finalOutputEqualsTheScatter()
{
    QFETCH(std::shared_ptr<const sb::ScatterRecord>, record);
    const sb::LayerGeometry& g = record->geometry();
    const sb::Tensor fast = sb::fastConvTranspose(record->layer());
    const sb::Tensor scattered = record->output();
    // Every plane (n, co): the direct convolution cell by cell, the scatter, and the fast path agree.
    for (qint64 n = 0; n < g.batch; ++n)
        for (qint64 co = 0; co < g.out_channels; ++co) {
            const sb::DirectConvolutionPlane plane(record, {n, co});
            for (qint64 oy = 0; oy < g.output.h; ++oy)
                for (qint64 ox = 0; ox < g.output.w; ++ox) {
                    const float direct = plane.directValue(oy, ox);
                    double windows = plane.bias();
                    for (qint64 c = plane.firstChannel(); c < plane.firstChannel() + plane.channelCount(); ++c)
                        windows += sb::DirectConvolutionPlane::windowSum(plane.window(c, oy, ox));
                    const QString where = QStringLiteral("y[%1, %2, %3, %4]").arg(n).arg(co).arg(oy).arg(ox);
                    QVERIFY2(sb::DirectConvolutionPlane::sameNumber(plane.scatterValue(oy, ox), scattered.at(n, co, oy, ox)),
                             qPrintable(where));
                    QVERIFY2(sb::DirectConvolutionPlane::sameNumber(direct, plane.scatterValue(oy, ox)), qPrintable(where));
                    QVERIFY2(sb::DirectConvolutionPlane::sameNumber(direct, fast.at(n, co, oy, ox)), qPrintable(where));
                    // The products the view shows sum to the value it shows.
                    QVERIFY2(sb::DirectConvolutionPlane::sameNumber(direct, windows), qPrintable(where));
                }
        }
}

void EquivalentViewTest::timelineFillsOneOutputCellPerStep()
{
    const sb::EquivalentPicture picture(sbtest::seed004Record(), {0, 0});
    QCOMPARE(picture.viewName(), QStringLiteral("equivalent"));
    QCOMPARE(picture.stepCount(), 8 * 8 + 1);
    sb::CellSweep s = sb::CellSweep::at(0, 64);
    QCOMPARE(s.filled, 0);
    QCOMPARE(s.current, -1);
    s = sb::CellSweep::at(3, 64);
    QCOMPARE(s.filled, 3);   // y[0,0], y[0,1], y[0,2]
    QCOMPARE(s.current, 2);  // the window sits on y[0,2]
    s = sb::CellSweep::at(3.5, 64);
    QCOMPARE(s.step, 4);
    QCOMPARE(s.filled, 3);  // y[0,3] gets its value when the window arrives
    QCOMPARE(s.current, 3);
    QCOMPARE(s.previous, 2);
    QVERIFY(s.t > 0.4 && s.t < 0.6);
    QCOMPARE(sb::CellSweep::at(99, 64).filled, 64);
}

void EquivalentViewTest::narrationWritesTheWindowSum()
{
    const sb::EquivalentPicture picture(sbtest::seed004Record(), {0, 0});
    QVERIFY(picture.narration(0).startsWith(QStringLiteral("Insert s − 1 = 1 zeros between elements, add a border of "
                                                           "d·(k − 1) − p = 1·(4 − 1) − 1 = 2 (11×11)")));
    // Seed 004's 12: the window over y[0,1] meets x[0,0] and x[0,1] under flipped taps 7 and 5.
    QCOMPARE(picture.narration(2),
             QStringLiteral("y[0,1] = Σ window · flipped kernel = 1·7 + 1·5 = 12: the same number the scatter gives."));
    QCOMPARE(picture.narration(1), QStringLiteral("y[0,0] = Σ window · flipped kernel = 1·6 = 6: the same number the scatter gives."));

    // Several channels: one sum per channel; bias at the end.
    sb::ConvTransposeProblem p;
    p.params.in_channels = 2;
    p.params.kernel_size = 2;
    p.params.bias = true;
    p.input = sb::makeFilled({1, 2, 2, 2}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({2, 1, 2, 2}, {sb::FillKind::Ones});
    p.bias = {0.5f};
    const sb::EquivalentPicture channels(recordOf(sb::validate(p)), {0, 0}, 1);
    QCOMPARE(channels.channel(), 1);
    QCOMPARE(channels.sumExpression(1, 1), QStringLiteral("y[1,1] = Σ over channels 0–1 of window · flipped kernel = 4 + 4 + b = 8.5"));
}

void EquivalentViewTest::hitTestFindsOutputPaddedAndKernelCells()
{
    const sb::EquivalentPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::EquivalentLayout& layout = picture.layout();
    sb::HitTarget hit = picture.hitTest(layout.output().cellRect(1, 2).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Output);
    QCOMPARE(hit.oy, 1);
    QCOMPARE(hit.ox, 2);
    QCOMPARE(hit.y, 2);  // full-buffer row: padding 1 below

    // Padded (4, 6) holds x[1, 2] (border 2 + 1·2, 2 + 2·2); (4, 5) is an inserted zero.
    hit = picture.hitTest(layout.padded().cellRect(4, 6).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Padded);
    QCOMPARE(hit.y, 4);
    QCOMPARE(hit.x, 6);
    QCOMPARE(hit.iy, 1);
    QCOMPARE(hit.ix, 2);
    QCOMPARE(picture.inspect(hit).expression, QStringLiteral("padded[4,6] = x[1,2] = 1"));
    hit = picture.hitTest(layout.padded().cellRect(4, 5).center(), 0);
    QCOMPARE(hit.iy, -1);
    QCOMPARE(picture.inspect(hit).expression, QStringLiteral("padded[4,5] = 0: one of the s − 1 = 1 zeros inserted between elements"));
    hit = picture.hitTest(layout.padded().cellRect(0, 3).center(), 0);
    QVERIFY(picture.inspect(hit).expression.contains(QStringLiteral("the border")));

    hit = picture.hitTest(layout.input().cellRect(2, 3).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Input);
    QCOMPARE(hit.iy, 2);
    QCOMPARE(hit.ix, 3);
    hit = picture.hitTest(layout.products().cellRect(0, 1).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Kernel);
    QCOMPARE(hit.ky, 3);
    QCOMPARE(hit.kx, 2);
    QVERIFY(picture.hitTest(QPointF(-5, -5), 0).isNone());

    // Hovering an output cell explains its window and checks it against the scatter.
    sb::HitTarget cell;
    cell.kind = sb::HitTarget::Kind::Output;
    cell.oy = 0;
    cell.ox = 1;
    const sb::Inspection i = picture.inspect(cell);
    QCOMPARE(i.expression, QStringLiteral("y[0,1] = Σ window · flipped kernel = 1·7 + 1·5 = 12"));
    QCOMPARE(i.detail, QStringLiteral("window rows 0–3, cols 1–4 of the padded input; the scatter gives 12 ✓"));
    QCOMPARE(i.elements, (QSet<qint64>{0, 1}));
    QCOMPARE(i.taps, (QSet<qint64>{1 * 4 + 2, 1 * 4 + 0}));
}

void EquivalentViewTest::renderedPaddedInputColoursEachKindOfCell()
{
    const sb::RenderOptions options;
    const sb::Theme& theme = options.theme;

    // Seed 004 (border 2, stride 2) at the start: nothing of the window in the way.
    const sb::EquivalentPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::GridGeometry& padded = picture.layout().padded();
    const QImage image = sbtest::renderPicture(picture, 0, options);
    auto at = [&](qint64 r, qint64 c) { return image.pixelColor(sbtest::cornerOf(padded.cellRect(r, c))); };
    // An element cell in its palette tint, as in the scatter view and the input grid beside it.
    const QColor element = at(2 + 2, 2 + 2);  // x[1,1]
    QVERIFY(sbtest::colorDistance(element, options.palette.tint(0, 1, 1, 0.6)) < 12);
    QVERIFY(sbtest::colorDistance(element, image.pixelColor(sbtest::cornerOf(picture.layout().input().cellRect(1, 1)))) < 12);
    // An inserted zero and a border zero: faint (close to the panel), and told apart.
    const QColor inserted = at(4, 5), border = at(0, 5);
    QVERIFY(sbtest::colorDistance(inserted, theme.panel) < 70);
    QVERIFY(sbtest::colorDistance(border, theme.panel) < 100);
    QVERIFY(sbtest::colorDistance(inserted, element) > 60);
    QVERIFY(sbtest::colorDistance(inserted, border) > 20);

    // With output_padding, its zeros take the output_padding colour; with a negative border the
    // cropped cells are shaded darker than the kept ones.
    const sb::EquivalentPicture extra(layerOf(3, 2, 1, 1), {0, 0});
    const QImage extraImage = sbtest::renderPicture(extra, 0, options);
    const sb::GridGeometry& extraGrid = extra.layout().padded();
    const QColor opZero = extraImage.pixelColor(sbtest::cornerOf(extraGrid.cellRect(extraGrid.rows - 1, 3)));
    QVERIFY(sbtest::colorDistance(opZero, sb::GridPainter::mix(theme.panel, theme.outputPadding, 0.16)) < 12);

    const sb::EquivalentPicture cropped(layerOf(3, 2, 3), {0, 0});
    QVERIFY(cropped.model().grid().border() == sb::Size2(-1));
    const QImage croppedImage = sbtest::renderPicture(cropped, 0, options);
    const sb::GridGeometry& croppedGrid = cropped.layout().padded();
    // Two inserted zeros, one in the cropped first row, one in a kept row.
    const QColor croppedZero = croppedImage.pixelColor(sbtest::cornerOf(croppedGrid.cellRect(0, 1)));
    const QColor keptZero = croppedImage.pixelColor(sbtest::cornerOf(croppedGrid.cellRect(2, 1)));
    QCOMPARE(cropped.model().grid().kind(0, 1), Kind::Cropped);
    QCOMPARE(cropped.model().grid().kind(2, 1), Kind::InsertedZero);
    QVERIFY2(qGray(croppedZero.rgb()) + 15 < qGray(keptZero.rgb()), qPrintable(croppedZero.name() + QStringLiteral(" vs ") + keptZero.name()));
}

void EquivalentViewTest::renderedWindowAndOutputFollowTheStep()
{
    const sb::RenderOptions options;
    const sb::EquivalentPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::EquivalentLayout& layout = picture.layout();
    const QImage image = sbtest::renderPicture(picture, 3, options);  // y[0,0..2] filled, window on y[0,2]
    auto hasInk = [&](const QRectF& r) {
        // Dark text pixels inside the cell's middle.
        for (int y = int(r.top() + r.height() * 0.3); y < int(r.bottom() - r.height() * 0.3); ++y)
            for (int x = int(r.left() + r.width() * 0.3); x < int(r.right() - r.width() * 0.3); ++x)
                if (qGray(image.pixel(x, y)) < 110)
                    return true;
        return false;
    };
    QVERIFY(hasInk(layout.output().cellRect(0, 1)));
    QVERIFY(!hasInk(layout.output().cellRect(0, 5)));
    // The window's top-left tap sits on padded (0, 2), framed in the highlight colour, and the
    // output cell being filled is framed too.
    const QRectF tap = layout.padded().cellRect(0, 2);
    QVERIFY(sbtest::colorDistance(image.pixelColor(QPointF(tap.left() + 1, tap.center().y()).toPoint()), options.theme.highlight) < 60);
    const QRectF cell = layout.output().cellRect(0, 2);
    QVERIFY(sbtest::colorDistance(image.pixelColor(QPointF(cell.left() + 1, cell.center().y()).toPoint()), options.theme.highlight) < 60);
    // The dark theme paints its own background.
    sb::RenderOptions dark;
    dark.theme = sb::Theme::dark();
    const QImage darkImage = sbtest::renderPicture(picture, 3, dark);
    QVERIFY(sbtest::colorDistance(darkImage.pixelColor(2, 2), dark.theme.background) < 6);
}

void EquivalentViewTest::sideBySideEndsTogetherAndComparesEveryCell()
{
    const sb::SideBySidePicture picture(sbtest::seed004Record(), {0, 0});
    QCOMPARE(picture.viewName(), QStringLiteral("side-by-side"));
    QCOMPARE(picture.stepCount(), 65);
    QCOMPARE(picture.scatterPosition(0), 0.0);
    QCOMPARE(picture.scatterPosition(64), double(picture.scatter().timeline().size() - 1));
    QVERIFY(picture.scatterPosition(32) > 0 && picture.scatterPosition(32) < picture.scatterPosition(64));
    QCOMPARE(picture.narration(2), QStringLiteral("y[0,1]:  scatter 12  ·  direct convolution 12  ✓"));
    for (qint64 step = 1; step < picture.stepCount(); ++step)
        QVERIFY2(picture.narration(step).endsWith(QStringLiteral("✓")), qPrintable(picture.narration(step)));

    // The halves do not overlap; a point in the right half hits the equivalent view's cells.
    const QRectF left = picture.scatter().layout().bounds();
    const QRectF right = picture.equivalent().bounds().translated(picture.equivalentOffset());
    QVERIFY(!left.intersects(right));
    QVERIFY(picture.bounds().contains(left) && picture.bounds().contains(right));
    const QPointF outputCell = picture.equivalent().layout().output().cellRect(2, 3).center() + picture.equivalentOffset();
    const sb::HitTarget hit = picture.hitTest(outputCell, 10);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Output);
    QCOMPARE(hit.oy, 2);
    QCOMPARE(hit.ox, 3);
    QCOMPARE(picture.hitTest(picture.scatter().layout().full().cellRect(0, 0).center(), 10).kind, sb::HitTarget::Kind::Full);

    // Rendered: the scatter half is the scatter view's own picture (its output frame where its
    // layout says), the comparison line is written under both.
    const QImage image = sbtest::renderPicture(picture, 2);
    const QPoint corner = picture.scatter().layout().output().rect().topLeft().toPoint();
    int darkest = 255;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            darkest = std::min(darkest, qGray(image.pixel(corner + QPoint(dx, 4 + dy))));
    QVERIFY(darkest < 140);
    const QRectF comparison = picture.comparisonRect();
    int ink = 0;
    for (int y = int(comparison.top()); y < int(comparison.bottom()); ++y)
        for (int x = int(comparison.left()); x < int(comparison.right()); x += 2)
            ink += qGray(image.pixel(x, y)) < 110;
    QVERIFY(ink > 50);
}

SB_TEST_MAIN(EquivalentViewTest)
#include "tst_equivalent_view.moc"
