// SPDX-License-Identifier: MIT
#include "app/gui/ExportDialog.h"

#include "app/controller/ImageController.h"
#include "app/export/PictureCanvas.h"
#include "app/export/StillExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace sb {

namespace {

using Format = ExportTarget::Format;

// The format entries: what the combo shows and how a path of that format ends.
struct FormatEntry {
    Format format;
    const char* label;
    const char* ending;
};
constexpr FormatEntry kFormats[] = {
    {Format::Png, "PNG image", ".png"},
    {Format::Svg, "SVG drawing (vector)", ".svg"},
    {Format::Pdf, "PDF page (vector)", ".pdf"},
    {Format::Gif, "GIF animation", ".gif"},
    {Format::PngSequence, "PNG frames, numbered (for video)", "-%04d.png"},
};

// path with its ending replaced by the format's: "out/seed.png" → "out/seed-%04d.png".
QString withEnding(const QString& path, Format format)
{
    const QFileInfo info(path);
    QString base = info.completeBaseName();
    const qsizetype number = base.indexOf(QLatin1Char('%'));
    if (number >= 0)
        base = base.left(number).chopped(base.left(number).endsWith(QLatin1Char('-')) ? 1 : 0);
    if (base.isEmpty())
        base = QStringLiteral("scatterboard");
    for (const FormatEntry& entry : kFormats)
        if (entry.format == format)
            return QDir(info.path()).filePath(base + QLatin1String(entry.ending));
    return path;
}

const QString kSettingsGroup = QStringLiteral("export");

} // namespace

