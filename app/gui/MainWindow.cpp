// SPDX-License-Identifier: MIT
#include "app/gui/MainWindow.h"

#include "app/config/ConfigError.h"
#include "app/config/ModelFile.h"
#include "app/controller/DocumentController.h"
#include "app/controller/ImageController.h"
#include "app/controller/PlaybackController.h"
#include "app/controller/PresetCatalog.h"
#include "app/controller/ViewSettings.h"
#include "app/export/FrameworkSnippet.h"
#include "app/export/PyTorchSnippet.h"
#include "app/gui/AboutBox.h"
#include "app/gui/ExportActions.h"
#include "app/gui/LessonMode.h"
#include "app/gui/OpenModelDialog.h"
#include "app/gui/ShapeSolverDialog.h"
#include "app/gui/WindowGeometry.h"
#include "app/i18n/Translations.h"
#include "app/lesson/LessonReader.h"
#include "app/render/NumberFormat.h"
#include "app/render/PictureFactory.h"
#include "app/render/PyTorchQuirks.h"
#include "app/widgets/ImageControls.h"
#include "app/widgets/ParameterPanel.h"
#include "app/widgets/ScatterView.h"
#include "app/widgets/TaskProgress.h"
#include "app/widgets/TensorEditor.h"
#include "app/widgets/TransportBar.h"

#include <QAction>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QDialogButtonBox>
#include <QDialog>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace sb {

