// SPDX-License-Identifier: MIT
// MainWindow: puts the pieces together — the picture (ScatterView) and its transport in the
// middle, the parameter and tensor editors in docks, menus with every action and its shortcut.
// It owns the two controllers; the widgets talk to the controllers, never to each other.
#pragma once

#include <QMainWindow>

#include "app/export/FrameworkSnippet.h"
#include "app/render/PyTorchQuirks.h"
#include "app/render/ViewId.h"

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QTabBar;

namespace sb {

class DocumentController;
class ImageController;
class ImageControls;
class LessonMode;
class PlaybackController;
class ScatterView;
class TransportBar;
class ParameterPanel;
class ViewSettings;
class TensorEditor;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Opens configPath (or the last session, or the built-in demo) at the given step.
    explicit MainWindow(const QString& configPath = {}, std::optional<qint64> step = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a view, as clicking its tab does.
    void showView(sb::ViewId view);

    DocumentController* document() const { return document_; }
    PlaybackController* playback() const { return playback_; }
    ScatterView* view() const { return view_; }
    ViewSettings* viewSettings() const { return settings_; }
    TransportBar* transport() const { return transport_; }
    ParameterPanel* parameterPanel() const { return panel_; }
    QTabBar* viewTabs() const { return viewTabs_; }
    ImageController* imageController() const { return images_; }
    LessonMode* lessonMode() const { return lessons_; }
    ImageControls* imageControls() const { return imageControls_; }
    QProgressBar* imageProgress() const { return imageProgress_; }
    bool isPresenting() const { return presentAction_ != nullptr && presentAction_->isChecked(); }
    // Presentation mode (F5): the picture alone, full screen, driven by a clicker's keys; leaving
    // puts back the docks, bars and tabs as they were.
    void setPresentation(bool on);
    // View → Decimals: at most this many decimals in any grid (0–6, 4 by default); kept in the settings.
    void setMaxDecimals(int decimals);
    static constexpr int kDefaultDecimals = 4;

    // View → Language: installs `language` ("" = the system's, "en", "zh_CN", "ko"), remembers it
    // in the settings, and replaces this window by one built in that language on the same
    // document, view and step; returns the new window (this one deletes itself later).
    MainWindow* switchLanguage(const QString& language);

    // The file-open path, used by the command line and the Open action; shows the error in the
    // status bar and a dialog (unless quiet) and keeps the current document on failure. A lesson
    // file opens as a lesson, on its first slide.
    bool openFile(const QString& path, bool quiet = false);
    // Shows a PNG or JPEG in the image view (File → Open Image…, a dropped photo); errors go to the status bar.
    void openImage(const QString& path);
    // File → Open Model…'s second step: the candidates of the model at path, then the layer.
    void openModel(const QString& path);

signals:
    // switchLanguage() built `next` to take this window's place.
    void replacedBy(sb::MainWindow* next);

protected:
    void closeEvent(QCloseEvent* event) override;
    // Keys typed into an editor (a spin box, a line edit, a table) are the editor's, not the
    // window's bare-key shortcuts (arrows, Home, End, Space, letters); presenting, there is no editor.
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    // A dropped photo opens in the image view, a dropped .json as the config.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void updateTitle();
    void updateRecentMenu();
    void showValidity(const QString& message, const QString& argument);
    bool maybeSave();
    void openDialog();
    void openImageDialog();
    void openModelDialog();
    bool saveDialog();
    void showShortcuts();
    // Help → PyTorch's Quirks…, opened at `focus` when an error message is one of them.
    void showQuirks(std::optional<sb::QuirkId> focus = std::nullopt);
    void buildViewTabs();
    void buildLanguageMenu(QMenu* menu);
    ViewId viewAt(int tab) const;
    void copyAsPyTorch();
    void copyAsFramework(sb::Framework framework);
    void showInspection(const QString& expression, const QString& detail);
    void restoreWindowGeometry();

    DocumentController* document_;
    PlaybackController* playback_;
    ViewSettings* settings_;
    ScatterView* view_;
    TransportBar* transport_;
    ParameterPanel* panel_;
    TensorEditor* tensors_;
    QLabel* validity_;
    QLabel* inspection_;
    QMenu* recentMenu_ = nullptr;
    QMenu* presetsMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* playMenu_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QAction *playAction_ = nullptr, *presentAction_ = nullptr;
    QTabBar* viewTabs_ = nullptr;
    ImageController* images_ = nullptr;
    LessonMode* lessons_ = nullptr;
    ImageControls* imageControls_ = nullptr;
    QProgressBar* imageProgress_ = nullptr;
    // What presentation mode hid, to put back exactly when it ends.
    struct BeforePresenting {
        QByteArray state;  // docks (and toolbars), from saveState() before anything is hidden
        Qt::WindowStates windowState;
        bool menuBar = true, statusBar = true, transport = true, tabs = true, imageControls = false;
        QRect geometry;  // the normal window's, restored on leaving
    };
    BeforePresenting beforePresenting_;
    QAction *stepForwardAction_ = nullptr, *stepBackAction_ = nullptr;
    QActionGroup* decimalsGroup_ = nullptr;
};

} // namespace sb
