// SPDX-License-Identifier: MIT
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

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace sb {

namespace {

constexpr int kSessionSaveDelayMs = 500;  // a burst of typing writes the session file once

const QString kRecentFilesKey = QStringLiteral("recentFiles");
// Where older versions kept the session, inside the settings file; moved out once (see
// migrateSettingsSession).
const QString kSessionConfigKey = QStringLiteral("session/config");
const QString kSessionFileKey = QStringLiteral("session/filePath");
const QString kSessionModifiedKey = QStringLiteral("session/modified");
const QString kSessionGroup = QStringLiteral("session");

const QString kSessionFileName = QStringLiteral("session.json");
const QString kConfigMember = QStringLiteral("config");
const QString kFilePathMember = QStringLiteral("filePath");
const QString kModifiedMember = QStringLiteral("modified");

// Settings live under organization "Scatterboard", application "scatterboard".
const QString kOrganization = QStringLiteral("Scatterboard");
const QString kApplication = QStringLiteral("scatterboard");

// The session file's text: {"filePath": ..., "modified": ..., "config": <config>}, the config
// spliced in as writeConfigJson wrote it, so restoring reads that very text with readConfigJson
// (not a re-serialization by QJsonDocument, which turns every number into a double).
QByteArray sessionJson(const QByteArray& configJson, const QString& filePath, bool modified)
{
    QByteArray text = QJsonDocument(QJsonObject{{kFilePathMember, filePath}, {kModifiedMember, modified}})
                          .toJson(QJsonDocument::Indented)
                          .trimmed();
    text.chop(1);  // the closing brace
    text += ",\n    \"config\": " + configJson.trimmed() + "\n}\n";
    return text;
}

// The text of the value of a top-level member of json, an object QJsonDocument has accepted;
// empty when there is no such member.
QByteArray topLevelMemberText(const QByteArray& json, const QByteArray& name)
{
    int depth = 0;
    qsizetype valueStart = -1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i)
                if (json[i] == '\\')
                    ++i;
            if (depth == 1 && valueStart < 0 && json.mid(start, i - start) == name) {
                qsizetype j = i + 1;
                while (j < json.size() && QChar::isSpace(json[j]))
                    ++j;
                if (j < json.size() && json[j] == ':')
                    valueStart = j + 1;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']' || c == ',') {
            if (c != ',')
                --depth;
            if (valueStart >= 0 && ((c == ',' && depth == 1) || depth == 0))
                return json.mid(valueStart, i - valueStart).trimmed();
        }
    }
    return {};
}

bool writeSessionFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit();
}

// Older versions kept the session in the settings file: it is written to the session file (unless
// that already exists, being newer) and removed from the settings, once.
void migrateSettingsSession(const QString& sessionPath)
{
    QSettings stored(kOrganization, kApplication);
    if (!stored.contains(kSessionConfigKey) && !stored.contains(kSessionFileKey) && !stored.contains(kSessionModifiedKey))
        return;
    const QByteArray config = stored.value(kSessionConfigKey).toString().toUtf8();
    QJsonParseError error;
    const bool usable = QJsonDocument::fromJson(config, &error).isObject() && error.error == QJsonParseError::NoError;
    if (usable && !QFileInfo::exists(sessionPath)
        && !writeSessionFile(sessionPath, sessionJson(config, stored.value(kSessionFileKey).toString(),
                                                      stored.value(kSessionModifiedKey).toBool())))
        return;  // kept for the next try rather than lost
    stored.remove(kSessionGroup);
}

} // namespace

DocumentController::DocumentController(QObject* parent)
    : QObject(parent), undoStack_(new QUndoStack(this)), recording_(new BackgroundTask(this))
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
    std::optional<Layer> valid;
    try {
        const QString source = filePath_.isEmpty() ? tr("untitled") : QFileInfo(filePath_).fileName();
        valid = validateConfig(config_, source);
        geometry_ = valid->geometry;
        // Refused before anything is allocated: one recorded float per contribution would not fit.
        if (geometry_->contributionCount() > recordBudget_)
            message = tr("This configuration makes %1 contributions (N·C_in·H·W·C_out/groups·kH·kW), more than "
                         "the %2 Scatterboard records. PyTorch computes it; to see it here, make the input, the "
                         "channels or the kernel smaller.")
                          .arg(geometry_->contributionCount())
                          .arg(recordBudget_);
    } catch (const TorchError& e) {
        message = QString::fromStdString(e.what());
        argument = QString::fromStdString(e.argument());
    } catch (const ConfigError& e) {
        message = e.message();
        argument = e.key();
    } catch (const std::exception& e) {
        message = QString::fromStdString(e.what());
    }

    // Whatever was being recorded is for an older config now.
    recording_->cancel();
    const bool validityDiffers = message != message_ || argument != argument_;
    message_ = message;
    argument_ = argument;
    if (validityDiffers)
        emit validityChanged(message_, argument_);
    if (message_.isEmpty() && valid)
        record(std::move(*valid));
}

void DocumentController::record(Layer layer)
{
    const std::int64_t count = layer.geometry.contributionCount();
    if (count <= kInlineContributions) {
        record_ = std::make_shared<const ScatterRecord>(std::move(layer), recordBudget_);
        emit recordChanged(record_);
        return;
    }
    // Large: on the worker. A result is a record, or the reason there is none (memory).
    using Result = std::pair<std::shared_ptr<const ScatterRecord>, QString>;
    const std::int64_t budget = recordBudget_;
    recording_->start<Result>(
        tr("Recording %L1 contributions").arg(count),
        [layer = std::move(layer), budget](BackgroundTask::Control& control) -> Result {
            try {
                return {std::make_shared<const ScatterRecord>(layer, budget, control.callback()), QString()};
            } catch (const std::bad_alloc&) {
                return {nullptr, tr("There is not enough memory to record this configuration's %L1 contributions.")
                                     .arg(layer.geometry.contributionCount())};
            }
        },
        [this](Result result) {
            if (result.first) {
                record_ = std::move(result.first);
                emit recordChanged(record_);
            } else {
                message_ = result.second;
                argument_.clear();
                emit validityChanged(message_, argument_);
            }
        });
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

void DocumentController::showConfig(const ConfigFile& config)
{
    replaceDocument(config, QString(), false);
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

QString DocumentController::sessionFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(kSessionFileName);
}

bool DocumentController::restoreLastSession()
{
    const QString path = sessionFilePath();
    migrateSettingsSession(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    // Missing, damaged or written by another version: start afresh (on the demo) rather than fail.
    QJsonParseError error;
    const QJsonDocument session = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !session.isObject() || !session[kConfigMember].isObject())
        return false;
    const QJsonValue filePath = session[kFilePathMember];
    const QJsonValue modified = session[kModifiedMember];
    try {
        const ConfigFile config = readConfigJson(topLevelMemberText(text, kConfigMember.toUtf8()), tr("last session"));
        replaceDocument(config, filePath.isString() ? filePath.toString() : QString(), modified.toBool());
        return true;
    } catch (const ConfigError&) {
        return false;
    }
}

void DocumentController::saveSession()
{
    sessionSave_.stop();
    const QString path = sessionFilePath();
    if (writeSessionFile(path, sessionJson(writeConfigJson(config_), filePath_, isModified())))
        migrateSettingsSession(path);  // removes a session older versions left in the settings
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