MainWindow::MainWindow(const QString& configPath, std::optional<qint64> step, QWidget* parent)
    : QMainWindow(parent), document_(new DocumentController(this)), playback_(new PlaybackController(this)),
      settings_(new ViewSettings(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/scatterboard.svg")));
    auto* central = new QWidget(this);
    view_ = new ScatterView(playback_, settings_, central);
    transport_ = new TransportBar(playback_, central);
    viewTabs_ = new QTabBar(central);
    images_ = new ImageController(this);
    imageControls_ = new ImageControls(images_, central);
    imageControls_->hide();  // shown with the image view
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(4, 4, 4, 4);
    column->addWidget(viewTabs_);
    column->addWidget(imageControls_);
    column->addWidget(view_, 1);
    column->addWidget(transport_);
    setCentralWidget(central);

    panel_ = new ParameterPanel(document_);
    auto* panelScroll = new QScrollArea;
    panelScroll->setWidget(panel_);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setAccessibleName(tr("Parameters"));
    auto* parameters = new QDockWidget(tr("Parameters"), this);
    parameters->setObjectName(QStringLiteral("parametersDock"));
    parameters->setWidget(panelScroll);
    addDockWidget(Qt::LeftDockWidgetArea, parameters);

    tensors_ = new TensorEditor(document_);
    auto* values = new QDockWidget(tr("Input and kernel values"), this);
    values->setObjectName(QStringLiteral("valuesDock"));
    values->setWidget(tensors_);
    addDockWidget(Qt::LeftDockWidgetArea, values);

    validity_ = new QLabel(this);
    validity_->setAccessibleName(tr("Validity"));
    validity_->setTextFormat(Qt::RichText);
    connect(validity_, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("quirk:")))
            showQuirks(static_cast<QuirkId>(link.mid(6).toInt()));
    });
    inspection_ = new QLabel(this);
    inspection_->setAccessibleName(tr("Inspected cell"));
    inspection_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(inspection_, 1);
    statusBar()->addPermanentWidget(validity_);
    imageProgress_ = new QProgressBar(this);
    imageProgress_->setRange(0, 100);
    imageProgress_->setMaximumWidth(180);
    imageProgress_->setFormat(tr("image %p%"));
    imageProgress_->setToolTip(tr("The image view computing on a worker thread; an edit restarts it"));
    imageProgress_->setAccessibleName(tr("Image view progress"));
    imageProgress_->hide();
    statusBar()->addPermanentWidget(imageProgress_);
    statusBar()->addPermanentWidget(new TaskProgress(document_->recording(), this));
    statusBar()->addPermanentWidget(new TaskProgress(playback_->building(), this));
    setAcceptDrops(true);

    connect(document_, &DocumentController::recordChanged, playback_, &PlaybackController::setRecord);
    connect(playback_, &PlaybackController::viewChanged, this, &MainWindow::showView);
    connect(document_, &DocumentController::configChanged, playback_, [this] { playback_->setStack(document_->config().stack); });
    connect(document_, &DocumentController::recordChanged, images_, &ImageController::setRecord);
    connect(images_, &ImageController::experimentReady, playback_, &PlaybackController::setImageExperiment);
    connect(images_, &ImageController::computingChanged, imageProgress_, &QWidget::setVisible);
    connect(images_, &ImageController::progressed, imageProgress_, &QProgressBar::setValue);
    connect(images_, &ImageController::failed, this, [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(imageControls_, &ImageControls::openImageRequested, this, [this] { openImageDialog(); });
    connect(document_, &DocumentController::validityChanged, this, &MainWindow::showValidity);
    connect(document_, &DocumentController::filePathChanged, this, &MainWindow::updateTitle);
    connect(document_, &DocumentController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &DocumentController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(view_, &ScatterView::inspectionChanged, this, &MainWindow::showInspection);

    buildActions();
    buildMenus();
    buildViewTabs();
    // The slide's title and caption sit between the picture and the transport.
    column->insertWidget(column->indexOf(view_) + 1, lessons_->captionBar());

    // Where it was left: geometry and docks, then the document (file given > last session > demo).
    QSettings settings;
    setMaxDecimals(settings.value(QStringLiteral("view/decimals"), kDefaultDecimals).toInt());
    restoreWindowGeometry();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showInspection({}, {});
    bool opened = false;
    if (!configPath.isEmpty())
        opened = openFile(configPath);
    if (!opened && configPath.isEmpty())
        document_->restoreLastSession();
    playback_->setStack(document_->config().stack);
    playback_->setRecord(document_->record());
    images_->setRecord(document_->record());
    showValidity(document_->validityMessage(), document_->invalidArgument());
    if (step)
        playback_->setPosition(static_cast<double>(*step));
    updateTitle();
    view_->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showView(ViewId view)
{
    for (int i = 0; i < viewTabs_->count(); ++i)
        if (viewAt(i) == view)
            viewTabs_->setCurrentIndex(i);
}

void MainWindow::buildActions()
{
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& key, auto slot, const QString& tip = {}) {
        QAction* a = menu->addAction(text);
        a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    fileMenu_ = menuBar()->addMenu(tr("&File"));
    add(fileMenu_, tr("&Open…"), QKeySequence::Open, [this] { openDialog(); }, tr("Open a config file (.json)"));
    add(fileMenu_, tr("Open &Image…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openImageDialog(); },
        tr("Show a PNG or JPEG photo in the image view, through this layer (or drop one on the window)"));
    add(fileMenu_, tr("Open &Model…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), [this] { openModelDialog(); },
        tr("Open a trained ConvTranspose2d layer from a .safetensors, .npz or .pt/.pth (torch.save) file"));
    recentMenu_ = fileMenu_->addMenu(tr("Open &Recent"));
    presetsMenu_ = fileMenu_->addMenu(tr("&Presets"));
    fileMenu_->addSeparator();
    add(fileMenu_, tr("&Save"), QKeySequence::Save, [this] {
        if (document_->filePath().isEmpty()) {
            saveDialog();
            return;
        }
        QString error;
        if (!document_->save(&error))
            QMessageBox::warning(this, tr("Save"), error);
    });
    add(fileMenu_, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveDialog(); });
    fileMenu_->addSeparator();
    add(fileMenu_, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    editMenu_ = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu_->addAction(undo);
    editMenu_->addAction(redo);

    // Export… (File, above Quit) and Copy Frame (Edit): what the view shows, without the window.
    {
        auto* exports = new ExportActions(playback_, settings_, this);
        QAction* quitSeparator = nullptr;  // the last separator, the one above Quit
        for (QAction* a : fileMenu_->actions())
            if (a->isSeparator())
                quitSeparator = a;
        fileMenu_->insertAction(quitSeparator, exports->exportAction());
        fileMenu_->insertSeparator(exports->exportAction());
        editMenu_->addSeparator();
        editMenu_->addAction(exports->copyFrameAction());
    }

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    add(viewMenu_, tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { view_->fitToWindow(); });
    add(viewMenu_, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { view_->zoomIn(); });
    add(viewMenu_, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { view_->zoomOut(); });
    viewMenu_->addSeparator();
    viewMenu_->addAction(settings_->heatmapAction());
    viewMenu_->addAction(settings_->colorBlindAction());
    viewMenu_->addAction(settings_->darkThemeAction());

    playMenu_ = menuBar()->addMenu(tr("&Playback"));
    playAction_ = add(playMenu_, tr("&Play / Pause"), QKeySequence(Qt::Key_Space), [this] { playback_->togglePlay(); });
    // With a lesson open the clicker's keys go through its slides; in quiz mode a question comes first.
    stepForwardAction_ = add(playMenu_, tr("Step &Forward"), QKeySequence(Qt::Key_Right), [this] {
        if (!lessons_->forward())
            playback_->stepForward();
    });
    stepBackAction_ = add(playMenu_, tr("Step &Back"), QKeySequence(Qt::Key_Left), [this] {
        if (!lessons_->back())
            playback_->stepBack();
    });
    add(playMenu_, tr("Jump to &Start"), QKeySequence(Qt::Key_Home), [this] { playback_->jumpToStart(); });
    add(playMenu_, tr("Jump to &End"), QKeySequence(Qt::Key_End), [this] { playback_->jumpToEnd(); });
    QAction* perTap = playMenu_->addAction(tr("One Step per &Tap"));
    perTap->setCheckable(true);
    perTap->setShortcut(QKeySequence(Qt::Key_T));
    connect(perTap, &QAction::toggled, playback_, &PlaybackController::setTapSubSteps);

    viewMenu_->addSeparator();
    QMenu* decimals = viewMenu_->addMenu(tr("&Decimals"));
    decimals->setToolTipsVisible(true);
    decimalsGroup_ = new QActionGroup(this);
    for (int d = 0; d <= 6; ++d) {
        QAction* a = decimals->addAction(d == kDefaultDecimals ? tr("%1 (default)").arg(d) : QString::number(d));
        a->setCheckable(true);
        a->setData(d);
        a->setToolTip(tr("Grids write non-integers with at most %n decimal(s)", nullptr, d));
        decimalsGroup_->addAction(a);
    }
    connect(decimalsGroup_, &QActionGroup::triggered, this, [this](QAction* a) { setMaxDecimals(a->data().toInt()); });
    setMaxDecimals(NumberFormat::maxDecimals());  // checks the current one
    buildLanguageMenu(viewMenu_->addMenu(tr("&Language")));
    viewMenu_->addSeparator();
    presentAction_ = add(viewMenu_, tr("&Presentation Mode"), QKeySequence(Qt::Key_F5), [this](bool on) { setPresentation(on); },
                         tr("Full screen, the picture only, driven by the keys (Space, arrows, Page Up/Down, Home, End); "
                            "Esc or F5 to leave"));
    presentAction_->setCheckable(true);
    add(editMenu_, tr("Shape &Solver…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] {
        auto* solver = new ShapeSolverDialog(document_, this);
        solver->setAttribute(Qt::WA_DeleteOnClose);
        solver->show();
    }, tr("Every kernel_size, stride, padding, output_padding and dilation that takes one size to another; "
          "one click loads it"));
    add(editMenu_, tr("Copy as &PyTorch"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { copyAsPyTorch(); },
        tr("A runnable Python script that builds the same nn.ConvTranspose2d and prints its output"));
    for (const Framework framework : {Framework::Keras, Framework::Jax, Framework::Onnx})
        add(editMenu_, tr("Copy as %1").arg(FrameworkSnippet::title(framework)), QKeySequence(), [this, framework] { copyAsFramework(framework); },
            tr("A Python script that builds the same layer in %1, with comments where its size rules differ from PyTorch's")
                .arg(FrameworkSnippet::title(framework)));

    // Lessons and quizzes: the Lesson menu, its dock, Playback → Quiz Mode.
    lessons_ = new LessonMode(this, document_, playback_, view_, settings_);
    menuBar()->addMenu(lessons_->menu());
    fileMenu_->insertAction(recentMenu_->menuAction(), lessons_->newLessonAction());
    playMenu_->addSeparator();
    playMenu_->addAction(lessons_->quizAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    add(help, tr("PyTorch's &Quirks…"), QKeySequence(), [this] { showQuirks(); },
        tr("Three surprises of nn.ConvTranspose2d, each with why and a snippet that shows it"));
    add(help, tr("&About Scatterboard"), QKeySequence(), [this] { AboutBox::show(this); });
    add(help, tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });

    // Presentation mode hides the menu bar, and a hidden menu's shortcuts do not fire: the window
    // itself carries the actions, so the keys work with or without the menus. Line edits and spin
    // boxes still take their own keys (arrows, Home, End, Space) through Qt's shortcut override.
    for (QMenu* menu : {viewMenu_, playMenu_, help})
        for (QAction* a : menu->actions())
            if (!a->isSeparator() && a->menu() == nullptr)
                addAction(a);
    for (QAction* a : decimalsGroup_->actions())
        addAction(a);
}

void MainWindow::buildMenus()
{
    const PresetCatalog catalog;
    for (const PresetCatalog::Entry& entry : catalog.entries()) {
        QAction* a = presetsMenu_->addAction(entry.name);
        a->setStatusTip(entry.description);
        a->setToolTip(entry.description);
        connect(a, &QAction::triggered, this, [this, path = entry.path] {
            if (!maybeSave())
                return;
            QString error;
            if (!document_->loadPreset(path, &error))
                QMessageBox::warning(this, tr("Preset"), error);
        });
    }
    presetsMenu_->setToolTipsVisible(true);
    updateRecentMenu();
}

ViewId MainWindow::viewAt(int tab) const
{
    return static_cast<ViewId>(viewTabs_->tabData(tab).toInt());
}

void MainWindow::buildViewTabs()
{
    // One tab per view of PictureFactory; Ctrl+1 … Ctrl+9 switch between them.
    viewTabs_->setAccessibleName(tr("Views"));
    viewTabs_->setDocumentMode(true);
    viewTabs_->setFocusPolicy(Qt::NoFocus);
    int index = 0;
    for (const PictureFactory::View& view : PictureFactory::views()) {
        viewTabs_->addTab(viewTitle(view.id));
        viewTabs_->setTabData(index, static_cast<int>(view.id));
        viewTabs_->setTabToolTip(index, view.summary());
        if (index < 9) {
            auto* shortcut = new QAction(this);
            shortcut->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
            connect(shortcut, &QAction::triggered, this, [this, index] { viewTabs_->setCurrentIndex(index); });
            addAction(shortcut);
        }
        ++index;
    }
    // Every view from the keyboard, the tabs past Ctrl+9 included (at 1280×720 they scroll out of
    // sight): View → Next / Previous View, and View → Go to View, which lists them all.
    QAction* firstSeparator = nullptr;
    for (QAction* a : viewMenu_->actions())
        if (a->isSeparator() && !firstSeparator)
            firstSeparator = a;
    const auto step = [this](int delta) {
        const int count = viewTabs_->count();
        viewTabs_->setCurrentIndex((viewTabs_->currentIndex() + delta + count) % count);
    };
    auto* next = new QAction(tr("&Next View"), this);
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::NextChild});
    connect(next, &QAction::triggered, this, [step] { step(1); });
    auto* previous = new QAction(tr("Pre&vious View"), this);
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::PreviousChild});
    connect(previous, &QAction::triggered, this, [step] { step(-1); });
    auto* goTo = new QMenu(tr("&Go to View"), this);
    for (int i = 0; i < viewTabs_->count(); ++i) {
        QAction* a = goTo->addAction(viewTabs_->tabText(i));
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        a->setShortcutContext(Qt::WidgetShortcut);  // shown in the menu; the window's own Ctrl+N act
        connect(a, &QAction::triggered, this, [this, i] { viewTabs_->setCurrentIndex(i); });
    }
    viewMenu_->insertActions(firstSeparator, {next, previous});
    viewMenu_->insertMenu(firstSeparator, goTo);
    viewMenu_->insertSeparator(next);
    addAction(next);  // the keys work with the menu bar hidden (presenting)
    addAction(previous);

    connect(viewTabs_, &QTabBar::currentChanged, this, [this](int i) {
        // The photo and kernel choosers, and their worker, serve the view that draws the image.
        const bool image = PictureFactory::view(viewAt(i)).drawsImage;
        imageControls_->setVisible(image);
        images_->setActive(image);
        playback_->setView(viewAt(i));
        view_->fitToWindow();
    });
}

void MainWindow::setPresentation(bool on)
{
    if (presentAction_->isChecked() != on)
        presentAction_->setChecked(on);  // F5 toggles it; Esc and callers come here
    if (on == (beforePresenting_.state.size() > 0))
        return;
    if (on) {
        // Taken before anything is hidden, so leaving restores the docks as the user had them.
        beforePresenting_ = {saveState(),          windowState(),         !menuBar()->isHidden(),   !statusBar()->isHidden(),
                             !transport_->isHidden(), !viewTabs_->isHidden(), !imageControls_->isHidden(), geometry()};
        playback_->pause();  // nothing moves until the presenter presses a key
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->hide();
        for (QToolBar* bar : findChildren<QToolBar*>())
            bar->hide();
        for (QWidget* w : {static_cast<QWidget*>(menuBar()), static_cast<QWidget*>(statusBar()), static_cast<QWidget*>(transport_),
                           static_cast<QWidget*>(viewTabs_), static_cast<QWidget*>(imageControls_)})
            w->hide();
        // A clicker sends Page Down / Page Up (some send Space): all step, none plays.
        stepForwardAction_->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)});
        stepBackAction_->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
        playAction_->setShortcut(QKeySequence());
        // The whole screen even where no window manager honours the full-screen state (a bare X
        // server, some kiosk set-ups): the picture lays out for the room it is given.
        if (const QScreen* s = screen())
            setGeometry(s->geometry());
        showFullScreen();
    } else {
        // Page Up/Down go back to the spin boxes, Space to play.
        stepForwardAction_->setShortcut(QKeySequence(Qt::Key_Right));
        stepBackAction_->setShortcut(QKeySequence(Qt::Key_Left));
        playAction_->setShortcut(QKeySequence(Qt::Key_Space));
        setWindowState(beforePresenting_.windowState & ~Qt::WindowFullScreen);
        if (!(beforePresenting_.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen))) {
            showNormal();
            setGeometry(beforePresenting_.geometry);
        }
        menuBar()->setVisible(beforePresenting_.menuBar);
        statusBar()->setVisible(beforePresenting_.statusBar);
        transport_->setVisible(beforePresenting_.transport);
        viewTabs_->setVisible(beforePresenting_.tabs);
        imageControls_->setVisible(beforePresenting_.imageControls);
        restoreState(beforePresenting_.state);
        beforePresenting_ = {};
    }
    lessons_->updateCaption();
    view_->fitToWindow();
    view_->setFocus();
}

