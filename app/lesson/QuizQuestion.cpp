// SPDX-License-Identifier: MIT
// QuizQuestion: answers are read leniently (a shape as "8x8", "8×8", "1, 1, 8, 8" or
// "(1, 1, 8, 8)"; elements as "(0,1) (1,1)" or "x[0,1], x[1,1]") because a student is predicting
// the mathematics, not learning our syntax; what they typed is then compared exactly.
#include "app/lesson/QuizQuestion.h"

#include "app/render/ModuleCall.h"
#include "app/render/NumberFormat.h"
#include "core/OutputSizeFormula.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <set>

namespace sb {

namespace {

// Every integer in the text, in order ("1 × 1 × 8 × 8" → 1 1 8 8); nullopt when the text holds a
// fraction or nothing numeric.
std::optional<std::vector<qint64>> integersIn(const QString& text)
{
    // A comma separates coordinates here ("(0,1)"), so only a point makes a fraction.
    static const QRegularExpression number(QStringLiteral("[-−]?\\d+(?:\\.\\d+)?"));
    std::vector<qint64> out;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        QString n = it.next().captured(0);
        n.replace(QChar(0x2212), QLatin1Char('-'));
        if (n.contains(QLatin1Char('.')))
            return std::nullopt;
        bool ok = false;
        out.push_back(n.toLongLong(&ok));
        if (!ok)
            return std::nullopt;
    }
    return out;
}

// One number, as a student types it: "12", "-0.5", "−0,5", "1e-3"; nullopt otherwise.
std::optional<double> numberIn(QString text)
{
    text = text.trimmed();
    text.replace(QChar(0x2212), QLatin1Char('-'));
    if (text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));  // a decimal comma
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

using Element = QuizTruth::Element;

QString elementName(const Element& e, bool withChannel)
{
    const auto [ci, iy, ix] = e;
    return withChannel ? QStringLiteral("x[%1, %2, %3]").arg(ci).arg(iy).arg(ix) : QStringLiteral("x[%1, %2]").arg(iy).arg(ix);
}

QString elementList(const std::set<Element>& elements, bool withChannel)
{
    QStringList names;
    for (const Element& e : elements)
        names.append(elementName(e, withChannel));
    return names.join(QStringLiteral(", "));
}

} // namespace

QuizQuestion::QuizQuestion(QuizAsk ask, std::shared_ptr<const ScatterRecord> record, PlaneSelection plane,
                           OutputCell cell)
    : ask_(ask), record_(std::move(record)), plane_(plane), cell_(cell), truth_(record_, plane)
{
}

QString QuizQuestion::cellName() const
{
    return QStringLiteral("y[%1, %2]").arg(cell_.oy).arg(cell_.ox);
}

QString QuizQuestion::prompt() const
{
    switch (ask_) {
    case QuizAsk::Shape:
        return tr("What shape will the output have?");
    case QuizAsk::Value:
        return tr("What number will %1 hold when the scatter is done?").arg(cellName());
    case QuizAsk::Contributions:
        return tr("How many contributions (input element × kernel tap) will land on %1?").arg(cellName());
    case QuizAsk::Contributors:
        return tr("Which input elements will reach %1?").arg(cellName());
    }
    return {};
}

QString QuizQuestion::answerHint() const
{
    const bool channels = record_->geometry().inPerGroup() > 1;
    switch (ask_) {
    case QuizAsk::Shape:
        return tr("Height × width, e.g. 8×8 (or the whole shape, 1×1×8×8)");
    case QuizAsk::Value:
        return tr("A number, e.g. 12 or −0.5");
    case QuizAsk::Contributions:
        return tr("A whole number, e.g. 4");
    case QuizAsk::Contributors:
        return channels ? tr("Elements as (channel, row, column), e.g. (0,0,1) (1,0,1); or \"none\"")
                        : tr("Elements as (row, column), e.g. (0,0) (0,1); or \"none\"");
    }
    return {};
}

QString QuizQuestion::layer() const
{
    const LayerGeometry& g = record_->geometry();
    const Shape input = record_->layer().input.shape();
    QStringList sides;
    for (const std::int64_t side : input)
        sides.append(QString::number(side));
    //: %1 the module, as PyTorch prints it; %2 the input's shape, e.g. 1×1×4×4
    return tr("%1 on a %2 input").arg(moduleCall(g, record_->layer().hasBias()), sides.join(QStringLiteral("×")));
}

std::vector<Contribution> QuizQuestion::contributions() const
{
    return truth_.contributions({cell_.oy, cell_.ox});
}

double QuizQuestion::truthValue() const
{
    return truth_.value({cell_.oy, cell_.ox});
}

