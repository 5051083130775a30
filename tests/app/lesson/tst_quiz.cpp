// SPDX-License-Identifier: MIT
// Quiz questions (issue 16): answers checked right and wrong against the scatter record — the
// shape, a cell's value, its number of contributions and its contributors — with the truth
// explained, and answers that cannot be read sent back unscored.
#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigReader.h"
#include "app/lesson/QuizQuestion.h"

#include "TestMain.h"

#include <QtTest>

#include <set>
#include <tuple>

using namespace sb;

namespace {

std::shared_ptr<const ScatterRecord> preset(const QString& name)
{
    BuiltinPresets::paths();  // registers the compiled-in resources
    const QString path = QStringLiteral(":/presets/%1.json").arg(name);
    return std::make_shared<const ScatterRecord>(validateConfig(readConfigFile(path), path));
}

// Seed 004's question: ones, kernel 1..16, stride 2, padding 1; y[0, 0..3] = 6 12 14 12.
std::shared_ptr<const ScatterRecord> seed004()
{
    static const auto record = preset(QStringLiteral("seed004-k4-s2-p1"));
    return record;
}

} // namespace

Q_DECLARE_METATYPE(sb::QuizAsk)

class QuizTest : public QObject {
    Q_OBJECT
private slots:
    void answersAreChecked_data();
    void answersAreChecked();
    void wrongAnswersAreExplained();
    void unreadableAnswersAreNotScored_data();
    void unreadableAnswersAreNotScored();
    void contributorsOfAMultiChannelLayerNameTheirChannel();
    void theTruthIsOnThePictureAtTruthStep();
    void pickedQuestionsTakeTurnsAndAskWhereSumsForm();
    void onlyTheTruthStillAheadIsAsked();
};

void QuizTest::answersAreChecked_data()
{
    QTest::addColumn<QuizAsk>("ask");
    QTest::addColumn<int>("oy");
    QTest::addColumn<int>("ox");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("correct");
    QTest::newRow("8x8 is seed 004's shape") << QuizAsk::Shape << 0 << 0 << "8x8" << true;
    QTest::newRow("8×8 with the times sign") << QuizAsk::Shape << 0 << 0 << "8 × 8" << true;
    QTest::newRow("the whole shape (1, 1, 8, 8)") << QuizAsk::Shape << 0 << 0 << "(1, 1, 8, 8)" << true;
    QTest::newRow("10x10 forgets the crop") << QuizAsk::Shape << 0 << 0 << "10x10" << false;
    QTest::newRow("1x3x8x8 has the wrong channels") << QuizAsk::Shape << 0 << 0 << "1x3x8x8" << false;
    QTest::newRow("y[0,1] is 12") << QuizAsk::Value << 0 << 1 << "12" << true;
    QTest::newRow("y[0,1] is 12.001 to two decimals") << QuizAsk::Value << 0 << 1 << "12.001" << true;
    QTest::newRow("y[0,1] is not 7") << QuizAsk::Value << 0 << 1 << "7" << false;
    QTest::newRow("y[0,0] is 6") << QuizAsk::Value << 0 << 0 << "6" << true;
    QTest::newRow("two contributions reach y[0,1]") << QuizAsk::Contributions << 0 << 1 << "2" << true;
    QTest::newRow("four contributions reach y[1,1]") << QuizAsk::Contributions << 1 << 1 << "4" << true;
    QTest::newRow("not one reaches y[0,1]") << QuizAsk::Contributions << 0 << 1 << "1" << false;
    QTest::newRow("x[0,0] and x[0,1] reach y[0,1]") << QuizAsk::Contributors << 0 << 1 << "(0,0) (0,1)" << true;
    QTest::newRow("in any order, written as x[..]") << QuizAsk::Contributors << 0 << 1 << "x[0,1], x[0,0]" << true;
    QTest::newRow("x[0,0] alone is not all") << QuizAsk::Contributors << 0 << 1 << "(0,0)" << false;
    QTest::newRow("x[1,1] does not reach y[0,1]") << QuizAsk::Contributors << 0 << 1 << "(0,0) (0,1) (1,1)" << false;
    QTest::newRow("only x[0,0] reaches the corner") << QuizAsk::Contributors << 0 << 0 << "(0, 0)" << true;
}

