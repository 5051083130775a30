// SPDX-License-Identifier: MIT
// The `matrix` view (seed 001 §2.3): Wᵀ of a plane — d2l's exact W, one tap per kept
// contribution, y = Wᵀ·x equal to the scatter — its rows and columns named, hover, the row-by-row
// timeline, the blocks a tall Wᵀ is cut into, and the rendered pixels.
#include "PictureImage.h"
#include "SeedScenes.h"
#include "tests/core/LayerBuilder.h"

#include "app/config/ConfigReader.h"
#include "app/render/GridPainter.h"
#include "app/render/PictureFactory.h"
#include "app/render/views/MatrixPicture.h"
#include "app/render/views/NoticePicture.h"
#include "core/DirectConvolutionPlane.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

namespace {

using sbtest::presetPaths;
using sbtest::recordOf;

// d2l's transposed convolution: a 2×2 input Y (the 27, 37, 57, 67 its convolution made) and
// K = [[1, 2], [3, 4]], stride 1, no padding → 3×3.
std::shared_ptr<const sb::ScatterRecord> d2lRecord()
{
    return recordOf(sbtest::singleChannel(sbtest::plane(2, 2, {27, 37, 57, 67}), sbtest::plane(2, 2, {1, 2, 3, 4})));
}

} // namespace

class MatrixViewTest : public QObject {
    Q_OBJECT
private slots:
    void d2lWeightMatrixIsExactlyKernel2Matrix();
    void matrixHoldsOneTapPerKeptContribution_data();
    void matrixHoldsOneTapPerKeptContribution();
    void rowsAndColumnsAreNamedAndTheDotProductWrittenOut();
    void hitTestFindsRowsColumnsAndCells();
    void tallMatricesAreCutIntoBlocksOfWholeOutputRows();
    void renderedTapsAreColouredAndZerosFaint();
    void renderedRowFollowsTheStep();
    void planesOfOverAMillionTapsGetANoticeInstead();
};

void MatrixViewTest::d2lWeightMatrixIsExactlyKernel2Matrix()
{
    const sb::MatrixPicture picture(d2lRecord(), {0, 0});
    const sb::PlaneMatrix& m = picture.model();
    // Seed 001: W = kernel2matrix(K), 4×9; the transposed convolution is Wᵀ (9×4) · vec(Y).
    const float d2l[4][9] = {{1, 2, 0, 3, 4, 0, 0, 0, 0},
                             {0, 1, 2, 0, 3, 4, 0, 0, 0},
                             {0, 0, 0, 1, 2, 0, 3, 4, 0},
                             {0, 0, 0, 0, 1, 2, 0, 3, 4}};
    const sb::TransposedConvMatrix::Matrix& w = m.convolution().forwardMatrix();
    QCOMPARE(w.rows(), 4);
    QCOMPARE(w.cols(), 9);
    QCOMPARE(w.nonZeros(), 16);
    QCOMPARE(m.rows(), 9);
    QCOMPARE(m.columns(), 4);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 9; ++j) {
            QCOMPARE(w.coeff(i, j), d2l[i][j]);
            QCOMPARE(m.entry(j, i), d2l[i][j]);
            QCOMPARE(m.isTap(j, i), d2l[i][j] != 0.0f);  // K has no zero, so taps are the non-zeros
        }
    // And y = Wᵀ·x is d2l's Z = trans_conv(Y, K).
    const float z[9] = {27, 91, 74, 138, 400, 282, 171, 429, 268};
    for (int r = 0; r < 9; ++r)
        QCOMPARE(m.outputValue(r), z[r]);
}

void MatrixViewTest::matrixHoldsOneTapPerKeptContribution_data()
{
    QTest::addColumn<std::shared_ptr<const sb::ScatterRecord>>("record");
    for (const QString& path : presetPaths())
        QTest::newRow(qPrintable(QStringLiteral("preset %1").arg(QFileInfo(path).baseName())))
            << recordOf(sb::validateConfig(sb::readConfigFile(path), path));
    for (unsigned seed = 1; seed <= 50; ++seed) {
        std::string description;
        sb::Layer layer = sbtest::randomLayer(seed, &description);
        QTest::newRow(qPrintable(QStringLiteral("random layer %1: %2").arg(seed).arg(QString::fromStdString(description))))
            << recordOf(std::move(layer));
    }
}

