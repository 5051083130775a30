// SPDX-License-Identifier: MIT
// ConfigEdit: one undoable change of the document's config. Edits of the same field in one burst
// (typing "12", holding a spin box arrow) merge into one undo step, so undo goes back to what the
// user had before they started, not one keystroke at a time.
#pragma once

#include "app/config/ConfigFile.h"

#include <QUndoCommand>

#include <functional>

namespace sb {

class ConfigEdit : public QUndoCommand {
public:
    using Apply = std::function<void(const ConfigFile&)>;

    // description names the field ("Change stride"); equal descriptions within one burst merge.
    ConfigEdit(ConfigFile before, ConfigFile after, const QString& description, int burst, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ConfigFile before_;
    ConfigFile after_;
    int burst_;
    qint64 lastEditMs_;
    Apply apply_;
};

} // namespace sb
