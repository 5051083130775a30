// SPDX-License-Identifier: MIT
// ConfigEdit: a burst ends after a pause of kBurstPauseMs or when the controller starts a new one
// (a spin box's editingFinished); a merge that returns to the starting config makes the step
// obsolete, so typing a digit and deleting it leaves no undo step behind.
#include "app/controller/ConfigEdit.h"

#include <QDateTime>

namespace sb {

namespace {
constexpr int kConfigEditId = 0x5b01;  // any constant shared by all ConfigEdits and nothing else
constexpr qint64 kBurstPauseMs = 1500;  // longer than a pause between two typed digits
} // namespace

ConfigEdit::ConfigEdit(ConfigFile before, ConfigFile after, const QString& description, int burst, Apply apply)
    : QUndoCommand(description),
      before_(std::move(before)),
      after_(std::move(after)),
      burst_(burst),
      lastEditMs_(QDateTime::currentMSecsSinceEpoch()),
      apply_(std::move(apply))
{
}

void ConfigEdit::undo()
{
    apply_(before_);
}

void ConfigEdit::redo()
{
    apply_(after_);
}

int ConfigEdit::id() const
{
    return kConfigEditId;
}

bool ConfigEdit::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ConfigEdit*>(other);  // same id() means same class
    if (next->burst_ != burst_ || next->text() != text() || next->lastEditMs_ - lastEditMs_ > kBurstPauseMs)
        return false;
    after_ = next->after_;
    lastEditMs_ = next->lastEditMs_;
    setObsolete(after_ == before_);
    return true;
}

} // namespace sb
