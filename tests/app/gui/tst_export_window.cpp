// SPDX-License-Identifier: MIT
// Exporting from the window: an exported frame is pixel for pixel what the view paints (mid-slide
// too); File → Export… and Edit → Copy Frame with their shortcuts; the dialog's size preview
// following the settings; the worker that keeps the window responsive and cancels cleanly.
#include "SeedScenes.h"

#include "app/config/BuiltinPresets.h"
#include "app/controller/PlaybackController.h"
#include "app/controller/ViewSettings.h"
#include "app/export/PictureCanvas.h"
#include "app/export/StillExporter.h"
#include "app/gui/ExportActions.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/ExportRunner.h"
#include "app/gui/MainWindow.h"
#include "app/render/PictureFactory.h"
#include "app/render/ScenePicture.h"
#include "app/widgets/ScatterView.h"

#include "TestMain.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QAction* menuAction(QMainWindow& window, const QString& menuTitle, const QKeySequence& shortcut)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->text().remove(QLatin1Char('&')) == menuTitle)
            for (QAction* a : menu->menu()->actions())
                if (a->shortcut() == shortcut)
                    return a;
    return nullptr;
}

sb::ExportJob gifJob(const QString& path, double scale)
{
    QString error;
    sb::ExportJob::Settings settings;
    settings.scale = scale;
    return sb::ExportJob({sbtest::seed004Record(), {0, 0}, false}, *sb::ExportTarget::fromPath(path, &error), settings);
}

} // namespace

class ExportWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportedFrameIsWhatTheViewPaints_data();
    void exportedFrameIsWhatTheViewPaints();
    void menusOfferExportAndCopyFrame();
    void copyFrameAndTheDialogFollowTheViewShown();
    void exportsReadTheViewSettingsNotTheView();
    void dialogPreviewFollowsTheSettings();
    void workerKeepsTheWindowResponsiveAndCancelsCleanly();
    void finishedExportIsReportedInTheStatusBar();
};

void ExportWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScatterboardTest"));
}

void ExportWindowTest::exportedFrameIsWhatTheViewPaints_data()
{
    QTest::addColumn<double>("position");
    QTest::addColumn<QString>("theme");
    QTest::newRow("step 5 reached") << 5.0 << "light";
    QTest::newRow("halfway into step 6, dark") << 5.5 << "dark";
    QTest::newRow("the crop fading in") << 16.3 << "light";
}

void ExportWindowTest::exportedFrameIsWhatTheViewPaints()
{
    QFETCH(double, position);
    QFETCH(QString, theme);
    sb::PlaybackController playback;
    playback.setRecord(sbtest::seed004Record());
    playback.setPosition(position);
    sb::ViewSettings settings;
    sb::ScatterView view(&playback, &settings);
    settings.setTheme(theme);
    // The view at the picture's size fits it at scale 1, as an export at scale 1 draws it.
    const QRectF bounds = playback.scene().layout().bounds();
    view.resize(bounds.size().toSize());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.zoom(), 1.0);
    const QImage shown = view.grab().toImage().convertToFormat(QImage::Format_RGB32);

    // The export path (factory picture, window caption, PictureCanvas) under the view's transform:
    // the view centres the picture, a fraction of a pixel when its bounds are not whole pixels.
    const std::unique_ptr<sb::Picture> picture =
        sb::PictureFactory::make(sb::ViewId::Scatter, {playback.scene().recordPointer(), playback.plane(), false});
    QImage exported(shown.size(), QImage::Format_RGB32);
    exported.setDotsPerMeterX(sb::PictureCanvas::dotsPerMeter(sb::PictureCanvas::kDpi));
    exported.setDotsPerMeterY(sb::PictureCanvas::dotsPerMeter(sb::PictureCanvas::kDpi));
    exported.fill(view.renderOptions().theme.background);
    QPainter painter(&exported);
    painter.setTransform(view.viewTransform());
    sb::PictureCanvas::paint(painter, *picture, playback.position(), view.renderOptions(), 1.0);
    painter.end();
    QCOMPARE(exported, shown);
}

