// SPDX-License-Identifier: MIT
// LessonMode: a slide is shown by giving the document its layer and the window its view, then
// moving the timeline to the slide's step once the picture is built (at once for a small layer,
// when the worker delivers it for a large one). Questions are asked in a window-modal dialog
// opened asynchronously, so the window keeps painting and tests can answer it.
#include "app/gui/LessonMode.h"

#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigReader.h"
#include "app/controller/DocumentController.h"
#include "app/controller/PlaybackController.h"
#include "app/controller/ViewSettings.h"
#include "app/export/LessonExporter.h"
#include "app/gui/MainWindow.h"
#include "app/gui/QuizDialog.h"
#include "app/lesson/LessonReader.h"
#include "app/lesson/SlidePicture.h"
#include "app/widgets/LessonPanel.h"
#include "app/widgets/ScatterView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QTimer>

namespace sb {

namespace {

// Whether a picture tells the scatter's story step by step, where a question's truth has a step.
bool tellsTheScatter(const Picture* picture)
{
    return picture != nullptr && picture->stepStory() == StepStory::Scatter;
}

OutputCell quizCell(const LessonSlide& slide)
{
    if (slide.quiz && slide.quiz->cell)
        return *slide.quiz->cell;
    return slide.highlights.isEmpty() ? OutputCell{} : slide.highlights.front().cells.front();
}

} // namespace

LessonMode::LessonMode(MainWindow* window, DocumentController* document, PlaybackController* playback,
                       ScatterView* view, ViewSettings* viewSettings)
    : QObject(window), window_(window), document_(document), playback_(playback), view_(view),
      viewSettings_(viewSettings), lessons_(new LessonController(this))
{
    panel_ = new LessonPanel(lessons_, [this] { return currentViewAsSlide(); });
    dock_ = new QDockWidget(tr("Lesson"), window);
    dock_->setObjectName(QStringLiteral("lessonDock"));
    dock_->setWidget(panel_);
    window->addDockWidget(Qt::RightDockWidgetArea, dock_);
    dock_->hide();

    caption_ = new QLabel;
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::RichText);
    caption_->setAccessibleName(tr("Slide caption"));
    caption_->setContentsMargins(8, 4, 8, 4);
    caption_->hide();

    connect(lessons_, &LessonController::slideShown, this, &LessonMode::showSlide);
    connect(lessons_, &LessonController::opened, this, [this] {
        dock_->setVisible(lessons_->isOpen() && !window_->isPresenting());
        if (!lessons_->isOpen())
            view_->setHighlighter({});
        updateCaption();
        updateEnabled();
    });
    connect(lessons_, &LessonController::slidesChanged, this, &LessonMode::updateCaption);
    connect(lessons_, &LessonController::modifiedChanged, this, &LessonMode::updateCaption);
    connect(playback_, &PlaybackController::sceneChanged, this, &LessonMode::applyPendingStep);
    buildMenu();
    updateEnabled();
}