void QuizTest::answersAreChecked()
{
    QFETCH(QuizAsk, ask);
    QFETCH(int, oy);
    QFETCH(int, ox);
    QFETCH(QString, answer);
    QFETCH(bool, correct);
    const QuizQuestion question(ask, seed004(), PlaneSelection{}, OutputCell{oy, ox});
    const QuizQuestion::Verdict verdict = question.check(answer);
    QVERIFY(verdict.understood);
    QCOMPARE(verdict.correct, correct);
    QVERIFY(!verdict.truth.isEmpty());
    QVERIFY(!verdict.explanation.isEmpty());
    QVERIFY(!question.prompt().isEmpty());
}

void QuizTest::wrongAnswersAreExplained()
{
    // The shape: the formula with the layer's numbers.
    const auto shape = QuizQuestion(QuizAsk::Shape, seed004(), {}).check(QStringLiteral("10x10"));
    QCOMPARE(shape.truth, QStringLiteral("8×8"));
    QVERIFY2(shape.explanation.contains(QStringLiteral("You said 10×10")), qPrintable(shape.explanation));
    QVERIFY2(shape.explanation.contains(QStringLiteral("(4 − 1)·2 − 2·1 + 1·(4 − 1) + 0 + 1 = 8")), qPrintable(shape.explanation));
    // A value: how far off, and the sum written out with the kernel's taps 5 and 7.
    const auto value = QuizQuestion(QuizAsk::Value, seed004(), {}, {0, 1}).check(QStringLiteral("7"));
    QCOMPARE(value.truth, QStringLiteral("12"));
    QVERIFY2(value.explanation.contains(QStringLiteral("You said 7, −5 off")), qPrintable(value.explanation));
    QVERIFY2(value.explanation.contains(QStringLiteral("= 1·5 + 1·7 = 12")) || value.explanation.contains(QStringLiteral("= 1·7 + 1·5 = 12")),
             qPrintable(value.explanation));
    // Contributors: the one left out, and the one that does not reach.
    const auto left = QuizQuestion(QuizAsk::Contributors, seed004(), {}, {0, 1}).check(QStringLiteral("(0,0) (1,1)"));
    QVERIFY2(left.explanation.contains(QStringLiteral("You left out x[0, 1]")), qPrintable(left.explanation));
    QVERIFY2(left.explanation.contains(QStringLiteral("x[1, 1] does not reach y[0, 1]")), qPrintable(left.explanation));
    QCOMPARE(left.truth, QStringLiteral("x[0, 0], x[0, 1]"));
    // A count: the number, then which elements.
    const auto count = QuizQuestion(QuizAsk::Contributions, seed004(), {}, {1, 1}).check(QStringLiteral("2"));
    QVERIFY2(count.explanation.startsWith(QStringLiteral("You said 2; it is 4.")), qPrintable(count.explanation));
}

void QuizTest::unreadableAnswersAreNotScored_data()
{
    QTest::addColumn<QuizAsk>("ask");
    QTest::addColumn<QString>("answer");
    QTest::newRow("a shape in words") << QuizAsk::Shape << "eight by eight";
    QTest::newRow("a shape of one number") << QuizAsk::Shape << "8";
    QTest::newRow("a value that is no number") << QuizAsk::Value << "twelve";
    QTest::newRow("a count with a fraction") << QuizAsk::Contributions << "2.5";
    QTest::newRow("elements with an odd coordinate count") << QuizAsk::Contributors << "(0,0) (1)";
}

void QuizTest::unreadableAnswersAreNotScored()
{
    QFETCH(QuizAsk, ask);
    QFETCH(QString, answer);
    const auto verdict = QuizQuestion(ask, seed004(), {}, {0, 1}).check(answer);
    QVERIFY(!verdict.understood);
    QVERIFY(!verdict.correct);
    QVERIFY(!verdict.explanation.isEmpty());
}

