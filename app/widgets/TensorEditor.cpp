// SPDX-License-Identifier: MIT
// TensorEditor: the pickers mirror the model's plane, so a shape change in the document (fewer
// channels, say) moves them back into range without the editor tracking shapes itself.
#include "app/widgets/TensorEditor.h"

#include "app/controller/DocumentController.h"
#include "app/widgets/TensorPlaneModel.h"
#include "core/TensorFill.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

TensorEditor::TensorEditor(DocumentController* document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      model_(new TensorPlaneModel(document, this)),
      target_(new QComboBox),
      firstLabel_(new QLabel),
      first_(new QSpinBox),
      secondLabel_(new QLabel),
      second_(new QSpinBox),
      fillButton_(new QToolButton),
      seed_(new QSpinBox),
      table_(new QTableView)
{
    target_->setObjectName(QStringLiteral("tensor"));
    target_->setAccessibleName(tr("Tensor to edit"));
    target_->addItem(tr("input"));
    target_->addItem(tr("weight"));
    target_->setToolTip(tr("The tensor to edit: the input x, or the weight of shape "
                           "(in_channels, out_channels/groups, kH, kW)."));
    first_->setObjectName(QStringLiteral("plane.first"));
    second_->setObjectName(QStringLiteral("plane.second"));
    firstLabel_->setBuddy(first_);
    secondLabel_->setBuddy(second_);

    fillButton_->setObjectName(QStringLiteral("fill"));
    fillButton_->setText(tr("Fill"));
    fillButton_->setAccessibleName(tr("Fill the tensor"));
    fillButton_->setToolTip(tr("Replace every value of the tensor (all planes)."));
    fillButton_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(fillButton_);
    const auto addFill = [&](const QString& name, const QString& text, FillSpec spec) {
        QAction* action = menu->addAction(text, this, [this, spec] { fill(spec); });
        action->setObjectName(QStringLiteral("fill.") + name);
    };
    addFill(QStringLiteral("ones"), tr("Ones"), {FillKind::Ones});
    addFill(QStringLiteral("zeros"), tr("Zeros"), {FillKind::Zeros});
    addFill(QStringLiteral("arange0"), tr("Arange from 0 (d2l's X = K)"), {FillKind::Arange, 0.0f});
    addFill(QStringLiteral("arange1"), tr("Arange from 1 (seed 004's kernel 1..16)"), {FillKind::Arange, 1.0f});
    QAction* random = menu->addAction(tr("Random (seed from the box)"), this, [this] {
        fill({FillKind::Random, 0.0f, static_cast<std::uint64_t>(seed_->value())});
    });
    random->setObjectName(QStringLiteral("fill.random"));
    addFill(QStringLiteral("impulse"), tr("Impulse (1 at each plane's centre)"), {FillKind::Impulse});
    fillButton_->setMenu(menu);

    seed_->setObjectName(QStringLiteral("fill.seed"));
    seed_->setRange(0, 999999);
    seed_->setPrefix(tr("seed "));
    seed_->setAccessibleName(tr("Random fill seed"));
    seed_->setToolTip(tr("Seed of the random fill: the same seed gives the same values on every machine."));

    table_->setObjectName(QStringLiteral("plane"));
    table_->setModel(model_);
    table_->setAccessibleName(tr("Values of the plane"));
    table_->horizontalHeader()->setDefaultSectionSize(56);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table_->setToolTip(tr("Type a number, nan, inf or -inf into a cell; each change can be undone."));

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(target_);
    pickers->addWidget(firstLabel_);
    pickers->addWidget(first_);
    pickers->addWidget(secondLabel_);
    pickers->addWidget(second_);
    pickers->addStretch(1);
    pickers->addWidget(fillButton_);
    pickers->addWidget(seed_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(table_, 1);

    setTabOrder(target_, first_);
    setTabOrder(first_, second_);
    setTabOrder(second_, table_);
    setTabOrder(table_, fillButton_);
    setTabOrder(fillButton_, seed_);

    connect(target_, &QComboBox::currentIndexChanged, this, [this](int index) {
        model_->setTarget(index == 0 ? TensorPlaneModel::Target::Input : TensorPlaneModel::Target::Weight);
        updatePickers();  // also when the plane did not move: the labels name other axes
    });
    connect(first_, &QSpinBox::valueChanged, this, [this](int v) { model_->setPlane(v, second_->value()); });
    connect(second_, &QSpinBox::valueChanged, this, [this](int v) { model_->setPlane(first_->value(), v); });
    connect(model_, &TensorPlaneModel::planeChanged, this, &TensorEditor::updatePickers);
    updatePickers();
}

void TensorEditor::showInput(std::int64_t n, std::int64_t c)
{
    target_->setCurrentIndex(0);
    model_->setPlane(n, c);
}

void TensorEditor::showWeight(std::int64_t ci, std::int64_t coInGroup)
{
    target_->setCurrentIndex(1);
    model_->setPlane(ci, coInGroup);
}

void TensorEditor::updatePickers()
{
    const bool input = model_->target() == TensorPlaneModel::Target::Input;
    const bool unbatched = input && document_->problem().input.dim() == 3;
    firstLabel_->setText(input ? tr("n") : tr("ci"));
    secondLabel_->setText(input ? tr("c") : tr("co"));
    first_->setToolTip(input ? tr("Sample n of the batch") : tr("Input channel ci: the weight's first axis"));
    first_->setAccessibleName(input ? tr("Batch sample n") : tr("Input channel ci"));
    second_->setAccessibleName(input ? tr("Input channel c") : tr("Output channel co within the group"));
    second_->setToolTip(input ? tr("Input channel c")
                              : tr("Output channel within ci's group: channel group·out_channels/groups + co"));
    const QSignalBlocker b1(first_), b2(second_);
    first_->setSpecialValueText(unbatched ? tr("–") : QString());
    first_->setRange(0, static_cast<int>(std::max<std::int64_t>(model_->firstCount() - 1, 0)));
    second_->setRange(0, static_cast<int>(std::max<std::int64_t>(model_->secondCount() - 1, 0)));
    first_->setValue(static_cast<int>(model_->first()));
    second_->setValue(static_cast<int>(model_->second()));
    first_->setEnabled(model_->firstCount() > 1);
    second_->setEnabled(model_->secondCount() > 1);
}

QString TensorEditor::fillText(FillKind kind)
{
    // The undo history's words; core's fillKindName() is the config file's keyword, never shown.
    switch (kind) {
    case FillKind::Zeros: return tr("zeros");
    case FillKind::Ones: return tr("ones");
    case FillKind::Arange: return tr("arange");
    case FillKind::Random: return tr("random");
    case FillKind::Impulse: return tr("impulse");
    }
    return tr("ones");
}

void TensorEditor::fill(const FillSpec& spec)
{
    ConfigFile config = document_->config();
    const bool input = model_->target() == TensorPlaneModel::Target::Input;
    Tensor& tensor = input ? config.problem.input : config.problem.weight;
    tensor = makeFilled(tensor.shape(), spec);
    QString how = fillText(spec.kind);
    if (spec.kind == FillKind::Arange)
        how += tr(" from %1").arg(static_cast<double>(spec.start));
    else if (spec.kind == FillKind::Random)
        how += tr(" (seed %1)").arg(spec.seed);
    document_->edit(config, tr("Fill %1 with %2").arg(input ? tr("input") : tr("weight"), how));
}

} // namespace sb
