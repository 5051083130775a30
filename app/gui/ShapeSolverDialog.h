// SPDX-License-Identifier: MIT
// ShapeSolverDialog: Edit → Shape Solver… — the sizes to go from and to (the layer's own input and
// output to start with), the bounds, and the list core's ShapeSolver gives, refreshed as they are
// edited. One click on Load (or a double-click, or Enter) puts the entry's arguments into the
// document, the input resized to the "from" size, as one undoable edit.
#pragma once

#include "core/ShapeSolver.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sb {

class DocumentController;

class ShapeSolverDialog : public QDialog {
    Q_OBJECT
public:
    ShapeSolverDialog(DocumentController* document, QWidget* parent = nullptr);

    QSpinBox* fromHeight() const { return fromH_; }
    QSpinBox* fromWidth() const { return fromW_; }
    QSpinBox* toHeight() const { return toH_; }
    QSpinBox* toWidth() const { return toW_; }
    QTableWidget* table() const { return table_; }
    QPushButton* loadButton() const { return load_; }
    // The rows shown: (height setting, width setting) pairs, even ones first.
    const std::vector<std::pair<AxisSetting, AxisSetting>>& rows() const { return rows_; }

    // Puts row into the document; false when there is no such row.
    bool loadRow(int row);

private:
    void solve();

    DocumentController* document_;
    QSpinBox *fromH_, *fromW_, *toH_, *toW_, *maxKernel_, *maxStride_, *maxDilation_;
    QTableWidget* table_;
    QLabel* summary_;
    QPushButton* load_;
    std::vector<std::pair<AxisSetting, AxisSetting>> rows_;
};

} // namespace sb