ExportDialog::ExportDialog(PictureFactory::Source source, ViewId currentView, qint64 currentStep,
                           RenderOptions options, QWidget* parent)
    : QDialog(parent), source_(std::move(source)), currentView_(currentView), currentStepNumber_(currentStep),
      options_(std::move(options))
{
    setWindowTitle(tr("Export"));
    setMinimumWidth(520);  // room for a path and the result line
    QSettings settings;
    settings.beginGroup(kSettingsGroup);

    format_ = new QComboBox(this);
    for (const FormatEntry& entry : kFormats)
        format_->addItem(tr(entry.label), static_cast<int>(entry.format));
    view_ = new QComboBox(this);
    for (const PictureFactory::View& v : PictureFactory::views()) {
        view_->addItem(v.name(), static_cast<int>(v.id));
        view_->setItemData(view_->count() - 1, v.summary(), Qt::ToolTipRole);
    }
    view_->setCurrentIndex(view_->findData(static_cast<int>(currentView_)));

    path_ = new QLineEdit(this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    currentStep_ = new QRadioButton(this);
    range_ = new QRadioButton(this);
    all_ = new QRadioButton(tr("All steps"), this);
    first_ = new QSpinBox(this);
    last_ = new QSpinBox(this);
    toLabel_ = new QLabel(tr("to"), this);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(range_);
    rangeRow->addWidget(first_);
    rangeRow->addWidget(toLabel_);
    rangeRow->addWidget(last_);
    rangeRow->addStretch(1);
    auto* steps = new QVBoxLayout;
    steps->addWidget(currentStep_);
    steps->addLayout(rangeRow);
    steps->addWidget(all_);
    currentStep_->setChecked(true);

    scale_ = new QDoubleSpinBox(this);
    scale_->setRange(ExportJob::kMinScale, ExportJob::kMaxScale);
    scale_->setDecimals(2);
    scale_->setSingleStep(0.25);
    scale_->setSuffix(tr("×"));
    scale_->setValue(settings.value(QStringLiteral("scale"), 1.0).toDouble());
    scale_->setToolTip(tr("Pixels per world unit: a cell is 40 units. A PNG records 96 × scale dpi."));
    fps_ = new QDoubleSpinBox(this);
    fps_->setRange(ExportJob::kMinFps, ExportJob::kMaxFps);
    fps_->setDecimals(0);
    fps_->setSuffix(tr(" fps"));
    fps_->setValue(settings.value(QStringLiteral("fps"), ExportJob::Settings{}.fps).toDouble());
    fps_->setToolTip(tr("Frames per second while a step slides in, as in the window"));
    loop_ = new QSpinBox(this);
    loop_->setRange(0, 65536);
    loop_->setSpecialValueText(tr("forever"));
    loop_->setSuffix(tr(" plays"));
    theme_ = new QComboBox(this);
    theme_->addItem(tr("Light"), QStringLiteral("light"));
    theme_->addItem(tr("Dark"), QStringLiteral("dark"));
    theme_->setCurrentIndex(options_.theme.name == QLatin1String("dark") ? 1 : 0);
    transparent_ = new QCheckBox(tr("Transparent background"), this);
    preview_ = new QLabel(this);
    preview_->setWordWrap(true);
    preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("View:"), view_);
    form->addRow(tr("Steps:"), steps);
    form->addRow(tr("Scale:"), scale_);
    form->addRow(tr("Frame rate:"), fps_);
    form->addRow(tr("Loop:"), loop_);
    form->addRow(tr("Theme:"), theme_);
    form->addRow(QString(), transparent_);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Result:"), preview_);
    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(buttons_);

    const QString folder = settings.value(QStringLiteral("folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const int format = settings.value(QStringLiteral("format"), 0).toInt();
    format_->setCurrentIndex(std::clamp(format, 0, format_->count() - 1));
    path_->setText(withEnding(QDir(folder).filePath(QStringLiteral("scatterboard")),
                              static_cast<Format>(format_->currentData().toInt())));

    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(path_, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(view_, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(theme_, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    for (QRadioButton* b : {currentStep_, range_, all_})
        connect(b, &QRadioButton::toggled, this, &ExportDialog::update);
    for (QSpinBox* box : {first_, last_, loop_})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::update);
    for (QDoubleSpinBox* box : {scale_, fps_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::update);
    connect(transparent_, &QCheckBox::toggled, this, &ExportDialog::update);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    update();
    // A range starts as the whole timeline.
    last_->setValue(last_->maximum());
}

ExportDialog::~ExportDialog() = default;

qint64 ExportDialog::currentStep() const
{
    // The window's step, within the chosen view's timeline (views count their steps differently).
    const Picture* shown = picture();
    return std::clamp<qint64>(currentStepNumber_, 0, shown ? shown->stepCount() - 1 : 0);
}

ViewId ExportDialog::chosenView() const
{
    return static_cast<ViewId>(view_->currentData().toInt());
}

const Picture* ExportDialog::picture() const
{
    const ViewId id = chosenView();
    auto it = pictures_.find(id);
    if (it == pictures_.end()) {
        // The image view before the window's image worker has delivered: the built-in photo through
        // the layer, computed only when that view is chosen.
        if (PictureFactory::view(id).drawsImage && !source_.imageExperiment && source_.record) {
            try {
                source_.imageExperiment = ImageController::run({}, source_.record->layer());
            } catch (const std::exception&) {
                // no picture: "Nothing to draw."
            }
        }
        it = pictures_.emplace(id, PictureFactory::make(id, source_)).first;
    }
    return it->second.get();
}

void ExportDialog::formatChosen()
{
    path_->setText(withEnding(path_->text(), static_cast<Format>(format_->currentData().toInt())));
    update();
}

void ExportDialog::pathEdited()
{
    // A path typed with another extension chooses that format.
    QString error;
    if (const std::optional<ExportTarget> target = ExportTarget::fromPath(path_->text(), &error)) {
        const int index = format_->findData(static_cast<int>(target->format()));
        if (index >= 0 && index != format_->currentIndex()) {
            const QSignalBlocker blocker(format_);
            format_->setCurrentIndex(index);
        }
    }
    update();
}

void ExportDialog::browse()
{
    const auto format = static_cast<Format>(format_->currentData().toInt());
    const QString filter = format == Format::PngSequence ? tr("Numbered PNG frames (*.png)")
                                                         : QStringLiteral("%1 (*%2)").arg(format_->currentText(),
                                                                                          QFileInfo(path_->text()).suffix().prepend(QLatin1Char('.')));
    // Export asks before replacing a file, whether it was typed or chosen here.
    QString path = QFileDialog::getSaveFileName(this, tr("Export to"), path_->text(), filter, nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // A frame sequence is a pattern: a chosen file name gets the frame number.
    path_->setText(format == Format::PngSequence && !path.contains(QLatin1Char('%')) ? withEnding(path, format) : path);
    pathEdited();
}

std::optional<ExportJob> ExportDialog::job(QString* error) const
{
    const std::optional<ExportTarget> target = ExportTarget::fromPath(path_->text(), error);
    if (!target)
        return std::nullopt;
    ExportJob::Settings settings;
    settings.view = chosenView();
    if (currentStep_->isChecked()) {
        const qint64 step = currentStep();
        settings.steps = ExportJob::StepRange{step, step};
    }
    else if (range_->isChecked())
        settings.steps = ExportJob::StepRange{first_->value(), target->isAnimation() ? last_->value() : first_->value()};
    else
        settings.steps = ExportJob::StepRange::all();
    settings.scale = scale_->value();
    settings.fps = fps_->value();
    settings.loop = loop_->value();
    settings.render = options_;
    settings.render.theme = Theme::byName(theme_->currentData().toString());
    settings.render.transparentBackground = transparent_->isChecked() && transparent_->isEnabled();
    // A pinned inspection is part of the picture the user set up; it belongs to the window's view.
    if (settings.view != currentView_)
        settings.render.inspection = {};
    const Picture* shown = picture();  // first: it computes the image view's experiment when needed
    ExportJob job(source_, *target, settings);
    if (!shown) {
        *error = tr("Nothing to draw.");
        return std::nullopt;
    }
    *error = job.check(*shown);
    if (!error->isEmpty())
        return std::nullopt;
    return job;
}

void ExportDialog::update()
{
    const auto format = static_cast<Format>(format_->currentData().toInt());
    const bool animation = format == Format::Gif || format == Format::PngSequence;
    const Picture* shown = picture();
    const qint64 count = shown ? shown->stepCount() : 1;
    currentStep_->setText(tr("Current step (%1)").arg(currentStep()));
    range_->setText(animation ? tr("Steps") : tr("Step"));
    for (QSpinBox* box : {first_, last_}) {
        const QSignalBlocker blocker(box);  // this is the update a changed value would ask for
        box->setRange(0, static_cast<int>(std::min<qint64>(count - 1, std::numeric_limits<int>::max())));
    }
    toLabel_->setVisible(animation);
    last_->setVisible(animation);
    all_->setEnabled(animation);
    if (!animation && all_->isChecked())
        currentStep_->setChecked(true);
    fps_->setEnabled(animation);
    loop_->setEnabled(format == Format::Gif);
    transparent_->setEnabled(format != Format::Pdf);

    QString error;
    const std::optional<ExportJob> job = this->job(&error);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(job.has_value());
    if (!job || !shown) {
        preview_->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    const QSize pixels = PictureCanvas::pixelSize(*shown, scale_->value());
    QString text;
    if (format == Format::Pdf) {
        const QSizeF page = StillExporter::pdfPageSize(*shown, scale_->value());
        text = tr("one page, %1 × %2 pt (%3 × %4 mm)")
                   .arg(page.width(), 0, 'f', 0).arg(page.height(), 0, 'f', 0)
                   .arg(page.width() * 25.4 / 72, 0, 'f', 0).arg(page.height() * 25.4 / 72, 0, 'f', 0);
    } else {
        text = tr("%1 × %2 px").arg(pixels.width()).arg(pixels.height());
        if (format == Format::Svg)
            text += tr(" (vector)");
    }
    if (animation) {
        QString ignored;
        const FramePlan plan = job->plan(*job->resolveSteps(*shown, &ignored));
        text += plan.count() == 1 ? tr(", 1 frame") : tr(", %1 frames").arg(plan.count());
        if (format == Format::Gif)
            text += tr(", %1 s long").arg(job->playSeconds(plan), 0, 'f', 1);
    }
    preview_->setText(text);
}

void ExportDialog::accept()
{
    // Numbered frames replace their files without asking: a sequence is made again whole.
    const auto format = static_cast<Format>(format_->currentData().toInt());
    if (format != Format::PngSequence && QFileInfo::exists(path_->text())
        && QMessageBox::question(this, tr("Export"), tr("%1 exists. Replace it?").arg(QFileInfo(path_->text()).fileName()))
               != QMessageBox::Yes)
        return;
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("folder"), QFileInfo(path_->text()).absolutePath());
    settings.setValue(QStringLiteral("format"), format_->currentIndex());
    settings.setValue(QStringLiteral("scale"), scale_->value());
    settings.setValue(QStringLiteral("fps"), fps_->value());
    QDialog::accept();
}

} // namespace sb
