<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>--step: expected a step number (0, 1, 2, ...), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view: unknown view &apos;%1&apos;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one CONFIG.json, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens view NAME (as `scatterboard export --help` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens at animation step N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how PyTorch&apos;s nn.ConvTranspose2d builds its output. `scatterboard --help` describes every form of the command line, `scatterboard compute --help` and `scatterboard export --help` the headless commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer to open (default: the built-in demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display found (%1), so the window cannot open. Headless commands still work: `scatterboard compute CONFIG.json` prints the output as JSON (see `scatterboard --help`). Here is what compute gives for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in demo (seed 004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: scatterboard [CONFIG.json] [--view NAME] [--step N]
       scatterboard compute CONFIG.json [--overlap] [--contributions]
       scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
       scatterboard --help | --help-all | --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Scatterboard shows how PyTorch&apos;s nn.ConvTranspose2d builds its output: every input element
scatters a copy of the kernel, scaled by its value, into the output, and the copies add up.

  scatterboard [CONFIG.json] [--view NAME] [--step N]
      Opens the window on CONFIG.json (default: the built-in demo, seed 004&apos;s 4x4 ones with a
      kernel 1..16, stride 2, padding 1), in view NAME (as `scatterboard export --help` lists
      them; default scatter), at animation step N. Without a display it says so and
      prints what `scatterboard compute` gives instead.
      Qt&apos;s own options work here too, e.g. -platform offscreen, -style Fusion, -reverse,
      -qwindowgeometry 1280x720+0+0 (`scatterboard --help-all` lists them).
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      Prints PyTorch&apos;s output for CONFIG.json as one JSON object, without a window. See
      `scatterboard compute --help` for the output and the config format.
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      Draws what the window shows into a PNG, SVG or PDF picture, a GIF animation or numbered
      PNG frames, chosen by FILE&apos;s extension, without a window or a display. See
      `scatterboard export --help` for the views and options.
  --help, -h     this text
  --help-all     the window&apos;s options with Qt&apos;s own
  --version, -v  the version

Exit status: 0 on success, 2 for an invalid config or command line, 1 for anything else.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputeCommand</name>
    <message>
        <source>compute: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute: %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute: missing CONFIG.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute: expected one CONFIG.json, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: scatterboard compute CONFIG.json [--overlap] [--contributions]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Computes what torch.nn.ConvTranspose2d (PyTorch 1.13) returns for the layer and input that
CONFIG.json describes, without opening a window, and prints one JSON object:
  output_shape     the output&apos;s size, as PyTorch reports it
  output_padding   [h, w] actually used (resolved from output_size when that is given)
  full_size        [h, w] of the full buffer, before padding crops it
  output           the output values, nested lists shaped like output_shape
  overlap          with --overlap: for each output cell, how many (input element, kernel tap)
                   pairs of one input channel land there (the checkerboard pattern)
  contributions    with --contributions: every term x[n,ci,iy,ix] * w[ci,co,ky,kx] of the
                   scatter with where it lands: y, x in the full buffer, oy, ox in the output,
                   kept = whether the padding crop kept it. At most 1000000 of them.
NaN and infinities are written as the strings &quot;nan&quot;, &quot;inf&quot; and &quot;-inf&quot;.
When PyTorch would raise an error, its exact message is printed on stderr, exit status 2.

Limits, checked before anything is allocated: a config file of at most 64 MB; tensors (input,
weight, output, each &quot;stack&quot; layer&apos;s output) of at most 2^28 elements; at most 2^35 multiply-adds
(N·C_in·H·W·C_out/groups·kH·kW). The output is written as it is computed, so the largest layers
allowed peak at about 4.2 GB of memory (a 16384×16384 kernel, or 2^28-element input and weight
together), in 15–25 s on two cores.

Config keys (PyTorch&apos;s argument names):
  in_channels, out_channels  integers; default: from the weight&apos;s shape
  kernel_size                integer or [h, w]; default: from the weight&apos;s shape
  stride                     integer or [h, w]; default 1
  padding                    integer or [h, w]; default 0
  output_padding             integer or [h, w]; default 0
  dilation                   integer or [h, w]; default 1
  groups                     integer; default 1
  bias                       false (the default here, unlike PyTorch&apos;s module: a config
                             describes a picture), true (all zeros) or a list of out_channels
                             numbers
  output_size                optional list of integers passed to forward(): [H, W], or with
                             the input&apos;s leading sizes (3 or 4 elements)
  input (required)           nested lists: H x W (one channel, unbatched), C x H x W
                             (unbatched) or N x C x H x W
  weight (required)          nested lists (in_channels, out_channels/groups, kH, kW), or
                             kH x kW when in_channels = out_channels = 1
  stack                      optional, for the stack view: 1 to 3 layers applied after this
                             one, each {&quot;kernel_size&quot;, &quot;stride&quot;, &quot;padding&quot;, &quot;output_padding&quot;,
                             &quot;dilation&quot;, &quot;weight&quot;} of a one-channel ConvTranspose2d (weight
                             default: ones); compute ignores it
  name, description          optional text, kept when the config is saved
  _anything                  ignored: keys starting with &quot;_&quot; are comments
Numbers inside nested lists may also be the strings &quot;nan&quot;, &quot;inf&quot; and &quot;-inf&quot;.

Instead of nested lists, input and weight may be a fill object:
  {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;ones&quot;}
  fill: &quot;zeros&quot;, &quot;ones&quot;, &quot;arange&quot; (counting from &quot;start&quot;, default 0), &quot;random&quot; (uniform in
  [-1, 1), two decimals, from &quot;seed&quot;, default 0) or &quot;impulse&quot; (1 at the centre of each plane).
  The shape is taken as written, like torch.ones(shape). A weight&apos;s shape may be left out when
  in_channels, out_channels and kernel_size are all given.

Or a NumPy file, e.g. a layer of a trained decoder: {&quot;npy&quot;: &quot;weights/up1.npy&quot;}
  float32 or float64, C order; a weight has shape (in_channels, out_channels/groups, kH, kW).
  A relative path starts at the config file&apos;s folder.

Example, seed 004&apos;s question (prints an 8x8 output starting 6, 12, 14, 12):
  {&quot;kernel_size&quot;: 4, &quot;stride&quot;: 2, &quot;padding&quot;: 1,
   &quot;input&quot;: {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;ones&quot;},
   &quot;weight&quot;: {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;arange&quot;, &quot;start&quot;: 1}}

Exit status: 0 on success, 2 for an invalid config or command line, 1 for anything else.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This configuration makes %1 contributions (N·C_in·H·W·C_out/groups·kH·kW), more than the %2 Scatterboard records. PyTorch computes it; to see it here, make the input, the channels or the kernel smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %L1 contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to record this configuration&apos;s %L1 contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no file yet; choose one with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture as PNG, SVG or PDF, or the animation as GIF or numbered PNG frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the picture as it is now to the clipboard, as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: frame %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the frame (%1 × %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2 × %3 px, %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 frames as %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;: the views are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step: expected a step number (0, 1, 2, ...), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: expected a range of steps like 2-7, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a positive number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fps: expected a positive number, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--loop: expected 0 (forever) or a number of plays up to 65536, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: expected light or dark, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--palette: expected %1 or %2, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kernel: expected ones, bilinear, random, random:SEED or a .npy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plane: expected n,co (batch element, output channel) like 0,1, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give only one of --step, --steps and --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of --scale and --dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing CONFIG.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one CONFIG.json, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --out FILE (its extension chooses the format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image and --kernel are for --view image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all]
                          [--scale S | --dpi D] [--fps F] [--loop N] [--theme light|dark]
                          [--palette vivid|colorblind] [--transparent] [--heatmap]
                          [--plane n,co] [--per-tap]
                          [--image PHOTO.png|jpg] [--kernel ones|bilinear|random[:SEED]|FILE.npy]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Draws what the window shows for CONFIG.json, without a window or a display, into FILE. The
extension of FILE chooses the format:
  .png   a picture (raster); --transparent leaves the background out
  .py    a PyTorch script that builds the same layer and prints its output (to check the picture)
  .svg   a picture (vector, text kept as text)
  .pdf   a picture (vector), one page the size of the picture
  .gif   an animation of a range of steps, with the window&apos;s slides and fades
  a name with a frame number, like frames/frame-%04d.png: the same animation as numbered PNG
         files, frame-0001.png, frame-0002.png, ... (%d for no zero padding), in a folder that
         exists; for making videos at --fps. A folder that already holds frames of the same
         pattern is refused (remove them first): the frames of two exports are never mixed
FILE is a new name or a regular file, which is replaced whole (through a symbolic link, the
link&apos;s target); a device, FIFO, socket or folder, and any file the export reads (the config,
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
  --heatmap      colour the scatter view&apos;s output by overlap, as the window&apos;s H key
  --plane n,co   the output plane (batch element, output channel) to follow, default 0,0
  --per-tap      one step per kernel tap, as the window&apos;s T key

The image view (--view image) applies the config&apos;s kernel_size, stride, padding, output_padding
and dilation to a photo, each colour channel on its own:
  --image PHOTO  a PNG or JPEG (default: the built-in 96×64 test photo); photos larger than
                 @MAXSIDE@ pixels on a side are scaled down to that first
  --kernel K     ones (all ones), bilinear (FCN&apos;s bilinear-upsampling kernel), random or random:SEED
                 (uniform in [-1, 1), the same for a seed everywhere), or FILE.npy: a float32/float64
                 weight of shape (1, 1, kH, kW) for every channel, or (3, 3/groups, kH, kW) as a
                 whole layer; its kH×kW replace kernel_size. Default: the config&apos;s weight when it is
                 one (1, 1, kH, kW) plane, else ones

Prints what it wrote on stdout. Errors (an invalid config with PyTorch&apos;s message, an unknown
view or extension, a step out of range, a path that cannot be written, an unreadable photo or
kernel) go to stderr.
Exit status: 0 on success, 2 for an invalid config, command line or output path, 1 for anything else.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per world unit: a cell is 40 units. A PNG records 96 × scale dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second while a step slides in, as in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered PNG frames (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one page, %1 × %2 pt (%3 × %4 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 s long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageController</name>
    <message>
        <source>not enough memory for this photo at these arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image view: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageControls</name>
    <message>
        <source>Open Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a PNG or JPEG photo into the image view (or drop one on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config&apos;s kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config&apos;s weight when it is one (1, 1, kH, kW) plane, otherwise all ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tap 1: each output pixel sums its contributions, so uneven overlap shows as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCN&apos;s bilinear-upsampling kernel: with kernel 4, stride 2, padding 1 it interpolates bilinearly and the overlap is even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values uniform in [−1, 1) from the seed, like an untrained layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load .npy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight from a NumPy file: (1, 1, kH, kW) for every colour channel, or (3, 3/groups, kH, kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel the photo goes through, colour channel by colour channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random kernel&apos;s seed: the same seed gives the same kernel everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in 96×64 test photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input and kernel values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image view computing on a worker thread; an edit restarts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a config file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a PNG or JPEG photo in the image view, through this layer (or drop one on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlap Heat-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the output by how many contributions land on each cell: the checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour-blind-safe Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okabe–Ito colours for the input elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to &amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Step per &amp;Tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grids write non-integers with at most %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, the picture only, driven by the keys (Space, arrows, Page Up/Down, Home, End); Esc or F5 to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runnable Python script that builds the same nn.ConvTranspose2d and prints its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Scatterboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PyTorch script for this layer is on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1 through the layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatterboard configs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatterboard configs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ invalid: showing the last valid picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (presenting: next step)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step forward / back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presenting (a clicker): next / previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;one step per kernel tap&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;overlap heat-map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;colour-blind-safe palette&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0, +, −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit, zoom in, zoom out (or the wheel)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;release a pinned cell; leave presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch view (scatter, output, overlap, equivalent, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy as PyTorch&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a photo in the image view (or drop one)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Mouse&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>in_channels: number of channels in the input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out_channels: number of channels produced by the convolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: number of blocked connections from input channels to output channels; each group of in_channels/groups inputs feeds only its own out_channels/groups outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel_size: size of the convolving kernel (kH, kW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride: stride of the convolution — how far apart neighbouring input elements place their copies of the kernel in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding: dilation·(kernel_size − 1) − padding zero-padding is added to both sides of the input; in the scatter picture, padding rows and columns are cropped off each side of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_padding: additional size added to one side of each dimension in the output shape; it must be smaller than stride or dilation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dilation: spacing between kernel elements (the à trous algorithm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, the batch size. &quot;unbatched&quot; passes a (C, H, W) input, and PyTorch then drops N from the output too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H_in, W_in: the height and width of every input plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_size passed to forward(): PyTorch then chooses output_padding to reach it, between the smallest and largest size the arguments allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias: if True, adds a learnable bias to the output, one value per output channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value per output channel, e.g. 0, 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias values, out_channels of them, separated by commas (nan, inf and -inf are accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of the output, as PyTorch&apos;s output.size() prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.ConvTranspose2d(…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out_channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward(input, output_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input H × W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Height (first value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Width (second value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn bias on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn bias off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias: cannot read &quot;%1&quot; as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change bias values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove output_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change output_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change input shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>Drawing the %1 view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScatterView</name>
    <message>
        <source>Hover a cell to see where its number comes from; click to pin it (Esc releases). Click an input element to jump to its step. Wheel: zoom · drag: pan · 0: fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid configuration yet: fix the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is the last valid one; fix the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizePairEditor</name>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: height and width change together, like passing one int for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 height and width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing (Esc); the picture keeps showing the previous configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TensorEditor</name>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tensor to edit: the input x, or the weight of shape (in_channels, out_channels/groups, kH, kW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every value of the tensor (all planes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arange from 0 (d2l&apos;s X = K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arange from 1 (seed 004&apos;s kernel 1..16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random (seed from the box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impulse (1 at each plane&apos;s centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random fill: the same seed gives the same values on every machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, nan, inf or -inf into a cell; each change can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample n of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channel ci: the weight&apos;s first axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channel c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output channel within ci&apos;s group: channel group·out_channels/groups + co</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (seed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TensorPlaneModel</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (y) of the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel row %1 (ky)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (x) of the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel column %1 (kx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Jump to the start (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the end (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub through the steps; the labels mark where each phase begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per kernel tap instead of one per input element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plane n / co:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch element n shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output channel co shown; the input channels of its group are summed into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Scatterboard %1&lt;/h3&gt;&lt;p&gt;The transposed convolution of PyTorch&apos;s nn.ConvTranspose2d, contribution by contribution: every input element scatters a scaled copy of the kernel, and the copies add up.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scatterboard authors.&lt;br&gt;Free software under the MIT License (Show Details… for its text).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Test photo (the image view&apos;s default): the STM32F3DISCOVERY board from the &lt;a href=&quot;https://docs.rust-embedded.org/book/&quot;&gt;Rust Embedded Book&lt;/a&gt;, © the Rust Embedded Working Group, under the MIT License or the Apache License 2.0, at your option; downscaled to 96 × 64.&lt;/li&gt;&lt;li&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %2, &lt;a href=&quot;https://eigen.tuxfamily.org/&quot;&gt;Eigen&lt;/a&gt; and &lt;a href=&quot;https://giflib.sourceforge.net/&quot;&gt;giflib&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Every number checked against &lt;a href=&quot;https://pytorch.org/&quot;&gt;PyTorch&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Scatterboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OptionParser</name>
    <message>
        <source>Displays this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