void ExportWindowTest::menusOfferExportAndCopyFrame()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 7);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction* exportAction = menuAction(w, QStringLiteral("File"), QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* copyFrame = menuAction(w, QStringLiteral("Edit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(exportAction && exportAction->isEnabled());
    QVERIFY(copyFrame && copyFrame->isEnabled());
    QVERIFY(exportAction->text().startsWith(QLatin1String("&Export")));

    QGuiApplication::clipboard()->clear();
    copyFrame->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    auto* actions = w.findChild<sb::ExportActions*>();
    QVERIFY(actions);
    QCOMPARE(copied.size(), w.playback()->scene().layout().bounds().size().toSize());
    QCOMPARE(copied.convertToFormat(QImage::Format_RGB32), actions->currentFrame().convertToFormat(QImage::Format_RGB32));
    QVERIFY(w.statusBar()->currentMessage().startsWith(QLatin1String("Copied the frame")));
}

void ExportWindowTest::copyFrameAndTheDialogFollowTheViewShown()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 7);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTabBar* tabs = w.viewTabs();
    int overlap = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabData(i).toInt() == int(sb::ViewId::Overlap))
            overlap = i;
    QVERIFY(overlap > 0);
    tabs->setCurrentIndex(overlap);  // as a click on the tab does
    QCOMPARE(w.playback()->view(), sb::ViewId::Overlap);

    // Copy Frame: the overlap picture, not the scatter.
    QGuiApplication::clipboard()->clear();
    menuAction(w, QStringLiteral("Edit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    const std::unique_ptr<sb::Picture> overlapPicture = sb::PictureFactory::make(sb::ViewId::Overlap, w.playback()->source());
    const std::unique_ptr<sb::Picture> scatterPicture = sb::PictureFactory::make(sb::ViewId::Scatter, w.playback()->source());
    QVERIFY(overlapPicture && scatterPicture);
    QCOMPARE(copied.size(), sb::PictureCanvas::pixelSize(*overlapPicture, 1.0));
    QVERIFY(copied.size() != sb::PictureCanvas::pixelSize(*scatterPicture, 1.0));

    // File → Export…: the dialog opens on the overlap view.
    int shownView = -1;
    QTimer::singleShot(0, this, [&] {
        if (auto* dialog = qobject_cast<sb::ExportDialog*>(QApplication::activeModalWidget())) {
            shownView = dialog->viewBox()->currentData().toInt();
            dialog->reject();
        }
    });
    menuAction(w, QStringLiteral("File"), QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    QCOMPARE(shownView, int(sb::ViewId::Overlap));
}

void ExportWindowTest::exportsReadTheViewSettingsNotTheView()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 7);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* actions = w.findChild<sb::ExportActions*>();
    sb::ViewSettings* settings = w.viewSettings();
    QVERIFY(actions && settings);
    // View → Dark Theme and Colour-blind-safe Palette are the settings' own actions.
    QAction* dark = menuAction(w, QStringLiteral("View"), QKeySequence(Qt::Key_D));
    QAction* colorBlind = menuAction(w, QStringLiteral("View"), QKeySequence(Qt::Key_C));
    QCOMPARE(dark, settings->darkThemeAction());
    QCOMPARE(colorBlind, settings->colorBlindAction());
    dark->trigger();
    colorBlind->trigger();
    QCOMPARE(actions->renderOptions().theme.name, QStringLiteral("dark"));
    QCOMPARE(actions->renderOptions().palette.kind(), sb::ElementPalette::Kind::ColorBlindSafe);
    QCOMPARE(w.view()->renderOptions().theme.name, QStringLiteral("dark"));
    // Set by code, the actions follow.
    settings->setTheme(QStringLiteral("light"));
    QVERIFY(!dark->isChecked());
    QCOMPARE(actions->renderOptions().theme.name, QStringLiteral("light"));

    // A pinned cell is exported with the picture, a hovered one is not.
    QVERIFY(w.view()->setCellCursor(1, 2));
    QVERIFY(w.view()->isPinned());
    QCOMPARE(actions->renderOptions().inspection.target.oy, 1);
    QCOMPARE(actions->renderOptions().inspection.target.ox, 2);
    QVERIFY(actions->renderOptions().inspectionPinned);
    w.view()->unpin();
    QVERIFY(actions->renderOptions().inspection.isEmpty());
    QVERIFY(!actions->renderOptions().inspectionPinned);
}

