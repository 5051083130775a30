// SPDX-License-Identifier: MIT
// ExportCommand: parses the options into an ExportJob, reads and validates the config as compute
// does (PyTorch's message, exit status 2), runs the job and reports what it wrote. Every error is
// found before a file is touched, or cleaned up by the job, so a failed export leaves nothing.
#include "app/cli/ExportCommand.h"

#include "app/cli/CommandStage.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/OptionParser.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ImageFile.h"
#include "app/config/ImageInputs.h"
#include "app/config/JsonWording.h"
#include "app/export/ExportJob.h"
#include "app/export/LessonExporter.h"
#include "app/export/PictureCanvas.h"
#include "app/export/PyTorchSnippet.h"
#include "app/export/PythonText.h"
#include "app/export/SafeOutputPath.h"
#include "app/lesson/LessonReader.h"
#include "app/render/Animation.h"
#include "app/render/views/StackPicture.h"
#include "core/LayerStack.h"
#include "core/ScatterRecord.h"
#include "core/TorchError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <new>
#include <optional>

namespace sb {

namespace {

struct Arguments {
    QString config;
    QString out;
    ExportJob::Settings settings;
    PlaneSelection plane;
    bool tapSubSteps = false;
    ImageRequest image;  // --image, --kernel: the image view's photo and kernel
    bool titlePage = false;  // --title-page: a lesson's handout starts with a title page
    bool lesson = false;     // the file is a lesson, not a config (read once, in parse())
    QStringList given;       // the options given, by name, as the user wrote them
};

int usageError(const QString& message)
{
    Console::printUsageError(QStringLiteral("export: ") + message, ExportCommand::usage(),
                             QStringLiteral("scatterboard export --help"));
    return ExitCode::InvalidInput;
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> parseCount(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,15}$"));
    return digits.match(text).hasMatch() ? std::optional<qint64>(text.toLongLong()) : std::nullopt;
}

// Fills `a` from the arguments, or returns the usage error to report.
QString parse(const QStringList& arguments, Arguments& a, bool& wantsHelp)
{
    // Described by help(), which is what --help prints, so only their names and whether they take
    // a value are given here.
    const auto valued = [](const char* name) {
        return QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("value"));
    };
    const auto flag = [](const char* name) { return QCommandLineOption(QLatin1String(name)); };
    const QCommandLineOption out = valued("out"), view = valued("view"), step = valued("step"), steps = valued("steps");
    const QCommandLineOption scale = valued("scale"), dpi = valued("dpi"), fps = valued("fps"), loop = valued("loop");
    const QCommandLineOption theme = valued("theme"), palette = valued("palette"), plane = valued("plane");
    const QCommandLineOption image = valued("image"), kernel = valued("kernel");
    const QCommandLineOption all = flag("all"), transparent = flag("transparent"), heatmap = flag("heatmap");
    const QCommandLineOption perTap = flag("per-tap"), titlePage = flag("title-page");
    OptionParser options({out, view, step, steps, all, scale, dpi, fps, loop, theme, palette, transparent, heatmap,
                          plane, perTap, image, kernel, titlePage});
    const std::optional<OptionParser::Error> error = options.parse(QStringList{QStringLiteral("export")} + arguments);
    if (options.wantsHelp()) {
        wantsHelp = true;
        return {};
    }
    if (error) {
        switch (error->kind) {
        case OptionParser::Error::Kind::UnknownOption:
            return ExportCommand::tr("unknown option '%1'").arg(error->option);
        case OptionParser::Error::Kind::MissingValue:
            return ExportCommand::tr("%1 needs a value").arg(error->option);
        case OptionParser::Error::Kind::UnexpectedValue:
            return ExportCommand::tr("%1 takes no value").arg(error->option);
        case OptionParser::Error::Kind::Repeated: return OptionParser::repeatedMessage(*error);
        }
    }
    const QCommandLineParser& parsed = options.parsed();

