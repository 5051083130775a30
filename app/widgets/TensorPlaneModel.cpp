// SPDX-License-Identifier: MIT
// TensorPlaneModel: any rank is shown — the last two axes are rows and columns, the one before is
// `second` and all earlier ones together `first` — so a file with a tensor PyTorch rejects still
// opens for editing next to PyTorch's message.
#include "app/widgets/TensorPlaneModel.h"

#include "app/controller/DocumentController.h"
#include "app/widgets/ValueText.h"

namespace sb {

namespace {

std::int64_t extentFromEnd(const Shape& shape, std::size_t fromEnd)
{
    return shape.size() >= fromEnd ? shape[shape.size() - fromEnd] : 1;
}

} // namespace

TensorPlaneModel::TensorPlaneModel(DocumentController* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document), shownShape_(tensor().shape())
{
    connect(document_, &DocumentController::configChanged, this, &TensorPlaneModel::documentChanged);
}

const Tensor& TensorPlaneModel::tensor() const
{
    return target_ == Target::Input ? document_->problem().input : document_->problem().weight;
}

QString TensorPlaneModel::targetName() const
{
    return target_ == Target::Input ? QStringLiteral("input") : QStringLiteral("weight");
}

void TensorPlaneModel::setTarget(Target target)
{
    if (target == target_)
        return;
    beginResetModel();
    target_ = target;
    shownShape_ = tensor().shape();
    first_ = second_ = 0;
    endResetModel();
    emit planeChanged();
}

void TensorPlaneModel::setPlane(std::int64_t first, std::int64_t second)
{
    if (first == first_ && second == second_)
        return;
    beginResetModel();
    first_ = first;
    second_ = second;
    clampPlane();
    endResetModel();
    emit planeChanged();
}

void TensorPlaneModel::clampPlane()
{
    first_ = std::clamp<std::int64_t>(first_, 0, std::max<std::int64_t>(firstCount() - 1, 0));
    second_ = std::clamp<std::int64_t>(second_, 0, std::max<std::int64_t>(secondCount() - 1, 0));
}

std::int64_t TensorPlaneModel::firstCount() const
{
    const Shape& shape = tensor().shape();
    std::int64_t count = 1;
    for (std::size_t axis = 0; axis + 3 < shape.size(); ++axis)
        count *= shape[axis];
    return count;
}

std::int64_t TensorPlaneModel::secondCount() const
{
    return extentFromEnd(tensor().shape(), 3);
}

int TensorPlaneModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || tensor().empty())
        return 0;
    return static_cast<int>(extentFromEnd(tensor().shape(), 2));
}

int TensorPlaneModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || tensor().empty())
        return 0;
    return static_cast<int>(extentFromEnd(tensor().shape(), 1));
}

std::int64_t TensorPlaneModel::offset(int row, int column) const
{
    const Shape& shape = tensor().shape();
    const std::int64_t plane = (first_ * secondCount() + second_);
    return (plane * extentFromEnd(shape, 2) + row) * extentFromEnd(shape, 1) + column;
}

QString TensorPlaneModel::indexText(int row, int column) const
{
    // Unravel the flat offset into one index per axis, as PyTorch would subscript the tensor.
    const Shape& shape = tensor().shape();
    std::int64_t rest = offset(row, column);
    QStringList indices;
    for (auto axis = shape.rbegin(); axis != shape.rend(); ++axis) {
        indices.prepend(QString::number(*axis > 0 ? rest % *axis : 0));
        rest = *axis > 0 ? rest / *axis : 0;
    }
    return QStringLiteral("%1[%2]").arg(targetName(), indices.join(QStringLiteral(", ")));
}

QVariant TensorPlaneModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const float value = tensor().values()[static_cast<std::size_t>(offset(index.row(), index.column()))];
    switch (role) {
    case Qt::DisplayRole:
        return ValueText::display(value);
    case Qt::EditRole:
        return ValueText::exact(value);  // so opening a cell and leaving it changes nothing
    case Qt::ToolTipRole:
        return QStringLiteral("%1 = %2").arg(indexText(index.row(), index.column()),
                                             data(index, Qt::EditRole).toString());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool TensorPlaneModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const std::optional<float> parsed = ValueText::parse(value.toString());
    if (!parsed)
        return false;
    ConfigFile config = document_->config();
    Tensor& target = target_ == Target::Input ? config.problem.input : config.problem.weight;
    target.values()[static_cast<std::size_t>(offset(index.row(), index.column()))] = *parsed;
    document_->edit(config, tr("Edit %1").arg(indexText(index.row(), index.column())));
    return true;
}

Qt::ItemFlags TensorPlaneModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant TensorPlaneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole)
        return section;
    if (role == Qt::ToolTipRole) {
        const bool input = target_ == Target::Input;
        if (orientation == Qt::Vertical)
            return input ? tr("row %1 (y) of the input plane").arg(section) : tr("kernel row %1 (ky)").arg(section);
        return input ? tr("column %1 (x) of the input plane").arg(section) : tr("kernel column %1 (kx)").arg(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void TensorPlaneModel::documentChanged()
{
    if (tensor().shape() == shownShape_) {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    shownShape_ = tensor().shape();
    clampPlane();
    endResetModel();
    emit planeChanged();
}

} // namespace sb
