// SPDX-License-Identifier: MIT
#include "app/lesson/LessonFile.h"

#include <array>

namespace sb {

namespace {

struct QuizAskRow {
    QuizAsk ask;
    const char* name;
};
constexpr std::array<QuizAskRow, 4> kQuizAsks = {{{QuizAsk::Shape, "shape"},
                                                  {QuizAsk::Value, "value"},
                                                  {QuizAsk::Contributions, "contributions"},
                                                  {QuizAsk::Contributors, "contributors"}}};

} // namespace

QString quizAskName(QuizAsk ask)
{
    for (const QuizAskRow& row : kQuizAsks)
        if (row.ask == ask)
            return QString::fromLatin1(row.name);
    return {};
}

std::optional<QuizAsk> quizAskFromName(const QString& name)
{
    for (const QuizAskRow& row : kQuizAsks)
        if (name == QLatin1String(row.name))
            return row.ask;
    return std::nullopt;
}

} // namespace sb
