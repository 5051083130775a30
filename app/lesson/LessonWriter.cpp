// SPDX-License-Identifier: MIT
#include "app/lesson/LessonWriter.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ConfigWriter.h"
#include "app/config/ReadableJson.h"
#include "app/lesson/LessonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace sb {

namespace {

struct LessonWriterText {
    Q_DECLARE_TR_FUNCTIONS(sb::LessonWriter)
};

QJsonArray cellToJson(const OutputCell& cell)
{
    return QJsonArray{cell.oy, cell.ox};
}

QJsonObject slideToJson(const LessonSlide& slide, const QString& baseDirectory)
{
    QJsonObject object;
    object.insert(QStringLiteral("title"), slide.title);
    if (!slide.caption.isEmpty())
        object.insert(QStringLiteral("caption"), slide.caption);
    object.insert(QStringLiteral("view"), viewName(slide.view));
    if (slide.step)
        object.insert(QStringLiteral("step"), *slide.step);
    if (slide.steps)
        object.insert(QStringLiteral("steps"), QStringLiteral("%1-%2").arg(slide.steps->first).arg(slide.steps->last));
    if (!slide.highlights.isEmpty()) {
        QJsonArray highlights;
        for (const LessonSlide::Highlight& h : slide.highlights) {
            QJsonArray cells;
            for (const OutputCell& c : h.cells)
                cells.append(cellToJson(c));
            QJsonObject item{{QStringLiteral("cells"), cells}};
            if (!h.note.isEmpty())
                item.insert(QStringLiteral("note"), h.note);
            highlights.append(item);
        }
        object.insert(QStringLiteral("highlights"), highlights);
    }
    if (slide.quiz) {
        QJsonObject quiz{{QStringLiteral("ask"), quizAskName(slide.quiz->ask)}};
        if (slide.quiz->cell)
            quiz.insert(QStringLiteral("cell"), cellToJson(*slide.quiz->cell));
        object.insert(QStringLiteral("quiz"), quiz);
    }
    switch (slide.source) {
    case LessonSlide::Source::Inline:
        object.insert(QStringLiteral("config"), configToJson(slide.config, baseDirectory));
        break;
    case LessonSlide::Source::File:
        object.insert(QStringLiteral("config"),
                      baseDirectory.isEmpty() ? slide.reference : QDir(baseDirectory).relativeFilePath(slide.reference));
        break;
    case LessonSlide::Source::Preset:
        object.insert(QStringLiteral("config"), QStringLiteral("preset:") + slide.reference);
        break;
    }
    return object;
}

} // namespace

QJsonObject lessonToJson(const Lesson& lesson, const QString& baseDirectory)
{
    QJsonObject object;
    object.insert(QStringLiteral("lesson"), lesson.title);
    if (!lesson.subtitle.isEmpty())
        object.insert(QStringLiteral("subtitle"), lesson.subtitle);
    if (lesson.titlePage)
        object.insert(QStringLiteral("title_page"), true);
    QJsonArray slides;
    for (const LessonSlide& slide : lesson.slides)
        slides.append(slideToJson(slide, baseDirectory));
    object.insert(QStringLiteral("slides"), slides);
    return object;
}

QByteArray writeLessonJson(const Lesson& lesson, const QString& baseDirectory)
{
    return readableJson(lessonToJson(lesson, baseDirectory), lessonKeys(), slideKeys() + configKeys());
}

void writeLessonFile(const Lesson& lesson, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeLessonJson(lesson, QFileInfo(path).absolutePath())) < 0 || !file.commit())
        throw ConfigError(path + QStringLiteral(": ") + LessonWriterText::tr("cannot write: %1").arg(file.errorString()));
}

} // namespace sb