    // Flags.
    a.given = parsed.optionNames();
    a.titlePage = parsed.isSet(titlePage);
    if (parsed.isSet(all))
        a.settings.steps = ExportJob::StepRange::all();
    a.settings.render.transparentBackground = parsed.isSet(transparent);
    a.tapSubSteps = parsed.isSet(perTap);
    a.settings.render.overlapHeatmap = parsed.isSet(heatmap);
    // Options with a value (OptionParser has refused any given twice).
    a.out = parsed.value(out);
    if (parsed.isSet(view)) {
        const QString value = parsed.value(view);
        const std::optional<ViewId> id = viewFromName(value);
        if (!id)
            return ExportCommand::tr("unknown view '%1': the views are %2")
                .arg(printable(value), viewNames().join(QStringLiteral(", ")));
        a.settings.view = *id;
    }
    if (parsed.isSet(step)) {
        const QString value = parsed.value(step);
        const std::optional<qint64> number = parseCount(value);
        if (!number)
            return ExportCommand::tr("--step: expected a step number (0, 1, 2, ...), got '%1'").arg(printable(value));
        a.settings.steps = ExportJob::StepRange{*number, *number};
    }
    if (parsed.isSet(steps)) {
        const QString value = parsed.value(steps);
        const QStringList ends = value.split(QLatin1Char('-'));
        const std::optional<qint64> first = ends.size() == 2 ? parseCount(ends[0]) : std::nullopt;
        const std::optional<qint64> last = ends.size() == 2 ? parseCount(ends[1]) : std::nullopt;
        if (!first || !last)
            return ExportCommand::tr("--steps: expected a range of steps like 2-7, got '%1'").arg(printable(value));
        a.settings.steps = ExportJob::StepRange{*first, *last};
    }
    for (const QCommandLineOption& option : {scale, dpi}) {
        if (!parsed.isSet(option))
            continue;
        const QString name = QStringLiteral("--") + option.names().front();
        const QString value = parsed.value(option);
        const std::optional<double> number = parseNumber(value);
        if (!number || *number <= 0)
            return ExportCommand::tr("%1: expected a positive number, got '%2'").arg(name, printable(value));
        a.settings.scale = option.names() == dpi.names() ? *number / PictureCanvas::kDpi : *number;
    }
    if (parsed.isSet(fps)) {
        const QString value = parsed.value(fps);
        const std::optional<double> number = parseNumber(value);
        if (!number || *number <= 0)
            return ExportCommand::tr("--fps: expected a positive number, got '%1'").arg(printable(value));
        a.settings.fps = *number;
    }
    if (parsed.isSet(loop)) {
        const QString value = parsed.value(loop);
        const std::optional<qint64> plays = parseCount(value);
        if (!plays || *plays > 65536)
            return ExportCommand::tr("--loop: expected 0 (forever) or a number of plays up to 65536, got '%1'")
                .arg(printable(value));
        a.settings.loop = static_cast<int>(*plays);
    }
    if (parsed.isSet(theme)) {
        const QString value = parsed.value(theme);
        if (value != QLatin1String("light") && value != QLatin1String("dark"))
            return ExportCommand::tr("--theme: expected light or dark, got '%1'").arg(printable(value));
        a.settings.render.theme = Theme::byName(value);
    }
    if (parsed.isSet(palette)) {
        const QString value = parsed.value(palette);
        const QString vivid = ElementPalette::name(ElementPalette::Kind::Vivid);
        const QString safe = ElementPalette::name(ElementPalette::Kind::ColorBlindSafe);
        if (value != vivid && value != safe)
            return ExportCommand::tr("--palette: expected %1 or %2, got '%3'").arg(vivid, safe, value);
        a.settings.render.palette = ElementPalette(ElementPalette::fromName(value));
    }
    if (parsed.isSet(image))
        a.image.imagePath = parsed.value(image);
    if (parsed.isSet(kernel)) {
        // Checked when the experiment runs: a .npy path is read then, with the file named in its message.
        if (parsed.value(kernel).isEmpty())
            return ExportCommand::tr("--kernel: expected ones, bilinear, random, random:SEED or a .npy file");
        a.image.kernel = parsed.value(kernel);
    }
    if (parsed.isSet(plane)) {
        const QString value = parsed.value(plane);
        const QStringList parts = value.split(QLatin1Char(','));
        const std::optional<qint64> n = parts.size() == 2 ? parseCount(parts[0].trimmed()) : std::nullopt;
        const std::optional<qint64> co = parts.size() == 2 ? parseCount(parts[1].trimmed()) : std::nullopt;
        if (!n || !co)
            return ExportCommand::tr("--plane: expected n,co (batch element, output channel) like 0,1, got '%1'")
                .arg(printable(value));
        a.plane = {*n, *co};
    }

