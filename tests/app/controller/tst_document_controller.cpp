// SPDX-License-Identifier: MIT
// DocumentController: edits, undo bursts, validity and the last valid record, files, recent
// files and the session saved between runs (in QStandardPaths' test location, never the user's).
#include "app/config/ConfigReader.h"
#include "app/config/ConfigWriter.h"
#include "app/controller/DocumentController.h"

#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using sb::ConfigFile;
using sb::DocumentController;

namespace {

ConfigFile withStride(ConfigFile config, sb::Size2 stride)
{
    config.problem.params.stride = stride;
    return config;
}

// The settings DocumentController uses (QSettings cannot be returned by value).
std::unique_ptr<QSettings> storedSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("Scatterboard"), QStringLiteral("scatterboard"));
}

// The session file's members, read as JSON (an empty object when there is no file).
QJsonObject storedSession()
{
    QFile file(DocumentController::sessionFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeSessionFile(const QByteArray& text)
{
    QDir().mkpath(QFileInfo(DocumentController::sessionFilePath()).absolutePath());
    QFile file(DocumentController::sessionFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
}

} // namespace

class DocumentControllerTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void startsOnTheDemoWithAValidRecord();
    void invalidEditKeepsTheTypedConfigAndTheLastValidRecord_data();
    void invalidEditKeepsTheTypedConfigAndTheLastValidRecord();
    void undoAndRedoRevalidate();
    void editsOfOneFieldInABurstAreOneUndoStep();
    void endingTheBurstOrChangingFieldMakesANewStep();
    void typingBackToTheStartLeavesNoUndoStep();
    void modifiedFollowsTheUndoStack();
    void recordOverBudgetIsAnErrorNamingTheCount();
    void largeRecordsAreBuiltOffTheGuiThread();
    void theNewestEditWinsOverARecordingInProgress();
    void cancelKeepsThePreviousRecord();
    void saveAsThenOpenRoundTrips();
    void failedOpenKeepsTheDocument_data();
    void failedOpenKeepsTheDocument();
    void saveWithoutAFileAsksForSaveAs();
    void presetOpensAsANewUntitledDocument();
    void recentFilesKeepTheTenLatestWithoutDuplicates();
    void sessionIsSavedAfterAPauseAndRestoredEvenWhenInvalid();
    void restoreWithoutASessionChangesNothing();
    void sessionLivesInTheDataFileNotTheSettings();
    void corruptSessionFileOpensTheDemo_data();
    void corruptSessionFileOpensTheDemo();
    void sessionInTheSettingsIsMovedToTheDataFileOnce();

private:
    QTemporaryDir dir_;
};

void DocumentControllerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    // The settings file must be the test one, or the suite would overwrite a user's session.
    QVERIFY2(storedSettings()->fileName().contains(QLatin1String("qttest")), qPrintable(storedSettings()->fileName()));
    // So must the session file.
    QVERIFY2(DocumentController::sessionFilePath().contains(QLatin1String("qttest")),
             qPrintable(DocumentController::sessionFilePath()));
}

void DocumentControllerTest::init()
{
    storedSettings()->clear();
    QFile::remove(DocumentController::sessionFilePath());
}

void DocumentControllerTest::startsOnTheDemoWithAValidRecord()
{
    DocumentController document;
    QVERIFY(document.isValid());
    QVERIFY(document.record());
    QCOMPARE(document.record()->geometry().outputShape(), (sb::Shape{1, 1, 8, 8}));
    QCOMPARE(document.geometry()->output, sb::Size2(8));
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(!document.isModified());
}

