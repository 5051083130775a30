// SPDX-License-Identifier: MIT
// Lesson files (issue 16): read and written back unchanged, unknown keys named with a hint, bad
// slides refused with their number, and the four built-in lessons reproducing their seeds.
#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/Limits.h"
#include "app/export/LessonExporter.h"
#include "app/lesson/LessonReader.h"
#include "app/lesson/LessonWriter.h"
#include "app/lesson/SlidePicture.h"

#include "TestMain.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {

// A lesson around `slides` (a JSON list's text), with a valid first slide so the index of the
// second is the one messages must name.
QByteArray lessonWith(const QByteArray& secondSlide)
{
    return R"({"lesson": "L", "slides": [
        {"title": "first", "view": "scatter", "config": "preset:seed001-d2l-basic"},
        )" + secondSlide + "]}";
}

QString readError(const QByteArray& json)
{
    try {
        readLessonJson(json, QStringLiteral("intro.json"));
    } catch (const ConfigError& e) {
        return e.message();
    }
    return {};
}

} // namespace

class LessonFileTest : public QObject {
    Q_OBJECT
private slots:
    void everyBuiltinLessonReadsAndRoundTrips_data();
    void everyBuiltinLessonReadsAndRoundTrips();
    void everyFieldRoundTripsThroughAFile();
    void unknownKeysAreNamedWithAHint_data();
    void unknownKeysAreNamedWithAHint();
    void badSlidesAreRefusedWithTheirNumber_data();
    void badSlidesAreRefusedWithTheirNumber();
    void aSlideWithoutStepsShowsTheFinishedPicture();
    void strideAndPaddingEndsInSeed004sFirstRow();
    void lessonsAreToldFromConfigs();
    void hostileLessonsAreRefusedWithinBounds();
    void aWholeLessonsWorkIsBoundedBeforeDrawing();
    void aModelNamedOnEverySlideIsReadOnce();
};

void LessonFileTest::everyBuiltinLessonReadsAndRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : BuiltinPresets::lessonPaths())
        QTest::newRow(qPrintable(path)) << path;
    QCOMPARE(BuiltinPresets::lessonPaths().size(), 4);
}

void LessonFileTest::everyBuiltinLessonReadsAndRoundTrips()
{
    QFETCH(QString, path);
    const Lesson lesson = readLessonFile(path);
    QVERIFY(!lesson.title.isEmpty());
    QVERIFY(lesson.slides.size() >= 4);
    const Lesson again = readLessonJson(writeLessonJson(lesson), path);
    QCOMPARE(again.slides.size(), lesson.slides.size());
    QVERIFY(again == lesson);
    // Every slide draws, at steps its picture has.
    for (const LessonSlide& slide : lesson.slides) {
        const SlidePicture shown(slide);
        QVERIFY2(shown.lastStep() < shown.picture().stepCount(), qPrintable(slide.title));
        if (slide.steps)
            QCOMPARE(shown.lastStep(), slide.steps->last);  // the range is within the picture
    }
}

