// SPDX-License-Identifier: MIT
// PlaneStory: the contributions of one output plane in story order. At the end of the story the
// running sum, cropped, is that plane of the output; on the way it grows one element at a time.
#include "LayerBuilder.h"

#include "core/FastConvTranspose.h"
#include "core/OverlapMap.h"
#include "core/PlaneStory.h"

#include "TestMain.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

class PlaneStoryTest : public QObject {
    Q_OBJECT
private slots:
    void endOfStoryIsTheOutputPlane_data();
    void endOfStoryIsTheOutputPlane();
    void seed004GrowsElementByElement();
    void arrivalsAreTheContributionsThatLandThere_data() { endOfStoryIsTheOutputPlane_data(); }
    void arrivalsAreTheContributionsThatLandThere();
};

void PlaneStoryTest::endOfStoryIsTheOutputPlane_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed = 2000; seed < 2060; ++seed) {
        std::string description;
        sbtest::randomLayer(seed, &description);
        QTest::newRow(("random " + std::to_string(seed) + ": " + description).c_str()) << seed;
    }
}

void PlaneStoryTest::endOfStoryIsTheOutputPlane()
{
    QFETCH(unsigned, seed);
    const sb::ScatterRecord record(sbtest::randomLayer(seed));
    const sb::LayerGeometry& g = record.geometry();
    const sb::Tensor out = sb::fastConvTranspose(record.layer());
    const sb::PlaneSelection plane{g.batch - 1, g.out_channels - 1};
    const sb::PlaneStory story(record, plane);
    const sb::Timeline timeline(g, plane, seed % 2 == 0, record.layer().hasBias());

    QCOMPARE(story.size(), g.inPerGroup() * g.input.h * g.input.w * g.kernel.h * g.kernel.w);
    QCOMPARE(story.contributionsDoneAt(timeline, timeline.size() - 1), story.size());
    for (std::int64_t i = 1; i < timeline.size(); ++i)
        QVERIFY(story.contributionsDoneAt(timeline, i) >= story.contributionsDoneAt(timeline, i - 1));

    const std::vector<float> full = story.runningSum(story.size());
    const sb::OverlapMap overlap(g, true);
    for (std::int64_t y = 0; y < g.full().h; ++y)
        for (std::int64_t x = 0; x < g.full().w; ++x)
            QCOMPARE(static_cast<std::int64_t>(story.arrivals(y, x).size()), overlap.at(y, x) * g.inPerGroup());
    const float bias = record.layer().hasBias() ? record.layer().bias[static_cast<std::size_t>(plane.co)] : 0.0f;
    for (std::int64_t oy = 0; oy < g.output.h; ++oy)
        for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
            const std::int64_t y = oy + g.padding.h, x = ox + g.padding.w;
            const float summed = y < g.full().h && x < g.full().w ? full[static_cast<std::size_t>(y * g.full().w + x)] : 0.0f;
            const float expected = out.at(plane.n, plane.co, oy, ox) - bias;
            QVERIFY(std::abs(summed - expected) < 1e-4f + 1e-4f * std::abs(expected));
        }
}

void PlaneStoryTest::seed004GrowsElementByElement()
{
    const sb::ScatterRecord record(sbtest::singleChannel(sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones}),
                                                         sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Arange, 1}), 2, 1));
    const sb::PlaneStory story(record, {0, 0});
    const sb::Timeline timeline(record.geometry(), {0, 0}, false, false);
    // After x[0,0] (step 1) only its 16 taps are in: full[1,1] = 6, full[1,2] = 7.
    QCOMPARE(story.contributionsDoneAt(timeline, 1), 16);
    std::vector<float> sum = story.runningSum(16);
    QCOMPARE(sum[1 * 10 + 2], 7.0f);
    // After x[0,1] (step 2), full[1,2] = 7 + 5 = 12: the learner's y[0,1].
    sum = story.runningSum(story.contributionsDoneAt(timeline, 2));
    QCOMPARE(sum[1 * 10 + 2], 12.0f);
    QCOMPARE(story.arrivals(1, 2).size(), std::size_t(2));
}

// Nothing is stored per contribution, so the two ways of asking — "where does ordinal q land?"
// (at) and "which ordinals land on (y, x)?" (arrivals) — must agree, each ordinal landing once,
// with the value the record holds for it.
void PlaneStoryTest::arrivalsAreTheContributionsThatLandThere()
{
    QFETCH(unsigned, seed);
    const sb::ScatterRecord record(sbtest::randomLayer(seed));
    const sb::LayerGeometry& g = record.geometry();
    const sb::PlaneSelection plane{0, g.out_channels / 2};
    const sb::PlaneStory story(record, plane);
    std::vector<int> seen(static_cast<std::size_t>(story.size()), 0);
    for (std::int64_t y = 0; y < g.full().h; ++y)
        for (std::int64_t x = 0; x < g.full().w; ++x) {
            const std::vector<std::int64_t> arrivals = story.arrivals(y, x);
            QVERIFY(std::is_sorted(arrivals.begin(), arrivals.end()));
            for (std::int64_t q : arrivals) {
                const sb::StoryContribution c = story.at(q);
                QCOMPARE(c.y, y);
                QCOMPARE(c.x, x);
                QCOMPARE(c.element, q / story.tapsPerElement());
                const sb::Contribution r = record.at(record.fromInput(plane.n, c.ci, c.iy, c.ix).begin
                                                     + (plane.co % g.outPerGroup()) * story.tapsPerElement()
                                                     + c.ky * g.kernel.w + c.kx);
                QCOMPARE(r.co, plane.co);
                QCOMPARE(c.value, r.value);
                ++seen[static_cast<std::size_t>(q)];
            }
        }
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
}

SB_TEST_APPLESS_MAIN(PlaneStoryTest)
#include "tst_plane_story.moc"
