// SPDX-License-Identifier: MIT
// ModelBudget: the one account of what reading a model file makes in memory. Every reader charges
// what it is about to make before making it (a zip entry unpacked, a pickle's values, containers,
// strings and memo, a shape copied, a tensor's floats), against a limit proportional to the file's
// size (Limits.h: kModelBudgetPerFileByte, kModelBudgetFloor), and every tensor's elements against
// kMaxModelElements, shared by all formats. No format, and no mix of tricks within one, can make
// more than the file's size allows: a 654-byte checkpoint no longer makes 2 GB of floats.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace sb {

class ModelBudget {
    Q_DECLARE_TR_FUNCTIONS(sb::ModelBudget)

public:
    // fileBytes: the size of the file as read; source names it in messages.
    ModelBudget(qint64 fileBytes, QString source);

    // Charges bytes about to be made; throws ConfigError("SOURCE: ...") naming what and the limit
    // when they do not fit. `what` says what was being made ("tensor w's 268435456 elements").
    void spend(qint64 bytes, const QString& what);
    // The same without a message, for the unpickler's every value: false (nothing charged) when
    // they do not fit, and the caller then calls spend() to be refused with its words.
    bool take(qint64 bytes)
    {
        if (bytes < 0 || bytes > limit_ - spent_)
            return false;
        spent_ += bytes;
        return true;
    }
    // The same for a tensor: its elements (against kMaxModelElements) and their float32 bytes.
    void spendTensor(std::int64_t elements, const QString& name);

    qint64 limit() const { return limit_; }
    qint64 spent() const { return spent_; }

private:
    QString source_;
    qint64 fileBytes_;
    qint64 limit_;
    qint64 spent_ = 0;
    std::int64_t elements_ = 0;
};

}  // namespace sb
