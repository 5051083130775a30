// SPDX-License-Identifier: MIT
// The scene behind the picture: layout and hit testing, frames of the animation, inspection
// sentences and narration, and the rendered pixels (crop shading, element colours).
#include "SeedScenes.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/Narration.h"
#include "app/render/NumberFormat.h"
#include "app/render/SceneRenderer.h"
#include "app/render/TextLog.h"
#include "core/OverlapAnalysis.h"

#include "TestMain.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

#include <limits>

namespace {

QImage render(const sb::ScatterScene& scene, double position, const sb::RenderOptions& options = {})
{
    const QRectF b = scene.layout().bounds();
    QImage image(b.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    sb::SceneRenderer::paint(painter, scene, scene.frameAt(position), options);
    return image;
}

// Distance between two colours, for "this pixel has roughly that colour".
int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// A point inside a cell but away from its text and border.
QPoint cellCorner(const sb::GridGeometry& grid, qint64 row, qint64 col)
{
    const QRectF r = grid.cellRect(row, col);
    return (r.topLeft() + QPointF(r.width() * 0.12, r.height() * 0.12)).toPoint();
}

} // namespace

class SceneTest : public QObject {
    Q_OBJECT
private slots:
    void layoutPlacesOutputBesideTheKeptWindow();
    void hitTestFindsEveryKindOfCell();
    void framesAdvanceElementByElement();
    void inspectionWritesTheSumWithNumbers();
    void termsOfTwoChannelsNameTheirOwnWeights();
    void narrationDescribesEachPhase();
    void renderedCropIsShadedAndElementColoursLandWhereTheirBufferGoes();
    void overlapViewColoursTheCheckerboard();
    void nanAndInfCellsAreHatchedInTheErrorColour();
    void overlapLegendAsksCoreWhetherTheInteriorIsEven_data();
    void overlapLegendAsksCoreWhetherTheInteriorIsEven();
    void gridLinesColourTheSamePixelsAsDrawLines();
    void cellsUnderAPixelAreSampledAtPixelCentres();
};

void SceneTest::layoutPlacesOutputBesideTheKeptWindow()
{
    const sb::ScatterScene scene = sbtest::seed004Scene();
    const sb::SceneLayout& layout = scene.layout();
    QCOMPARE(layout.full().rows, 10);
    QCOMPARE(layout.output().rows, 8);
    QCOMPARE(layout.chips().rows, 4);  // a chip per input element
    QCOMPARE(layout.chips().cols, 4);
    QCOMPARE(layout.buffer().rows, 10);  // the active buffer is drawn at full-buffer size
    // Output row 0 sits level with full-buffer row 1 (padding 1), so the crop reads across.
    QCOMPARE(layout.output().cellRect(0, 0).top(), layout.full().cellRect(1, 0).top());
    QVERIFY(layout.bounds().contains(layout.output().rect()));
    QVERIFY(!layout.full().rect().intersects(layout.output().rect()));
}

void SceneTest::hitTestFindsEveryKindOfCell()
{
    const sb::ScatterScene scene = sbtest::seed004Scene();
    const sb::SceneLayout& layout = scene.layout();
    const sb::BufferWindow window = scene.bufferWindow(scene.frameAt(0));
    auto centre = [](const sb::GridGeometry& g, qint64 r, qint64 c) { return g.cellRect(r, c).center(); };

    sb::HitTarget hit = layout.hitTest(centre(layout.output(), 0, 1), window);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Output);
    QCOMPARE(hit.oy, 0);
    QCOMPARE(hit.ox, 1);
    hit = layout.hitTest(centre(layout.input(), 2, 3), window);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Input);
    QCOMPARE(hit.iy, 2);
    QCOMPARE(hit.ix, 3);
    hit = layout.hitTest(centre(layout.kernel(), 1, 2), window);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Kernel);
    hit = layout.hitTest(centre(layout.full(), 9, 0), window);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Full);
    QCOMPARE(hit.oy, 8);  // cropped: past the output
    hit = layout.hitTest(centre(layout.chips(), 1, 2), window);  // a chip stands for its element
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Buffer);
    QCOMPARE(hit.iy, 1);
    QCOMPARE(hit.ix, 2);
    hit = layout.hitTest(centre(layout.buffer(), 2, 4), window);  // the large buffer: the active element's
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Buffer);
    QCOMPARE(hit.iy, window.row0);
    QCOMPARE(hit.ix, window.col0);
    QCOMPARE(hit.y, 2);
    QCOMPARE(hit.x, 4);
    QVERIFY(layout.hitTest(QPointF(-5, -5), window).isNone());
}