void DocumentControllerTest::invalidEditKeepsTheTypedConfigAndTheLastValidRecord_data()
{
    QTest::addColumn<ConfigFile>("config");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("argument");

    const ConfigFile demo = DocumentController().config();
    QTest::newRow("stride 0 is non-positive")
        << withStride(demo, 0) << "non-positive stride is not supported" << "stride";
    ConfigFile dilation = demo;
    dilation.problem.params.dilation = {0, 1};
    QTest::newRow("dilation 0 names both axes")
        << dilation << "dilation should be greater than zero, but got dilation_height: 0, dilation_width: 1"
        << "dilation";
    ConfigFile padding = demo;
    padding.problem.params.padding = 6;
    QTest::newRow("padding 6 leaves no output")
        << padding
        << "Given input size per channel: (4 x 4). Calculated output size per channel: (-2 x -2). Output size is too small"
        << "padding";
    ConfigFile groups = demo;
    groups.problem.params.groups = 2;
    QTest::newRow("groups 2 does not divide in_channels 1")
        << groups << "in_channels must be divisible by groups" << "in_channels";
}

void DocumentControllerTest::invalidEditKeepsTheTypedConfigAndTheLastValidRecord()
{
    QFETCH(ConfigFile, config);
    QFETCH(QString, message);
    QFETCH(QString, argument);

    DocumentController document;
    const auto validRecord = document.record();
    QSignalSpy validity(&document, &DocumentController::validityChanged);
    QSignalSpy records(&document, &DocumentController::recordChanged);
    QSignalSpy changes(&document, &DocumentController::configChanged);

    document.edit(config, QStringLiteral("Change something"));

    QCOMPARE(document.config(), config);
    QCOMPARE(document.validityMessage(), message);
    QCOMPARE(document.invalidArgument(), argument);
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity[0][0].toString(), message);
    QCOMPARE(validity[0][1].toString(), argument);
    QCOMPARE(records.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(document.record(), validRecord);
    QVERIFY(!document.geometry());
}

void DocumentControllerTest::undoAndRedoRevalidate()
{
    DocumentController document;
    const ConfigFile demo = document.config();
    document.edit(withStride(demo, 0), QStringLiteral("Change stride"));
    QVERIFY(!document.isValid());

    QSignalSpy validity(&document, &DocumentController::validityChanged);
    QSignalSpy records(&document, &DocumentController::recordChanged);
    document.undoStack()->undo();
    QCOMPARE(document.config(), demo);
    QVERIFY(document.isValid());
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity[0][0].toString(), QString());
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0][0].value<std::shared_ptr<const sb::ScatterRecord>>(), document.record());

    document.undoStack()->redo();
    QCOMPARE(document.config().problem.params.stride, sb::Size2(0));
    QCOMPARE(document.validityMessage(), QStringLiteral("non-positive stride is not supported"));
}

void DocumentControllerTest::editsOfOneFieldInABurstAreOneUndoStep()
{
    // Typing "12" into a spin box edits to 1, then to 12: one step back to where it started.
    DocumentController document;
    const ConfigFile demo = document.config();
    document.edit(withStride(demo, 1), QStringLiteral("Change stride"));
    document.edit(withStride(demo, 12), QStringLiteral("Change stride"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change stride"));
    document.undoStack()->undo();
    QCOMPARE(document.config(), demo);
}

void DocumentControllerTest::endingTheBurstOrChangingFieldMakesANewStep()
{
    DocumentController document;
    const ConfigFile demo = document.config();
    document.edit(withStride(demo, 1), QStringLiteral("Change stride"));
    document.endEditBurst();
    document.edit(withStride(demo, 3), QStringLiteral("Change stride"));
    ConfigFile padded = withStride(demo, 3);
    padded.problem.params.padding = 0;
    document.edit(padded, QStringLiteral("Change padding"));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.config().problem.params.stride, sb::Size2(1));
}

void DocumentControllerTest::typingBackToTheStartLeavesNoUndoStep()
{
    DocumentController document;
    const ConfigFile demo = document.config();
    document.edit(withStride(demo, 3), QStringLiteral("Change stride"));
    document.edit(demo, QStringLiteral("Change stride"));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    document.edit(demo, QStringLiteral("Change stride"));  // no change, no step
    QCOMPARE(document.undoStack()->count(), 0);
}

void DocumentControllerTest::modifiedFollowsTheUndoStack()
{
    DocumentController document;
    QSignalSpy modified(&document, &DocumentController::modifiedChanged);
    document.edit(withStride(document.config(), 1), QStringLiteral("Change stride"));
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.size(), 2);
    QCOMPARE(modified[0][0].toBool(), true);
    QCOMPARE(modified[1][0].toBool(), false);
}

