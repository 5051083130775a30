// SPDX-License-Identifier: MIT
// ShapeSolverDialog: a rectangular request pairs the height's and the width's settings; the list
// shows the pairs whose worse axis ranks first (the solver's order: even, uneven, holes), and at most kMaxRows of them, so two long
// per-axis lists do not multiply into a table nobody reads.
#include "app/gui/ShapeSolverDialog.h"

#include "app/controller/DocumentController.h"
#include "app/controller/TensorResize.h"
#include "app/render/SolverVerdict.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

namespace {

constexpr int kMaxRows = 400;

QSpinBox* sizeBox(QWidget* parent, int value, int maximum, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, maximum);
    box->setValue(value);
    box->setAccessibleName(name);
    return box;
}

} // namespace

ShapeSolverDialog::ShapeSolverDialog(DocumentController* document, QWidget* parent) : QDialog(parent), document_(document)
{
    setWindowTitle(tr("Shape Solver"));
    setObjectName(QStringLiteral("shapeSolver"));
    std::int64_t inH = 16, inW = 16, outH = 32, outW = 32;
    if (const auto& g = document_->geometry()) {
        inH = g->input.h;
        inW = g->input.w;
        outH = g->output.h;
        outW = g->output.w;
    }
    constexpr int kLargestSize = 4096;
    fromH_ = sizeBox(this, static_cast<int>(inH), kLargestSize, tr("From height"));
    fromW_ = sizeBox(this, static_cast<int>(inW), kLargestSize, tr("From width"));
    toH_ = sizeBox(this, static_cast<int>(outH), kLargestSize, tr("To height"));
    toW_ = sizeBox(this, static_cast<int>(outW), kLargestSize, tr("To width"));
    maxKernel_ = sizeBox(this, 7, static_cast<int>(SolverBounds::kLargest), tr("Largest kernel_size"));
    maxStride_ = sizeBox(this, 4, static_cast<int>(SolverBounds::kLargest), tr("Largest stride"));
    maxDilation_ = sizeBox(this, 1, static_cast<int>(SolverBounds::kLargest), tr("Largest dilation"));
    auto pair = [this](QSpinBox* a, QSpinBox* b) {
        auto* row = new QHBoxLayout;
        row->addWidget(a);
        row->addWidget(new QLabel(QStringLiteral("×"), this));
        row->addWidget(b);
        return row;
    };
    auto* bounds = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("kernel_size ≤"), maxKernel_}, std::pair{tr("stride ≤"), maxStride_},
                              std::pair{tr("dilation ≤"), maxDilation_}}) {
        bounds->addWidget(new QLabel(label, this));
        bounds->addWidget(box);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("From (input H × W)"), pair(fromH_, fromW_));
    form->addRow(tr("To (output H × W)"), pair(toH_, toW_));
    form->addRow(tr("Within"), bounds);

    table_ = new QTableWidget(this);
    table_->setAccessibleName(tr("Settings"));
    table_->setColumnCount(6);
    table_->setHorizontalHeaderLabels({QStringLiteral("kernel_size"), QStringLiteral("stride"), QStringLiteral("padding"),
                                       QStringLiteral("output_padding"), QStringLiteral("dilation"), tr("overlap")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setToolTip(tr("Double-click (or Enter, or Load) puts the setting into the layer"));
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    load_ = buttons->addButton(tr("Load"), QDialogButtonBox::ApplyRole);
    load_->setDefault(true);  // Enter in the list loads the selected setting
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    load_->setToolTip(tr("Put the selected setting into the layer, the input resized to the \"from\" size (undoable)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load_, &QPushButton::clicked, this, [this] { loadRow(table_->currentRow()); });
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row) { loadRow(row); });
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] { load_->setEnabled(table_->currentRow() >= 0); });
    for (QSpinBox* box : {fromH_, fromW_, toH_, toW_, maxKernel_, maxStride_, maxDilation_})
        connect(box, &QSpinBox::valueChanged, this, &ShapeSolverDialog::solve);

    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(summary_);
    column->addWidget(table_, 1);
    column->addWidget(buttons);
    resize(640, 520);
    solve();
}

