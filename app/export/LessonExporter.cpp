// SPDX-License-Identifier: MIT
// LessonExporter: the handout is laid out with the renderer's own Typography, so its text has the
// metrics the layout test measures; each slide's picture is scaled to the room left on its page
// (vector, so it stays sharp when zoomed or printed).
#include "app/export/LessonExporter.h"

#include "app/config/JsonWording.h"
#include "app/config/Limits.h"
#include "app/export/PictureCanvas.h"
#include "app/export/SafeOutputPath.h"
#include "app/lesson/QuizQuestion.h"
#include "app/lesson/SlidePicture.h"
#include "app/render/Theme.h"
#include "app/render/Typography.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

constexpr double kPageMargin = 56;  // 15 mm at 96 dpi
constexpr double kParagraphGap = 14;

// Writes lines of wrapped text from top; returns the y below them.
double paragraph(QPainter& painter, const QString& text, double px, bool bold, const QColor& color, double left, double top,
                 double width)
{
    painter.setFont(Typography::font(px, bold));
    painter.setPen(color);
    const double line = Typography::lineHeight(px, bold);
    for (const QString& paragraphText : text.split(QLatin1Char('\n'))) {
        for (const QString& l : Typography::wrap(paragraphText, px, bold, width)) {
            painter.drawText(QRectF(left, top, width, line), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, l);
            top += line;
        }
    }
    return top;
}

double paragraphHeight(const QString& text, double px, bool bold, double width)
{
    double h = 0;
    for (const QString& p : text.split(QLatin1Char('\n')))
        h += Typography::wrap(p, px, bold, width).size() * Typography::lineHeight(px, bold);
    return h;
}

class Handout {
public:
    Handout(const Lesson& lesson, QPainter& painter, qsizetype pages) : lesson_(lesson), p_(painter), pages_(pages) {}

    void titlePage()
    {
        const QSizeF page = LessonExporter::pageSize();
        const double width = page.width() - 2 * kPageMargin;
        double y = page.height() * 0.2;
        y = paragraph(p_, lesson_.title, 34, true, theme_.text, kPageMargin, y, width) + kParagraphGap;
        if (!lesson_.subtitle.isEmpty())
            y = paragraph(p_, lesson_.subtitle, Typography::kBody, false, theme_.mutedText, kPageMargin, y, width) + 2 * kParagraphGap;
        y = paragraph(p_, LessonExporter::tr("Contents"), Typography::kHeading, true, theme_.text, kPageMargin, y, width) + 4;
        // As many titles as the page holds above its footer; a long lesson ends the list with a count.
        const double line = Typography::lineHeight(Typography::kLabel);
        const double bottom = page.height() - kPageMargin - line;
        for (qsizetype i = 0; i < lesson_.slides.size(); ++i) {
            if (y + 2 * line > bottom && i + 1 < lesson_.slides.size()) {
                paragraph(p_, LessonExporter::tr("… and %1 more slides").arg(lesson_.slides.size() - i), Typography::kLabel, false,
                          theme_.mutedText, kPageMargin + 12, y, width - 12);
                break;
            }
            y = paragraph(p_, QStringLiteral("%1. %2").arg(i + 1).arg(lesson_.slides[i].title), Typography::kLabel, false, theme_.text,
                          kPageMargin + 12, y, width - 12);
        }
        footer();
    }

    void slidePage(const LessonSlide& slide, qsizetype index)
    {
        const QSizeF page = LessonExporter::pageSize();
        const double width = page.width() - 2 * kPageMargin;
        double y = kPageMargin;
        y = paragraph(p_, SlidePicture::heading(slide, index, lesson_.slides.size()), Typography::kSmall, false, theme_.mutedText, kPageMargin, y,
                      width);
        y = paragraph(p_, slide.title, Typography::kTitle, true, theme_.text, kPageMargin, y + 4, width) + kParagraphGap;

        const SlidePicture shown(slide);
        const QString below = textBelow(shown);
        const double belowHeight = paragraphHeight(below, Typography::kBody, false, width);
        const double footerTop = page.height() - kPageMargin + 8;
        const QRectF room(kPageMargin, y, width, std::max(80.0, footerTop - kParagraphGap - belowHeight - kParagraphGap - y));
        const double position = static_cast<double>(shown.lastStep());
        const QRectF bounds = shown.picture().bounds();
        // Pictures are never enlarged beyond scale 1: a small layer stays the size it has on screen.
        const double scale = std::min({1.0, room.width() / bounds.width(), room.height() / bounds.height()});
        const QSizeF drawn = bounds.size() * scale;
        p_.save();
        p_.translate(room.left() + (room.width() - drawn.width()) / 2, room.top());
        PictureCanvas::paint(p_, shown.picture(), position, shown.renderOptions(position), scale);
        p_.restore();
        paragraph(p_, below, Typography::kBody, false, theme_.text, kPageMargin, room.top() + drawn.height() + kParagraphGap, width);
        footer();
    }

private:
    // The caption, then the notes of the highlighted cells and the question with its answer.
    static QString textBelow(const SlidePicture& shown)
    {
        const LessonSlide& slide = shown.slide();
        QStringList parts;
        if (!slide.caption.isEmpty())
            parts.append(slide.caption);
        if (slide.steps)
            parts.append(LessonExporter::tr("(The window plays steps %1 to %2; this is step %2.)").arg(shown.firstStep()).arg(shown.lastStep()));
        if (slide.quiz) {
            const OutputCell cell = slide.quiz->cell ? *slide.quiz->cell
                                    : slide.highlights.isEmpty() ? OutputCell{}
                                                                 : slide.highlights.front().cells.front();
            const QuizQuestion question(slide.quiz->ask, shown.record(), PlaneSelection{}, cell);
            parts.append(LessonExporter::tr("Question: %1").arg(question.prompt()));
            parts.append(LessonExporter::tr("Answer: %1").arg(question.check(QString()).truth));
        }
        return parts.join(QLatin1Char('\n'));
    }

