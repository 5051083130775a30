// SPDX-License-Identifier: MIT
// ExportDialog: File → Export… — format, view, steps, scale, frame rate, theme, transparency and
// the file, with the size of the result shown as the settings change. It only describes an
// ExportJob; ExportActions runs it.
#pragma once

#include "app/export/ExportJob.h"

#include <QDialog>

#include <map>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sb {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // source, currentView, currentStep and options: what the window shows now, the defaults.
    ExportDialog(PictureFactory::Source source, ViewId currentView, qint64 currentStep, RenderOptions options,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The job the dialog describes, or nullopt with *error saying what to fix.
    std::optional<ExportJob> job(QString* error) const;

    // For tests and the dialog's own labels.
    QComboBox* formatBox() const { return format_; }
    QComboBox* viewBox() const { return view_; }
    QLineEdit* pathEdit() const { return path_; }
    QDoubleSpinBox* scaleBox() const { return scale_; }
    QDoubleSpinBox* fpsBox() const { return fps_; }
    QRadioButton* currentStepButton() const { return currentStep_; }
    QRadioButton* rangeButton() const { return range_; }
    QRadioButton* allStepsButton() const { return all_; }
    QSpinBox* firstStepBox() const { return first_; }
    QSpinBox* lastStepBox() const { return last_; }
    QCheckBox* transparentBox() const { return transparent_; }
    QLabel* preview() const { return preview_; }

    void accept() override;

private:
    ViewId chosenView() const;
    const Picture* picture() const;  // of the chosen view, made once per view
    qint64 currentStep() const;
    void formatChosen();
    void pathEdited();
    void browse();
    void update();

    mutable PictureFactory::Source source_;  // picture() adds the image view's experiment when it is chosen
    ViewId currentView_;
    qint64 currentStepNumber_;
    RenderOptions options_;
    mutable std::map<ViewId, std::unique_ptr<Picture>> pictures_;

    QComboBox* format_;
    QComboBox* view_;
    QLineEdit* path_;
    QRadioButton *currentStep_, *range_, *all_;
    QSpinBox *first_, *last_;
    QLabel* toLabel_;
    QDoubleSpinBox* scale_;
    QDoubleSpinBox* fps_;
    QSpinBox* loop_;
    QComboBox* theme_;
    QCheckBox* transparent_;
    QLabel* preview_;
    QDialogButtonBox* buttons_;
};

} // namespace sb