void LessonFileTest::everyFieldRoundTripsThroughAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A config file beside the lesson, referred to by a relative path.
    QFile config(dir.filePath(QStringLiteral("layers/k3.json")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("layers")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"in_channels": 1, "out_channels": 1, "kernel_size": 3, "stride": 2, "bias": false,
                     "input": {"shape": [1, 1, 3, 3], "fill": "arange"}, "weight": {"fill": "ones"}})");
    config.close();
    const QByteArray json = R"({"lesson": "Everything", "subtitle": "a course", "title_page": true, "slides": [
        {"title": "inline", "caption": "two\nlines", "view": "overlap", "step": 3,
         "config": {"in_channels": 1, "out_channels": 1, "kernel_size": 2, "stride": 1, "bias": false,
                    "input": [[[[1, 2], [3, 4]]]], "weight": [[[[1, 0], [0, 1]]]]}},
        {"title": "file", "view": "scatter", "steps": "1-4", "config": "layers/k3.json",
         "highlights": [{"cells": [[0, 0], [1, 2]], "note": "two cells"}, {"cells": [[2, 2]]}],
         "quiz": {"ask": "contributors", "cell": [2, 2]}},
        {"title": "preset", "view": "shape", "quiz": "shape", "config": "preset:seed000-k3-s1"}]})";
    QFile file(dir.filePath(QStringLiteral("lesson.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    const Lesson lesson = readLessonFile(file.fileName());
    QCOMPARE(lesson.title, QStringLiteral("Everything"));
    QCOMPARE(lesson.subtitle, QStringLiteral("a course"));
    QVERIFY(lesson.titlePage);
    QCOMPARE(lesson.slides.size(), 3);
    QCOMPARE(lesson.slides[0].source, LessonSlide::Source::Inline);
    QCOMPARE(lesson.slides[0].caption, QStringLiteral("two\nlines"));
    QCOMPARE(lesson.slides[0].view, ViewId::Overlap);
    QCOMPARE(lesson.slides[0].step, std::optional<qint64>(3));
    QCOMPARE(lesson.slides[1].source, LessonSlide::Source::File);
    QCOMPARE(lesson.slides[1].reference, QFileInfo(config).absoluteFilePath());
    QVERIFY(lesson.slides[1].steps == (LessonSlide::Range{1, 4}));
    QCOMPARE(lesson.slides[1].highlights.size(), 2);
    QVERIFY(lesson.slides[1].highlights[0].cells == (QList<OutputCell>{{0, 0}, {1, 2}}));
    QCOMPARE(lesson.slides[1].quiz->ask, QuizAsk::Contributors);
    QCOMPARE(lesson.slides[2].source, LessonSlide::Source::Preset);
    QCOMPARE(lesson.slides[2].reference, QStringLiteral("seed000-k3-s1"));
    QCOMPARE(lesson.slides[2].quiz->ask, QuizAsk::Shape);

    // Written into another folder, the config path is rewritten relative to it and still found.
    QTemporaryDir other;
    const QString copy = other.filePath(QStringLiteral("copy.json"));
    writeLessonFile(lesson, copy);
    QVERIFY(readLessonFile(copy) == lesson);
    // Written beside it, the reference stays as the teacher wrote it.
    const QByteArray text = writeLessonJson(lesson, dir.path());
    QVERIFY2(text.contains("\"config\": \"layers/k3.json\""), text.constData());
    QVERIFY(text.contains("\"config\": \"preset:seed000-k3-s1\""));
    QVERIFY(text.indexOf("\"title\": \"inline\"") < text.indexOf("\"caption\""));  // keys in the documented order
}

void LessonFileTest::unknownKeysAreNamedWithAHint_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a misspelt slide key is named with its slide and the key meant")
        << lessonWith(R"({"title": "t", "captoin": "x", "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: unknown key \"captoin\" (did you mean \"caption\"?)");
    QTest::newRow("a misspelt lesson key is named")
        << QByteArray(R"({"lesson": "L", "slide": []})") << QStringLiteral("intro.json: unknown key \"slide\" (did you mean \"slides\"?)");
    QTest::newRow("a key of the slide's inline config is named with the slide")
        << lessonWith(R"({"title": "t", "config": {"in_channels": 1, "out_channels": 1, "kernel_size": 2, "strides": 2}})")
        << QStringLiteral("intro.json: slide 2: unknown key \"strides\" (did you mean \"stride\"?)");
    QTest::newRow("a key beside the quiz's ask is named")
        << lessonWith(R"({"title": "t", "quiz": {"ask": "shape", "cel": [0, 0]}, "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"quiz\": unknown key \"cel\" (did you mean \"cell\"?)");
}

void LessonFileTest::unknownKeysAreNamedWithAHint()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(readError(json), expected);
}

void LessonFileTest::badSlidesAreRefusedWithTheirNumber_data()
{
    QTest::addColumn<QByteArray>("slide");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a slide that is not an object")
        << QByteArray("42") << QStringLiteral("intro.json: slide 2: expected an object with a title, a view and a config, got 42");
    QTest::newRow("a slide without a title") << QByteArray(R"({"config": "preset:seed001-d2l-basic"})")
                                             << QStringLiteral("intro.json: slide 2: missing key \"title\"");
    QTest::newRow("a slide without a config") << QByteArray(R"({"title": "t"})")
                                              << QStringLiteral("intro.json: slide 2: missing key \"config\"");
    QTest::newRow("an unknown view, with the view meant")
        << QByteArray(R"({"title": "t", "view": "scater", "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"view\": unknown view \"scater\" (did you mean \"scatter\"?)");
    QTest::newRow("an unknown preset, with the preset meant")
        << QByteArray(R"({"title": "t", "config": "preset:seed001-d2l-basik"})")
        << QStringLiteral("intro.json: slide 2: \"config\": no built-in preset is called \"seed001-d2l-basik\" (did you mean \"seed001-d2l-basic\"?)");
    QTest::newRow("a config PyTorch refuses gets PyTorch's message")
        << QByteArray(R"({"title": "t", "config": {"in_channels": 1, "out_channels": 1, "kernel_size": 2, "stride": 0,
                                                  "input": {"shape": [1, 1, 2, 2], "fill": "ones"}, "weight": {"fill": "ones"}}})")
        << QStringLiteral("intro.json: slide 2: \"config\": non-positive stride is not supported");
    QTest::newRow("a missing config file is named")
        << QByteArray(R"({"title": "t", "config": "nowhere/k3.json"})") << QStringLiteral("intro.json: slide 2: ");
    QTest::newRow("both step and steps")
        << QByteArray(R"({"title": "t", "step": 1, "steps": "0-2", "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"steps\": a slide shows one \"step\" or plays a range of \"steps\", not both");
    QTest::newRow("a backwards range")
        << QByteArray(R"({"title": "t", "steps": "5-2", "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"steps\": expected a range of steps \"A-B\" with A ≤ B, got \"5-2\"");
    QTest::newRow("a negative step")
        << QByteArray(R"({"title": "t", "step": -1, "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"step\": expected a step number from 0, got -1");
    QTest::newRow("a highlighted cell outside the output")
        << QByteArray(R"({"title": "t", "highlights": [{"cells": [[3, 0]]}], "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"highlights\": the cell [3,0] lies outside the 3×3 output");
    QTest::newRow("an unknown question")
        << QByteArray(R"({"title": "t", "quiz": "colour", "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"quiz\": unknown question \"colour\"; a quiz asks shape, value, contributions, contributors");
    QTest::newRow("a cell question without a cell")
        << QByteArray(R"({"title": "t", "quiz": "value", "config": "preset:seed001-d2l-basic"})")
        << QStringLiteral("intro.json: slide 2: \"quiz\": a \"value\" question needs a \"cell\" (or a highlighted cell) to ask about");
}