    // Each time one of the step options or scale options was given, as the user wrote them.
    QStringList stepOptions, scaleOptions;
    for (const QString& name : parsed.optionNames()) {
        if (name == QLatin1String("step") || name == QLatin1String("steps") || name == QLatin1String("all"))
            stepOptions.append(QStringLiteral("--") + name);
        if (name == QLatin1String("scale") || name == QLatin1String("dpi"))
            scaleOptions.append(name);
    }
    if (stepOptions.size() > 1)
        return ExportCommand::tr("%1: give only one of --step, --steps and --all").arg(stepOptions.join(QLatin1Char(' ')));
    if (scaleOptions.size() > 1)
        return ExportCommand::tr("give only one of --scale and --dpi");
    const QStringList configs = parsed.positionalArguments();
    if (configs.isEmpty())
        return ExportCommand::tr("missing CONFIG.json");
    if (configs.size() > 1)
        return ExportCommand::tr("expected one CONFIG.json, got %1: %2")
            .arg(configs.size())
            .arg(printable(configs.join(QLatin1Char(' '))));
    if (a.out.isEmpty())
        return ExportCommand::tr("missing --out FILE (its extension chooses the format)");
    a.config = configs.front();
    a.lesson = isLessonFile(a.config);
    if (a.lesson) {
        // A lesson's slides name their own views and steps; only how to draw them may be given.
        const QStringList forLessons = {QStringLiteral("out"), QStringLiteral("scale"), QStringLiteral("dpi"), QStringLiteral("fps"),
                                        QStringLiteral("theme"), QStringLiteral("palette"), QStringLiteral("title-page")};
        for (const QString& name : a.given)
            if (!forLessons.contains(name))
                return ExportCommand::tr("--%1 is not for a lesson: each slide names its view and its steps").arg(name);
        return {};
    }
    if (a.titlePage)
        return ExportCommand::tr("--title-page is for a lesson's PDF handout");
    if (a.image != ImageRequest{} && a.settings.view != ViewId::Image)
        return ExportCommand::tr("--image and --kernel are for --view image");
    return {};
}

// The image view's photo and kernel, with errors that name the file at fault: a .npy kernel whose
// size the layer refuses is the kernel's problem, not the config's.
std::shared_ptr<const ImageExperiment> runImageExperiment(const ImageRequest& request, const Layer& layer)
{
    try {
        return ImageExperiment::compute(ImageInputs::read(request, layer), layer);
    } catch (const TorchError& e) {
        if (!request.kernel.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive))
            throw;
        throw ConfigError(QStringLiteral("%1: %2: %3")
                              .arg(request.kernel, QString::fromStdString(e.pythonType()), QString::fromStdString(e.what())));
    }
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / 1048576.0, 0, 'f', 1)
                                : QStringLiteral("%1 kB").arg((bytes + 1023) / 1024);
}

} // namespace

