// DocumentController: every change of the config — edit, undo, redo, open — goes through apply(),
// which revalidates with the same checks as `scatterboard compute` (validateConfig), so the window
// and the command line agree on what PyTorch would say.
#include "app/controller/DocumentController.h"

#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ConfigWriter.h"
#include "app/controller/ConfigEdit.h"
#include "core/TorchError.h"

#include <QFileInfo>
#include <QSettings>

namespace sb {

namespace {

constexpr int kSessionSaveDelayMs = 500;  // a burst of typing writes the settings once

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kSessionConfigKey = QStringLiteral("session/config");
const QString kSessionFileKey = QStringLiteral("session/filePath");
const QString kSessionModifiedKey = QStringLiteral("session/modified");

// Settings live under organization "Scatterboard", application "scatterboard".
const QString kOrganization = QStringLiteral("Scatterboard");
const QString kApplication = QStringLiteral("scatterboard");

} // namespace

DocumentController::DocumentController(QObject* parent) : QObject(parent), undoStack_(new QUndoStack(this))
{
    connect(undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    sessionSave_.setSingleShot(true);
    sessionSave_.setInterval(kSessionSaveDelayMs);
    connect(&sessionSave_, &QTimer::timeout, this, &DocumentController::saveSession);

    try {
        config_ = readConfigFile(BuiltinPresets::demoPath());
    } catch (const ConfigError&) {
        // Cannot happen with the resources compiled in; an empty config then says what is missing.
    }
    revalidate();
}

DocumentController::~DocumentController()
{
    if (sessionSave_.isActive())
        saveSession();
}

void DocumentController::edit(const ConfigFile& newConfig, const QString& description)
{
    if (newConfig == config_)
        return;
    undoStack_->push(new ConfigEdit(config_, newConfig, description, burst_,
                                    [this](const ConfigFile& config) { apply(config); }));
}

void DocumentController::endEditBurst()
{
    ++burst_;
}

void DocumentController::apply(const ConfigFile& config)
{
    const bool problemChanged = !(config.problem == config_.problem);
    config_ = config;
    if (problemChanged)
        revalidate();
    sessionSave_.start();
    emit configChanged();
}

void DocumentController::replaceDocument(const ConfigFile& config, const QString& path, bool modified)
{
    undoStack_->clear();
    ++burst_;
    config_ = config;
    setFilePath(path);
    revalidate();
    if (modified)
        undoStack_->resetClean();
    sessionSave_.start();
    emit documentReplaced();
    emit configChanged();
}

void DocumentController::revalidate()
{
    QString message, argument;
    geometry_.reset();
    std::shared_ptr<const ScatterRecord> record;
    try {
        const QString source = filePath_.isEmpty() ? tr("untitled") : QFileInfo(filePath_).fileName();
        Layer layer = validateConfig(config_, source);
        geometry_ = layer.geometry;
        record = std::make_shared<const ScatterRecord>(std::move(layer), recordBudget_);
    } catch (const TorchError& e) {
        message = QString::fromStdString(e.what());
        argument = QString::fromStdString(e.argument());
    } catch (const ConfigError& e) {
        message = e.message();
        argument = e.key();
    } catch (const std::length_error&) {
        // PyTorch would compute it, but one recorded float per contribution would not fit.
        message = tr("This configuration makes %1 contributions (N·C_in·H·W·C_out/groups·kH·kW), more than "
                     "the %2 Scatterboard can record. Make the input, the channels or the kernel smaller.")
                      .arg(geometry_ ? geometry_->contributionCount() : 0)
                      .arg(recordBudget_);
    } catch (const std::exception& e) {
        message = QString::fromStdString(e.what());
    }

    const bool validityDiffers = message != message_ || argument != argument_;
    message_ = message;
    argument_ = argument;
    if (record)
        record_ = record;
    if (validityDiffers)
        emit validityChanged(message_, argument_);
    if (record)
        emit recordChanged(record_);
}

bool DocumentController::open(const QString& path, QString* error)
{
    try {
        const ConfigFile config = readConfigFile(path);
        const QString absolute = QFileInfo(path).absoluteFilePath();
        replaceDocument(config, absolute, false);
        addRecentFile(absolute);
        return true;
    } catch (const ConfigError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool DocumentController::save(QString* error)
{
    if (filePath_.isEmpty()) {
        if (error)
            *error = tr("This document has no file yet; choose one with Save As.");
        return false;
    }
    return saveAs(filePath_, error);
}

bool DocumentController::saveAs(const QString& path, QString* error)
{
    try {
        writeConfigFile(config_, path);
    } catch (const ConfigError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setFilePath(absolute);
    undoStack_->setClean();
    addRecentFile(absolute);
    sessionSave_.start();
    return true;
}

bool DocumentController::loadPreset(const QString& resourcePath, QString* error)
{
    try {
        replaceDocument(readConfigFile(resourcePath), QString(), false);
        return true;
    } catch (const ConfigError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

QStringList DocumentController::recentFiles() const
{
    return QSettings(kOrganization, kApplication).value(kRecentFilesKey).toStringList();
}

void DocumentController::clearRecentFiles()
{
    QSettings(kOrganization, kApplication).remove(kRecentFilesKey);
    emit recentFilesChanged({});
}

void DocumentController::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings(kOrganization, kApplication).setValue(kRecentFilesKey, files);
    emit recentFilesChanged(files);
}

bool DocumentController::restoreLastSession()
{
    const QSettings stored(kOrganization, kApplication);
    const QString json = stored.value(kSessionConfigKey).toString();
    if (json.isEmpty())
        return false;
    try {
        const ConfigFile config = readConfigJson(json.toUtf8(), tr("last session"));
        replaceDocument(config, stored.value(kSessionFileKey).toString(),
                        stored.value(kSessionModifiedKey).toBool());
        return true;
    } catch (const ConfigError&) {
        return false;  // written by another version, or damaged: start afresh rather than fail
    }
}

void DocumentController::saveSession()
{
    sessionSave_.stop();
    QSettings stored(kOrganization, kApplication);
    stored.setValue(kSessionConfigKey, QString::fromUtf8(writeConfigJson(config_)));
    stored.setValue(kSessionFileKey, filePath_);
    stored.setValue(kSessionModifiedKey, isModified());
}

void DocumentController::setRecordBudget(std::int64_t budget)
{
    recordBudget_ = budget;
    revalidate();
}

void DocumentController::setFilePath(const QString& path)
{
    if (path == filePath_)
        return;
    filePath_ = path;
    emit filePathChanged(filePath_);
}

} // namespace sb
