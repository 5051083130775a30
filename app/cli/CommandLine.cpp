// SPDX-License-Identifier: MIT
// CommandLine: the dispatch looks at argv[1] before any application object exists, because each
// command needs its own: compute a QCoreApplication (no display), export a QGuiApplication
// (offscreen), the window a QApplication. Each is constructed with argc/argv before the options are
// read, so Qt first takes out the options it knows (-platform, -style, -reverse, -qwindowgeometry,
// -display, ...; `scatterboard --help-all` lists them) and QCommandLineParser (OptionParser) reads
// what is left, decoded from argv by SystemEncoding (QCoreApplication::arguments() loses a name in
// any encoding but UTF-8).
#include "app/cli/CommandLine.h"

#include "app/cli/CommandStage.h"
#include "app/cli/ComputeCommand.h"
#include "app/cli/Console.h"
#include "app/cli/ConvertCommand.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/InspectCommand.h"
#include "app/cli/OptionParser.h"
#include "app/cli/SolveCommand.h"
#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/JsonWording.h"
#include "app/config/SystemEncoding.h"
#include "app/controller/PoolBandRunner.h"
#include "app/gui/WindowLauncher.h"
#include "app/i18n/Translations.h"
#include "app/lesson/LessonReader.h"
#include "app/render/ViewId.h"
#include "core/simd/InstructionSet.h"

#include <QApplication>
#include <QGuiApplication>

#include <clocale>
#include <exception>
#include <functional>
#include <new>

namespace sb {

namespace {

QtMessageHandler qtMessageHandler = nullptr;

// Qt's platform start-up warns "QStandardPaths: XDG_RUNTIME_DIR not set" wherever that variable is
// missing (root over ssh, containers, CI), then uses /tmp/runtime-$USER. Scatterboard keeps no
// runtime files, and what it answers from a QApplication (--help, --version, a usage error, the
// no-display fallback) should be all that stderr holds, so that one warning is left out.
void leaveOutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qtMessageHandler(type, context, message);
}

// Once the application object exists. Qt has set the whole C locale from the environment
// (setlocale(LC_ALL, "")), so printf and strtod in core would write and read 1,2e+10 under de_DE:
// numbers stay in the C locale, while LC_CTYPE stays the user's (SystemEncoding reads file names in
// its codeset). Then the translations, in the system's language.
void afterApplication()
{
    std::setlocale(LC_NUMERIC, "C");
    translations::install();
}

// The last line of defence. Limits are checked before large work, so an exception reaching here
// is one no check foresaw, or the system refusing memory: it ends the command with exit status 1
// and a message saying what was being done, instead of std::terminate's abort. (Outputs are
// written through QSaveFile and the frame writer, which remove what they had begun.)
int guarded(const QString& command, const std::function<int()>& body)
{
    const auto doing = [&] {
        const QString stage = CommandStage::current();
        if (!stage.isEmpty())
            return stage;
        //: %1 a command such as "export"
        return command.isEmpty() ? CommandLine::tr("showing the window")
                                 : CommandLine::tr("running `scatterboard %1`").arg(command);
    };
    try {
        return body();
    } catch (const std::bad_alloc&) {
        //: %1 what was being done, e.g. "reading the model netG.pt"
        Console::printError(
            CommandLine::tr("out of memory while %1; the command was stopped, and wrote nothing").arg(doing()));
    } catch (const std::exception& e) {
        //: %1 the error's own text, %2 what was being done
        Console::printError(CommandLine::tr("%1, while %2; the command was stopped, and wrote nothing")
                                .arg(QString::fromUtf8(e.what()), doing()));
    }
    return ExitCode::Failure;
}

int runExport(int& argc, char** argv)
{
    // Drawing text needs a QGuiApplication, never a display: unless the user chose a platform,
    // export runs offscreen, so its pixels are the same with or without a desktop (same 96 dpi,
    // same default font).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    afterApplication();  // the system's language: an exported picture is in the user's language
    return guarded(QStringLiteral("export"),
                   [&] { return ExportCommand::run(SystemEncoding::arguments(argc, argv).mid(2)); });
}

int usageError(const QString& message)
{
    Console::printUsageError(message, CommandLine::usage(), QStringLiteral("scatterboard --help"));
    return ExitCode::InvalidInput;
}

// The window's command line, after Qt has taken its own options out of it: fills `request`, or
// returns the usage error to report.
QString readWindowRequest(const OptionParser& options, const QCommandLineOption& view,
                          const QCommandLineOption& step, WindowRequest& request)
{
    const QCommandLineParser& parsed = options.parsed();
    if (parsed.isSet(step)) {
        const QString value = parsed.value(step);
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < 0)
            return CommandLine::tr("--step: expected a step number (0, 1, 2, ...), got '%1'").arg(printable(value));
        request.step = number;
    }
    if (parsed.isSet(view)) {
        const QString value = parsed.value(view);
        const std::optional<ViewId> id = viewFromName(value);
        if (!id)
            return CommandLine::tr("--view: unknown view '%1'; expected one of %2")
                .arg(printable(value), viewNames().join(QStringLiteral(", ")));
        request.view = *id;
    }
    const QStringList configs = parsed.positionalArguments();
    if (configs.size() > 1)
        return CommandLine::tr("expected at most one CONFIG.json, got %1: %2")
            .arg(configs.size())
            .arg(printable(configs.join(QLatin1Char(' '))));
    request.configPath = configs.value(0);
    return {};
}