void ShapeSolverDialog::solve()
{
    const SolverBounds bounds{maxKernel_->value(), maxStride_->value(), maxDilation_->value()};
    const SolverAnswer heightAnswer = ShapeSolver::solve(fromH_->value(), toH_->value(), bounds);
    const std::vector<AxisSetting>& height = heightAnswer.settings;
    const bool square = fromH_->value() == fromW_->value() && toH_->value() == toW_->value();
    rows_.clear();
    // How many there are, beyond those the solver lists (its limit) and this table shows.
    std::int64_t total = heightAnswer.total;
    if (square) {
        for (const AxisSetting& a : height)
            rows_.push_back({a, a});
    } else {
        const SolverAnswer widthAnswer = ShapeSolver::solve(fromW_->value(), toW_->value(), bounds);
        for (const AxisSetting& h : height)
            for (const AxisSetting& w : widthAnswer.settings)
                rows_.push_back({h, w});
        // Each axis comes in the solver's order; a pair ranks as its worse axis.
        const auto rank = [](const AxisSetting& a) { return static_cast<int>(a.overlap) * 2 + (a.cropsWholeCopies ? 1 : 0); };
        std::stable_sort(rows_.begin(), rows_.end(), [&](const auto& a, const auto& b) {
            return std::max(rank(a.first), rank(a.second)) < std::max(rank(b.first), rank(b.second));
        });
        total = heightAnswer.total * widthAnswer.total;
    }
    const std::size_t all = static_cast<std::size_t>(std::max<std::int64_t>(total, static_cast<std::int64_t>(rows_.size())));
    if (rows_.size() > static_cast<std::size_t>(kMaxRows))
        rows_.resize(kMaxRows);
    table_->setRowCount(static_cast<int>(rows_.size()));
    auto text = [](std::int64_t h, std::int64_t w) {
        return h == w ? QString::number(h) : QStringLiteral("%1, %2").arg(h).arg(w);
    };
    for (int r = 0; r < static_cast<int>(rows_.size()); ++r) {
        const auto& [h, w] = rows_[static_cast<std::size_t>(r)];
        const QStringList cells = {text(h.kernel_size, w.kernel_size), text(h.stride, w.stride),         text(h.padding, w.padding),
                                   text(h.output_padding, w.output_padding), text(h.dilation, w.dilation),
                                   solverVerdict(h, w)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c < 5 ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
            table_->setItem(r, c, item);
        }
    }
    summary_->setText(all == 0 ? tr("No setting within these bounds takes %1×%2 to %3×%4: raise a bound.")
                                     .arg(fromH_->value()).arg(fromW_->value()).arg(toH_->value()).arg(toW_->value())
                      : all > rows_.size() ? tr("%1 settings; the first %2 are listed, the usual ones first.").arg(all).arg(rows_.size())
                                           : tr("%1 settings, the usual ones first.").arg(all));
    if (!rows_.empty())
        table_->selectRow(0);
    load_->setEnabled(!rows_.empty());
}

bool ShapeSolverDialog::loadRow(int row)
{
    if (row < 0 || row >= static_cast<int>(rows_.size()))
        return false;
    const auto& [h, w] = rows_[static_cast<std::size_t>(row)];
    ConfigFile config = document_->config();
    ConvTransposeParams& p = config.problem.params;
    // A ConvTranspose1d takes the width's setting; its height stays PyTorch's (see ConvModule).
    const bool oneD = p.is1d();
    p.kernel_size = Size2(oneD ? 1 : h.kernel_size, w.kernel_size);
    p.stride = Size2(oneD ? 1 : h.stride, w.stride);
    p.padding = Size2(oneD ? 0 : h.padding, w.padding);
    p.output_padding = Size2(oneD ? 0 : h.output_padding, w.output_padding);
    p.dilation = Size2(oneD ? 1 : h.dilation, w.dilation);
    config.problem.output_size.reset();  // the arguments now say the size
    // The input takes the "from" size; its other dimensions and the values that fit stay.
    Shape shape = config.problem.input.shape();
    if (oneD && shape.size() >= 2) {
        shape.back() = fromW_->value();
        config.problem.input = resizedKeeping(config.problem.input, shape);
    } else if (!oneD && shape.size() >= 3) {
        shape[shape.size() - 2] = fromH_->value();
        shape[shape.size() - 1] = fromW_->value();
        config.problem.input = resizedKeeping(config.problem.input, shape);
    }
    config.problem = withTensorsFollowingArguments(config.problem);
    document_->edit(config, tr("Load a solver setting"));
    document_->endEditBurst();
    return true;
}

} // namespace sb
