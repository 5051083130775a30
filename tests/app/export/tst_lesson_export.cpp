// SPDX-License-Identifier: MIT
// Lesson exports (issue 16): the PDF handout has one page per slide (and the title page when
// asked), read back with Qt PDF, and its captions are in the text; the deck writes a PNG or a
// GIF per slide and never replaces a file; `scatterboard export LESSON.json` through the real binary.
#include "app/config/BuiltinPresets.h"
#include "app/export/LessonExporter.h"
#include "app/lesson/LessonReader.h"
#include "app/lesson/LessonWriter.h"
#include "DecodedGif.h"
#include "ScatterboardProcess.h"

#include "TestMain.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {

// All the text of a PDF, page by page.
QStringList pdfText(const QString& path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QStringList pages;
    for (int i = 0; i < document.pageCount(); ++i)
        pages.append(document.getAllText(i).text());
    return pages;
}

// Whitespace and line breaks as the PDF's text extraction puts them do not matter.
QString squeezed(QString text)
{
    return text.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl")).simplified();
}

} // namespace

class LessonExportTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { BuiltinPresets::lessonPaths(); }
    void handoutHasOnePagePerSlideWithItsCaption_data();
    void handoutHasOnePagePerSlideWithItsCaption();
    void handoutWithoutTitlePage();
    void deckWritesAPictureOrAGifPerSlide();
    void deckNeverReplacesAFile();
    void handoutNeverWritesOverTheLessonOrItsConfigs();
    void exportCommandWritesAHandoutAndADeck();
    void exportCommandRefusesConfigOnlyOptionsForALesson();
};

void LessonExportTest::handoutHasOnePagePerSlideWithItsCaption_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : BuiltinPresets::lessonPaths())
        QTest::newRow(qPrintable(path)) << path;
}

void LessonExportTest::handoutHasOnePagePerSlideWithItsCaption()
{
    QFETCH(QString, path);
    const Lesson lesson = readLessonFile(path);
    QVERIFY(lesson.titlePage);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    const ExportJob::Result result = LessonExporter::writeHandout(lesson, pdf, {});
    QVERIFY2(result.status == ExportJob::Status::Done, qPrintable(result.error));
    const QStringList pages = pdfText(pdf);
    QCOMPARE(pages.size(), lesson.slides.size() + 1);
    QVERIFY(squeezed(pages[0]).contains(squeezed(lesson.title)));
    for (qsizetype i = 0; i < lesson.slides.size(); ++i) {
        const QString page = squeezed(pages[i + 1]);
        const LessonSlide& slide = lesson.slides[i];
        QVERIFY2(page.contains(squeezed(slide.title)), qPrintable(page));
        QVERIFY2(page.contains(squeezed(slide.caption)), qPrintable(QStringLiteral("%1\n---\n%2").arg(slide.caption, page)));
        QVERIFY(page.contains(QStringLiteral("page %1 of %2").arg(i + 2).arg(pages.size())));
        if (slide.quiz)
            QVERIFY2(page.contains(QStringLiteral("Question:")) && page.contains(QStringLiteral("Answer:")), qPrintable(page));
    }
}

void LessonExportTest::handoutWithoutTitlePage()
{
    Lesson lesson = readLessonFile(QStringLiteral(":/lessons/2-scatter-and-sum.json"));
    lesson.titlePage = false;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("h.pdf"));
    QCOMPARE(LessonExporter::writeHandout(lesson, pdf, {}).status, ExportJob::Status::Done);
    QCOMPARE(pdfText(pdf).size(), lesson.slides.size());
    // --title-page asks for it on a lesson that does not.
    LessonExporter::Settings withTitle;
    withTitle.titlePage = true;
    QCOMPARE(LessonExporter::writeHandout(lesson, pdf, withTitle).status, ExportJob::Status::Done);
    QCOMPARE(pdfText(pdf).size(), lesson.slides.size() + 1);
}

void LessonExportTest::deckWritesAPictureOrAGifPerSlide()
{
    const Lesson lesson = readLessonFile(QStringLiteral(":/lessons/2-scatter-and-sum.json"));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("deck"));
    LessonExporter::Settings settings;
    settings.fps = 4;  // a short GIF
    const ExportJob::Result result = LessonExporter::writeDeck(lesson, folder, settings);
    QVERIFY2(result.status == ExportJob::Status::Done, qPrintable(result.error));
    QCOMPARE(result.files.size(), lesson.slides.size());
    for (qsizetype i = 0; i < lesson.slides.size(); ++i) {
        const LessonSlide& slide = lesson.slides[i];
        const QString file = result.files[i];
        QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("%1-").arg(i + 1, 2, 10, QLatin1Char('0'))));
        if (slide.steps && slide.steps->first < slide.steps->last) {
            QVERIFY(file.endsWith(QLatin1String(".gif")));
            const DecodedGif gif = DecodedGif::read(file);
            QVERIFY(gif.frames.size() > 1);
        } else {
            QVERIFY(file.endsWith(QLatin1String(".png")));
            QVERIFY(!QImage(file).isNull());
        }
    }
    QCOMPARE(QFileInfo(result.files[0]).fileName(), QStringLiteral("01-each-input-element-scales-the-kernel.gif"));
}