void DocumentControllerTest::recordOverBudgetIsAnErrorNamingTheCount()
{
    // The demo has 1·1·4·4 input elements, each scattering 1·4·4 taps: 256 contributions.
    DocumentController document;
    const auto validRecord = document.record();
    document.setRecordBudget(100);
    QVERIFY(!document.isValid());
    QVERIFY2(document.validityMessage().contains(QLatin1String("256 contributions")),
             qPrintable(document.validityMessage()));
    QCOMPARE(document.invalidArgument(), QString());
    QCOMPARE(document.record(), validRecord);
    QVERIFY(document.geometry());  // PyTorch accepts it; only the record is too big
    document.setRecordBudget(256);
    QVERIFY(document.isValid());
}

namespace {

// A one-channel layer with a size×size input and a k×k kernel: size²·k² contributions.
ConfigFile largeLayer(const ConfigFile& base, std::int64_t size, std::int64_t k)
{
    ConfigFile config = base;
    sb::ConvTransposeProblem& p = config.problem;
    p.params = {};
    p.params.kernel_size = k;
    p.params.stride = 2;
    p.input = sb::Tensor({1, 1, size, size}, std::vector<float>(static_cast<std::size_t>(size * size), 0.5f));
    p.weight = sb::Tensor({1, 1, k, k}, std::vector<float>(static_cast<std::size_t>(k * k), 2.0f));
    p.bias.clear();
    p.output_size.reset();
    return config;
}

} // namespace

// Above kInlineContributions the record is built on the worker: the edit returns at once with the
// previous record still shown, and the new one arrives later through recordChanged.
void DocumentControllerTest::largeRecordsAreBuiltOffTheGuiThread()
{
    DocumentController document;
    const auto demo = document.record();
    QSignalSpy records(&document, &DocumentController::recordChanged);
    QSignalSpy ended(document.recording(), &sb::BackgroundTask::ended);
    const ConfigFile large = largeLayer(document.config(), 800, 5);  // 16 M contributions
    QVERIFY(800 * 800 * 25 > DocumentController::kInlineContributions);
    document.edit(large, QStringLiteral("input"));
    QVERIFY(document.isValid());
    QVERIFY(document.recording()->isBusy());
    QCOMPARE(document.record(), demo);
    QTRY_COMPARE_WITH_TIMEOUT(records.count(), 1, 20000);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).toBool(), true);
    QVERIFY(!document.recording()->isBusy());
    QCOMPARE(document.record()->size(), 800 * 800 * 25);
    QCOMPARE(document.record()->at(12345).value, 1.0f);
}

// Editing again while recording cancels the old job: only the newest config's record arrives.
void DocumentControllerTest::theNewestEditWinsOverARecordingInProgress()
{
    DocumentController document;
    QSignalSpy records(&document, &DocumentController::recordChanged);
    document.edit(largeLayer(document.config(), 900, 5), QStringLiteral("input"));
    QVERIFY(document.recording()->isBusy());
    document.endEditBurst();
    document.edit(largeLayer(document.config(), 700, 5), QStringLiteral("input"));
    QTRY_VERIFY_WITH_TIMEOUT(!document.recording()->isBusy(), 20000);
    QTest::qWait(200);  // a superseded job that still finished would deliver by now
    QCOMPARE(records.count(), 1);
    QCOMPARE(document.record()->geometry().input, sb::Size2(700));

    // And a small (inline) edit cancels a large recording outright.
    document.endEditBurst();
    document.edit(largeLayer(document.config(), 900, 5), QStringLiteral("input"));
    QVERIFY(document.recording()->isBusy());
    document.endEditBurst();
    document.edit(largeLayer(document.config(), 4, 2), QStringLiteral("input"));
    QVERIFY(!document.recording()->isBusy());
    QCOMPARE(document.record()->geometry().input, sb::Size2(4));
    QTest::qWait(200);
    QCOMPARE(document.record()->geometry().input, sb::Size2(4));
}