void ExportWindowTest::dialogPreviewFollowsTheSettings()
{
    QTemporaryDir dir;
    sb::ExportDialog dialog({sbtest::seed004Record(), {0, 0}, false}, sb::ViewId::Scatter, 5, {});
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("lesson.png")));
    dialog.formatBox()->setCurrentIndex(0);  // PNG
    dialog.scaleBox()->setValue(1.0);
    QCOMPARE(dialog.currentStepButton()->text(), QStringLiteral("Current step (5)"));
    const sb::ScenePicture picture(sbtest::seed004Scene());
    auto pixels = [&](double scale) {
        const QSize size = sb::PictureCanvas::pixelSize(picture, scale);
        return QStringLiteral("%1 × %2 px").arg(size.width()).arg(size.height());
    };
    QCOMPARE(dialog.preview()->text(), pixels(1.0));
    dialog.scaleBox()->setValue(2.0);
    QCOMPARE(dialog.preview()->text(), pixels(2.0));
    QVERIFY(!dialog.allStepsButton()->isEnabled());  // a still is one step

    // GIF: the path follows, all steps become possible, frames are counted.
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(sb::ExportTarget::Format::Gif)));
    QCOMPARE(dialog.pathEdit()->text(), dir.filePath(QStringLiteral("lesson.gif")));
    dialog.scaleBox()->setValue(0.5);
    dialog.allStepsButton()->setChecked(true);
    QVERIFY2(dialog.preview()->text().startsWith(pixels(0.5) + QStringLiteral(", 163 frames, ")), qPrintable(dialog.preview()->text()));
    QString error;
    const std::optional<sb::ExportJob> job = dialog.job(&error);
    QVERIFY2(job, qPrintable(error));
    QCOMPARE(job->target().format(), sb::ExportTarget::Format::Gif);
    QCOMPARE(job->settings().scale, 0.5);

    // Typing another extension chooses that format; an unknown one is refused before export.
    dialog.pathEdit()->clear();
    QTest::keyClicks(dialog.pathEdit(), dir.filePath(QStringLiteral("lesson.pdf")));
    QCOMPARE(dialog.formatBox()->currentData().toInt(), int(sb::ExportTarget::Format::Pdf));
    const QSizeF page = sb::StillExporter::pdfPageSize(picture, 0.5);
    QVERIFY2(dialog.preview()->text().startsWith(QStringLiteral("one page, %1 × %2 pt").arg(page.width()).arg(page.height())),
             qPrintable(dialog.preview()->text()));
    QVERIFY(!dialog.transparentBox()->isEnabled());
    QTest::keyClick(dialog.pathEdit(), Qt::Key_Backspace);
    QTest::keyClick(dialog.pathEdit(), Qt::Key_Backspace);
    QTest::keyClick(dialog.pathEdit(), Qt::Key_Backspace);
    QTest::keyClicks(dialog.pathEdit(), QStringLiteral("jpg"));
    QVERIFY(dialog.preview()->text().contains(QStringLiteral("unknown file type")));
    QVERIFY(!dialog.job(&error));
}

void ExportWindowTest::workerKeepsTheWindowResponsiveAndCancelsCleanly()
{
    QTemporaryDir dir;
    sb::ExportRunner runner;
    QSignalSpy finished(&runner, &sb::ExportRunner::finished);
    QSignalSpy progressed(&runner, &sb::ExportRunner::progressed);

    // The GUI thread keeps running its timers while the worker draws all 163 frames.
    int ticks = 0;
    QTimer clock;
    connect(&clock, &QTimer::timeout, [&] { ++ticks; });
    clock.start(5);
    QVERIFY(runner.start(gifJob(dir.filePath(QStringLiteral("all.gif")), 0.25)));
    QVERIFY(!runner.start(gifJob(dir.filePath(QStringLiteral("other.gif")), 0.25)));  // one at a time
    QVERIFY(finished.wait(60000));
    const auto done = finished.takeFirst().at(0).value<sb::ExportJob::Result>();
    QCOMPARE(done.status, sb::ExportJob::Status::Done);
    QCOMPARE(done.frames, 163);
    QCOMPARE(progressed.size(), 163);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("all.gif"))));

    // Cancelled after its first frames: no file.
    QObject::connect(&runner, &sb::ExportRunner::progressed, &runner, [&](qint64 frames) {
        if (frames == 2)
            runner.cancel();
    });
    QVERIFY(runner.start(gifJob(dir.filePath(QStringLiteral("cancelled.gif")), 0.25)));
    QVERIFY(finished.wait(60000));
    const auto cancelled = finished.takeFirst().at(0).value<sb::ExportJob::Result>();
    QCOMPARE(cancelled.status, sb::ExportJob::Status::Cancelled);
    QVERIFY(cancelled.frames < 163);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"all.gif"});
}

void ExportWindowTest::finishedExportIsReportedInTheStatusBar()
{
    QTemporaryDir dir;
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* actions = w.findChild<sb::ExportActions*>();
    QSignalSpy finished(actions->runner(), &sb::ExportRunner::finished);
    actions->startExport(gifJob(dir.filePath(QStringLiteral("a.gif")), 0.2));
    QVERIFY(!actions->exportAction()->isEnabled());  // one export at a time
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Exported ") + dir.filePath(QStringLiteral("a.gif"))));
    QVERIFY(actions->exportAction()->isEnabled());
}

SB_TEST_MAIN(ExportWindowTest)
#include "tst_export_window.moc"