void MainWindow::buildLanguageMenu(QMenu* menu)
{
    // The names are each language's own, so someone who cannot read the current one finds theirs.
    auto* group = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    auto addLanguage = [&](const QString& text, const QString& code) {
        QAction* a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        group->addAction(a);
    };
    addLanguage(tr("System (%1)").arg(translations::nativeName(translations::systemLanguage())), QString());
    menu->addSeparator();
    for (const QString& code : translations::available())
        addLanguage(translations::nativeName(code), code);
    connect(group, &QActionGroup::triggered, this, [this](QAction* a) { switchLanguage(a->data().toString()); });
}

MainWindow* MainWindow::switchLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    translations::install(language);
    // Every widget wrote its texts when it was built, so the window is built again in the new
    // language, on the same document: the session (the config, its file, whether it is modified)
    // and the window's geometry go through the settings exactly as at a restart; the view and the
    // step are handed over. The undo history stays behind.
    const bool presenting = isPresenting();
    setPresentation(false);
    document_->saveSession();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    auto* next = new MainWindow(QString(), std::nullopt, parentWidget());
    next->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose));
    next->showView(viewAt(viewTabs_->currentIndex()));
    next->playback()->setPosition(playback_->position());
    if (isVisible())
        next->show();
    if (presenting)
        next->setPresentation(true);
    emit replacedBy(next);
    hide();
    deleteLater();
    return next;
}