void SceneTest::framesAdvanceElementByElement()
{
    const sb::ScatterScene scene = sbtest::seed004Scene();
    QCOMPARE(scene.timeline().size(), 19);  // start, 16 elements, crop, done
    sb::SceneFrame f = scene.frameAt(0);
    QCOMPARE(f.done, 0);
    f = scene.frameAt(2);
    QCOMPARE(f.done, 32);
    QCOMPARE(f.arriving, 32);
    QCOMPARE(f.step, 2);
    f = scene.frameAt(2.5);  // x[0,2] halfway in
    QCOMPARE(f.step, 3);
    QCOMPARE(f.done, 32);
    QCOMPARE(f.arriving, 48);
    QVERIFY(f.t > 0.4 && f.t < 0.6);
    QCOMPARE(f.activeElement, 2);
    QCOMPARE(f.cropAlpha, 0.0);
    f = scene.frameAt(17);
    QCOMPARE(f.cropAlpha, 1.0);
    QVERIFY(!f.finished);
    QVERIFY(scene.frameAt(18).finished);
}

void SceneTest::inspectionWritesTheSumWithNumbers()
{
    const sb::ScatterScene scene = sbtest::seed004Scene();
    sb::HitTarget output;
    output.kind = sb::HitTarget::Kind::Output;
    output.oy = 0;
    output.ox = 1;
    output.y = 1;
    output.x = 2;
    const sb::Inspection i = scene.inspect(output, 0);
    // Seed 004's learner asks where the 12 comes from: x[0,0]·w[1,2] + x[0,1]·w[1,0] = 7 + 5.
    QCOMPARE(i.expression, QStringLiteral("y[0,1] = 1·w[1,2] + 1·w[1,0] = 7 + 5 = 12"));
    QCOMPARE(i.detail, QStringLiteral("from x[0,0]·w[1,2] + x[0,1]·w[1,0]"));
    QCOMPARE(i.elements, (QSet<qint64>{0, 1}));
    QCOMPARE(i.taps, (QSet<qint64>{1 * 4 + 2, 1 * 4 + 0}));

    output.ox = 0;
    output.x = 1;
    QCOMPARE(scene.inspect(output, 0).expression, QStringLiteral("y[0,0] = 1·w[1,1] = 6"));

    sb::HitTarget input;
    input.kind = sb::HitTarget::Kind::Input;
    input.ci = 0;
    input.iy = 0;
    input.ix = 1;
    const sb::Inspection footprint = scene.inspect(input, 0);
    QCOMPARE(footprint.fullCells.size(), 16);
    QVERIFY(footprint.expression.startsWith(QStringLiteral("x[0,1] = 1 scatters 1·w into rows 0–3, cols 2–5")));
}

void SceneTest::narrationDescribesEachPhase()
{
    const sb::ScatterScene scene = sbtest::seed004Scene();
    QCOMPARE(sb::narrate(scene, 2),
             QStringLiteral("x[0,1] = 1 scatters 1·w into rows 0–3, cols 2–5 of the full buffer "
                            "(stride 2 moves it 2 columns right of x[0,0])."));
    QVERIFY(sb::narrate(scene, 17).startsWith(QStringLiteral("padding = 1 removes 1 row and 1 column from each side")));
    QVERIFY(sb::narrate(scene, 18).contains(QStringLiteral("[1, 1, 8, 8]")));
}