QString describe(const OptionParser::Error& error)
{
    switch (error.kind) {
    case OptionParser::Error::Kind::UnknownOption:
        return CommandLine::tr("unknown option '%1'").arg(error.option);
    case OptionParser::Error::Kind::MissingValue:
        if (error.name == QLatin1String("view"))
            return CommandLine::tr("%1 needs a name: %2").arg(error.option, viewNames().join(QStringLiteral(", ")));
        return CommandLine::tr("%1 needs a number").arg(error.option);
    case OptionParser::Error::Kind::UnexpectedValue:
        break;
    case OptionParser::Error::Kind::Repeated: return OptionParser::repeatedMessage(error);
    }
    return CommandLine::tr("%1 takes no value").arg(error.option);
}

// Without a display, a lesson is outlined (what each slide shows) and the way to a handout given.
int printLessonOutline(const QString& path, const QString& noDisplay)
{
    try {
        const Lesson lesson = readLessonFile(path);
        QString outline =
            CommandLine::tr("no display found (%1), so the window cannot open. The lesson \"%2\" has %3 slides:\n")
                .arg(noDisplay, printable(lesson.title))
                .arg(lesson.slides.size());
        for (qsizetype i = 0; i < lesson.slides.size(); ++i) {
            const LessonSlide& slide = lesson.slides[i];
            outline += QStringLiteral("  %1. %2 (%3)\n").arg(i + 1).arg(printable(slide.title), viewName(slide.view));
        }
        Console::printError(
            outline
            + CommandLine::tr("`scatterboard export %1 --out handout.pdf` prints it as a handout without a display.\n")
                  .arg(printable(path)));
        return ExitCode::Success;  // like a config, which prints compute's output instead
    } catch (const ConfigError& e) {
        Console::printError(e.message());
        return ExitCode::InvalidInput;
    }
}

