// SPDX-License-Identifier: MIT
// One executable per test folder: each test file registers its Qt Test class under its own file
// name (tst_command_line), and the folder's executable runs the one named first on its command line
// (`tests_app_cli tst_command_line [Qt Test options]`), in a process of its own, as CTest does.
// Linking the app once per folder instead of once per test file, and compiling the test files in
// unity batches, is most of what makes a fresh build of the suite quick.
#pragma once

#include <QtTest>
// As QTEST_MAIN chooses: the richest application class the executable links.
#if defined(QT_WIDGETS_LIB)
#include <QApplication>
using SbTestApplication = QApplication;
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
using SbTestApplication = QGuiApplication;
#else
using SbTestApplication = QCoreApplication;
#endif

namespace sb::test {

using RunTest = int (*)(int argc, char** argv);

// Registers `run` under the base name of `sourceFile` (its __FILE__), at static initialisation.
struct Registration {
    Registration(const char* sourceFile, RunTest run);
};

} // namespace sb::test

// As QTEST_MAIN, QTEST_GUILESS_MAIN and QTEST_APPLESS_MAIN, without defining main().
#define SB_TEST_RUNNER(TestObject, ApplicationStatement)                                                               \
    static int sbRun##TestObject(int argc, char** argv)                                                                \
    {                                                                                                                  \
        QTest::Internal::callInitMain<TestObject>();                                                                   \
        ApplicationStatement;                                                                                          \
        TestObject test;                                                                                               \
        QTest::setMainSourcePath(__FILE__);                                                                            \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }                                                                                                                  \
    static const sb::test::Registration sbRegistration##TestObject(__FILE__, &sbRun##TestObject);

#define SB_TEST_MAIN(TestObject)                                                                                       \
    SB_TEST_RUNNER(TestObject, SbTestApplication app(argc, argv); app.setAttribute(Qt::AA_Use96Dpi, true))
#define SB_TEST_GUILESS_MAIN(TestObject) SB_TEST_RUNNER(TestObject, QCoreApplication app(argc, argv))
#define SB_TEST_APPLESS_MAIN(TestObject) SB_TEST_RUNNER(TestObject, (void)0)