void MatrixViewTest::matrixHoldsOneTapPerKeptContribution()
{
    QFETCH(std::shared_ptr<const sb::ScatterRecord>, record);
    const sb::LayerGeometry& g = record->geometry();
    const sb::Tensor scattered = record->output();
    const sb::PlaneSelection plane{g.batch - 1, g.out_channels - 1};  // the last plane: groups and batch offsets matter
    const sb::PlaneMatrix m(record, plane);
    QCOMPARE(m.rows(), g.output.h * g.output.w);
    QCOMPARE(m.columns(), g.inPerGroup() * g.input.h * g.input.w);
    qint64 kept = 0;
    for (qint64 i = 0; i < record->size(); ++i) {
        const sb::Contribution c = record->at(i);
        if (c.n != plane.n || c.co != plane.co || !c.kept)
            continue;
        ++kept;
        const qint64 row = m.rowOf(c.oy, c.ox), col = m.columnOf(c.ci, c.iy, c.ix);
        QVERIFY(m.isTap(row, col));
        QCOMPARE(m.entry(row, col), record->layer().weightAt(c.ci, c.co % g.outPerGroup(), c.ky, c.kx));
        std::int64_t ky = -1, kx = -1;
        QVERIFY(m.tapAt(row, col, ky, kx));
        QCOMPARE(ky, c.ky);
        QCOMPARE(kx, c.kx);
    }
    QCOMPARE(m.transposed().nonZeros(), kept);
    for (qint64 row = 0; row < m.rows(); ++row) {
        std::int64_t oy = 0, ox = 0;
        m.cellOfRow(row, oy, ox);
        QVERIFY(sb::DirectConvolutionPlane::sameNumber(m.outputValue(row), scattered.at(plane.n, plane.co, oy, ox)));
    }
}

void MatrixViewTest::rowsAndColumnsAreNamedAndTheDotProductWrittenOut()
{
    const sb::MatrixPicture picture(sbtest::seed004Record(), {0, 0});
    QCOMPARE(picture.viewName(), QStringLiteral("matrix"));
    QCOMPARE(picture.stepCount(), 64 + 1);
    QCOMPARE(picture.rowName(9), QStringLiteral("y[1,1]"));
    QCOMPARE(picture.columnName(6), QStringLiteral("x[1,2]"));
    // Seed 004's 12, as a row of Wᵀ times x.
    QCOMPARE(picture.rowExpression(1), QStringLiteral("y[0,1] = w[1,2]·x[0,0] + w[1,0]·x[0,1] = 7·1 + 5·1 = 12"));
    QCOMPARE(picture.rowExpression(0), QStringLiteral("y[0,0] = w[1,1]·x[0,0] = 6·1 = 6"));
    QCOMPARE(picture.narration(2), QStringLiteral("y[0,1] = w[1,2]·x[0,0] + w[1,0]·x[0,1] = 7·1 + 5·1 = 12  (row 1 of Wᵀ times x)"));
    QVERIFY(picture.narration(0).startsWith(QStringLiteral("Wᵀ has a row per output cell (64) and a column per input entry (16).")));
    // Four taps: the numbers only.
    QCOMPARE(picture.rowExpression(9), QStringLiteral("y[1,1] = Σ w·x over its 4 taps = 11·1 + 9·1 + 3·1 + 1·1 = 24"));

    // Several channels name the channel; the bias closes the sum.
    sb::ConvTransposeProblem p;
    p.params.in_channels = 2;
    p.params.kernel_size = 1;
    p.params.bias = true;
    p.input = sb::makeFilled({1, 2, 1, 2}, {sb::FillKind::Arange, 1});
    p.weight = sb::makeFilled({2, 1, 1, 1}, {sb::FillKind::Arange, 1});
    p.bias = {0.5f};
    const sb::MatrixPicture channels(recordOf(sb::validate(p)), {0, 0});
    QCOMPARE(channels.columnName(3), QStringLiteral("x[c=1][0,1]"));
    QCOMPARE(channels.rowExpression(1), QStringLiteral("y[0,1] = w[c=0][0,0]·x[c=0][0,1] + w[c=1][0,0]·x[c=1][0,1] + b = 1·2 + 2·4 + 0.5 = 10.5"));
}