void SceneTest::renderedCropIsShadedAndElementColoursLandWhereTheirBufferGoes()
{
    const sb::ScatterScene scene = sbtest::seed004Scene();
    const sb::RenderOptions options;
    const QImage done = render(scene, 18);
    const sb::SceneLayout& layout = scene.layout();

    // Full-buffer cell (0, 5) is cropped by padding: shaded darker than kept cell (1, 5).
    const QColor cropped = done.pixelColor(cellCorner(layout.full(), 0, 5));
    const QColor kept = done.pixelColor(cellCorner(layout.full(), 1, 5));
    QVERIFY2(qGray(cropped.rgb()) + 15 < qGray(kept.rgb()),
             qPrintable(QStringLiteral("cropped %1 vs kept %2").arg(cropped.name(), kept.name())));

    // After step 1 only x[0,0] is in: its colour fills full (0, 0)…(3, 3) and nothing else yet.
    const QImage first = render(scene, 1);
    const QColor element00 = options.palette.tint(0, 0, 0, 0.5);
    QVERIFY(distance(first.pixelColor(cellCorner(layout.full(), 2, 2)), element00) < 40);
    QVERIFY(distance(first.pixelColor(cellCorner(layout.full(), 2, 6)), element00) > 60);
    // At step 2 x[0,1] is the active buffer, drawn large: its colour at its own offset (cols 2…5).
    const QImage buffers = render(scene, 2);
    const QColor element01 = options.palette.tint(0, 0, 1, 0.55);
    QVERIFY(distance(buffers.pixelColor(cellCorner(layout.buffer(), 1, 3)), element01) < 40);
    QVERIFY(distance(buffers.pixelColor(cellCorner(layout.buffer(), 1, 0)), element01) > 60);
}

void SceneTest::overlapViewColoursTheCheckerboard()
{
    // k3 s2 on 4×4: overlap alternates; the heat-map makes cells with 4 hotter than cells with 1.
    sb::ConvTransposeProblem p;
    p.params.kernel_size = 3;
    p.params.stride = 2;
    p.params.padding = 2;
    p.input = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({1, 1, 3, 3}, {sb::FillKind::Ones});
    const sb::ScatterScene scene(std::make_shared<const sb::ScatterRecord>(sb::validate(p)), {0, 0}, false,
                                 sb::ViewId::Overlap);
    QCOMPARE(scene.overlap().at(0, 0), 4);
    QCOMPARE(scene.overlap().at(1, 1), 1);
    const QImage image = render(scene, scene.timeline().size() - 1);
    const sb::Theme theme = sb::Theme::light();
    const QColor four = image.pixelColor(cellCorner(scene.layout().output(), 0, 0));
    const QColor one = image.pixelColor(cellCorner(scene.layout().output(), 1, 1));
    QVERIFY(distance(four, theme.heatHigh) < 30);
    QVERIFY(distance(one, theme.heatLow) < 30);
}

namespace {

// Pixels of the cell in exactly the theme's error colour: the hatching's lines.
int errorPixels(const QImage& image, const QRectF& cell, const QColor& error)
{
    int count = 0;
    const QRect r = cell.toRect().adjusted(2, 2, -2, -2);
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            count += distance(image.pixelColor(x, y), error) < 20;
    return count;
}

} // namespace

void SceneTest::nanAndInfCellsAreHatchedInTheErrorColour()
{
    // Seed 004 (4×4 ones, kernel 1..16, k4 s2 p1) with x[0,0] = NaN and x[3,3] = inf: NaN reaches
    // output rows/cols 0..2, inf (times positive taps) rows/cols 5..7; the middle stays finite.
    sb::ConvTransposeProblem p;
    p.params.kernel_size = 4;
    p.params.stride = 2;
    p.params.padding = 1;
    p.input = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones});
    p.input.at(0, 0, 0, 0) = std::numeric_limits<float>::quiet_NaN();
    p.input.at(0, 0, 3, 3) = std::numeric_limits<float>::infinity();
    p.weight = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Arange, 1});
    const sb::ScatterScene scene(std::make_shared<const sb::ScatterRecord>(sb::validate(p)), {0, 0}, false,
                                 sb::ViewId::Output);
    const QImage image = render(scene, scene.timeline().size() - 1);
    const QColor error = sb::Theme::light().error;
    const sb::GridGeometry& out = scene.layout().output();
    QVERIFY(errorPixels(image, out.cellRect(0, 0), error) > 20);  // NaN
    QVERIFY(errorPixels(image, out.cellRect(7, 7), error) > 20);  // inf
    QCOMPARE(errorPixels(image, out.cellRect(3, 4), error), 0);   // finite
    QCOMPARE(errorPixels(image, out.cellRect(4, 3), error), 0);
}

