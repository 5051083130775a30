// SPDX-License-Identifier: MIT
// The layout test (classroom-grade pictures): every view of every preset and of random layers —
// small, rectangular, grouped, batched, decimal, large and negative — painted at scale 1 with
// the same geometry that paints the window and the exports. In each: the picture is at most
// 4000 px a side, every text lies inside it, none is under 12 px, and no two texts overlap. The
// normal suite draws the presets and SB_LAYOUT_LAYERS random layers (30 by default); the
// layout-sweep label runs 200 of them. A sample of exported SVGs is cross-checked: there text
// stays text, with its font size, so the check does not rely on our own log alone.
// SB_LAYOUT_LANGUAGE=zh_CN or ko runs it all in that translation: CJK text must fit too.
#include "LayoutAudit.h"
#include "LayoutLayers.h"

#include "app/controller/ImageController.h"
#include "app/export/PictureCanvas.h"
#include "app/i18n/Translations.h"
#include "app/render/PictureFactory.h"
#include "app/render/ViewId.h"
#include "core/ScatterRecord.h"

#include "TestMain.h"

#include <QBuffer>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

namespace {

// What a view of record is drawn from, as the window first draws it: the image view gets the
// built-in photo through the layer (its caller reads and computes it).
sb::PictureFactory::Source sourceFor(sb::ViewId view, std::shared_ptr<const sb::ScatterRecord> record)
{
    sb::PictureFactory::Source source{record, {0, 0}};
    if (sb::PictureFactory::view(view).drawsImage)
        source.imageExperiment = sb::ImageController::run({}, record->layer());
    return source;
}

int randomLayerCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SB_LAYOUT_LAYERS", &ok);
    return ok ? n : 30;
}

const std::vector<sbtest::NamedLayer>& layers()
{
    static const std::vector<sbtest::NamedLayer> all = [] {
        std::vector<sbtest::NamedLayer> v = sbtest::presetLayers();
        for (sbtest::NamedLayer& large : sbtest::largeLayers())
            v.push_back(std::move(large));
        for (int i = 0; i < randomLayerCount(); ++i)
            v.push_back(sbtest::randomLayoutLayer(1000u + static_cast<unsigned>(i)));
        if (randomLayerCount() >= 200)  // the sweep
            v.push_back(sbtest::millionLayer());
        return v;
    }();
    return all;
}

// The first output cell the picture's own hit test finds, scanning a lattice over it: hovering
// writes the longest text of a view (a cell's whole sum) into its footer.
sb::HitTarget someOutputCell(const sb::Picture& picture, double position)
{
    const QRectF b = picture.bounds();
    for (int j = 1; j < 60; ++j)
        for (int i = 1; i < 60; ++i) {
            const sb::HitTarget hit = picture.hitTest(QPointF(b.left() + b.width() * i / 60, b.top() + b.height() * j / 60), position);
            if (hit.kind == sb::HitTarget::Kind::Output)
                return hit;
        }
    return {};
}

// Font sizes of an SVG's texts, in device pixels: font-size scaled by the transforms around it.
QStringList svgTextsUnder(const QByteArray& svg, double minimum)
{
    QStringList small;
    QXmlStreamReader xml(svg);
    std::vector<double> scales{1.0};
    std::vector<double> sizes{0.0};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            double scale = scales.back(), size = sizes.back();
            const QXmlStreamAttributes a = xml.attributes();
            const QString transform = a.value(QStringLiteral("transform")).toString();
            if (transform.startsWith(QStringLiteral("matrix("))) {
                const QStringList m = transform.mid(7, transform.size() - 8).split(QLatin1Char(','));
                if (m.size() == 6)
                    scale *= std::sqrt(std::abs(m[0].toDouble() * m[3].toDouble() - m[1].toDouble() * m[2].toDouble()));
            }
            if (a.hasAttribute(QStringLiteral("font-size")))
                size = a.value(QStringLiteral("font-size")).toDouble();
            scales.push_back(scale);
            sizes.push_back(size);
            if (xml.name() == QLatin1String("text")) {
                const double px = size * scale;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                scales.pop_back();
                sizes.pop_back();
                if (!text.trimmed().isEmpty() && px < minimum - 0.01)
                    small << QStringLiteral("\"%1\" %2 px").arg(text.trimmed().left(40)).arg(px, 0, 'f', 1);
            }
        } else if (xml.isEndElement()) {
            scales.pop_back();
            sizes.pop_back();
        }
    }
    return small;
}

} // namespace

class PictureLayoutTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTextFits_data();
    void everyTextFits();
    void svgTextsAreReadable_data();
    void svgTextsAreReadable();
};

void PictureLayoutTest::initTestCase()
{
    const QString language = qEnvironmentVariable("SB_LAYOUT_LANGUAGE");
    if (language.isEmpty())
        return;
    QCOMPARE(sb::translations::install(language), language);
    // The catalogue is really there: a picture's own words come out translated.
    QVERIFY(QCoreApplication::translate("sb::MainWindow", "&File") != QLatin1String("&File"));
    qInfo("pictures in %s", qPrintable(language));
}