void LessonFileTest::badSlidesAreRefusedWithTheirNumber()
{
    QFETCH(QByteArray, slide);
    QFETCH(QString, expected);
    const QString error = readError(lessonWith(slide));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void LessonFileTest::aSlideWithoutStepsShowsTheFinishedPicture()
{
    const Lesson lesson = readLessonJson(lessonWith(R"({"title": "t", "step": 2, "config": "preset:seed001-d2l-basic"})"), QStringLiteral("l"));
    const SlidePicture finished(lesson.slides[0]), atTwo(lesson.slides[1]);
    QCOMPARE(finished.firstStep(), finished.picture().stepCount() - 1);
    QVERIFY(!finished.plays());
    QCOMPARE(atTwo.firstStep(), qint64(2));
    QCOMPARE(atTwo.lastStep(), qint64(2));
}

void LessonFileTest::strideAndPaddingEndsInSeed004sFirstRow()
{
    // Seed 004's question: the played slide's layer gives 6 12 14 12, and its highlight rings
    // those four cells and explains the first.
    const Lesson lesson = readLessonFile(QStringLiteral(":/lessons/3-stride-and-padding.json"));
    const auto played = std::find_if(lesson.slides.begin(), lesson.slides.end(), [](const LessonSlide& s) { return s.steps.has_value(); });
    const LessonSlide& last = *std::find_if(lesson.slides.rbegin(), lesson.slides.rend(), [](const LessonSlide& s) { return s.steps.has_value(); });
    QVERIFY(played != lesson.slides.end());
    const SlidePicture shown(last);
    QVERIFY(shown.plays());
    const Tensor y = shown.record()->output();
    QCOMPARE(QList<float>({y.at(0, 0, 0, 0), y.at(0, 0, 0, 1), y.at(0, 0, 0, 2), y.at(0, 0, 0, 3)}), QList<float>({6, 12, 14, 12}));
    const Inspection highlight = shown.highlight(static_cast<double>(shown.lastStep()));
    QCOMPARE(highlight.outputCells, (QSet<qint64>{0, 1, 2, 3}));
    QVERIFY2(highlight.expression.contains(QStringLiteral("6 = 6")), qPrintable(highlight.expression));
}

void LessonFileTest::lessonsAreToldFromConfigs()
{
    QVERIFY(isLessonJson(R"({"lesson": "x", "slides": []})"));
    QVERIFY(!isLessonJson(R"({"in_channels": 1, "out_channels": 1, "kernel_size": 2})"));
    QVERIFY(!isLessonJson("not json"));
    QVERIFY(isLessonFile(QStringLiteral(":/lessons/1-output-size.json")));
    QVERIFY(!isLessonFile(BuiltinPresets::demoPath()));
}

void LessonFileTest::hostileLessonsAreRefusedWithinBounds()
{
    // More slides than a lesson may hold: refused before any slide's layer is read.
    QByteArray many = R"({"lesson": "L", "slides": [)";
    for (int i = 0; i <= kMaxLessonSlides; ++i)
        many += (i ? "," : "") + QByteArray(R"({"title": "t", "config": "preset:seed001-d2l-basic"})");
    many += "]}";
    QVERIFY(readError(many).startsWith(QStringLiteral("intro.json: \"slides\": 1001 slides; a lesson holds at most 1000")));
    // Layers that together hold more numbers than the limit: the slide that crosses it is named.
    const QByteArray big = R"({"title": "t", "config": {"in_channels": 1, "out_channels": 1, "kernel_size": 1, "bias": false,
                               "input": {"shape": [1, 1, 4096, 8192], "fill": "zeros"}, "weight": {"fill": "ones"}}})";
    const QString crossing = readError(R"({"lesson": "L", "slides": [)" + big + "," + big + "]}");
    QVERIFY2(crossing.startsWith(QStringLiteral("intro.json: slide 2: \"config\": the lesson's layers hold more than")), qPrintable(crossing));
    // A lesson given where a slide's config belongs is a config error naming both files.
    QTemporaryDir dir;
    QFile self(dir.filePath(QStringLiteral("self.json")));
    QVERIFY(self.open(QIODevice::WriteOnly));
    self.write(R"({"lesson": "L", "slides": [{"title": "t", "config": "self.json"}]})");
    self.close();
    try {
        readLessonFile(self.fileName());
        QFAIL("a lesson used as a config was read");
    } catch (const ConfigError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("slide 1: ")) && e.message().contains(QStringLiteral("unknown key")), qPrintable(e.message()));
    }
}

