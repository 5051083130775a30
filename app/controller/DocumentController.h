// SPDX-License-Identifier: MIT
// DocumentController: owns the document the window edits — the config exactly as the user typed
// it (valid or not), its file, its undo history and the last valid scatter record — and tells the
// editors and views when any of these change. It knows no widget.
#pragma once

#include "app/config/ConfigFile.h"
#include "app/controller/BackgroundTask.h"
#include "core/LayerGeometry.h"
#include "core/ScatterRecord.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace sb {

class DocumentController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 10;

    // Starts untitled on the built-in demo (BuiltinPresets::demoPath()), so views have a picture
    // before anything is opened.
    explicit DocumentController(QObject* parent = nullptr);
    ~DocumentController() override;  // writes a pending session save

    const ConfigFile& config() const { return config_; }
    const ConvTransposeProblem& problem() const { return config_.problem; }

    // The last valid record: it stays while the config is invalid, so the picture does not vanish
    // while the user types. Null only if no config has been valid yet.
    std::shared_ptr<const ScatterRecord> record() const { return record_; }
    // The current config's geometry when PyTorch accepts it (even if the record is over budget).
    const std::optional<LayerGeometry>& geometry() const { return geometry_; }
    bool isValid() const { return message_.isEmpty(); }
    // PyTorch's message for the current config, empty when valid.
    const QString& validityMessage() const { return message_; }
    // The argument the message is about ("stride", ...), empty when it concerns the whole config.
    const QString& invalidArgument() const { return argument_; }

    QString filePath() const { return filePath_; }
    bool isModified() const { return !undoStack_->isClean(); }
    QUndoStack* undoStack() const { return undoStack_; }

    // Replaces the config with newConfig as one undoable step named description. Consecutive
    // edits with the same description merge until endEditBurst() or a pause.
    void edit(const ConfigFile& newConfig, const QString& description);
    // The next edit starts a new undo step (editors call this when a field loses focus).
    void endEditBurst();

    // File handling. On failure they return false and put a message naming the file and the
    // problem in *error; the current document is then left as it was.
    bool open(const QString& path, QString* error = nullptr);
    bool save(QString* error = nullptr);
    bool saveAs(const QString& path, QString* error = nullptr);
    // A built-in preset (":/presets/NAME.json"), opened as a new untitled document.
    bool loadPreset(const QString& resourcePath, QString* error = nullptr);
    // Shows config as a new untitled document, without undo history (a lesson's slide): saving
    // it asks for a name, so the slide's own file is never written by accident.
    void showConfig(const ConfigFile& config);

    QStringList recentFiles() const;
    void clearRecentFiles();

    // The config (and file path) of the previous run, as it was when the program closed, valid
    // or not. Returns false, changing nothing, when there is none or it cannot be read.
    bool restoreLastSession();
    // Writes the session now (it is otherwise written half a second after the last edit).
    void saveSession();
    // Where the session is kept between runs: session.json in QStandardPaths' AppDataLocation
    // (not the settings file, which keeps the recent files).
    static QString sessionFilePath();

    // Contributions above which no record is built (ScatterRecord::kDefaultBudget by default).
    void setRecordBudget(std::int64_t budget);

    // Records up to this many contributions (a few milliseconds) are built at once; larger ones on
    // recording(), so the window keeps repainting, and recordChanged() follows when they are done.
    static constexpr std::int64_t kInlineContributions = 2'000'000;
    // The worker that builds large records: its started/progressed/ended signals drive the
    // window's progress bar, and cancel() stops it (the picture keeps the previous record).
    BackgroundTask* recording() const { return recording_; }

signals:
    void configChanged();
    // The whole document was replaced (open, preset, session): editors reset per-document view
    // state such as which H/W pairs are linked. configChanged() follows.
    void documentReplaced();
    void recordChanged(std::shared_ptr<const sb::ScatterRecord> record);
    void validityChanged(const QString& message, const QString& argument);
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);
    void recentFilesChanged(const QStringList& paths);

private:
    void apply(const ConfigFile& config);
    void replaceDocument(const ConfigFile& config, const QString& path, bool modified);
    void revalidate();
    void record(Layer layer);
    void setFilePath(const QString& path);
    void addRecentFile(const QString& path);

    ConfigFile config_;
    QString filePath_;
    QUndoStack* undoStack_;
    int burst_ = 0;

    std::shared_ptr<const ScatterRecord> record_;
    std::optional<LayerGeometry> geometry_;
    QString message_;
    QString argument_;
    std::int64_t recordBudget_ = ScatterRecord::kDefaultBudget;

    QTimer sessionSave_;
    BackgroundTask* recording_;
};

} // namespace sb