// A lesson: `--out handout.pdf` prints it, `--out deck/` (a folder, or a name without an
// extension) writes one picture or GIF per slide.
int ExportCommand::exportLesson(const QString& lessonPath, const QString& out, const ExportJob::Settings& drawing, bool titlePage)
{
    QElapsedTimer clock;
    clock.start();
    const bool handout = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool deck = out.endsWith(QLatin1Char('/')) || QFileInfo(out).isDir() || QFileInfo(out).suffix().isEmpty();
    if (!handout && !deck)
        return usageError(
            tr("a lesson exports to a .pdf handout or to a folder of slides (deck/), not %1").arg(printable(out)));
    if (drawing.scale < ExportJob::kMinScale || drawing.scale > ExportJob::kMaxScale)
        return usageError(tr("--scale: expected %1 to %2, got %3").arg(ExportJob::kMinScale).arg(ExportJob::kMaxScale).arg(drawing.scale));
    if (drawing.fps < ExportJob::kMinFps || drawing.fps > ExportJob::kMaxFps)
        return usageError(tr("--fps: expected %1 to %2, got %3").arg(ExportJob::kMinFps).arg(ExportJob::kMaxFps).arg(drawing.fps));
    try {
        //: %1 a lesson file
        const CommandStage::Scope stage(tr("exporting the lesson %1").arg(printable(lessonPath)));
        const Lesson lesson = readLessonFile(lessonPath);
        LessonExporter::Settings settings;
        settings.scale = drawing.scale;
        settings.fps = drawing.fps;
        settings.render = drawing.render;
        settings.titlePage = titlePage;
        settings.inputs = QStringList{lessonPath} + LessonExporter::inputsOf(lesson);
        const ExportJob::Result result = handout ? LessonExporter::writeHandout(lesson, out, settings)
                                                 : LessonExporter::writeDeck(lesson, out, settings);
        if (result.status != ExportJob::Status::Done) {
            Console::printError(result.error);
            return ExitCode::InvalidInput;
        }
        const QString seconds = QString::number(clock.elapsed() / 1000.0, 'f', 2);
        if (handout)
            //: %1 the PDF written, %2 its number of pages, %3 seconds
            Console::print(
                tr("wrote %1: a handout of %2 pages, in %3 s\n").arg(printable(out)).arg(result.frames).arg(seconds));
        else
            //: %1 the folder, %2 how many files, %3 their names, %4 seconds
            Console::print(
                tr("wrote %1: %2 slides (%3), in %4 s\n")
                    .arg(printable(out), QString::number(result.files.size()),
                         printable(result.files.join(QStringLiteral(", ")).remove(QDir(out).path() + QLatin1Char('/'))),
                         seconds));
        return ExitCode::Success;
    } catch (const ConfigError& e) {
        Console::printError(e.message());
        return ExitCode::InvalidInput;
    } catch (const TorchError& e) {
        Console::printTorchError(lessonPath, e);
        return ExitCode::InvalidInput;
    } catch (const std::exception& e) {
        Console::printError(QStringLiteral("%1: %2").arg(printable(lessonPath), QString::fromStdString(e.what())));
        return ExitCode::InvalidInput;
    }
}

// `--out FILE.py`: the same layer as a runnable PyTorch script (Edit → Copy as PyTorch), so a
// learner can check the picture in PyTorch itself.
int ExportCommand::writePyTorchScript(const QString& configPath, const QString& out)
{
    try {
        //: %1 a config file
        const CommandStage::Scope reading(tr("reading %1").arg(printable(configPath)));
        // A script too large to write is refused on the shapes, before a fill's values are made.
        ConfigReadOptions sizing;
        sizing.beforeFills = [&](const Shape& input, const Shape& weight) {
            if (const QString refusal = pythonScriptSizeRefusal(input, weight); !refusal.isEmpty())
                throw ConfigError(printable(configPath) + QStringLiteral(": ") + refusal);
        };
        const ConfigFile config = readConfigFile(configPath, sizing);
        const QString unsafe = SafeOutputPath::checkFile(out, QStringList{configPath, config.inputNpy, config.weightNpy} + config.modelFiles);
        if (!unsafe.isEmpty()) {
            Console::printError(unsafe);
            return ExitCode::InvalidInput;
        }
        validateConfig(config, configPath);
        //: %1 the script's path
        const CommandStage::Scope writing(tr("writing the script %1").arg(printable(out)));
        QString refusal;
        const QByteArray script = pytorchSnippet(config, &refusal).toUtf8();
        if (script.isEmpty()) {
            Console::printError(QStringLiteral("%1: %2").arg(printable(configPath), refusal));
            return ExitCode::InvalidInput;
        }
        QSaveFile file(out);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size() || !SafeOutputPath::commit(file, &error)) {
            Console::printError(error.isEmpty() ? SafeOutputPath::writeError(file) : error);
            return ExitCode::InvalidInput;
        }
    } catch (const ConfigError& e) {
        Console::printError(e.message());
        return ExitCode::InvalidInput;
    } catch (const TorchError& e) {
        Console::printTorchError(configPath, e);
        return ExitCode::InvalidInput;
    }
    Console::print(tr("wrote %1: a PyTorch script that builds this layer and prints its output\n").arg(printable(out)));
    return ExitCode::Success;
}