void LessonFileTest::aWholeLessonsWorkIsBoundedBeforeDrawing()
{
    // A thousand slides playing seed 004's 19 steps: 163 000 frames, about an hour and 1.9 GB of
    // GIFs. Refused before the first is drawn, naming the limits; the folder is not even made.
    const auto playing = [](int count) {
        QByteArray slides;
        for (int i = 0; i < count; ++i)
            slides += QByteArray(i ? "," : "") + R"({"title": "t)" + QByteArray::number(i)
                      + R"(", "steps": "0-18", "config": "preset:seed004-k4-s2-p1"})";
        return readLessonJson(R"({"lesson": "L", "slides": [)" + slides + "]}", QStringLiteral("l.json"));
    };
    const Lesson lesson = playing(1000);
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("deck"));
    const ExportJob::Result result = LessonExporter::writeDeck(lesson, deck, {});
    QCOMPARE(result.status, ExportJob::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("one lesson may draw at most %1 frames and %2 pixels")
                                       .arg(kMaxLessonFrames)
                                       .arg(kMaxLessonPixels)),
             qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(deck));
    // Three such slides are well within it.
    const ExportJob::Result three = LessonExporter::writeDeck(playing(3), deck, {});
    QVERIFY2(three.status == ExportJob::Status::Done, qPrintable(three.error));
    QCOMPARE(three.files.size(), 3);
}

namespace {

// The bytes this process has read through read(2) so far (Linux's /proc/self/io).
qint64 bytesRead()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n'))
        if (line.startsWith("rchar: "))
            return line.mid(7).toLongLong();
    return -1;
}

}  // namespace

void LessonFileTest::aModelNamedOnEverySlideIsReadOnce()
{
    // Fifty slides name one 32 MB model, two ways: read once (it was read fifty times, 18.8 s).
    QTemporaryDir dir;
    QFile model(dir.filePath(QStringLiteral("m.safetensors")));
    QVERIFY(model.open(QIODevice::WriteOnly));
    const QByteArray header = R"({"w": {"dtype": "F32", "shape": [1, 1, 2, 2], "data_offsets": [0, 16]}, )"
                              R"("big": {"dtype": "F32", "shape": [8388608], "data_offsets": [16, 33554448]}})";
    QByteArray length(8, '\0');
    length[0] = static_cast<char>(header.size());
    model.write(length + header);
    const float kernel[4] = {1, 2, 3, 4};
    model.write(reinterpret_cast<const char*>(kernel), sizeof kernel);
    model.write(QByteArray(33554432, '\0'));
    model.close();
    QByteArray slides;
    for (int i = 0; i < 50; ++i)
        slides += QByteArray(i ? "," : "")
                  + R"({"title": "t", "config": {"kernel_size": 2, "input": [[1, 2], [3, 4]], "weight": {"model": ")"
                  + (i % 2 ? "m.safetensors" : "./m.safetensors") + R"(", "tensor": "w"}}})";
    QFile lesson(dir.filePath(QStringLiteral("l.json")));
    QVERIFY(lesson.open(QIODevice::WriteOnly));
    lesson.write(R"({"lesson": "L", "slides": [)" + slides + "]}");
    lesson.close();
    const qint64 before = bytesRead();
    const Lesson read = readLessonFile(lesson.fileName());
    const qint64 read_ = bytesRead() - before;
    QCOMPARE(read.slides.size(), 50);
    QCOMPARE(read.slides.back().config.problem.weight.values(), (std::vector<float>{1, 2, 3, 4}));
    QVERIFY2(before >= 0 && read_ < 2 * 33554432,
             qPrintable(QStringLiteral("read %1 bytes for a 32 MB model").arg(read_)));
}

SB_TEST_MAIN(LessonFileTest)
#include "tst_lesson_file.moc"
