// SPDX-License-Identifier: MIT
// TensorResize: the tensors follow the arguments while the values that still fit stay put.
#include "app/controller/TensorResize.h"
#include "core/TensorFill.h"

#include "CoreMetaTypes.h"
#include "TestMain.h"

#include <QtTest>

class TensorResizeTest : public QObject {
    Q_OBJECT
private slots:
    void keepsOverlappingValues_data();
    void keepsOverlappingValues();
    void weightFollowsChannelsGroupsAndKernel();
    void weightStaysWhenGroupsDoNotDivideOutChannels();
    void biasFollowsOutChannelsOnlyWhenOn();
};

void TensorResizeTest::keepsOverlappingValues_data()
{
    QTest::addColumn<sb::Shape>("from");
    QTest::addColumn<sb::Shape>("to");
    QTest::addColumn<std::vector<float>>("values");

    // The source is always arange from 1, so each kept value names the cell it came from.
    QTest::newRow("a larger plane keeps the old corner and adds ones")
        << sb::Shape{1, 1, 2, 2} << sb::Shape{1, 1, 3, 3} << std::vector<float>{1, 2, 1, 3, 4, 1, 1, 1, 1};
    QTest::newRow("a smaller plane keeps the top-left")
        << sb::Shape{1, 1, 3, 3} << sb::Shape{1, 1, 2, 2} << std::vector<float>{1, 2, 4, 5};
    QTest::newRow("a new channel is ones") << sb::Shape{1, 1, 1, 2} << sb::Shape{1, 2, 1, 2}
                                           << std::vector<float>{1, 2, 1, 1};
    QTest::newRow("unbatched to batched keeps the sample")
        << sb::Shape{2, 1, 2} << sb::Shape{2, 2, 1, 2} << std::vector<float>{1, 2, 3, 4, 1, 1, 1, 1};
    QTest::newRow("batched to unbatched keeps the first sample")
        << sb::Shape{2, 1, 1, 2} << sb::Shape{1, 1, 2} << std::vector<float>{1, 2};
}

void TensorResizeTest::keepsOverlappingValues()
{
    QFETCH(sb::Shape, from);
    QFETCH(sb::Shape, to);
    QFETCH(std::vector<float>, values);
    const sb::Tensor source = sb::makeFilled(from, {sb::FillKind::Arange, 1.0f});
    const sb::Tensor resized = sb::resizedKeeping(source, to);
    QCOMPARE(resized.shape(), to);
    QCOMPARE(resized.values(), values);
}

void TensorResizeTest::weightFollowsChannelsGroupsAndKernel()
{
    sb::ConvTransposeProblem problem;
    problem.input = sb::Tensor({1, 1, 3, 3}, 1.0f);
    problem.weight = sb::makeFilled({1, 1, 3, 3}, {sb::FillKind::Arange, 1.0f});
    problem.params.in_channels = 4;
    problem.params.out_channels = 6;
    problem.params.groups = 2;
    problem.params.kernel_size = {2, 3};
    const sb::ConvTransposeProblem followed = sb::withTensorsFollowingArguments(problem);
    QCOMPARE(followed.input.shape(), (sb::Shape{1, 4, 3, 3}));
    QCOMPARE(followed.weight.shape(), (sb::Shape{4, 3, 2, 3}));
    QCOMPARE(followed.weight.at(0, 0, 1, 2), 6.0f);
    QCOMPARE(followed.weight.at(3, 2, 1, 2), 1.0f);
}

void TensorResizeTest::weightStaysWhenGroupsDoNotDivideOutChannels()
{
    sb::ConvTransposeProblem problem;
    problem.input = sb::Tensor({1, 1, 3, 3}, 1.0f);
    problem.weight = sb::Tensor({1, 1, 3, 3}, 2.0f);
    problem.params.out_channels = 3;
    problem.params.groups = 2;
    QCOMPARE(sb::withTensorsFollowingArguments(problem).weight, problem.weight);
    problem.params.groups = 0;
    QCOMPARE(sb::withTensorsFollowingArguments(problem).weight, problem.weight);
}

void TensorResizeTest::biasFollowsOutChannelsOnlyWhenOn()
{
    sb::ConvTransposeProblem problem;
    problem.input = sb::Tensor({1, 1, 3, 3}, 1.0f);
    problem.weight = sb::Tensor({1, 1, 3, 3}, 1.0f);
    problem.params.bias = true;
    problem.bias = {0.5f};
    problem.params.out_channels = 3;
    problem = sb::withTensorsFollowingArguments(problem);
    QCOMPARE(problem.bias, (std::vector<float>{0.5f, 0.0f, 0.0f}));
    problem.params.bias = false;
    QVERIFY(sb::withTensorsFollowingArguments(problem).bias.empty());
}

SB_TEST_APPLESS_MAIN(TensorResizeTest)
#include "tst_tensor_resize.moc"