QString QuizQuestion::sumWrittenOut() const
{
    const std::vector<Contribution> terms = contributions();
    const bool channels = record_->geometry().inPerGroup() > 1;
    QStringList symbols, products;
    for (const Contribution& c : terms) {
        const Element e{c.ci, c.iy, c.ix};
        symbols.append(elementName(e, channels) + QStringLiteral("·w[%1, %2]").arg(c.ky).arg(c.kx));
        const float x = record_->layer().input.at(c.n, c.ci, c.iy, c.ix);
        const float w = record_->layer().weightAt(c.ci, c.co % record_->geometry().outPerGroup(), c.ky, c.kx);
        products.append(NumberFormat::product(NumberFormat::plain(x), NumberFormat::plain(w)));
    }
    if (record_->layer().hasBias()) {
        symbols.append(QStringLiteral("b[%1]").arg(plane_.co));
        products.append(NumberFormat::plain(record_->layer().bias[static_cast<std::size_t>(plane_.co)]));
    }
    if (symbols.isEmpty())
        return tr("%1 = 0: no input element reaches it").arg(cellName());
    // Long sums are cut: the count and the total carry the lesson, not the twentieth term.
    constexpr qsizetype kShown = 6;
    const bool cut = symbols.size() > kShown;
    const QString more = cut ? tr(" + … (%1 terms)").arg(symbols.size()) : QString();
    return QStringLiteral("%1 = %2%3 = %4%5 = %6")
        .arg(cellName(), NumberFormat::sum(symbols.mid(0, kShown)), more, NumberFormat::sum(products.mid(0, kShown)), more,
             NumberFormat::plain(truthValue()));
}

QuizQuestion::Verdict QuizQuestion::check(const QString& answer) const
{
    switch (ask_) {
    case QuizAsk::Shape:
        return checkShape(answer);
    case QuizAsk::Value:
        return checkValue(answer);
    case QuizAsk::Contributions:
        return checkContributions(answer);
    case QuizAsk::Contributors:
        return checkContributors(answer);
    }
    return {};
}

QuizQuestion::Verdict QuizQuestion::checkShape(const QString& answer) const
{
    const LayerGeometry& g = record_->geometry();
    Verdict v;
    v.truth = QStringLiteral("%1×%2").arg(g.output.h).arg(g.output.w);
    const OutputSizeFormula h = OutputSizeFormula::of(g, OutputSizeFormula::Axis::Height);
    const OutputSizeFormula w = OutputSizeFormula::of(g, OutputSizeFormula::Axis::Width);
    const QString formula = tr("Height: %1. Width: %2.").arg(QString::fromStdString(h.substituted()), QString::fromStdString(w.substituted()));
    const std::optional<std::vector<qint64>> n = integersIn(answer);
    if (!n || (n->size() != 2 && n->size() != 3 && n->size() != 4)) {
        v.explanation = tr("Type the height and the width, e.g. 8×8.");
        return v;
    }
    v.understood = true;
    const std::vector<qint64> full = {g.batch, g.out_channels, g.output.h, g.output.w};
    const std::vector<qint64> given = *n;
    // The trailing dimensions given must match; a leading batch or channel count is checked too.
    const bool matches = std::equal(given.rbegin(), given.rend(), full.rbegin());
    v.correct = matches;
    if (matches) {
        v.explanation = tr("Right: the output is %1. %2").arg(v.truth, formula);
        return v;
    }
    QStringList said;
    for (qint64 d : given)
        said.append(QString::number(d));
    const QString saidText = said.join(QStringLiteral("×"));
    QString where;
    if (given.size() >= 2 && given[given.size() - 2] == g.output.h && given.back() == g.output.w)
        where = tr("The height and width are right; the leading sizes are batch %1 and out_channels %2.").arg(g.batch).arg(g.out_channels);
    else
        where = tr("Each side is (in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1.");
    v.explanation = tr("You said %1; the output is %2 (%3). %4 %5")
                        .arg(saidText, v.truth, QString::fromStdString(formatShape(g.outputShape())), where, formula);
    return v;
}

QuizQuestion::Verdict QuizQuestion::checkValue(const QString& answer) const
{
    Verdict v;
    const double truth = truthValue();
    v.truth = NumberFormat::plain(truth);
    const std::optional<double> given = numberIn(answer);
    if (!given) {
        v.explanation = tr("Type one number, e.g. 12 or −0.5.");
        return v;
    }
    v.understood = true;
    // Right to two decimals (or to float precision for large values): a student rounds as the
    // grid does, and float sums in another order differ in the last bits.
    const double tolerance = std::max(0.005, std::abs(truth) * 1e-5);
    v.correct = std::abs(*given - truth) <= tolerance;
    const qsizetype count = static_cast<qsizetype>(contributions().size());
    if (v.correct)
        v.explanation = tr("Right. %1").arg(sumWrittenOut());
    else
        v.explanation = tr("You said %1, %2 off. %3 gets %4 contribution(s): %5")
                            .arg(NumberFormat::plain(*given), NumberFormat::plain(*given - truth), cellName())
                            .arg(count)
                            .arg(sumWrittenOut());
    return v;
}