void MatrixViewTest::hitTestFindsRowsColumnsAndCells()
{
    const sb::MatrixPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::MatrixLayout& layout = picture.layout();
    // Wᵀ[y[0,1], x[0,0]] = w[1,2] = 7.
    sb::HitTarget hit = picture.hitTest(layout.matrixCell(1, 0).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Buffer);
    QCOMPARE(hit.oy, 0);
    QCOMPARE(hit.ox, 1);
    QCOMPARE(hit.iy, 0);
    QCOMPARE(hit.ix, 0);
    QCOMPARE(hit.ky, 1);
    QCOMPARE(hit.kx, 2);
    QCOMPARE(picture.inspect(hit).expression,
             QStringLiteral("Wᵀ[y[0,1], x[0,0]] = w[1,2] = 7: tap (1, 2) of x[0,0]'s kernel copy lands on y[0,1]"));
    hit = picture.hitTest(layout.matrixCell(1, 5).center(), 0);
    QCOMPARE(hit.ky, -1);
    QCOMPARE(picture.inspect(hit).expression, QStringLiteral("Wᵀ[y[0,1], x[1,1]] = 0: x[1,1]'s kernel copy does not reach y[0,1]"));

    // A row from y or its label: the dot product, the x entries it multiplies.
    hit = picture.hitTest(layout.outputCell(1).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Output);
    QCOMPARE(hit.ox, 1);
    QCOMPARE(picture.hitTest(layout.outputCell(1).center() - QPointF(60, 0), 0), hit);
    sb::Inspection i = picture.inspect(hit);
    QCOMPARE(i.expression, picture.rowExpression(1));
    QCOMPARE(i.detail, QStringLiteral("row y[0,1] of Wᵀ: 2 kernel taps (their x entries outlined), 14 zeros"));
    QCOMPARE(i.elements, (QSet<qint64>{0, 1}));

    // A column from x, its label or the label above Wᵀ: the output cells its kernel copy reaches.
    hit = picture.hitTest(layout.inputVector().cellRect(5, 0).center(), 0);
    QCOMPARE(hit.kind, sb::HitTarget::Kind::Input);
    QCOMPARE(hit.iy, 1);
    QCOMPARE(hit.ix, 1);
    QCOMPARE(picture.hitTest(layout.columnLabels(0).center(), 0).kind, sb::HitTarget::Kind::Input);
    i = picture.inspect(hit);
    QCOMPARE(i.outputCells.size(), 16);  // an inner element keeps all 16 taps
    QVERIFY(i.expression.startsWith(QStringLiteral("x[1,1] = 1: its column holds the 16 taps")));
    QVERIFY(picture.hitTest(QPointF(-5, -5), 0).isNone());
}

void MatrixViewTest::tallMatricesAreCutIntoBlocksOfWholeOutputRows()
{
    // Seed 004: 64 rows of 16 columns stand in two blocks of 32 (four output rows each).
    const sb::MatrixPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::MatrixLayout& layout = picture.layout();
    QCOMPARE(layout.blockCount(), 2);
    QCOMPARE(layout.blockRows() % 8, 0);
    // Every row drawn once, inside the picture, the blocks apart.
    for (qint64 row = 0; row + 1 < 64; ++row) {
        QVERIFY(picture.bounds().contains(layout.matrixRow(row)));
        QVERIFY(!layout.matrixRow(row).intersects(layout.matrixRow(row + 1).adjusted(0, 1, 0, -1)));
    }
    QVERIFY(!layout.matrixBlock(0).rect().intersects(layout.matrixBlock(1).rect()));
    QCOMPARE(picture.hitTest(layout.matrixCell(40, 3).center(), 0).oy, 5);
    // Fit into 1920×1080, cells stay large enough for their numbers (GridPainter's 17 px).
    const QRectF b = picture.bounds();
    QVERIFY(layout.cell() * std::min(1920 / b.width(), 1080 / b.height()) >= sb::GridPainter::kMinTextCellPixels);

    // d2l's 9×4 needs no cut.
    QCOMPARE(sb::MatrixPicture(d2lRecord(), {0, 0}).layout().blockCount(), 1);
}