int runWindow(int& argc, char** argv)
{
    const QString noDisplay = missingDisplay(argc, argv);
    // Without a display the QApplication runs offscreen, and shows nothing: it is only there to
    // take Qt's options out of argv, so `-style Fusion` means the same with or without one.
    if (!noDisplay.isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    afterApplication();  // --help and errors; the window then applies the Language menu's choice
    // Desktops match the window to its installed entry (packaging/): its icon and its name.
    QGuiApplication::setDesktopFileName(QStringLiteral(SCATTERBOARD_APP_ID));
    const QStringList arguments = SystemEncoding::arguments(argc, argv);
    // Qt's options may come first: `scatterboard -platform offscreen export ...`.
    if (arguments.value(1) == QLatin1String("compute"))
        return guarded(arguments.value(1), [&] { return ComputeCommand::run(arguments.mid(2)); });
    if (arguments.value(1) == QLatin1String("export"))
        return guarded(arguments.value(1), [&] { return ExportCommand::run(arguments.mid(2)); });

    const QCommandLineOption view(QStringLiteral("view"),
                                  CommandLine::tr("Opens view NAME (as `scatterboard export --help` lists them)."),
                                  CommandLine::tr("NAME"));
    const QCommandLineOption step(QStringLiteral("step"), CommandLine::tr("Opens at animation step N."),
                                  CommandLine::tr("N"));
    OptionParser options({view, step}, OptionParser::Help::Standard);
    const QCommandLineOption version = options.addVersionOption();
    // What --help-all prints around the options (QCommandLineParser's standard help).
    options.parser().setApplicationDescription(
        CommandLine::tr("Shows how PyTorch's nn.ConvTranspose2d builds its output. `scatterboard --help` "
                        "describes every form of the command line, `scatterboard compute --help` and "
                        "`scatterboard export --help` the headless commands."));
    options.parser().addPositionalArgument(QStringLiteral("CONFIG.json"),
                                           CommandLine::tr("The layer to open (default: the built-in demo)."),
                                           QStringLiteral("[CONFIG.json]"));
    const std::optional<OptionParser::Error> error = options.parse(arguments);
    if (options.wantsHelp())
        return Console::print(CommandLine::help()) ? ExitCode::Success : ExitCode::Failure;
    if (error)
        return usageError(describe(*error));
    // --help-all: QCommandLineParser's standard help with Qt's own options, printed by process(),
    // which exits.
    if (options.parsed().isSet(QStringLiteral("help-all")))
        options.parser().process(arguments);
    if (options.parsed().isSet(version))
        // The second line says which build of the fast path runs (core/simd/InstructionSet.h).
        return Console::print(QStringLiteral("%1 %2\nSIMD: %3 (%4, chosen at start-up; SB_ISA=sse2|avx2|avx512 forces one)\n")
                                  .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
                                       QString::fromLatin1(sb::simd::activeIsa()),
                                       QString::fromLatin1(sb::simd::isaTitle(sb::simd::activeInstructionSet()))))
                   ? ExitCode::Success
                   : ExitCode::Failure;

    WindowRequest request;
    if (const QString invalid = readWindowRequest(options, view, step, request); !invalid.isEmpty())
        return usageError(invalid);
    if (!noDisplay.isEmpty() && isLessonFile(request.configPath))
        return printLessonOutline(request.configPath, noDisplay);
    if (!noDisplay.isEmpty()) {
        const bool demo = request.configPath.isEmpty();
        Console::printError(CommandLine::tr("no display found (%1), so the window cannot open. Headless commands "
                                            "still work: `scatterboard compute CONFIG.json` prints the output as "
                                            "JSON (see `scatterboard --help`). Here is what compute gives for %2:")
                                .arg(noDisplay, demo ? CommandLine::tr("the built-in demo (seed 004)")
                                                     : printable(request.configPath)));
        return guarded(QStringLiteral("compute"), [&] {
            return ComputeCommand::execute(demo ? BuiltinPresets::demoPath() : request.configPath, {});
        });
    }
    return guarded(QString(), [&] { return launchWindow(request); });
}

} // namespace