void MainWindow::setMaxDecimals(int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    for (QAction* a : decimalsGroup_ ? decimalsGroup_->actions() : QList<QAction*>{})
        a->setChecked(a->data().toInt() == decimals);
    if (decimals == NumberFormat::maxDecimals())
        return;
    NumberFormat::setMaxDecimals(decimals);
    QSettings().setValue(QStringLiteral("view/decimals"), decimals);
    // Cells are sized by their widest number: the pictures are laid out again.
    playback_->setRecord(document_->record());
}

void MainWindow::restoreWindowGeometry()
{
    // Within the screen's available area (a 1280×720 projector, a laptop), whatever was saved on a larger screen.
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(WindowGeometry::defaultSize(available));
        return;
    }
    if (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        setWindowState(windowState() & ~Qt::WindowFullScreen);  // presentation mode is not a place to restart in
    else if (const QRect fitted = WindowGeometry::clamped(geometry(), available); fitted.size() != size() || !available.contains(geometry()))
        setGeometry(fitted);
}

void MainWindow::showInspection(const QString& expression, const QString& detail)
{
    // Nothing inspected: the status bar says once what the mouse does (no tooltip covers the grids).
    if (expression.isEmpty()) {
        inspection_->setText(ScatterView::mouseHelp());
        inspection_->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    inspection_->setForegroundRole(QPalette::WindowText);
    inspection_->setText(detail.isEmpty() ? expression : expression + QStringLiteral("   ·   ") + detail);
}

void MainWindow::copyAsFramework(Framework framework)
{
    if (!document_->isValid()) {
        statusBar()->showMessage(document_->validityMessage(), 8000);
        return;
    }
    QString refusal;
    const QString script = FrameworkSnippet::script(document_->config(), framework, &refusal);
    if (script.isEmpty()) {
        statusBar()->showMessage(refusal, 10000);
        return;
    }
    QApplication::clipboard()->setText(script);
    statusBar()->showMessage(tr("A %1 script for this layer is on the clipboard").arg(FrameworkSnippet::title(framework)), 5000);
}

void MainWindow::copyAsPyTorch()
{
    QApplication::clipboard()->setText(pytorchSnippet(document_->config()));
    statusBar()->showMessage(tr("A PyTorch script for this layer is on the clipboard"), 5000);
}

void MainWindow::updateRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = document_->recentFiles();
    for (const QString& path : files) {
        QAction* a = recentMenu_->addAction(QFileInfo(path).fileName());
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    recentMenu_->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("Clear"), document_, &DocumentController::clearRecentFiles);
    }
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    if (isLessonFile(path))
        return maybeSave() && lessons_->open(path, quiet);
    QString error;
    if (document_->open(path, &error))
        return true;
    statusBar()->showMessage(error, 10000);
    if (!quiet)
        QMessageBox::warning(this, tr("Open"), error);
    return false;
}