// The legend's verdict is core's OverlapAnalysis, not kernel % stride: with dilation 2, k4 s2 is
// uneven (kernel % stride == 0 would call it even), and k3 s2 d2 is uneven too.
void SceneTest::overlapLegendAsksCoreWhetherTheInteriorIsEven_data()
{
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<bool>("even");
    QTest::newRow("k4 s2") << 4 << 2 << 1 << true;
    QTest::newRow("k4 s2 d2") << 4 << 2 << 2 << false;
    QTest::newRow("k3 s2") << 3 << 2 << 1 << false;
    QTest::newRow("k3 s1 d2") << 3 << 1 << 2 << true;
}

void SceneTest::overlapLegendAsksCoreWhetherTheInteriorIsEven()
{
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(int, dilation);
    QFETCH(bool, even);
    sb::ConvTransposeProblem p;
    p.params.kernel_size = kernel;
    p.params.stride = stride;
    p.params.dilation = dilation;
    p.input = sb::makeFilled({1, 1, 6, 6}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({1, 1, kernel, kernel}, {sb::FillKind::Ones});
    const auto record = std::make_shared<const sb::ScatterRecord>(sb::validate(p));
    QCOMPARE(sb::OverlapAnalysis(record->geometry()).even(), even);
    // The overlap view's legend, and the scatter's under its output with --heatmap.
    for (sb::ViewId view : {sb::ViewId::Overlap, sb::ViewId::Scatter}) {
        const sb::ScatterScene scene(record, {0, 0}, false, view);
        sb::TextLog log;
        sb::RenderOptions options;
        options.textLog = &log;
        options.overlapHeatmap = view == sb::ViewId::Scatter;
        render(scene, scene.timeline().size() - 1, options);
        QString legend;
        for (const sb::DrawnText& t : log.texts())
            legend += t.text + QLatin1Char(' ');
        QVERIFY2(legend.contains(QLatin1String("(even)")) == even, qPrintable(legend));
        QVERIFY2(legend.contains(QLatin1String("checkerboard")) == !even, qPrintable(legend));
    }
}

// With two input channels each channel has its own kernel: the same tap of each is a different
// weight, and the sum names them apart. A negative factor is bracketed, never "·−".
void SceneTest::termsOfTwoChannelsNameTheirOwnWeights()
{
    sb::ConvTransposeProblem p;
    p.params.in_channels = 2;
    p.params.kernel_size = 1;
    p.input = sb::makeFilled({1, 2, 1, 2}, {sb::FillKind::Arange, 1});
    p.weight = sb::makeFilled({2, 1, 1, 1}, {sb::FillKind::Arange, -2});
    const auto record = std::make_shared<const sb::ScatterRecord>(sb::validate(p));
    const sb::ScatterScene scene(record, {0, 0}, false, sb::ViewId::Scatter);
    sb::HitTarget output;
    output.kind = sb::HitTarget::Kind::Output;
    output.oy = 0;
    output.ox = 1;
    output.y = 0;
    output.x = 1;
    const sb::Inspection inspection = scene.inspect(output, 0);
    // x[c=0][0,1] = 2, x[c=1][0,1] = 4; w[c=0] = −2, w[c=1] = −1.
    QCOMPARE(inspection.expression, QStringLiteral("y[0,1] = 2·w[c=0][0,0] + 4·w[c=1][0,0] = −4 − 4 = −8"));
    QCOMPARE(inspection.detail, QStringLiteral("from x[c=0][0,1]·w[c=0][0,0] + x[c=1][0,1]·w[c=1][0,0]"));
    QCOMPARE(sb::NumberFormat::product(QStringLiteral("−2.41"), QStringLiteral("−0.65")), QStringLiteral("−2.41·(−0.65)"));
    QCOMPARE(sb::NumberFormat::product(QStringLiteral("3"), QStringLiteral("0.5")), QStringLiteral("3·0.5"));
}

// GridPainter fills one-pixel grid lines as rectangles of whole device pixels (Qt's thread-pool
// fills made translucent lines slow); they must cover the pixels drawLines covers, at any scale
// and offset, translucent or not, up to one level of blending rounding.
void SceneTest::gridLinesColourTheSamePixelsAsDrawLines()
{
    for (int trial = 0; trial < 24; ++trial) {
        const double scale = 0.4 + 0.17 * trial, dx = 3.3 * trial, dy = 1.7 * trial + 0.25;
        const sb::GridGeometry grid{QPointF(7.5, 11.25), 9, 13, 6.0 + trial};
        const QColor color(0xd4, 0xd7, 0xdd, trial % 2 ? 255 : 178);
        QImage expected(700, 500, QImage::Format_ARGB32_Premultiplied), actual = expected;
        expected.fill(Qt::white);
        actual.fill(Qt::white);
        const QTransform t = QTransform::fromTranslate(dx, dy).scale(scale, scale);
        {
            QPainter p(&expected);
            p.setTransform(t);
            p.setPen(QPen(color, 1.0 / scale));
            QVector<QLineF> lines;
            const QRectF r = grid.rect();
            for (qint64 i = 0; i <= grid.rows; ++i)
                lines.append(QLineF(r.left(), r.top() + i * grid.cell, r.right(), r.top() + i * grid.cell));
            for (qint64 j = 0; j <= grid.cols; ++j)
                lines.append(QLineF(r.left() + j * grid.cell, r.top(), r.left() + j * grid.cell, r.bottom()));
            p.drawLines(lines);
        }
        {
            QPainter p(&actual);
            p.setTransform(t);
            const sb::RenderOptions options;
            sb::GridPainter gp(p, options);
            if (grid.cell * gp.scale() < 4.0)
                continue;  // gridLines draws nothing there
            gp.gridLines(grid, color);
        }
        int lineless = 0;
        for (int y = 0; y < expected.height(); ++y)
            for (int x = 0; x < expected.width(); ++x) {
                const QRgb a = expected.pixel(x, y), b = actual.pixel(x, y);
                lineless += a == qRgb(255, 255, 255);
                QVERIFY2(std::abs(qRed(a) - qRed(b)) <= 1 && std::abs(qGreen(a) - qGreen(b)) <= 1 && std::abs(qBlue(a) - qBlue(b)) <= 1,
                         qPrintable(QStringLiteral("trial %1: pixel (%2, %3)").arg(trial).arg(x).arg(y)));
            }
        QVERIFY(lineless < expected.width() * expected.height());  // something was drawn
    }
}

// Cells smaller than a device pixel are coloured pixel by pixel (level of detail): each pixel
// takes the cell under its centre, so a grid of 1000×1000 cells in 370 pixels shows the cells
// at those centres, and a picture of stripes stays stripes.
void SceneTest::cellsUnderAPixelAreSampledAtPixelCentres()
{
    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const sb::GridGeometry grid{QPointF(10, 20), 1000, 1000, 1.0};
    const double scale = 0.37;
    int asked = 0;
    {
        QPainter p(&image);
        p.scale(scale, scale);
        const sb::RenderOptions options;
        sb::GridPainter gp(p, options);
        gp.fillCells(grid, 0, grid.rows, 0, grid.cols, [&](qint64 row, qint64 col) {
            ++asked;
            return (row / 100 + col / 100) % 2 ? QColor(Qt::black) : QColor(Qt::red);
        });
    }
    QVERIFY2(asked < 400 * 400, qPrintable(QString::number(asked)));  // not a million
    for (int y = 0; y < 400; y += 7)
        for (int x = 0; x < 400; x += 7) {
            const QPointF world = QPointF(x + 0.5, y + 0.5) / scale - grid.origin;
            if (world.x() < 0 || world.y() < 0 || world.x() >= 1000 || world.y() >= 1000) {
                QCOMPARE(image.pixel(x, y), qRgb(255, 255, 255));
                continue;
            }
            const qint64 row = static_cast<qint64>(world.y()), col = static_cast<qint64>(world.x());
            QCOMPARE(image.pixel(x, y), ((row / 100 + col / 100) % 2 ? QColor(Qt::black) : QColor(Qt::red)).rgb());
        }
}

SB_TEST_MAIN(SceneTest)
#include "tst_scene.moc"