void PictureLayoutTest::everyTextFits_data()
{
    QTest::addColumn<int>("view");
    for (sb::ViewId view : sb::allViews())
        QTest::newRow(qPrintable(sb::viewName(view))) << static_cast<int>(view);
}

void PictureLayoutTest::everyTextFits()
{
    QFETCH(int, view);
    const sb::ViewId id = static_cast<sb::ViewId>(view);
    QStringList problems;
    sbtest::AuditCounts counts;
    for (const sbtest::NamedLayer& named : layers()) {
        auto record = std::make_shared<const sb::ScatterRecord>(named.layer);
        std::unique_ptr<sb::Picture> picture;
        try {
            picture = sb::PictureFactory::make(id, sourceFor(id, record));
        } catch (const std::exception& e) {
            QFAIL(qPrintable(named.name + QStringLiteral(": ") + QString::fromStdString(e.what())));
        }
        QVERIFY2(picture, qPrintable(named.name));
        const qint64 last = picture->stepCount() - 1;
        for (qint64 step : {qint64(0), last / 2, last}) {
            sb::RenderOptions options;
            const sb::TextLog log = sbtest::paintedTexts(*picture, static_cast<double>(step), options);
            problems << sbtest::auditTexts(log, picture->bounds(), QStringLiteral("%1, step %2").arg(named.name).arg(step));
            counts.texts += static_cast<qint64>(log.texts().size());
            ++counts.pictures;
        }
        // Hovering an output cell writes its sum into the footer: the longest text most views have.
        const sb::HitTarget cell = someOutputCell(*picture, static_cast<double>(last));
        if (!cell.isNone()) {
            sb::RenderOptions options;
            options.inspection = picture->inspect(cell, static_cast<double>(last));
            options.inspectionPinned = true;
            const sb::TextLog log = sbtest::paintedTexts(*picture, static_cast<double>(last), options);
            problems << sbtest::auditTexts(log, picture->bounds(), QStringLiteral("%1, hovering y[%2,%3]").arg(named.name).arg(cell.oy).arg(cell.ox));
            counts.texts += static_cast<qint64>(log.texts().size());
            ++counts.pictures;
        }
    }
    qInfo("%s: %lld layers, %lld pictures, %lld texts checked, %lld problems", qPrintable(sb::viewName(id)),
          static_cast<long long>(layers().size()), static_cast<long long>(counts.pictures), static_cast<long long>(counts.texts),
          static_cast<long long>(problems.size()));
    if (!problems.isEmpty()) {
        const QStringList shown = problems.mid(0, 2500);
        QFAIL(qPrintable(QStringLiteral("%1 layout problems, the first %2:\n  ").arg(problems.size()).arg(shown.size())
                         + shown.join(QStringLiteral("\n  "))));
    }
}

void PictureLayoutTest::svgTextsAreReadable_data()
{
    QTest::addColumn<int>("view");
    for (sb::ViewId view : sb::allViews())
        QTest::newRow(qPrintable(sb::viewName(view))) << static_cast<int>(view);
}

void PictureLayoutTest::svgTextsAreReadable()
{
    QFETCH(int, view);
    const sb::ViewId id = static_cast<sb::ViewId>(view);
    // Three layers per view: the demo, a grouped layer with decimals, and a random one.
    const std::vector<sbtest::NamedLayer>& all = layers();
    std::vector<const sbtest::NamedLayer*> sample;
    for (const sbtest::NamedLayer& l : all)
        if (l.name.startsWith(QLatin1String("seed004-k4")) || l.name.startsWith(QLatin1String("groups")))
            sample.push_back(&l);
    // The last random layer (the sweep's 1000×1000 one is checked by everyTextFits, not here).
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->name.startsWith(QLatin1String("random"))) {
            sample.push_back(&*it);
            break;
        }
    for (const sbtest::NamedLayer* named : sample) {
        auto record = std::make_shared<const sb::ScatterRecord>(named->layer);
        const std::unique_ptr<sb::Picture> picture = sb::PictureFactory::make(id, sourceFor(id, record));
        QVERIFY(picture);
        // As StillExporter writes an SVG: the picture's size at scale 1, 96 dpi.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QSize size = sb::PictureCanvas::pixelSize(*picture, 1.0);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(static_cast<int>(sb::PictureCanvas::kDpi));
        QPainter painter(&svg);
        sb::PictureCanvas::paint(painter, *picture, static_cast<double>(picture->stepCount() - 1), sb::RenderOptions{}, 1.0);
        painter.end();
        const QStringList small = svgTextsUnder(buffer.data(), sb::Typography::kMinimum);
        QVERIFY2(small.isEmpty(), qPrintable(named->name + QStringLiteral(": ") + small.mid(0, 10).join(QStringLiteral("; "))));
    }
}

SB_TEST_MAIN(PictureLayoutTest)
#include "tst_picture_layout.moc"