void MainWindow::openImage(const QString& path)
{
    showView(ViewId::Image);
    images_->setImagePath(path);
    statusBar()->showMessage(tr("Computing %1 through the layer…").arg(QFileInfo(path).fileName()), 3000);
}

void MainWindow::openImageDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), QFileInfo(images_->request().imagePath).path(),
                                                      tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty())
        openImage(path);
}

namespace {
bool isPhoto(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()
        && (isPhoto(urls.front().toLocalFile()) || urls.front().toLocalFile().endsWith(QLatin1String(".json"))))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    const QString path = urls.front().toLocalFile();
    event->acceptProposedAction();
    if (isPhoto(path))
        openImage(path);
    else if (maybeSave())
        openFile(path);
}

void MainWindow::openModelDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), QFileInfo(document_->filePath()).path(),
                                                      tr("Models (*.safetensors *.npz *.pt *.pth);;All files (*)"));
    if (!path.isEmpty())
        openModel(path);
}

void MainWindow::openModel(const QString& path)
{
    ModelFile model;
    try {
        model = readModelFile(path);
    } catch (const ConfigError& e) {
        QMessageBox::warning(this, tr("Open model"), e.message());
        return;
    }
    if (model.candidates().empty()) {
        QMessageBox::information(this, tr("Open model"),
                                 tr("%1 holds no 4-D weight, so no ConvTranspose2d layer.").arg(QFileInfo(path).fileName()));
        return;
    }
    OpenModelDialog dialog(std::move(model), document_->config(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConfigFile config = dialog.config();
    document_->edit(config, tr("Open layer %1").arg(config.name));
    // The checkerboard verdict first: how many taps each output pixel receives.
    showView(ViewId::Overlap);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open configuration"), QFileInfo(document_->filePath()).path(),
                                                      tr("Scatterboard configs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save configuration"), document_->filePath(),
                                                tr("Scatterboard configs (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".json");
    QString error;
    if (!document_->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    // Untitled documents are kept by the session autosave, so only named files ask.
    if (!document_->isModified() || document_->filePath().isEmpty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to %1?").arg(QFileInfo(document_->filePath()).fileName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        QString error;
        if (!document_->save(&error)) {
            QMessageBox::warning(this, tr("Save"), error);
            return false;
        }
    }
    return true;
}

void MainWindow::updateTitle()
{
    const QString path = document_->filePath();
    const QString name = path.isEmpty() ? (document_->config().name.isEmpty() ? tr("Untitled") : document_->config().name)
                                        : QFileInfo(path).fileName();
    setWindowTitle(QStringLiteral("%1%2 — Scatterboard").arg(name, document_->isModified() ? QStringLiteral(" •") : QString()));
}

void MainWindow::showValidity(const QString& message, const QString&)
{
    if (message.isEmpty()) {
        validity_->setText(tr("✓ valid"));
        validity_->setStyleSheet(QString());
        validity_->setToolTip(QString());
        view_->setInvalidMessage({});
    } else {
        // Where PyTorch's message is one of its quirks, the why is one click away.
        const ConvTransposeParams& p = document_->config().problem.params;
        const std::optional<QuirkId> quirk = PyTorchQuirks::forMessage(message, p.stride, p.dilation);
        validity_->setText(quirk ? tr("✗ invalid: showing the last valid picture — <a href=\"quirk:%1\">why?</a>").arg(static_cast<int>(*quirk))
                                 : tr("✗ invalid: showing the last valid picture"));
        validity_->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: bold"));
        validity_->setToolTip(quirk ? message + QStringLiteral("\n\n") + PyTorchQuirks::of(*quirk).why : message);
        view_->setInvalidMessage(message);
    }
}

void MainWindow::showQuirks(std::optional<QuirkId> focus)
{
    QString html;
    for (const Quirk& q : PyTorchQuirks::all()) {
        const bool chosen = focus && *focus == q.id;
        html += QStringLiteral("<h3>%1%2</h3><p>%3</p><pre>%4</pre>")
                    .arg(chosen ? QStringLiteral("▶ ") : QString(), q.title.toHtmlEscaped(), q.why.toHtmlEscaped(), q.snippet.toHtmlEscaped());
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("PyTorch's quirks"));
    auto* text = new QTextBrowser(&dialog);
    text->setHtml(html);
    text->setAccessibleName(tr("PyTorch's quirks"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* column = new QVBoxLayout(&dialog);
    column->addWidget(text);
    column->addWidget(buttons);
    dialog.resize(760, 620);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("<table>"
                                "<tr><td><b>Space</b></td><td>play / pause (presenting: next step)</td></tr>"
                                "<tr><td><b>→ / ←</b></td><td>step forward / back</td></tr>"
                                "<tr><td><b>Page Down / Page Up</b></td><td>presenting (a clicker): next / previous step</td></tr>"
                                "<tr><td><b>Home / End</b></td><td>start / end</td></tr>"
                                "<tr><td><b>T</b></td><td>one step per kernel tap</td></tr>"
                                "<tr><td><b>H</b></td><td>overlap heat-map</td></tr>"
                                "<tr><td><b>C</b></td><td>colour-blind-safe palette</td></tr>"
                                "<tr><td><b>D</b></td><td>dark theme</td></tr>"
                                "<tr><td><b>Ctrl+0, +, −</b></td><td>fit, zoom in, zoom out (or the wheel)</td></tr>"
                                "<tr><td><b>Esc</b></td><td>release a pinned cell; leave presentation mode</td></tr>"
                                "<tr><td><b>F5</b></td><td>presentation mode</td></tr>"
                                "<tr><td><b>Ctrl+1 … Ctrl+9</b></td><td>switch view (scatter, output, overlap, equivalent, …)</td></tr>"
                                "<tr><td><b>Ctrl+Page Down / Up</b></td><td>next / previous view, the last ones too</td></tr>"
                                "<tr><td><b>Ctrl+Shift+P</b></td><td>copy as PyTorch</td></tr>"
                                "<tr><td><b>Ctrl+Shift+O</b></td><td>open a photo in the image view (or drop one)</td></tr>"
                                "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"
                                "<tr><td><b>Alt+arrows</b></td><td>cell cursor over the output: each sum, also to a screen reader</td></tr>"
                                "<tr><td><b>Alt+Home / Alt+End</b></td><td>cell cursor to the first / last cell (Alt+Backspace leaves it)</td></tr>"
                                "</table><p><b>Mouse</b>: %1</p>")
                                 .arg(ScatterView::mouseHelp().toHtmlEscaped()));
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isPresenting()) {
        setPresentation(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

bool MainWindow::event(QEvent* event)
{
    // Presenting there is no editor, except the answer line of a question being asked.
    if (event->type() == QEvent::ShortcutOverride && (!isPresenting() || lessons_->quizDialog() != nullptr)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        QWidget* focus = QApplication::focusWidget();
        const bool editor = qobject_cast<QAbstractSpinBox*>(focus) != nullptr || qobject_cast<QLineEdit*>(focus) != nullptr
                            || qobject_cast<QAbstractItemView*>(focus) != nullptr || qobject_cast<QComboBox*>(focus) != nullptr
                            || qobject_cast<QPlainTextEdit*>(focus) != nullptr;
        if (editor && (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier && key->key() != Qt::Key_F5
            && key->key() != Qt::Key_F1 && key->key() != Qt::Key_Escape) {
            event->accept();  // delivered to the editor as a key press instead of triggering a shortcut
            return true;
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave() || !lessons_->maybeSave()) {
        event->ignore();
        return;
    }
    setPresentation(false);  // the docks and the window as the user had them are what is saved
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace sb