    void footer()
    {
        ++page_;
        const QSizeF page = LessonExporter::pageSize();
        const double h = Typography::lineHeight(Typography::kSmall);
        p_.setFont(Typography::font(Typography::kSmall));
        p_.setPen(theme_.mutedText);
        const QRectF line(kPageMargin, page.height() - kPageMargin + 8, page.width() - 2 * kPageMargin, h);
        p_.drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, lesson_.title);
        //: the handout's page footer: %1 this page, %2 how many
        p_.drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, LessonExporter::tr("page %1 of %2").arg(page_).arg(pages_));
    }

    const Lesson& lesson_;
    QPainter& p_;
    qsizetype pages_;
    qsizetype page_ = 0;
    Theme theme_ = Theme::light();
};

ExportJob::Result failed(const QString& error)
{
    ExportJob::Result result;
    result.error = error;
    return result;
}

// The whole lesson's work, added up slide by slide before anything is drawn (Limits.h): a deck's
// frames and pixels, a handout's cells. Empty when it fits, else why not, naming the limit.
QString budgetRefusal(const Lesson& lesson, const QStringList& deckPaths, const LessonExporter::Settings& settings)
{
    const bool deck = !deckPaths.isEmpty();
    qint64 frames = 0, pixels = 0;
    double cells = 0;
    QSize largest;
    for (qsizetype i = 0; i < lesson.slides.size(); ++i) {
        const SlidePicture shown(lesson.slides[i]);
        if (!deck) {
            cells += shown.picture().bounds().width() * shown.picture().bounds().height() / (40.0 * 40.0);
            continue;
        }
        QString error;
        const std::optional<ExportTarget> target = ExportTarget::fromPath(deckPaths[i], &error);
        if (!target)
            return error;
        ExportJob::Settings job;
        job.fps = settings.fps;
        const qint64 count =
            ExportJob(shown.source(), *target, job).plan({shown.firstStep(), shown.lastStep()}).count();
        const QSize size = PictureCanvas::pixelSize(shown.picture(), settings.scale);
        frames += count;
        pixels += count * qint64(size.width()) * qint64(size.height());
        largest = largest.expandedTo(size);
    }
    if (!deck && cells > kMaxHandoutCells)
        //: %1 and %2 numbers of cells
        return LessonExporter::tr(
                   "the handout's pictures hold about %1 cells together, more than the limit of %2 for one "
                   "lesson: print fewer slides at a time")
            .arg(QString::number(cells, 'f', 0), QString::number(kMaxHandoutCells, 'f', 0));
    if (frames > kMaxLessonFrames || pixels > kMaxLessonPixels)
        //: %1 frames, %2×%3 the largest frame's size, %4 pixels in all, %5 and %6 the limits
        return LessonExporter::tr(
                   "the deck would draw %1 frames of up to %2×%3 pixels, %4 pixels in all; one lesson may draw "
                   "at most %5 frames and %6 pixels (about eight minutes): export fewer slides at a time, at "
                   "a lower --fps or a smaller --scale")
            .arg(QString::number(frames), QString::number(largest.width()), QString::number(largest.height()),
                 QString::number(pixels), QString::number(kMaxLessonFrames), QString::number(kMaxLessonPixels));
    return {};
}

} // namespace

QSizeF LessonExporter::pageSize()
{
    // Landscape, like the slides: a picture of the window's proportions is printed at about
    // nine tenths of its screen size instead of six.
    return QPageSize(QPageSize::A4).sizePixels(static_cast<int>(PictureCanvas::kDpi)).transposed();
}