void MatrixViewTest::renderedTapsAreColouredAndZerosFaint()
{
    const sb::RenderOptions options;
    const sb::MatrixPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::MatrixLayout& layout = picture.layout();
    const QImage image = sbtest::renderPicture(picture, 0, options);
    // Wᵀ[y[0,1], x[0,0]] is a tap, tinted with x[0,0]'s colour; Wᵀ[y[0,1], x[1,1]] a zero.
    const QColor tap = image.pixelColor(sbtest::cornerOf(layout.matrixCell(1, 0)));
    const QColor zero = image.pixelColor(sbtest::cornerOf(layout.matrixCell(1, 5)));
    QVERIFY(sbtest::colorDistance(tap, options.palette.tint(0, 0, 0, 0.55)) < 12);
    QVERIFY(sbtest::colorDistance(tap, zero) > 60);
    QVERIFY(sbtest::colorDistance(zero, options.theme.panel) < 40);
    // x's entries carry the same colours as their columns.
    const QColor x00 = image.pixelColor(sbtest::cornerOf(layout.inputVector().cellRect(0, 0)));
    QVERIFY(sbtest::colorDistance(x00, options.palette.tint(0, 0, 0, 0.6)) < 12);

    // "hide zeros" leaves them blank: the panel, and no "0" in the middle.
    const sb::MatrixPicture hidden(sbtest::seed004Record(), {0, 0}, true);
    const QImage blank = sbtest::renderPicture(hidden, 0, options);
    const QRectF cell = hidden.layout().matrixCell(1, 5);
    QVERIFY(sbtest::colorDistance(blank.pixelColor(sbtest::cornerOf(cell)), options.theme.panel) < 4);
    QVERIFY(sbtest::colorDistance(image.pixelColor(sbtest::cornerOf(cell)), options.theme.panel) > 4);
    int ink = 0;
    for (int y = int(cell.top() + 8); y < int(cell.bottom() - 8); ++y)
        for (int x = int(cell.left() + 8); x < int(cell.right() - 8); ++x)
            ink += sbtest::colorDistance(blank.pixelColor(x, y), options.theme.panel) > 4;
    QCOMPARE(ink, 0);
}

void MatrixViewTest::renderedRowFollowsTheStep()
{
    const sb::RenderOptions options;
    const sb::MatrixPicture picture(sbtest::seed004Record(), {0, 0});
    const sb::MatrixLayout& layout = picture.layout();
    const QImage image = sbtest::renderPicture(picture, 2, options);  // row 1 computed and framed
    // The frame on the row's top edge: the closest pixel to the highlight colour across the edge.
    const QRectF row = layout.matrixRow(1);
    int closest = 999;
    for (int dy = -2; dy <= 2; ++dy)
        closest = std::min(closest, sbtest::colorDistance(image.pixelColor(int(row.center().x()), int(row.top()) + dy), options.theme.highlight));
    QVERIFY(closest < 60);
    // The x entries it multiplies, x[0,0] and x[0,1], are framed; x[0,2] is not.
    auto leftEdge = [&](qint64 col) {
        const QRectF r = layout.inputVector().cellRect(col, 0);
        return image.pixelColor(QPointF(r.left() + 2, r.center().y()).toPoint());
    };
    QVERIFY(sbtest::colorDistance(leftEdge(0), options.theme.highlight) < 60);
    QVERIFY(sbtest::colorDistance(leftEdge(1), options.theme.highlight) < 60);
    QVERIFY(sbtest::colorDistance(leftEdge(2), options.theme.highlight) > 100);
    // y[0,0] and y[0,1] hold their values, y[0,2] is still empty.
    auto ink = [&](qint64 r) {
        const QRectF c = layout.outputCell(r);
        int dark = 0;
        for (int y = int(c.top() + 10); y < int(c.bottom() - 10); ++y)
            for (int x = int(c.left() + 10); x < int(c.right() - 10); ++x)
                dark += qGray(image.pixel(x, y)) < 110;
        return dark;
    };
    QVERIFY(ink(0) > 0);
    QVERIFY(ink(1) > 0);
    QCOMPARE(ink(2), 0);
}

// Wᵀ of a 300×300 input with a 4×4 kernel has 1.44 M entries: the factory gives the view's
// notice, naming the count, rather than building it; a plane just under the limit is drawn.
void MatrixViewTest::planesOfOverAMillionTapsGetANoticeInstead()
{
    const auto layer = [](std::int64_t size) {
        return std::make_shared<const sb::ScatterRecord>(sbtest::singleChannel(
            sb::makeFilled({1, 1, size, size}, {sb::FillKind::Ones}), sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones}), 2));
    };
    const std::unique_ptr<sb::Picture> large = sb::PictureFactory::make(sb::ViewId::Matrix, {layer(300), {0, 0}});
    const auto* notice = dynamic_cast<const sb::NoticePicture*>(large.get());
    QVERIFY(notice != nullptr);
    QCOMPARE(notice->viewName(), QStringLiteral("matrix"));
    QVERIFY2(notice->notice().contains(QLocale().toString(qlonglong(1'440'000))), qPrintable(notice->notice()));
    QVERIFY(!sbtest::renderPicture(*large, 0).isNull());

    const std::unique_ptr<sb::Picture> small = sb::PictureFactory::make(sb::ViewId::Matrix, {layer(250), {0, 0}});
    QVERIFY(dynamic_cast<const sb::MatrixPicture*>(small.get()) != nullptr);  // 1 M taps exactly
}

SB_TEST_MAIN(MatrixViewTest)
#include "tst_matrix_view.moc"