void LessonExportTest::deckNeverReplacesAFile()
{
    const Lesson lesson = readLessonFile(QStringLiteral(":/lessons/1-output-size.json"));
    QTemporaryDir dir;
    QFile mine(dir.filePath(LessonExporter::deckFileName(lesson.slides[3], 3, lesson.slides.size())));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("the teacher's own edit");
    mine.close();
    const ExportJob::Result result = LessonExporter::writeDeck(lesson, dir.path(), {});
    QCOMPARE(result.status, ExportJob::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("exists already")), qPrintable(result.error));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("the teacher's own edit"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // nothing else was written
    // A file where the folder should be.
    QCOMPARE(LessonExporter::writeDeck(lesson, mine.fileName(), {}).status, ExportJob::Status::Failed);
}

void LessonExportTest::handoutNeverWritesOverTheLessonOrItsConfigs()
{
    QTemporaryDir dir;
    const QString config = writeConfig(QDir(dir.path()), QStringLiteral("layer.json"),
                                       R"({"in_channels": 1, "out_channels": 1, "kernel_size": 2, "bias": false,
                                           "input": {"shape": [1, 1, 2, 2], "fill": "ones"}, "weight": {"fill": "ones"}})");
    const QString lessonPath = dir.filePath(QStringLiteral("lesson.json"));
    QFile file(lessonPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"lesson": "L", "slides": [{"title": "one", "config": "layer.json"}]})");
    file.close();
    const Lesson lesson = readLessonFile(lessonPath);
    LessonExporter::Settings settings;
    settings.inputs = QStringList{lessonPath} + LessonExporter::inputsOf(lesson);
    QCOMPARE(LessonExporter::inputsOf(lesson), QStringList{QFileInfo(config).absoluteFilePath()});
    const QByteArray before = [&] { QFile f(config); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QCOMPARE(LessonExporter::writeHandout(lesson, config, settings).status, ExportJob::Status::Failed);
    QCOMPARE(LessonExporter::writeHandout(lesson, lessonPath, settings).status, ExportJob::Status::Failed);
    QFile again(config);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), before);
}

void LessonExportTest::exportCommandWritesAHandoutAndADeck()
{
    QTemporaryDir dir;
    const QString lesson = dir.filePath(QStringLiteral("lesson.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/lessons/4-checkerboard.json"), lesson));
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    const auto handout = ScatterboardProcess::run({QStringLiteral("export"), lesson, QStringLiteral("--out"), pdf});
    QVERIFY2(handout.exitCode == 0, handout.err.constData());
    QVERIFY2(handout.out.contains("a handout of 7 pages"), handout.out.constData());
    QCOMPARE(pdfText(pdf).size(), 7);
    const auto deck = ScatterboardProcess::run({QStringLiteral("export"), lesson, QStringLiteral("--out"), dir.filePath(QStringLiteral("deck/"))});
    QVERIFY2(deck.exitCode == 0, deck.err.constData());
    QCOMPARE(QDir(dir.filePath(QStringLiteral("deck"))).entryList(QDir::Files).size(), 6);
}

void LessonExportTest::exportCommandRefusesConfigOnlyOptionsForALesson()
{
    QTemporaryDir dir;
    const QString lesson = dir.filePath(QStringLiteral("lesson.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/lessons/1-output-size.json"), lesson));
    const auto view = ScatterboardProcess::run({QStringLiteral("export"), lesson, QStringLiteral("--out"), dir.filePath(QStringLiteral("h.pdf")),
                                                QStringLiteral("--view"), QStringLiteral("overlap")});
    QCOMPARE(view.exitCode, 2);
    QVERIFY2(view.err.contains("--view is not for a lesson: each slide names its view and its steps"), view.err.constData());
    const auto png = ScatterboardProcess::run({QStringLiteral("export"), lesson, QStringLiteral("--out"), dir.filePath(QStringLiteral("h.png"))});
    QCOMPARE(png.exitCode, 2);
    QVERIFY2(png.err.contains("a lesson exports to a .pdf handout or to a folder of slides"), png.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("h.png"))));
    // A broken lesson names its file and its slide; nothing is written.
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"lesson": "B", "slides": [{"title": "t", "view": "scater", "config": "preset:seed001-d2l-basic"}]})");
    broken.close();
    const auto bad = ScatterboardProcess::run({QStringLiteral("export"), broken.fileName(), QStringLiteral("--out"), dir.filePath(QStringLiteral("b.pdf"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("broken.json: slide 1: \"view\": unknown view \"scater\""), bad.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.pdf"))));
}

SB_TEST_MAIN(LessonExportTest)
#include "tst_lesson_export.moc"