void QuizTest::contributorsOfAMultiChannelLayerNameTheirChannel()
{
    // Two input channels in one group: an element is (channel, row, column).
    const auto record = std::make_shared<const ScatterRecord>(validateConfig(
        readConfigJson(R"({"in_channels": 2, "out_channels": 1, "kernel_size": 2, "stride": 1, "bias": false,
                           "input": {"shape": [1, 2, 2, 2], "fill": "arange"}, "weight": {"fill": "ones"}})",
                       QStringLiteral("two.json")),
        QStringLiteral("two.json")));
    const QuizQuestion question(QuizAsk::Contributors, record, {}, {0, 0});
    QVERIFY(question.answerHint().contains(QStringLiteral("channel")));
    QVERIFY(question.check(QStringLiteral("(0,0,0) (1,0,0)")).correct);
    const auto half = question.check(QStringLiteral("(0,0,0)"));
    QVERIFY(half.understood && !half.correct);
    QVERIFY2(half.explanation.contains(QStringLiteral("You left out x[1, 0, 0]")), qPrintable(half.explanation));
    // Pairs are not enough when there are channels.
    QVERIFY(!question.check(QStringLiteral("(0,0) (0,0)")).understood);
}

void QuizTest::theTruthIsOnThePictureAtTruthStep()
{
    // y[0, 1] is complete once x[0, 1] (the second element) has scattered: step 2 of the story.
    QCOMPARE(QuizQuestion(QuizAsk::Value, seed004(), {}, {0, 1}).truthStep(), qint64(2));
    // y[7, 7] waits for the last element, x[3, 3]: step 16.
    QCOMPARE(QuizQuestion(QuizAsk::Value, seed004(), {}, {7, 7}).truthStep(), qint64(16));
    // The shape is the finished output, the timeline's last step.
    QCOMPARE(QuizQuestion(QuizAsk::Shape, seed004(), {}).truthStep(), qint64(18));
}

void QuizTest::pickedQuestionsTakeTurnsAndAskWhereSumsForm()
{
    const QList<QuizAsk> order = {QuizAsk::Shape, QuizAsk::Value, QuizAsk::Contributions, QuizAsk::Contributors, QuizAsk::Shape};
    for (int round = 0; round < order.size(); ++round) {
        const std::optional<QuizQuestion> q = QuizQuestion::pick(seed004(), {}, round, 7);
        QVERIFY(q);
        QCOMPARE(q->ask(), order[round]);
        if (q->ask() == QuizAsk::Shape)
            continue;
        // Asked where at least two elements meet.
        QVERIFY(q->cell().oy < 8 && q->cell().ox < 8);
        std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t>> elements;
        for (const Contribution& c : seed004()->intoOutput(0, 0, q->cell().oy, q->cell().ox))
            elements.insert({c.ci, c.iy, c.ix});
        QVERIFY(elements.size() >= 2);
    }
    // Another seed, other cells (over a few rounds at least one differs).
    bool differs = false;
    for (int round = 1; round < 8; ++round)
        differs = differs || !(QuizQuestion::pick(seed004(), {}, round, 7)->cell() == QuizQuestion::pick(seed004(), {}, round, 8)->cell());
    QVERIFY(differs);
}

void QuizTest::onlyTheTruthStillAheadIsAsked()
{
    // At step 10 the shape is on the picture already: a cell question instead, about a cell not
    // yet complete.
    for (int round = 0; round < 8; ++round) {
        const std::optional<QuizQuestion> q = QuizQuestion::pick(seed004(), {}, round, 3, 10);
        QVERIFY(q);
        QVERIFY(q->ask() != QuizAsk::Shape);
        QVERIFY2(q->truthStep() > 10, qPrintable(QString::number(q->truthStep())));
    }
    // At the last step nothing is left to predict.
    QVERIFY(!QuizQuestion::pick(seed004(), {}, 1, 3, 18));
}

SB_TEST_GUILESS_MAIN(QuizTest)
#include "tst_quiz.moc"
