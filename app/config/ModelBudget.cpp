// SPDX-License-Identifier: MIT
#include "app/config/ModelBudget.h"

#include "app/config/ConfigError.h"
#include "app/config/Limits.h"

#include <algorithm>
#include <limits>

namespace sb {

ModelBudget::ModelBudget(qint64 fileBytes, QString source)
    : source_(std::move(source)), fileBytes_(fileBytes),
      limit_(kModelBudgetPerFileByte * std::max<qint64>(fileBytes, 0) + kModelBudgetFloor)
{}

void ModelBudget::spend(qint64 bytes, const QString& what)
{
    if (bytes < 0 || bytes > limit_ - spent_)
        //: %2 what was being made, e.g. "tensor w's 268435456 elements"; %3 the limit in bytes
        throw ConfigError(source_ + QStringLiteral(": ")
                          + tr("reading it would take more than %1 bytes of memory at %2: the limit for a file of %3 "
                               "bytes is %4 times its size plus %5 bytes, and what it describes is far larger than it "
                               "holds (a repeated view, a copied shape or a pickle built to grow)")
                                .arg(QString::number(limit_), what, QString::number(fileBytes_),
                                     QString::number(kModelBudgetPerFileByte), QString::number(kModelBudgetFloor)));
    spent_ += bytes;
}

void ModelBudget::spendTensor(std::int64_t elements, const QString& name)
{
    if (elements < 0 || elements > kMaxModelElements - elements_)
        throw ConfigError(source_ + QStringLiteral(": ")
                          + tr("its tensors hold more than %1 elements together (at tensor %2)")
                                .arg(QString::number(kMaxModelElements), name));
    elements_ += elements;
    const qint64 bytes = elements > std::numeric_limits<qint64>::max() / 4 ? -1 : 4 * elements;
    //: %1 a tensor's name, %2 how many elements it has
    spend(bytes, tr("tensor %1's %2 elements").arg(name, QString::number(elements)));
}

}  // namespace sb