ExportJob::Result LessonExporter::writeHandout(const Lesson& lesson, const QString& path, const Settings& settings, const Progress& progress)
{
    QElapsedTimer clock;
    clock.start();
    if (lesson.slides.isEmpty())
        return failed(tr("the lesson has no slides to print"));
    if (const QString unsafe = SafeOutputPath::checkFile(path, settings.inputs); !unsafe.isEmpty())
        return failed(unsafe);
    if (const QString tooMuch = budgetRefusal(lesson, {}, settings); !tooMuch.isEmpty())
        return failed(tooMuch);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(SafeOutputPath::writeError(file));
    const bool titlePage = settings.titlePage || lesson.titlePage;
    const qsizetype pages = lesson.slides.size() + (titlePage ? 1 : 0);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(static_cast<int>(PictureCanvas::kDpi));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(lesson.title);
        pdf.setCreator(QStringLiteral("Scatterboard"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return failed(SafeOutputPath::writeError(file));
        }
        painter.setRenderHint(QPainter::Antialiasing);
        Handout handout(lesson, painter, pages);
        if (titlePage) {
            handout.titlePage();
            pdf.newPage();
        }
        for (qsizetype i = 0; i < lesson.slides.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            handout.slidePage(lesson.slides[i], i);
            if (progress && !progress(i + 1, lesson.slides.size())) {
                painter.end();
                file.cancelWriting();
                ExportJob::Result cancelled;
                cancelled.status = ExportJob::Status::Cancelled;
                return cancelled;
            }
        }
        painter.end();
    }
    QString error;
    if (file.error() != QFileDevice::NoError || !SafeOutputPath::commit(file, &error))
        return failed(error.isEmpty() ? SafeOutputPath::writeError(file) : error);
    ExportJob::Result result;
    result.status = ExportJob::Status::Done;
    result.files = QStringList{path};
    result.frames = pages;
    result.pixelSize = pageSize().toSize();
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

QString LessonExporter::deckFileName(const LessonSlide& slide, qsizetype index, qsizetype count)
{
    // Letters and digits of the title, lower case, joined by dashes; non-Latin titles keep their
    // letters (QChar::isLetterOrNumber knows them), so a Chinese lesson's deck is named in Chinese.
    QString slug;
    for (const QChar c : slide.title.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    slug = slug.left(48);
    const int digits = count >= 100 ? 3 : 2;
    const QString number = QStringLiteral("%1").arg(index + 1, digits, 10, QLatin1Char('0'));
    const bool plays = slide.steps && slide.steps->first < slide.steps->last;
    return number + (slug.isEmpty() ? QString() : QLatin1Char('-') + slug) + (plays ? QStringLiteral(".gif") : QStringLiteral(".png"));
}

ExportJob::Result LessonExporter::writeDeck(const Lesson& lesson, const QString& folder, const Settings& settings, const Progress& progress)
{
    QElapsedTimer clock;
    clock.start();
    if (lesson.slides.isEmpty())
        return failed(tr("the lesson has no slides to export"));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return failed(tr("%1 is not a folder").arg(printable(folder)));
    const QDir dir(folder);
    QStringList paths;
    for (qsizetype i = 0; i < lesson.slides.size(); ++i) {
        const QString path = dir.filePath(deckFileName(lesson.slides[i], i, lesson.slides.size()));
        // A deck never replaces a file: the folder may hold an earlier deck the user edited.
        if (QFileInfo::exists(path))
            return failed(tr("%1 exists already; export the deck to a new or empty folder").arg(printable(path)));
        paths.append(path);
    }
    if (const QString tooMuch = budgetRefusal(lesson, paths, settings); !tooMuch.isEmpty())
        return failed(tooMuch);
    if (!info.exists() && !QDir().mkpath(folder))
        return failed(tr("cannot create the folder %1").arg(printable(folder)));

    ExportJob::Result result;
    for (qsizetype i = 0; i < lesson.slides.size(); ++i) {
        const SlidePicture shown(lesson.slides[i]);
        QString error;
        const std::optional<ExportTarget> target = ExportTarget::fromPath(paths[i], &error);
        if (!target)
            return failed(error);
        ExportJob::Settings job;
        job.view = shown.picture().view();
        job.steps = ExportJob::StepRange{shown.firstStep(), shown.lastStep()};
        job.scale = settings.scale;
        job.fps = settings.fps;
        job.render = shown.renderOptions(static_cast<double>(shown.lastStep()), settings.render);
        job.inputs = settings.inputs;
        const ExportJob::Result one = ExportJob(shown.source(), *target, job).run();
        if (one.status != ExportJob::Status::Done) {
            //: %1 the slide's number, %2 why its file could not be written
            result.error = tr("slide %1: %2").arg(i + 1).arg(one.error);
            return result;  // the files of earlier slides stay: each is complete
        }
        result.files += one.files;
        result.frames += one.frames;
        result.pixelSize = result.pixelSize.expandedTo(one.pixelSize);
        if (progress && !progress(i + 1, lesson.slides.size())) {
            result.status = ExportJob::Status::Cancelled;
            return result;
        }
    }
    result.status = ExportJob::Status::Done;
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

QStringList LessonExporter::inputsOf(const Lesson& lesson)
{
    QStringList inputs;
    for (const LessonSlide& slide : lesson.slides) {
        if (slide.source == LessonSlide::Source::File)
            inputs.append(slide.reference);
        inputs << slide.config.inputNpy << slide.config.weightNpy << slide.config.modelFiles;
    }
    inputs.removeAll(QString());
    inputs.removeDuplicates();
    return inputs;
}

} // namespace sb