int ExportCommand::run(const QStringList& arguments)
{
    Arguments a;
    bool wantsHelp = false;
    const QString error = parse(arguments, a, wantsHelp);
    if (wantsHelp)
        return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
    if (!error.isEmpty())
        return usageError(error);

    if (a.lesson)
        return exportLesson(a.config, a.out, a.settings, a.titlePage);
    if (a.out.endsWith(QLatin1String(".py")))
        return writePyTorchScript(a.config, a.out);

    QString targetError;
    const std::optional<ExportTarget> target = ExportTarget::fromPath(a.out, &targetError);
    if (!target)
        return usageError(targetError);

    // The time printed at the end is the whole command's: reading, computing (a photo can take
    // seconds) and drawing.
    QElapsedTimer clock;
    clock.start();
    a.settings.inputs = QStringList{a.config, a.image.imagePath};
    if (a.image.kernel.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive))
        a.settings.inputs.append(a.image.kernel);
    // Refused before anything is read: an output that is a device, a FIFO or an input.
    if (const QString unsafe = SafeOutputPath::check(*target, a.settings.inputs); !unsafe.isEmpty()) {
        Console::printError(unsafe);
        return ExitCode::InvalidInput;
    }

    try {
        //: %1 a config file
        const CommandStage::Scope reading(tr("reading %1").arg(printable(a.config)));
        const ConfigFile config = readConfigFile(a.config);
        a.settings.inputs << config.inputNpy << config.weightNpy << config.modelFiles;
        if (const QString unsafe = SafeOutputPath::check(*target, a.settings.inputs); !unsafe.isEmpty()) {
            Console::printError(unsafe);
            return ExitCode::InvalidInput;
        }
        const Layer layer = validateConfig(config, a.config);
        auto record = std::make_shared<const ScatterRecord>(layer);
        PictureFactory::Source source{record, a.plane, a.tapSubSteps, nullptr, config.stack};
        // The image view's photo and kernel are read here, so their errors name the file at fault.
        if (a.settings.view == ViewId::Image)
            source.imageExperiment = runImageExperiment(a.image, layer);
        // The stack view draws a notice when its chain cannot run, which is right in the window but
        // no export: the chain (the config's, or the view's default) is built once here, inside
        // its limits, so an error or a failed allocation exits 2 with nothing written.
        if (a.settings.view == ViewId::Stack)
            LayerStack(StackPicture::defaultFirst(layer), config.stack.empty() ? StackPicture::defaultRest(layer) : config.stack);
        //: %1 the file being written
        const CommandStage::Scope drawing(tr("drawing %1").arg(printable(a.out)));
        const ExportJob job(source, *target, a.settings);
        const ExportJob::Result result = job.run();
        if (result.status != ExportJob::Status::Done) {
            Console::printError(result.error);
            return ExitCode::InvalidInput;
        }
        qint64 bytes = 0;
        for (const QString& file : result.files)
            bytes += QFileInfo(file).size();
        const QString what = result.files.size() == 1
                                 ? printable(result.files.front())
                                 //: the first and the last of the numbered frame files written
                                 : tr("%1 files %2 … %3")
                                       .arg(QString::number(result.files.size()), printable(result.files.front()),
                                            printable(result.files.back()));
        //: %1 the file(s) written, %2×%3 the picture's size in pixels, %4 its size on disk, %5 seconds
        const QString oneFrame = tr("wrote %1: %2×%3 px, 1 frame, %4, in %5 s\n");
        //: %1 the file(s) written, %2×%3 the picture's size in pixels, %4 the number of frames,
        //: %5 the size on disk, %6 seconds
        const QString frames = tr("wrote %1: %2×%3 px, %4 frames, %5, in %6 s\n");
        // One arg() with every value: a "%" in a file name is not taken for a placeholder.
        const QString width = QString::number(result.pixelSize.width());
        const QString height = QString::number(result.pixelSize.height());
        const QString seconds = QString::number(clock.elapsed() / 1000.0, 'f', 2);
        Console::print(result.frames == 1
                           ? oneFrame.arg(what, width, height, sizeText(bytes), seconds)
                           : frames.arg(what, width, height, QString::number(result.frames), sizeText(bytes), seconds));
        return ExitCode::Success;
    } catch (const ConfigError& e) {
        Console::printError(e.message());
        return ExitCode::InvalidInput;
    } catch (const TorchError& e) {
        Console::printTorchError(a.config, e);
        return ExitCode::InvalidInput;
    } catch (const std::length_error& e) {
        // The scatter record's budget: the layer has too many contributions to draw.
        Console::printError(QStringLiteral("%1: %2").arg(printable(a.config), QString::fromStdString(e.what())));
        return ExitCode::InvalidInput;
    } catch (const std::bad_alloc&) {
        // Limits are checked before allocating; this is the last line of defence, and no file is
        // left (the exporters write through QSaveFile, committed only when complete).
        Console::printError(tr("%1: not enough memory to draw this layer").arg(printable(a.config)));
        return ExitCode::InvalidInput;
    } catch (const std::exception& e) {
        // A limit of core's (std::length_error, std::invalid_argument): refused, nothing written.
        Console::printError(QStringLiteral("%1: %2").arg(printable(a.config), QString::fromStdString(e.what())));
        return ExitCode::InvalidInput;
    }
}