void DocumentControllerTest::cancelKeepsThePreviousRecord()
{
    DocumentController document;
    const auto demo = document.record();
    QSignalSpy records(&document, &DocumentController::recordChanged);
    QSignalSpy ended(document.recording(), &sb::BackgroundTask::ended);
    document.edit(largeLayer(document.config(), 1000, 7), QStringLiteral("input"));  // 49 M
    document.recording()->cancel();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).toBool(), false);
    QTest::qWait(300);
    QCOMPARE(records.count(), 0);
    QCOMPARE(document.record(), demo);
}

void DocumentControllerTest::saveAsThenOpenRoundTrips()
{
    DocumentController document;
    ConfigFile config = withStride(document.config(), {2, 3});
    config.problem.params.bias = true;
    config.problem.bias = {0.5f};
    document.edit(config, QStringLiteral("Change stride"));
    QVERIFY(document.isModified());

    const QString path = dir_.filePath(QStringLiteral("lesson.json"));
    QSignalSpy paths(&document, &DocumentController::filePathChanged);
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    QCOMPARE(document.filePath(), path);
    QCOMPARE(paths.size(), 1);
    QVERIFY(!document.isModified());
    QCOMPARE(document.recentFiles().value(0), path);

    DocumentController reopened;
    QSignalSpy replaced(&reopened, &DocumentController::documentReplaced);
    QVERIFY2(reopened.open(path, &error), qPrintable(error));
    QCOMPARE(reopened.config(), config);
    QCOMPARE(reopened.filePath(), path);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(reopened.undoStack()->count(), 0);
    QVERIFY(reopened.isValid());
}

void DocumentControllerTest::failedOpenKeepsTheDocument_data()
{
    QTest::addColumn<QByteArray>("contents");  // empty: the file does not exist
    QTest::addColumn<QString>("problem");
    QTest::newRow("a missing file is named with its error") << QByteArray() << "cannot open";
    QTest::newRow("malformed JSON gives line and column") << QByteArray("{\n  \"stride\": ,\n}") << "line 2";
    QTest::newRow("a wrong type names the key") << QByteArray(R"({"input": [[1]], "weight": [[1]], "stride": "two"})")
                                                << "\"stride\"";
}

