// SPDX-License-Identifier: MIT
// TensorPlaneModel: one 2-D plane of the document's input or weight as an editable table — the
// input's plane (n, c) or the weight's (ci, co-in-group) — whose edits become undoable document
// edits of that one value.
#pragma once

#include "core/Tensor.h"

#include <QAbstractTableModel>

namespace sb {

class DocumentController;

class TensorPlaneModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Target { Input, Weight };

    explicit TensorPlaneModel(DocumentController* document, QObject* parent = nullptr);

    Target target() const { return target_; }
    void setTarget(Target target);

    // The plane's leading indices: (n, c) of an (N, C, H, W) input — n is 0 for a (C, H, W) one —
    // or (ci, co-in-group) of the weight. Clamped to the tensor's extents.
    void setPlane(std::int64_t first, std::int64_t second);
    std::int64_t first() const { return first_; }
    std::int64_t second() const { return second_; }
    // How many planes each leading index ranges over (1 where the tensor lacks that axis).
    std::int64_t firstCount() const;
    std::int64_t secondCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The tensor's shape or the plane changed: pickers update their ranges.
    void planeChanged();

private:
    const Tensor& tensor() const;
    QString targetName() const;
    std::int64_t offset(int row, int column) const;
    QString indexText(int row, int column) const;  // "input[0, 1, 2, 3]"
    void documentChanged();
    void clampPlane();

    DocumentController* document_;
    Target target_ = Target::Input;
    std::int64_t first_ = 0;
    std::int64_t second_ = 0;
    Shape shownShape_;
};

} // namespace sb
