// SPDX-License-Identifier: MIT
// TensorEditor: edits the values of the input and the weight in place, one 2-D plane at a time,
// and fills either whole tensor with ones, zeros, arange, seeded random values or an impulse.
// Every change is an undoable document edit.
#pragma once

#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace sb {

class DocumentController;
class TensorPlaneModel;
struct FillSpec;
enum class FillKind;

class TensorEditor : public QWidget {
    Q_OBJECT
public:
    explicit TensorEditor(DocumentController* document, QWidget* parent = nullptr);

    // Show the input's plane (n, c), e.g. when the user picks an input element in the picture.
    void showInput(std::int64_t n = 0, std::int64_t c = 0);
    // Show the weight's plane (ci, co-in-group).
    void showWeight(std::int64_t ci = 0, std::int64_t coInGroup = 0);

private:
    void updatePickers();
    void fill(const FillSpec& spec);
    static QString fillText(FillKind kind);  // a fill's name in the undo history, translated

    DocumentController* document_;
    TensorPlaneModel* model_;
    QComboBox* target_;
    QLabel* firstLabel_;
    QSpinBox* first_;
    QLabel* secondLabel_;
    QSpinBox* second_;
    QToolButton* fillButton_;
    QSpinBox* seed_;
    QTableView* table_;
};

} // namespace sb