void DocumentControllerTest::failedOpenKeepsTheDocument()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, problem);
    const QString path = dir_.filePath(QStringLiteral("broken-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
    QFile::remove(path);
    if (!contents.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    DocumentController document;
    document.edit(withStride(document.config(), 0), QStringLiteral("Change stride"));
    const ConfigFile before = document.config();
    QString error;
    QVERIFY(!document.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(document.config(), before);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.filePath().isEmpty());
}

void DocumentControllerTest::saveWithoutAFileAsksForSaveAs()
{
    DocumentController document;
    QString error;
    QVERIFY(!document.save(&error));
    QVERIFY(error.contains(QLatin1String("Save As")));

    const QString unwritable = dir_.filePath(QStringLiteral("no-such-folder/lesson.json"));
    QVERIFY(!document.saveAs(unwritable, &error));
    QVERIFY2(error.contains(unwritable), qPrintable(error));
    QVERIFY(document.filePath().isEmpty());
}

void DocumentControllerTest::presetOpensAsANewUntitledDocument()
{
    DocumentController document;
    document.edit(withStride(document.config(), 3), QStringLiteral("Change stride"));
    QSignalSpy replaced(&document, &DocumentController::documentReplaced);
    QString error;
    QVERIFY2(document.loadPreset(QStringLiteral(":/presets/seed001-d2l-basic.json"), &error), qPrintable(error));
    QCOMPARE(document.config().name, QStringLiteral("d2l: basic transposed convolution"));
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(document.record()->output().values(), (std::vector<float>{0, 0, 1, 0, 4, 6, 4, 12, 9}));

    QVERIFY(!document.loadPreset(QStringLiteral(":/presets/no-such-preset.json"), &error));
    QVERIFY(error.contains(QLatin1String("no-such-preset.json")));
    QCOMPARE(document.config().name, QStringLiteral("d2l: basic transposed convolution"));
}

void DocumentControllerTest::recentFilesKeepTheTenLatestWithoutDuplicates()
{
    DocumentController document;
    QStringList saved;
    for (int i = 0; i < 12; ++i) {
        saved.prepend(dir_.filePath(QStringLiteral("recent-%1.json").arg(i)));
        QVERIFY(document.saveAs(saved.first()));
    }
    QCOMPARE(document.recentFiles(), saved.mid(0, DocumentController::kMaxRecentFiles));

    QVERIFY(document.open(saved[4]));
    QStringList expected = saved.mid(0, DocumentController::kMaxRecentFiles);
    expected.move(4, 0);
    QCOMPARE(document.recentFiles(), expected);
    QCOMPARE(DocumentController().recentFiles(), expected);  // kept in QSettings across instances

    document.clearRecentFiles();
    QVERIFY(document.recentFiles().isEmpty());
}

void DocumentControllerTest::sessionIsSavedAfterAPauseAndRestoredEvenWhenInvalid()
{
    ConfigFile typed;
    {
        DocumentController document;
        typed = withStride(document.config(), 0);
        document.edit(typed, QStringLiteral("Change stride"));
        QVERIFY(!QFile::exists(DocumentController::sessionFilePath()));  // debounced, not per keystroke
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(DocumentController::sessionFilePath()), 3000);
        // Already on disk while the document is still open: killing the program now would not
        // lose the edit.
        const QJsonObject session = storedSession();
        QCOMPARE(sb::readConfigJson(QJsonDocument(session.value(QStringLiteral("config")).toObject()).toJson(),
                                    QStringLiteral("copy")),
                 typed);
        QCOMPARE(session.value(QStringLiteral("modified")).toBool(), true);
    }

    DocumentController restored;
    QSignalSpy replaced(&restored, &DocumentController::documentReplaced);
    QVERIFY(restored.restoreLastSession());
    QCOMPARE(restored.config(), typed);
    QCOMPARE(restored.validityMessage(), QStringLiteral("non-positive stride is not supported"));
    QVERIFY(restored.isModified());  // it was never saved
    QCOMPARE(replaced.size(), 1);

    // Closing flushes a pending save at once.
    {
        DocumentController document;
        document.edit(withStride(document.config(), 3), QStringLiteral("Change stride"));
    }
    DocumentController afterClose;
    QVERIFY(afterClose.restoreLastSession());
    QCOMPARE(afterClose.config().problem.params.stride, sb::Size2(3));
}

void DocumentControllerTest::restoreWithoutASessionChangesNothing()
{
    DocumentController document;
    const ConfigFile demo = document.config();
    QVERIFY(!document.restoreLastSession());
    QCOMPARE(document.config(), demo);

    storedSettings()->setValue(QStringLiteral("session/config"), QStringLiteral("{ not json"));
    QVERIFY(!document.restoreLastSession());
    QCOMPARE(document.config(), demo);
    QVERIFY(!storedSettings()->contains(QStringLiteral("session/config")));  // dropped, not kept forever
}

void DocumentControllerTest::sessionLivesInTheDataFileNotTheSettings()
{
    const QString saved = dir_.filePath(QStringLiteral("saved-layer.json"));
    {
        DocumentController document;
        QVERIFY(document.saveAs(saved));
        document.edit(withStride(document.config(), 3), QStringLiteral("Change stride"));
    }  // closing flushes the pending save
    QVERIFY(QFile::exists(DocumentController::sessionFilePath()));
    QVERIFY(DocumentController::sessionFilePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    const QJsonObject session = storedSession();
    QCOMPARE(session.value(QStringLiteral("filePath")).toString(), QFileInfo(saved).absoluteFilePath());
    QCOMPARE(session.value(QStringLiteral("modified")).toBool(), true);
    QVERIFY(session.value(QStringLiteral("config")).isObject());

    // The settings file keeps the recent files, and nothing of the session.
    const std::unique_ptr<QSettings> settings = storedSettings();
    settings->sync();
    QVERIFY(settings->contains(QStringLiteral("recentFiles")));
    QVERIFY(!settings->childGroups().contains(QStringLiteral("session")));
    QFile ini(settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray iniText = ini.readAll();
    QVERIFY2(!iniText.contains("[session]") && !iniText.contains("in_channels"), iniText.constData());

    DocumentController restored;
    QVERIFY(restored.restoreLastSession());
    QCOMPARE(restored.filePath(), QFileInfo(saved).absoluteFilePath());
    QCOMPARE(restored.config().problem.params.stride, sb::Size2(3));
    QVERIFY(restored.isModified());
}

void DocumentControllerTest::corruptSessionFileOpensTheDemo_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("{ not json");
    QTest::newRow("truncated") << QByteArray("{\"filePath\": \"\", \"modified\": true, \"config\": {\"in_channels\": 1,");
    QTest::newRow("a list") << QByteArray("[1, 2, 3]");
    QTest::newRow("no config") << QByteArray("{\"filePath\": \"a.json\", \"modified\": false}");
    QTest::newRow("config not an object") << QByteArray("{\"config\": \"stride\"}");
    QTest::newRow("config missing keys") << QByteArray("{\"config\": {\"stride\": 2}}");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"config\"", 10);
}

void DocumentControllerTest::corruptSessionFileOpensTheDemo()
{
    QFETCH(QByteArray, text);
    writeSessionFile(text);
    DocumentController document;
    const ConfigFile demo = document.config();
    QSignalSpy replaced(&document, &DocumentController::documentReplaced);
    QVERIFY(!document.restoreLastSession());
    QCOMPARE(document.config(), demo);
    QCOMPARE(demo, DocumentController().config());  // the built-in demo
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(!document.isModified());
    QCOMPARE(replaced.size(), 0);
}

void DocumentControllerTest::sessionInTheSettingsIsMovedToTheDataFileOnce()
{
    ConfigFile typed;
    {
        DocumentController document;
        typed = withStride(document.config(), 3);
    }
    QFile::remove(DocumentController::sessionFilePath());
    // As an older version left it.
    storedSettings()->setValue(QStringLiteral("session/config"), QString::fromUtf8(sb::writeConfigJson(typed)));
    storedSettings()->setValue(QStringLiteral("session/filePath"), QStringLiteral("/somewhere/old.json"));
    storedSettings()->setValue(QStringLiteral("session/modified"), true);

    DocumentController document;
    QVERIFY(document.restoreLastSession());
    QCOMPARE(document.config(), typed);
    QCOMPARE(document.filePath(), QStringLiteral("/somewhere/old.json"));
    QVERIFY(document.isModified());
    QVERIFY(QFile::exists(DocumentController::sessionFilePath()));
    QVERIFY(!storedSettings()->contains(QStringLiteral("session/config")));
    QVERIFY(!storedSettings()->contains(QStringLiteral("session/filePath")));
    QVERIFY(!storedSettings()->contains(QStringLiteral("session/modified")));

    // Once: the next run reads the file.
    DocumentController next;
    QVERIFY(next.restoreLastSession());
    QCOMPARE(next.config(), typed);
    QCOMPARE(next.filePath(), QStringLiteral("/somewhere/old.json"));
}

SB_TEST_GUILESS_MAIN(DocumentControllerTest)
#include "tst_document_controller.moc"