QuizQuestion::Verdict QuizQuestion::checkContributions(const QString& answer) const
{
    Verdict v;
    const std::vector<Contribution> terms = contributions();
    const qint64 truth = static_cast<qint64>(terms.size());
    v.truth = QString::number(truth);
    const std::optional<std::vector<qint64>> n = integersIn(answer);
    if (!n || n->size() != 1) {
        v.explanation = tr("Type one whole number, e.g. 4.");
        return v;
    }
    v.understood = true;
    v.correct = n->front() == truth;
    const std::set<Element> elements = truth_.elements({cell_.oy, cell_.ox});
    const QString which = tr("%1 input element(s) reach %2, through %3 kernel tap(s) in all: %4")
                              .arg(elements.size())
                              .arg(cellName())
                              .arg(truth)
                              .arg(sumWrittenOut());
    v.explanation = v.correct ? tr("Right. %1").arg(which) : tr("You said %1; it is %2. %3").arg(n->front()).arg(truth).arg(which);
    return v;
}

QuizQuestion::Verdict QuizQuestion::checkContributors(const QString& answer) const
{
    Verdict v;
    const bool channels = record_->geometry().inPerGroup() > 1;
    const std::set<Element> truth = truth_.elements({cell_.oy, cell_.ox});
    v.truth = truth.empty() ? tr("none") : elementList(truth, channels);
    const QString trimmed = answer.trimmed().toLower();
    std::set<Element> given;
    const bool none = trimmed == QLatin1String("none") || trimmed == tr("none") || trimmed == QLatin1String("-");
    const std::optional<std::vector<qint64>> n = none ? std::vector<qint64>{} : integersIn(answer);
    const std::size_t per = channels ? 3 : 2;
    if (!n || (n->empty() && !none) || n->size() % per != 0) {
        v.explanation = answerHint();
        return v;
    }
    const qint64 firstChannel = (plane_.co / record_->geometry().outPerGroup()) * record_->geometry().inPerGroup();
    for (std::size_t i = 0; i < n->size(); i += per)
        given.insert(channels ? Element{(*n)[i], (*n)[i + 1], (*n)[i + 2]} : Element{firstChannel, (*n)[i], (*n)[i + 1]});
    v.understood = true;
    v.correct = given == truth;
    std::set<Element> missing, extra;
    std::set_difference(truth.begin(), truth.end(), given.begin(), given.end(), std::inserter(missing, missing.end()));
    std::set_difference(given.begin(), given.end(), truth.begin(), truth.end(), std::inserter(extra, extra.end()));
    if (v.correct) {
        v.explanation = tr("Right. %1").arg(sumWrittenOut());
        return v;
    }
    QStringList parts;
    if (!missing.empty())
        parts.append(tr("You left out %1.").arg(elementList(missing, channels)));
    if (!extra.empty())
        parts.append(tr("%1 does not reach %2: its kernel copy lands elsewhere.").arg(elementList(extra, channels), cellName()));
    parts.append(sumWrittenOut());
    v.explanation = parts.join(QLatin1Char(' '));
    return v;
}

qint64 QuizQuestion::truthStep() const
{
    return ask_ == QuizAsk::Shape ? truth_.finishedAt() : truth_.completeAt({cell_.oy, cell_.ox});
}

std::optional<QuizQuestion> QuizQuestion::pick(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, int round,
                                               quint32 seed, qint64 shownStep)
{
    constexpr QuizAsk kOrder[] = {QuizAsk::Shape, QuizAsk::Value, QuizAsk::Contributions, QuizAsk::Contributors};
    // The cells whose sum is still being formed after shownStep, where the sums are.
    std::vector<OutputCell> from;
    for (const QuizTruth::Cell& c : QuizTruth(record, plane).cellsAhead(shownStep, seed))
        from.push_back({c.oy, c.ox});
    for (int turn = 0; turn < 4; ++turn) {
        const int r = std::max(round, 0) + turn;
        const QuizAsk ask = kOrder[static_cast<std::size_t>(r) % 4];
        if (ask == QuizAsk::Shape) {
            if (shownStep <= 0)
                return QuizQuestion(ask, record, plane);
            continue;
        }
        if (from.empty())
            continue;
        const OutputCell cell = from[(seed * 2654435761u + static_cast<quint32>(r)) % from.size()];
        return QuizQuestion(ask, record, plane, cell);
    }
    return std::nullopt;
}

} // namespace sb