QString ExportCommand::usage()
{
    return tr("usage: scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all]\n"
              "                          [--scale S | --dpi D] [--fps F] [--loop N] [--theme light|dark]\n"
              "                          [--palette vivid|colorblind] [--transparent] [--heatmap]\n"
              "                          [--plane n,co] [--per-tap]\n"
              "                          [--image PHOTO.png|jpg] [--kernel ones|bilinear|random[:SEED]|FILE.npy]\n"
              "       scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page]\n"
              "                          [--scale S | --dpi D] [--fps F] [--theme light|dark] [--palette vivid|colorblind]\n");
}

QString ExportCommand::help()
{
    QString views;
    for (const PictureFactory::View& view : PictureFactory::views())
        views += QStringLiteral("  %1  %2\n").arg(view.name().leftJustified(12), view.summary());
    // Filled in with replace(), not arg(): the text holds printf patterns (%04d) arg() would misread.
    QString text = tr(R"(
Draws what the window shows for CONFIG.json, without a window or a display, into FILE. The
extension of FILE chooses the format:
  .png   a picture (raster); --transparent leaves the background out
  .py    a PyTorch script that builds the same layer and prints its output (to check the picture)
  .svg   a picture (vector, text kept as text)
  .pdf   a picture (vector), one page the size of the picture
  .gif   an animation of a range of steps, with the window's slides and fades
  a name with a frame number, like frames/frame-%04d.png: the same animation as numbered PNG
         files, frame-0001.png, frame-0002.png, ... (%d for no zero padding), in a folder that
         exists; for making videos at --fps. A folder that already holds frames of the same
         pattern is refused (remove them first): the frames of two exports are never mixed
FILE is a new name or a regular file, which is replaced whole (through a symbolic link, the
link's target); a device, FIFO, socket or folder, and any file the export reads (the config,
the photo, a .npy), are refused before any work. A file that cannot be written completely (a
full disk) is not left behind, and a file it would have replaced stays as it was.

Views (--view, default @DEFAULT@):
@VIEWS@
Which steps (step 0 is the start; `scatterboard CONFIG.json --step N` opens the window there):
  --step N       one step; pictures default to the last step (the finished output)
  --steps A-B    steps A to B, for animations
  --all          every step; animations default to this

  --scale S      pixels per world unit (a cell is 40 units), @MINSCALE@ to @MAXSCALE@, default 1; the PNG records 96·S dpi
                 so it prints at the same size at every scale; sizes SVG and PDF pages alike
  --dpi D        the same as --scale D/96 (@MINDPI@ to @MAXDPI@)
  --fps F        animation frames per second, @MINFPS@ to @MAXFPS@, default 20: a step slides in over @STEP@ s as in
                 the window, then a GIF rests @HOLD@ s on it (@FINAL@ s on its last frame)
  --loop N       GIF: 0 loops forever (default), N plays N times
  --theme T      light (default) or dark
  --palette P    input element colours: vivid (default) or colorblind (Okabe-Ito)
  --transparent  no background (PNG, SVG, GIF; PDF pages stay white)
  --heatmap      colour the scatter view's output by overlap, as the window's H key
  --plane n,co   the output plane (batch element, output channel) to follow, default 0,0
  --per-tap      one step per kernel tap, as the window's T key

The image view (--view image) applies the config's kernel_size, stride, padding, output_padding
and dilation to a photo, each colour channel on its own:
  --image PHOTO  a PNG or JPEG (default: the built-in 96×64 test photo); photos larger than
                 @MAXSIDE@ pixels on a side are scaled down to that first
  --kernel K     ones (all ones), bilinear (FCN's bilinear-upsampling kernel), random or random:SEED
                 (uniform in [-1, 1), the same for a seed everywhere), or FILE.npy: a float32/float64
                 weight of shape (1, 1, kH, kW) for every channel, or (3, 3/groups, kH, kW) as a
                 whole layer; its kH×kW replace kernel_size. Default: the config's weight when it is
                 one (1, 1, kH, kW) plane, else ones

A lesson file (a JSON object with "lesson" and "slides", as the window's Lesson menu saves it)
exports whole; each slide names its own view and steps:
  --out handout.pdf  a PDF handout: one A4 page per slide with its picture at the slide's step
                     (the last of a range), its title, its caption, and its question with the
                     answer; --title-page (or "title_page": true in the lesson) adds a first
                     page with the title, the subtitle and the contents
  --out deck/        a folder (created when missing) with one file per slide, 01-TITLE.png, or
                     01-TITLE.gif for a slide that plays a range of steps; a file already there
                     is never replaced (the export is refused)
A lesson file:
  {"lesson": "TITLE", "subtitle": "...", "title_page": true,
   "slides": [{"title": "...", "caption": "a few lines", "view": "scatter",
               "step": 5 | "steps": "0-18",
               "highlights": [{"cells": [[row, column], ...], "note": "..."}],
               "quiz": "shape" | {"ask": "value" | "contributions" | "contributors", "cell": [row, column]},
               "config": {...a config...} | "relative/path.json" | "preset:seed004-k4-s2-p1"}]}
Without "step" or "steps" a slide shows the view's last step, the finished picture.

Prints what it wrote on stdout. Errors (an invalid config with PyTorch's message, an unknown
view or extension, a step out of range, a path that cannot be written, an unreadable photo or
kernel) go to stderr.
Exit status: 0 on success, 2 for an invalid config, command line or output path, 1 for anything else.
)");
    text.replace(QStringLiteral("@DEFAULT@"), viewName(PictureFactory::defaultView()))
        .replace(QStringLiteral("@VIEWS@"), views)
        .replace(QStringLiteral("@STEP@"), QString::number(kStepSeconds))
        .replace(QStringLiteral("@HOLD@"), QString::number(ExportJob::kHoldSeconds))
        .replace(QStringLiteral("@FINAL@"), QString::number(ExportJob::kFinalHoldSeconds))
        .replace(QStringLiteral("@MAXSIDE@"), QString::number(ImageFile::kMaxSide))
        .replace(QStringLiteral("@MINSCALE@"), QString::number(ExportJob::kMinScale))
        .replace(QStringLiteral("@MAXSCALE@"), QString::number(ExportJob::kMaxScale))
        .replace(QStringLiteral("@MINDPI@"), QString::number(ExportJob::kMinScale * PictureCanvas::kDpi))
        .replace(QStringLiteral("@MAXDPI@"), QString::number(ExportJob::kMaxScale * PictureCanvas::kDpi))
        .replace(QStringLiteral("@MINFPS@"), QString::number(ExportJob::kMinFps))
        .replace(QStringLiteral("@MAXFPS@"), QString::number(ExportJob::kMaxFps));
    return usage() + text;
}

} // namespace sb