void LessonMode::buildMenu()
{
    menu_ = new QMenu(tr("&Lesson"), window_);
    auto add = [this](const QString& text, const QKeySequence& key, auto slot, const QString& tip = {}, bool needsLesson = false) {
        QAction* a = menu_->addAction(text);
        a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        window_->addAction(a);  // the keys work with the menu bar hidden (presenting)
        if (needsLesson)
            needsLesson_.append(a);
        return a;
    };
    newLesson_ = add(tr("&New Lesson…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), [this] { newLesson(); },
        tr("Start a lesson from the current view: add slides, caption them, then play it in presentation mode"));
    add(tr("&Open Lesson…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L), [this] { openDialog(); }, tr("Open a lesson file (.json)"));
    QMenu* builtin = menu_->addMenu(tr("&Built-in Lessons"));
    builtin->setToolTipsVisible(true);
    for (const QString& path : BuiltinPresets::lessonPaths()) {
        QString title = QFileInfo(path).completeBaseName(), subtitle;
        try {
            const Lesson lesson = readLessonFile(path);
            title = lesson.title;
            subtitle = lesson.subtitle;
        } catch (const std::exception&) {
            continue;  // tst_lesson_file keeps every built-in lesson readable
        }
        QAction* a = builtin->addAction(title);
        a->setToolTip(subtitle);
        a->setStatusTip(subtitle);
        connect(a, &QAction::triggered, this, [this, path] { window_->openFile(path); });
    }
    add(tr("&Save Lesson"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), [this] {
        QString error;
        if (lessons_->filePath().isEmpty())
            saveDialog();
        else if (!lessons_->save(&error))
            QMessageBox::warning(window_, tr("Save Lesson"), error);
    }, {}, true);
    add(tr("Save Lesson &As…"), QKeySequence(), [this] { saveDialog(); }, {}, true);
    menu_->addSeparator();
    add(tr("&Add Current View as Slide"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), [this] { panel_->addCurrentView(); },
        tr("The view, its step, its layer and a pinned cell become a slide after the selected one"), true);
    add(tr("Ne&xt Slide"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        if (lessons_->current() + 1 < lessons_->lesson().slides.size())
            lessons_->show(lessons_->current() + 1);
    }, {}, true);
    add(tr("&Previous Slide"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { lessons_->show(std::max<qsizetype>(lessons_->current() - 1, 0)); }, {},
        true);
    add(tr("P&lay Lesson"), QKeySequence(Qt::SHIFT | Qt::Key_F5), [this] { play(); },
        tr("Presentation mode from the first slide: the clicker steps through each slide, then on to the next"), true);
    menu_->addSeparator();
    add(tr("Export &Handout (PDF)…"), QKeySequence(), [this] { exportDialog(true); },
        tr("One page per slide: its picture, title, caption and question"), true);
    add(tr("Export &Deck…"), QKeySequence(), [this] { exportDialog(false); },
        tr("One PNG per slide, a GIF for a slide that plays steps, in a new folder"), true);
    menu_->addSeparator();
    add(tr("&Close Lesson"), QKeySequence(), [this] {
        if (maybeSave())
            lessons_->close();
    }, {}, true);

    quiz_ = new QAction(tr("&Quiz Mode"), this);
    quiz_->setCheckable(true);
    quiz_->setShortcut(QKeySequence(Qt::Key_Q));
    quiz_->setToolTip(tr("Before each step plays, predict the output's shape, a cell's value, its contributions or its "
                         "input elements; the answer is checked and the truth played"));
    quiz_->setStatusTip(quiz_->toolTip());
    connect(quiz_, &QAction::toggled, this, [this](bool on) {
        if (on) {
            right_ = asked_ = 0;
            window_->statusBar()->showMessage(tr("Quiz mode: step forward (→) to be asked; Q to stop"), 8000);
        } else {
            window_->statusBar()->showMessage(tr("Quiz over: %1 of %2 right").arg(right_).arg(asked_), 8000);
        }
    });
}

void LessonMode::updateEnabled()
{
    for (QAction* a : std::as_const(needsLesson_))
        a->setEnabled(lessons_->isOpen());
}

LessonSlide LessonMode::currentViewAsSlide() const
{
    LessonSlide slide;
    slide.source = LessonSlide::Source::Inline;
    slide.config = document_->config();
    slide.view = playback_->view();
    const qint64 step = playback_->currentStep();
    const qint64 last = std::max<qint64>(playback_->stepCount() - 1, 0);
    if (step < last)
        slide.step = step;
    //: a new slide's title: %1 the view's name, %2 the step
    slide.title = step < last ? tr("%1 view, step %2").arg(viewTitle(slide.view)).arg(step) : tr("%1 view").arg(viewTitle(slide.view));
    // A pinned output cell becomes the slide's highlight, with its sum as the note.
    const Inspection& pinned = viewSettings_->pinned();
    if (viewSettings_->isPinned() && pinned.target.kind == HitTarget::Kind::Output)
        slide.highlights.append({{OutputCell{pinned.target.oy, pinned.target.ox}}, QString()});
    return slide;
}

void LessonMode::showSlide(qsizetype index)
{
    if (index < 0 || index >= lessons_->lesson().slides.size())
        return;
    const LessonSlide& slide = lessons_->lesson().slides[index];
    view_->setHighlighter({});
    quizAskedOnSlide_ = false;
    window_->showView(slide.view);
    document_->showConfig(slide.config);
    pendingSlide_ = index;
    applyPendingStep();
    updateCaption();
}

void LessonMode::applyPendingStep()
{
    if (pendingSlide_ < 0 || pendingSlide_ >= lessons_->lesson().slides.size())
        return;
    // Not yet: the record or the picture of the slide's layer is still being built.
    const Picture* picture = playback_->picture();
    if (picture == nullptr || document_->record() == nullptr || playback_->source().record != document_->record()
        || document_->recording()->isBusy() || playback_->building()->isBusy())
        return;
    const LessonSlide slide = lessons_->lesson().slides[pendingSlide_];
    const qint64 last = std::max<qint64>(picture->stepCount() - 1, 0);
    const qint64 first = slide.steps ? std::min(slide.steps->first, last) : slide.step ? std::min(*slide.step, last) : last;
    // After a question the truth forms step by step, in a picture of the slide's own view that
    // tells the scatter's story (a view that cannot show the layer falls back to another).
    const qint64 revealTo = picture->view() == slide.view && tellsTheScatter(picture) ? revealTo_ : -1;
    pendingSlide_ = -1;
    revealTo_ = -1;
    playback_->pause();
    if (revealTo >= 0) {
        // After a question: from the start to the truth, so the class watches it form.
        playback_->setPosition(0);
        playback_->seekStep(revealTo);
    } else {
        playback_->setPosition(static_cast<double>(first));
    }
    const qint64 width = document_->record()->geometry().output.w;
    view_->setHighlighter([slide, width](const Picture& p, double position) { return slideHighlight(p, slide, width, position); });
}

void LessonMode::updateCaption()
{
    const LessonSlide* slide = lessons_->currentSlide();
    caption_->setVisible(lessons_->isOpen() && slide != nullptr);
    if (slide == nullptr)
        return;
    // Read from the back of a classroom when presenting; compact beside the docks otherwise.
    QFont font = caption_->font();
    font.setPixelSize(window_->isPresenting() ? 22 : 16);
    caption_->setFont(font);
    QString text = QStringLiteral("<b>%1</b>").arg(SlidePicture::heading(*slide, lessons_->current(), lessons_->lesson().slides.size()).toHtmlEscaped());
    if (!slide->caption.isEmpty())
        text += QStringLiteral("<br/>") + slide->caption.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    caption_->setText(text);
}

bool LessonMode::forward()
{
    if (dialog_)
        return true;  // a question is open: the key belongs to it
    const LessonSlide* slide = lessons_->currentSlide();
    const qint64 step = playback_->currentStep();
    const bool scatterStory = tellsTheScatter(playback_->picture());
    auto askAboutTheNextSteps = [this, step, scatterStory](qint64 until) {
        // Quiz mode: a question whose truth lies in the steps still to play, then those steps.
        const std::optional<QuizQuestion> question = document_->record() && scatterStory
            ? QuizQuestion::pick(document_->record(), playback_->plane(), round_, QRandomGenerator::global()->generate(), step)
            : std::nullopt;
        if (!question)
            return false;
        ++round_;
        // The last answer's cell would give nothing away, but it is no longer the subject.
        if (!lessons_->isOpen())
            view_->setHighlighter({});
        // A cell's truth forms step by step, so it is played; the shape is the whole finished
        // output, shown at once rather than after every step has slid in.
        askQuiz(*question, [this, shape = question->ask() == QuizAsk::Shape, truth = std::min(question->truthStep(), until)] {
            if (shape)
                playback_->setPosition(static_cast<double>(truth));
            else
                playback_->seekStep(truth);
        });
        return true;
    };
    if (slide != nullptr) {
        const qint64 last = std::max<qint64>(playback_->stepCount() - 1, 0);
        const qint64 slideLast = slide->steps ? std::min(slide->steps->last, last) : -1;
        if (step < slideLast) {
            if (!(quiz_->isChecked() && askAboutTheNextSteps(slideLast)))
                playback_->stepForward();
            return true;
        }
        const qsizetype next = lessons_->current() + 1;
        if (next >= lessons_->lesson().slides.size()) {
            window_->statusBar()->showMessage(tr("The end of the lesson: Home goes back to the first slide"), 5000);
            return true;
        }
        const LessonSlide& coming = lessons_->lesson().slides[next];
        if (!coming.quiz) {
            lessons_->show(next);
            return true;
        }
        // A question slide: asked before its picture gives the answer away.
        try {
            const auto record = std::make_shared<const ScatterRecord>(validateConfig(coming.config, coming.title));
            const QuizQuestion question(coming.quiz->ask, record, PlaneSelection{}, quizCell(coming));
            askQuiz(question, [this, next, question, ringed = !coming.highlights.isEmpty()] {
                // Revealed once the slide's picture is built, if it tells the scatter (applyPendingStep).
                revealTo_ = question.ask() != QuizAsk::Shape ? question.truthStep() : -1;
                lessons_->show(next);
                // The slide's own ringed cells and notes, or else the cell asked about.
                if (question.ask() != QuizAsk::Shape && !ringed)
                    highlightCell(question.cell());
            });
        } catch (const std::exception&) {
            lessons_->show(next);
        }
        return true;
    }
    if (quiz_->isChecked()) {
        if (!askAboutTheNextSteps(std::max<qint64>(playback_->stepCount() - 1, 0)))
            window_->statusBar()->showMessage(tr("Nothing left to predict here: Home starts the story again"), 5000);
        return true;
    }
    return false;
}

bool LessonMode::back()
{
    if (dialog_)
        return true;
    const LessonSlide* slide = lessons_->currentSlide();
    if (slide == nullptr)
        return false;
    const qint64 last = std::max<qint64>(playback_->stepCount() - 1, 0);
    const qint64 slideFirst = slide->steps ? std::min(slide->steps->first, last) : last + 1;
    if (playback_->currentStep() > slideFirst) {
        playback_->stepBack();
        return true;
    }
    if (lessons_->current() > 0)
        lessons_->show(lessons_->current() - 1);
    return true;
}

void LessonMode::askQuiz(const QuizQuestion& question, std::function<void()> then)
{
    // Inside the window, over the picture, not a window of its own: a full-screen presentation
    // stays above other windows on many window managers, and the class must see the question.
    QWidget* host = window_->centralWidget();
    auto* dialog = new QuizDialog(question, right_, asked_, host);
    dialog->setWindowFlags(Qt::Widget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog_ = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, question, then = std::move(then)] {
        const std::optional<QuizQuestion::Verdict>& verdict = dialog->verdict();
        quizFinished(question, verdict.has_value(), verdict && verdict->correct, then);
    });
    dialog->open();
    dialog->placeOver(view_->geometry());
}

void LessonMode::quizFinished(const QuizQuestion& question, bool answered, bool correct, std::function<void()> then)
{
    if (answered) {
        ++asked_;
        right_ += correct ? 1 : 0;
        window_->statusBar()->showMessage(tr("Quiz: %1 of %2 right").arg(right_).arg(asked_), 8000);
    }
    then();
    if (question.ask() != QuizAsk::Shape && !lessons_->isOpen())
        highlightCell(question.cell());
    view_->setFocus();
}

void LessonMode::highlightCell(const OutputCell& cell)
{
    view_->setHighlighter([cell](const Picture& picture, double position) {
        HitTarget target;
        target.kind = HitTarget::Kind::Output;
        target.oy = cell.oy;
        target.ox = cell.ox;
        return picture.inspect(target, position);
    });
}

bool LessonMode::open(const QString& path, bool quiet)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!lessons_->open(path, &error)) {
        window_->statusBar()->showMessage(error, 10000);
        if (!quiet)
            QMessageBox::warning(window_, tr("Open Lesson"), error);
        return false;
    }
    lessons_->show(0);
    // Queued: while the window is being built the status bar cannot hide what the message covers.
    QTimer::singleShot(0, this, [this, message = tr("Lesson \"%1\": %2 slides. → steps through them; Shift+F5 presents")
                                                     .arg(lessons_->lesson().title)
                                                     .arg(lessons_->lesson().slides.size())] {
        window_->statusBar()->showMessage(message, 8000);
    });
    return true;
}

void LessonMode::play()
{
    if (!lessons_->isOpen() || lessons_->lesson().slides.isEmpty())
        return;
    window_->setPresentation(true);
    lessons_->show(0);
}

bool LessonMode::maybeSave()
{
    if (!lessons_->isOpen() || !lessons_->isModified())
        return true;
    const auto answer = QMessageBox::question(window_, tr("Lesson"), tr("Save the changes to the lesson \"%1\"?").arg(lessons_->lesson().title),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    QString error;
    if (!lessons_->filePath().isEmpty())
        return lessons_->save(&error) || (QMessageBox::warning(window_, tr("Save Lesson"), error), false);
    return saveDialog();
}

void LessonMode::newLesson()
{
    if (!maybeSave())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(window_, tr("New Lesson"), tr("Title of the lesson:"), QLineEdit::Normal, tr("Untitled lesson"), &ok);
    if (!ok)
        return;
    lessons_->start(title);
    if (document_->isValid())
        panel_->addCurrentView();
    dock_->show();
    dock_->raise();
}

void LessonMode::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open Lesson"), QString(), tr("Lessons (*.json)"));
    if (!path.isEmpty())
        open(path);
}

bool LessonMode::saveDialog()
{
    QString path = QFileDialog::getSaveFileName(window_, tr("Save Lesson As"), lessons_->filePath(), tr("Lessons (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!lessons_->saveAs(path, &error)) {
        QMessageBox::warning(window_, tr("Save Lesson"), error);
        return false;
    }
    window_->statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void LessonMode::exportDialog(bool handout)
{
    if (!lessons_->isOpen() || lessons_->lesson().slides.isEmpty())
        return;
    const QString out = handout
        ? QFileDialog::getSaveFileName(window_, tr("Export Handout"), lessons_->lesson().title + QStringLiteral(".pdf"), tr("PDF (*.pdf)"))
        : QFileDialog::getExistingDirectory(window_, tr("Export Deck into a Folder"));
    if (out.isEmpty())
        return;
    LessonExporter::Settings settings;
    settings.render = viewSettings_->renderOptions();
    settings.render.inspection = {};
    settings.render.inspectionPinned = false;
    settings.inputs = LessonExporter::inputsOf(lessons_->lesson());
    if (!lessons_->filePath().isEmpty())
        settings.inputs.append(lessons_->filePath());
    QProgressDialog progress(handout ? tr("Printing the handout…") : tr("Drawing the slides…"), tr("Cancel"), 0,
                             static_cast<int>(lessons_->lesson().slides.size()), window_);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto step = [&progress](qint64 done, qint64) {
        progress.setValue(static_cast<int>(done));
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ExportJob::Result result = handout ? LessonExporter::writeHandout(lessons_->lesson(), out, settings, step)
                                             : LessonExporter::writeDeck(lessons_->lesson(), out, settings, step);
    QApplication::restoreOverrideCursor();
    if (result.status == ExportJob::Status::Failed)
        QMessageBox::warning(window_, handout ? tr("Export Handout") : tr("Export Deck"), result.error);
    else if (result.status == ExportJob::Status::Done)
        window_->statusBar()->showMessage(tr("Wrote %1 (%2 files)").arg(out).arg(result.files.size()), 8000);
}

} // namespace sb