int CommandLine::run(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("scatterboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCATTERBOARD_VERSION));
    qtMessageHandler = qInstallMessageHandler(&leaveOutRuntimeDirWarning);
    installPoolBandRunner();  // every command's fast path uses both cores, through Qt's pool

    const QString command = argc > 1 ? SystemEncoding::decode(argv[1]) : QString();
    // The headless commands that need no drawing: a QCoreApplication, no display.
    const std::pair<const char*, int (*)(const QStringList&)> plain[] = {
        {"compute", &ComputeCommand::run},
        {"inspect", &InspectCommand::run},
        {"convert", &ConvertCommand::run},
        {"solve", &SolveCommand::run},
    };
    for (const auto& [name, runCommand] : plain) {
        if (command != QLatin1String(name))
            continue;
        QCoreApplication application(argc, argv);
        afterApplication();
        return guarded(command, [&] { return runCommand(SystemEncoding::arguments(argc, argv).mid(2)); });
    }
    if (command == QLatin1String("export"))
        return runExport(argc, argv);
    if (command == QLatin1String("help")) {
        QCoreApplication application(argc, argv);
        afterApplication();
        return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
    }
    return runWindow(argc, argv);
}

QString CommandLine::usage()
{
    return tr("usage: scatterboard [CONFIG.json | LESSON.json] [--view NAME] [--step N]\n"
              "       scatterboard compute CONFIG.json [--overlap] [--contributions]\n"
              "       scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...\n"
              "       scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page] ...\n"
              "       scatterboard inspect MODEL\n"
              "       scatterboard convert CONFIG.json --to keras|jax|onnx\n"
              "       scatterboard solve --from H --to H2 [--max-kernel K] [--max-stride S] [--max-dilation D] "
              "[--limit N] [--json]\n"
              "       scatterboard --help | --help-all | --version\n");
}

QString CommandLine::help()
{
    return usage() + tr(R"(
Scatterboard shows how PyTorch's nn.ConvTranspose2d builds its output: every input element
scatters a copy of the kernel, scaled by its value, into the output, and the copies add up.

  scatterboard [CONFIG.json] [--view NAME] [--step N]
      Opens the window on CONFIG.json (default: the built-in demo, seed 004's 4x4 ones with a
      kernel 1..16, stride 2, padding 1), in view NAME (as `scatterboard export --help` lists
      them; default scatter), at animation step N. Without a display it says so and
      prints what `scatterboard compute` gives instead.
      Qt's own options work here too, e.g. -platform offscreen, -style Fusion, -reverse,
      -qwindowgeometry 1280x720+0+0 (`scatterboard --help-all` lists them).
  scatterboard LESSON.json
      Opens a lesson on its first slide: → (or a clicker's Page Down) steps through each
      slide's steps and on to the next slide, Shift+F5 presents it from the start. The Lesson
      menu also holds the four built-in lessons and the lesson editor.
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      Prints PyTorch's output for CONFIG.json as one JSON object, without a window. See
      `scatterboard compute --help` for the output and the config format.
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      Draws what the window shows into a PNG, SVG or PDF picture, a GIF animation or numbered
      PNG frames, chosen by FILE's extension, without a window or a display. See
      `scatterboard export --help` for the views and options.
  scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page]
      A lesson's PDF handout (one page per slide: picture, title, caption, question and
      answer) or a deck (a folder with a PNG per slide, a GIF for a slide that plays steps).
  scatterboard inspect MODEL
      Lists the tensors of a .safetensors, .npz or .pt/.pth (torch.save) file and its
      ConvTranspose2d candidates, as JSON; a config takes any of them as
      {"model": "MODEL", "tensor": "NAME"}. See `scatterboard inspect --help`.
  scatterboard convert CONFIG.json --to keras|jax|onnx
      Prints a Python script building the same layer in Keras, JAX or ONNX, with comments where
      their size rules differ from PyTorch's. See `scatterboard convert --help`.
  scatterboard solve --from H --to H2 [--max-kernel K] [--max-stride S] [--max-dilation D] [--limit N] [--json]
      Lists every kernel_size, stride, padding, output_padding and dilation that takes size H to
      H2, even overlap (no checkerboard) first. See `scatterboard solve --help`.
  --help, -h     this text
  --help-all     the window's options with Qt's own
  --version, -v  the version

Exit status: 0 on success, 2 for an invalid config or command line, 1 for anything else.
)");
}

} // namespace sb
