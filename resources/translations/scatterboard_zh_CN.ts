<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>sb::AboutBox</name>
        <message>
            <source>&lt;h3&gt;Scatterboard %1&lt;/h3&gt;&lt;p&gt;The transposed convolution of PyTorch's nn.ConvTranspose2d, contribution by contribution: every input element scatters a scaled copy of the kernel, and the copies add up.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scatterboard authors.&lt;br&gt;Free software under the MIT License (Show Details… for its text).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Test photo (the image view's default): the STM32F3DISCOVERY board from the &lt;a href="https://docs.rust-embedded.org/book/"&gt;Rust Embedded Book&lt;/a&gt;, © the Rust Embedded Working Group, under the MIT License or the Apache License 2.0, at your option; downscaled to 96 × 64.&lt;/li&gt;&lt;li&gt;Built with &lt;a href="https://www.qt.io/"&gt;Qt&lt;/a&gt; %2, &lt;a href="https://eigen.tuxfamily.org/"&gt;Eigen&lt;/a&gt; and &lt;a href="https://giflib.sourceforge.net/"&gt;giflib&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Every number checked against &lt;a href="https://pytorch.org/"&gt;PyTorch&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h3&gt;Scatterboard %1&lt;/h3&gt;&lt;p&gt;逐个贡献地展示 PyTorch nn.ConvTranspose2d 的转置卷积：每个输入元素把按其值缩放的卷积核副本散布到输出中，这些副本再相加。&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scatterboard authors.&lt;br&gt;依据 MIT 许可证发布的自由软件（许可证全文见“Show Details…”）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;致谢&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;测试照片（图像视图的默认照片）：STM32F3DISCOVERY 开发板，取自 &lt;a href="https://docs.rust-embedded.org/book/"&gt;Rust Embedded Book&lt;/a&gt;，© Rust Embedded Working Group，可任选 MIT 许可证或 Apache License 2.0；已缩小到 96 × 64。&lt;/li&gt;&lt;li&gt;使用 &lt;a href="https://www.qt.io/"&gt;Qt&lt;/a&gt; %2、&lt;a href="https://eigen.tuxfamily.org/"&gt;Eigen&lt;/a&gt; 和 &lt;a href="https://giflib.sourceforge.net/"&gt;giflib&lt;/a&gt; 构建。&lt;/li&gt;&lt;li&gt;每个数字都与 &lt;a href="https://pytorch.org/"&gt;PyTorch&lt;/a&gt; 核对过。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>About Scatterboard</source>
            <translation>关于 Scatterboard</translation>
        </message>
    </context>
    <context>
        <name>sb::CommandLine</name>
        <message>
            <source>--step: expected a step number (0, 1, 2, ...), got '%1'</source>
            <translation>--step：应为步骤编号（0、1、2……），实际为“%1”</translation>
        </message>
        <message>
            <source>--view: unknown view '%1'; expected one of %2</source>
            <translation>--view：未知视图“%1”；应为以下之一：%2</translation>
        </message>
        <message>
            <source>expected at most one CONFIG.json, got %1: %2</source>
            <translation>最多只能有一个 CONFIG.json，实际有 %1 个：%2</translation>
        </message>
        <message>
            <source>unknown option '%1'</source>
            <translation>未知选项“%1”</translation>
        </message>
        <message>
            <source>%1 needs a name: %2</source>
            <translation>%1 需要一个名称：%2</translation>
        </message>
        <message>
            <source>%1 needs a number</source>
            <translation>%1 需要一个数字</translation>
        </message>
        <message>
            <source>%1 takes no value</source>
            <translation>%1 不接受值</translation>
        </message>
        <message>
            <source>Opens view NAME (as `scatterboard export --help` lists them).</source>
            <translation>打开视图 NAME（名称见 `scatterboard export --help`）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Opens at animation step N.</source>
            <translation>在动画步骤 N 处打开。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Shows how PyTorch's nn.ConvTranspose2d builds its output. `scatterboard --help` describes every form of the command line, `scatterboard compute --help` and `scatterboard export --help` the headless commands.</source>
            <translation>展示 PyTorch 的 nn.ConvTranspose2d 如何构建输出。`scatterboard --help` 说明命令行的各种形式，`scatterboard compute --help` 和 `scatterboard export --help` 说明无界面命令。</translation>
        </message>
        <message>
            <source>The layer to open (default: the built-in demo).</source>
            <translation>要打开的层（默认：内置演示）。</translation>
        </message>
        <message>
            <source>no display found (%1), so the window cannot open. Headless commands still work: `scatterboard compute CONFIG.json` prints the output as JSON (see `scatterboard --help`). Here is what compute gives for %2:</source>
            <translation>未找到显示器（%1），因此无法打开窗口。无界面命令仍然可用：`scatterboard compute CONFIG.json` 以 JSON 输出结果（见 `scatterboard --help`）。以下是 compute 对 %2 给出的结果：</translation>
        </message>
        <message>
            <source>the built-in demo (seed 004)</source>
            <translation>内置演示（seed 004）</translation>
        </message>
        <message>
            <source>usage: scatterboard [CONFIG.json] [--view NAME] [--step N]
       scatterboard compute CONFIG.json [--overlap] [--contributions]
       scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
       scatterboard --help | --help-all | --version
</source>
            <translation>用法：scatterboard [CONFIG.json] [--view NAME] [--step N]
       scatterboard compute CONFIG.json [--overlap] [--contributions]
       scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
       scatterboard --help | --help-all | --version
</translation>
        </message>
        <message>
            <source>
Scatterboard shows how PyTorch's nn.ConvTranspose2d builds its output: every input element
scatters a copy of the kernel, scaled by its value, into the output, and the copies add up.

  scatterboard [CONFIG.json] [--view NAME] [--step N]
      Opens the window on CONFIG.json (default: the built-in demo, seed 004's 4x4 ones with a
      kernel 1..16, stride 2, padding 1), in view NAME (as `scatterboard export --help` lists
      them; default scatter), at animation step N. Without a display it says so and
      prints what `scatterboard compute` gives instead.
      Qt's own options work here too, e.g. -platform offscreen, -style Fusion, -reverse,
      -qwindowgeometry 1280x720+0+0 (`scatterboard --help-all` lists them).
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      Prints PyTorch's output for CONFIG.json as one JSON object, without a window. See
      `scatterboard compute --help` for the output and the config format.
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      Draws what the window shows into a PNG, SVG or PDF picture, a GIF animation or numbered
      PNG frames, chosen by FILE's extension, without a window or a display. See
      `scatterboard export --help` for the views and options.
  --help, -h     this text
  --help-all     the window's options with Qt's own
  --version, -v  the version

Exit status: 0 on success, 2 for an invalid config or command line, 1 for anything else.
</source>
            <translation>
Scatterboard 展示 PyTorch 的 nn.ConvTranspose2d 如何构建输出：每个输入元素把按其值缩放的
卷积核副本散布到输出中，这些副本再相加。

  scatterboard [CONFIG.json] [--view NAME] [--step N]
      在 CONFIG.json 上打开窗口（默认：内置演示，即 seed 004 的 4x4 全 1 输入，卷积核为
      1..16，stride 2，padding 1），显示视图 NAME（名称见 `scatterboard export --help`；
      默认 scatter），停在动画步骤 N。没有显示器时会说明这一点，并改为输出
      `scatterboard compute` 的结果。
      Qt 自身的选项在这里也可用，例如 -platform offscreen、-style Fusion、-reverse、
      -qwindowgeometry 1280x720+0+0（`scatterboard --help-all` 会列出它们）。
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      不打开窗口，以一个 JSON 对象输出 PyTorch 对 CONFIG.json 的计算结果。输出与配置格式
      见 `scatterboard compute --help`。
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      不需要窗口或显示器，把窗口显示的内容绘制成 PNG、SVG 或 PDF 图片、GIF 动画或编号的
      PNG 帧，格式由 FILE 的扩展名决定。视图和选项见 `scatterboard export --help`。
  --help, -h     本说明
  --help-all     窗口的选项以及 Qt 自身的选项
  --version, -v  版本

退出状态：成功为 0，配置或命令行无效为 2，其他情况为 1。
</translation>
        </message>
    </context>
    <context>
        <name>sb::ComputeCommand</name>
        <message>
            <source>compute: unknown option '%1'</source>
            <translation>compute：未知选项“%1”</translation>
        </message>
        <message>
            <source>compute: %1 takes no value</source>
            <translation>compute：%1 不接受值</translation>
        </message>
        <message>
            <source>compute: missing CONFIG.json</source>
            <translation>compute：缺少 CONFIG.json</translation>
        </message>
        <message>
            <source>compute: expected one CONFIG.json, got %1: %2</source>
            <translation>compute：只能有一个 CONFIG.json，实际有 %1 个：%2</translation>
        </message>
        <message>
            <source>usage: scatterboard compute CONFIG.json [--overlap] [--contributions]
</source>
            <translation>用法：scatterboard compute CONFIG.json [--overlap] [--contributions]
</translation>
        </message>
        <message>
            <source>
Computes what torch.nn.ConvTranspose2d (PyTorch 1.13) returns for the layer and input that
CONFIG.json describes, without opening a window, and prints one JSON object:
  output_shape     the output's size, as PyTorch reports it
  output_padding   [h, w] actually used (resolved from output_size when that is given)
  full_size        [h, w] of the full buffer, before padding crops it
  output           the output values, nested lists shaped like output_shape
  overlap          with --overlap: for each output cell, how many (input element, kernel tap)
                   pairs of one input channel land there (the checkerboard pattern)
  contributions    with --contributions: every term x[n,ci,iy,ix] * w[ci,co,ky,kx] of the
                   scatter with where it lands: y, x in the full buffer, oy, ox in the output,
                   kept = whether the padding crop kept it. At most 1000000 of them.
NaN and infinities are written as the strings "nan", "inf" and "-inf".
When PyTorch would raise an error, its exact message is printed on stderr, exit status 2.

Limits, checked before anything is allocated: a config file of at most 64 MB; tensors (input,
weight, output, each "stack" layer's output) of at most 2^28 elements; at most 2^35 multiply-adds
(N·C_in·H·W·C_out/groups·kH·kW). The output is written as it is computed, so the largest layers
allowed peak at about 4.2 GB of memory (a 16384×16384 kernel, or 2^28-element input and weight
together), in 15–25 s on two cores.

Config keys (PyTorch's argument names):
  in_channels, out_channels  integers; default: from the weight's shape
  kernel_size                integer or [h, w]; default: from the weight's shape
  stride                     integer or [h, w]; default 1
  padding                    integer or [h, w]; default 0
  output_padding             integer or [h, w]; default 0
  dilation                   integer or [h, w]; default 1
  groups                     integer; default 1
  bias                       false (the default here, unlike PyTorch's module: a config
                             describes a picture), true (all zeros) or a list of out_channels
                             numbers
  output_size                optional list of integers passed to forward(): [H, W], or with
                             the input's leading sizes (3 or 4 elements)
  input (required)           nested lists: H x W (one channel, unbatched), C x H x W
                             (unbatched) or N x C x H x W
  weight (required)          nested lists (in_channels, out_channels/groups, kH, kW), or
                             kH x kW when in_channels = out_channels = 1
  stack                      optional, for the stack view: 1 to 3 layers applied after this
                             one, each {"kernel_size", "stride", "padding", "output_padding",
                             "dilation", "weight"} of a one-channel ConvTranspose2d (weight
                             default: ones); compute ignores it
  name, description          optional text, kept when the config is saved
  _anything                  ignored: keys starting with "_" are comments
Numbers inside nested lists may also be the strings "nan", "inf" and "-inf".

Instead of nested lists, input and weight may be a fill object:
  {"shape": [1, 1, 4, 4], "fill": "ones"}
  fill: "zeros", "ones", "arange" (counting from "start", default 0), "random" (uniform in
  [-1, 1), two decimals, from "seed", default 0) or "impulse" (1 at the centre of each plane).
  The shape is taken as written, like torch.ones(shape). A weight's shape may be left out when
  in_channels, out_channels and kernel_size are all given.

Or a NumPy file, e.g. a layer of a trained decoder: {"npy": "weights/up1.npy"}
  float32 or float64, C order; a weight has shape (in_channels, out_channels/groups, kH, kW).
  A relative path starts at the config file's folder.

Example, seed 004's question (prints an 8x8 output starting 6, 12, 14, 12):
  {"kernel_size": 4, "stride": 2, "padding": 1,
   "input": {"shape": [1, 1, 4, 4], "fill": "ones"},
   "weight": {"shape": [1, 1, 4, 4], "fill": "arange", "start": 1}}

Exit status: 0 on success, 2 for an invalid config or command line, 1 for anything else.
</source>
            <translation>
不打开窗口，计算 torch.nn.ConvTranspose2d（PyTorch 1.13）对 CONFIG.json 描述的层和输入
返回的结果，并输出一个 JSON 对象：
  output_shape     输出的尺寸，与 PyTorch 报告的一致
  output_padding   实际使用的 [h, w]（给出 output_size 时由它推算）
  full_size        完整缓冲区的 [h, w]，即 padding 裁剪之前
  output           输出值，形状与 output_shape 相同的嵌套列表
  overlap          使用 --overlap 时：每个输出单元格上落有同一输入通道的多少个
                   （输入元素, 卷积核抽头）对（即棋盘格图案）
  contributions    使用 --contributions 时：散布的每一项 x[n,ci,iy,ix] * w[ci,co,ky,kx]
                   及其落点：y, x 为完整缓冲区中的位置，oy, ox 为输出中的位置，
                   kept = padding 裁剪是否保留了它。最多 1000000 项。
NaN 和无穷大写作字符串 "nan"、"inf" 和 "-inf"。
当 PyTorch 会报错时，它的原文消息输出到 stderr，退出状态为 2。

限制（在分配任何内存之前检查）：配置文件最多 64 MB；张量（input、weight、output、
每个 "stack" 层的输出）最多 2^28 个元素；最多 2^35 次乘加
（N·C_in·H·W·C_out/groups·kH·kW）。输出边计算边写出，因此允许的最大层的内存峰值
约为 4.2 GB（一个 16384×16384 的卷积核，或 input 与 weight 合计 2^28 个元素），
在两个核心上耗时 15–25 s。

配置键（即 PyTorch 的参数名）：
  in_channels, out_channels  整数；默认：取自 weight 的形状
  kernel_size                整数或 [h, w]；默认：取自 weight 的形状
  stride                     整数或 [h, w]；默认 1
  padding                    整数或 [h, w]；默认 0
  output_padding             整数或 [h, w]；默认 0
  dilation                   整数或 [h, w]；默认 1
  groups                     整数；默认 1
  bias                       false（这里的默认值，与 PyTorch 的模块不同：配置描述的是
                             一幅图）、true（全为零）或含 out_channels 个数字的列表
  output_size                可选的整数列表，传给 forward()：[H, W]，或带上输入前面的
                             尺寸（3 或 4 个元素）
  input (required)           嵌套列表：H x W（单通道，无批次）、C x H x W（无批次）
                             或 N x C x H x W
  weight (required)          嵌套列表 (in_channels, out_channels/groups, kH, kW)；
                             in_channels = out_channels = 1 时也可为 kH x kW
  stack                      可选，用于 stack 视图：在本层之后应用的 1 到 3 层，每层是
                             单通道 ConvTranspose2d 的 {"kernel_size", "stride", "padding",
                             "output_padding", "dilation", "weight"}（weight 默认：全 1）；
                             compute 忽略它
  name, description          可选文本，保存配置时保留
  _anything                  忽略：以 "_" 开头的键是注释
嵌套列表中的数字也可以是字符串 "nan"、"inf" 和 "-inf"。

input 和 weight 也可以不用嵌套列表，而用填充对象：
  {"shape": [1, 1, 4, 4], "fill": "ones"}
  fill："zeros"、"ones"、"arange"（从 "start" 开始计数，默认 0）、"random"（[-1, 1) 内
  均匀分布，两位小数，取自 "seed"，默认 0）或 "impulse"（每个平面中心为 1）。
  形状按所写的使用，如同 torch.ones(shape)。若 in_channels、out_channels 和
  kernel_size 都已给出，weight 的形状可以省略。

或者一个 NumPy 文件，例如训练好的解码器中的一层：{"npy": "weights/up1.npy"}
  float32 或 float64，C 顺序；weight 的形状为 (in_channels, out_channels/groups, kH, kW)。
  相对路径从配置文件所在的文件夹开始。

示例，seed 004 的问题（输出 8x8，开头为 6, 12, 14, 12）：
  {"kernel_size": 4, "stride": 2, "padding": 1,
   "input": {"shape": [1, 1, 4, 4], "fill": "ones"},
   "weight": {"shape": [1, 1, 4, 4], "fill": "arange", "start": 1}}

退出状态：成功为 0，配置或命令行无效为 2，其他情况为 1。
</translation>
        </message>
    </context>
    <context>
        <name>sb::DocumentController</name>
        <message>
            <source>untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>This configuration makes %1 contributions (N·C_in·H·W·C_out/groups·kH·kW), more than the %2 Scatterboard records. PyTorch computes it; to see it here, make the input, the channels or the kernel smaller.</source>
            <translation>此配置产生 %1 个贡献（N·C_in·H·W·C_out/groups·kH·kW），超过 Scatterboard 记录的上限 %2。PyTorch 可以计算它；要在这里查看，请缩小输入、通道数或卷积核。</translation>
        </message>
        <message>
            <source>Recording %L1 contributions</source>
            <translation>正在记录 %L1 个贡献</translation>
        </message>
        <message>
            <source>There is not enough memory to record this configuration's %L1 contributions.</source>
            <translation>内存不足，无法记录此配置的 %L1 个贡献。</translation>
        </message>
        <message>
            <source>This document has no file yet; choose one with Save As.</source>
            <translation>此文档还没有文件；请用“另存为”选择一个。</translation>
        </message>
        <message>
            <source>last session</source>
            <translation>上次会话</translation>
        </message>
    </context>
    <context>
        <name>sb::ExportActions</name>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the picture as PNG, SVG or PDF, or the animation as GIF or numbered PNG frames</source>
            <translation>将图片保存为 PNG、SVG 或 PDF，或将动画保存为 GIF 或编号的 PNG 帧</translation>
        </message>
        <message>
            <source>Copy &amp;Frame</source>
            <translation>复制帧(&amp;F)</translation>
        </message>
        <message>
            <source>Copy the picture as it is now to the clipboard, as an image</source>
            <translation>把当前的图片作为图像复制到剪贴板</translation>
        </message>
        <message>
            <source>Writing %1: frame %2 of %3</source>
            <translation>正在写入 %1：第 %2 帧，共 %3 帧</translation>
        </message>
        <message>
            <source>Copied the frame (%1 × %2 px)</source>
            <translation>已复制该帧（%1 × %2 px）</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Exported %1 (%2 × %3 px, %4 %5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1 frames as %2 …</source>
            <translation>已将 %1 帧导出为 %2 …</translation>
        </message>
        <message>
            <source>Export cancelled: nothing was written</source>
            <translation>导出已取消：没有写入任何文件</translation>
        </message>
    </context>
    <context>
        <name>sb::ExportCommand</name>
        <message>
            <source>unknown option '%1'</source>
            <translation>未知选项“%1”</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1 需要一个值</translation>
        </message>
        <message>
            <source>%1 takes no value</source>
            <translation>%1 不接受值</translation>
        </message>
        <message>
            <source>unknown view '%1': the views are %2</source>
            <translation>未知视图“%1”：可用的视图有 %2</translation>
        </message>
        <message>
            <source>--step: expected a step number (0, 1, 2, ...), got '%1'</source>
            <translation>--step：应为步骤编号（0、1、2……），实际为“%1”</translation>
        </message>
        <message>
            <source>--steps: expected a range of steps like 2-7, got '%1'</source>
            <translation>--steps：应为像 2-7 这样的步骤范围，实际为“%1”</translation>
        </message>
        <message>
            <source>%1: expected a positive number, got '%2'</source>
            <translation>%1：应为正数，实际为“%2”</translation>
        </message>
        <message>
            <source>--fps: expected a positive number, got '%1'</source>
            <translation>--fps：应为正数，实际为“%1”</translation>
        </message>
        <message>
            <source>--loop: expected 0 (forever) or a number of plays up to 65536, got '%1'</source>
            <translation>--loop：应为 0（无限循环）或不超过 65536 的播放次数，实际为“%1”</translation>
        </message>
        <message>
            <source>--theme: expected light or dark, got '%1'</source>
            <translation>--theme：应为 light 或 dark，实际为“%1”</translation>
        </message>
        <message>
            <source>--palette: expected %1 or %2, got '%3'</source>
            <translation>--palette：应为 %1 或 %2，实际为“%3”</translation>
        </message>
        <message>
            <source>--kernel: expected ones, bilinear, random, random:SEED or a .npy file</source>
            <translation>--kernel：应为 ones、bilinear、random、random:SEED 或 .npy 文件</translation>
        </message>
        <message>
            <source>--plane: expected n,co (batch element, output channel) like 0,1, got '%1'</source>
            <translation>--plane：应为像 0,1 这样的 n,co（批次元素, 输出通道），实际为“%1”</translation>
        </message>
        <message>
            <source>%1: give only one of --step, --steps and --all</source>
            <translation>%1：--step、--steps 和 --all 只能给出其中一个</translation>
        </message>
        <message>
            <source>give only one of --scale and --dpi</source>
            <translation>--scale 和 --dpi 只能给出其中一个</translation>
        </message>
        <message>
            <source>missing CONFIG.json</source>
            <translation>缺少 CONFIG.json</translation>
        </message>
        <message>
            <source>expected one CONFIG.json, got %1: %2</source>
            <translation>只能有一个 CONFIG.json，实际有 %1 个：%2</translation>
        </message>
        <message>
            <source>missing --out FILE (its extension chooses the format)</source>
            <translation>缺少 --out FILE（其扩展名决定格式）</translation>
        </message>
        <message>
            <source>--image and --kernel are for --view image</source>
            <translation>--image 和 --kernel 只用于 --view image</translation>
        </message>
        <message>
            <source>usage: scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all]
                          [--scale S | --dpi D] [--fps F] [--loop N] [--theme light|dark]
                          [--palette vivid|colorblind] [--transparent] [--heatmap]
                          [--plane n,co] [--per-tap]
                          [--image PHOTO.png|jpg] [--kernel ones|bilinear|random[:SEED]|FILE.npy]
</source>
            <translation>用法：scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all]
                          [--scale S | --dpi D] [--fps F] [--loop N] [--theme light|dark]
                          [--palette vivid|colorblind] [--transparent] [--heatmap]
                          [--plane n,co] [--per-tap]
                          [--image PHOTO.png|jpg] [--kernel ones|bilinear|random[:SEED]|FILE.npy]
</translation>
        </message>
        <message>
            <source>
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

Prints what it wrote on stdout. Errors (an invalid config with PyTorch's message, an unknown
view or extension, a step out of range, a path that cannot be written, an unreadable photo or
kernel) go to stderr.
Exit status: 0 on success, 2 for an invalid config, command line or output path, 1 for anything else.
</source>
            <translation>
不需要窗口或显示器，把窗口为 CONFIG.json 显示的内容绘制到 FILE 中。FILE 的扩展名决定格式：
  .png   图片（位图）；--transparent 不绘制背景
  .py    一个构建同一层并输出其结果的 PyTorch 脚本（用于核对图片）
  .svg   图片（矢量，文字保留为文字）
  .pdf   图片（矢量），一页，页面大小与图片相同
  .gif   一段步骤范围的动画，带有窗口中的滑入和淡入淡出
  带帧编号的文件名，如 frames/frame-%04d.png：同样的动画，写成编号的 PNG 文件
         frame-0001.png、frame-0002.png、……（%d 表示不补零），放在已存在的文件夹中；
         用于以 --fps 制作视频。若文件夹中已有同一模式的帧，则拒绝导出（请先删除）：
         两次导出的帧绝不会混在一起
FILE 是一个新名称或一个普通文件，后者会被整个替换（若是符号链接，则替换链接的目标）；
设备、FIFO、套接字或文件夹，以及导出时要读取的任何文件（配置、照片、.npy），都会在
开始工作之前被拒绝。无法完整写入的文件（磁盘已满）不会留下，它本要替换的文件保持原样。

视图（--view，默认 @DEFAULT@）：
@VIEWS@
哪些步骤（步骤 0 是开始；`scatterboard CONFIG.json --step N` 会在该步骤打开窗口）：
  --step N       一个步骤；图片默认为最后一步（完成的输出）
  --steps A-B    步骤 A 到 B，用于动画
  --all          所有步骤；动画默认如此

  --scale S      每个世界单位的像素数（一个单元格为 40 单位），@MINSCALE@ 到 @MAXSCALE@，默认 1；PNG 记录 96·S dpi，
                 因此在任何缩放下打印尺寸都相同；SVG 和 PDF 页面同样按它定尺寸
  --dpi D        等同于 --scale D/96（@MINDPI@ 到 @MAXDPI@）
  --fps F        动画每秒帧数，@MINFPS@ 到 @MAXFPS@，默认 20：每一步像在窗口中一样用 @STEP@ s
                 滑入，然后 GIF 在该步停留 @HOLD@ s（最后一帧停留 @FINAL@ s）
  --loop N       GIF：0 为无限循环（默认），N 为播放 N 次
  --theme T      light（默认）或 dark
  --palette P    输入元素的颜色：vivid（默认）或 colorblind（Okabe-Ito）
  --transparent  无背景（PNG、SVG、GIF；PDF 页面仍为白色）
  --heatmap      按重叠为 scatter 视图的输出着色，同窗口中的 H 键
  --plane n,co   要跟踪的输出平面（批次元素, 输出通道），默认 0,0
  --per-tap      每个卷积核抽头一步，同窗口中的 T 键

图像视图（--view image）把配置的 kernel_size、stride、padding、output_padding 和
dilation 应用到一张照片上，每个颜色通道各自计算：
  --image PHOTO  PNG 或 JPEG（默认：内置的 96×64 测试照片）；单边超过 @MAXSIDE@ 像素的
                 照片会先缩小到该尺寸
  --kernel K     ones（全 1）、bilinear（FCN 的双线性上采样卷积核）、random 或 random:SEED
                 （[-1, 1) 内均匀分布，同一 seed 处处相同），或 FILE.npy：形状为
                 (1, 1, kH, kW) 的 float32/float64 weight，用于每个通道，或形状为
                 (3, 3/groups, kH, kW) 的整层 weight；其 kH×kW 取代 kernel_size。默认：配置的
                 weight 为一个 (1, 1, kH, kW) 平面时用它，否则为 ones

在 stdout 上输出写了什么。错误（带有 PyTorch 消息的无效配置、未知的视图或扩展名、超出
范围的步骤、无法写入的路径、无法读取的照片或卷积核）输出到 stderr。
退出状态：成功为 0，配置、命令行或输出路径无效为 2，其他情况为 1。
</translation>
        </message>
    </context>
    <context>
        <name>sb::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>All steps</source>
            <translation>所有步骤</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Pixels per world unit: a cell is 40 units. A PNG records 96 × scale dpi.</source>
            <translation>每个世界单位的像素数：一个单元格为 40 单位。PNG 记录 96 × 缩放 dpi。</translation>
        </message>
        <message>
            <source> fps</source>
            <translation> fps</translation>
        </message>
        <message>
            <source>Frames per second while a step slides in, as in the window</source>
            <translation>每一步滑入时的每秒帧数，与窗口中相同</translation>
        </message>
        <message>
            <source>forever</source>
            <translation>无限循环</translation>
        </message>
        <message>
            <source> plays</source>
            <translation> 次</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Transparent background</source>
            <translation>透明背景</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>View:</source>
            <translation>视图：</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>步骤：</translation>
        </message>
        <message>
            <source>Scale:</source>
            <translation>缩放：</translation>
        </message>
        <message>
            <source>Frame rate:</source>
            <translation>帧率：</translation>
        </message>
        <message>
            <source>Loop:</source>
            <translation>循环：</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>主题：</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>结果：</translation>
        </message>
        <message>
            <source>Numbered PNG frames (*.png)</source>
            <translation>编号的 PNG 帧 (*.png)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>Nothing to draw.</source>
            <translation>没有可绘制的内容。</translation>
        </message>
        <message>
            <source>Current step (%1)</source>
            <translation>当前步骤（%1）</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>one page, %1 × %2 pt (%3 × %4 mm)</source>
            <translation>一页，%1 × %2 pt（%3 × %4 mm）</translation>
        </message>
        <message>
            <source>%1 × %2 px</source>
            <translation>%1 × %2 px</translation>
        </message>
        <message>
            <source> (vector)</source>
            <translation> (矢量)</translation>
        </message>
        <message>
            <source>, 1 frame</source>
            <translation>，1 帧</translation>
        </message>
        <message>
            <source>, %1 frames</source>
            <translation>，%1 帧</translation>
        </message>
        <message>
            <source>, %1 s long</source>
            <translation>，时长 %1 s</translation>
        </message>
        <message>
            <source>%1 exists. Replace it?</source>
            <translation>%1 已存在。要替换它吗？</translation>
        </message>
    </context>
    <context>
        <name>sb::ImageController</name>
        <message>
            <source>not enough memory for this photo at these arguments</source>
            <translation>内存不足，无法以这些参数处理这张照片</translation>
        </message>
        <message>
            <source>Image view: %1</source>
            <translation>图像视图：%1</translation>
        </message>
    </context>
    <context>
        <name>sb::ImageControls</name>
        <message>
            <source>Open Image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a PNG or JPEG photo into the image view (or drop one on the window)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Config's kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The config's weight when it is one (1, 1, kH, kW) plane, otherwise all ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every tap 1: each output pixel sums its contributions, so uneven overlap shows as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bilinear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FCN's bilinear-upsampling kernel: with kernel 4, stride 2, padding 1 it interpolates bilinearly and the overlap is even</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values uniform in [−1, 1) from the seed, like an untrained layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load .npy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A weight from a NumPy file: (1, 1, kH, kW) for every colour channel, or (3, 3/groups, kH, kW)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kernel the photo goes through, colour channel by colour channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seed </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The random kernel's seed: the same seed gives the same kernel everywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kernel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NumPy arrays (*.npy);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>test photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in 96×64 test photo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sb::MainWindow</name>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Input and kernel values</source>
            <translation>输入与卷积核的值</translation>
        </message>
        <message>
            <source>image %p%</source>
            <translation>图像 %p%</translation>
        </message>
        <message>
            <source>The image view computing on a worker thread; an edit restarts it</source>
            <translation>图像视图正在后台线程中计算；任何编辑都会让它重新开始</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a config file (.json)</source>
            <translation>打开配置文件（.json）</translation>
        </message>
        <message>
            <source>Open &amp;Image…</source>
            <translation>打开图像(&amp;I)…</translation>
        </message>
        <message>
            <source>Show a PNG or JPEG photo in the image view, through this layer (or drop one on the window)</source>
            <translation>在图像视图中显示一张 PNG 或 JPEG 照片经过此层的结果（也可拖放到窗口上）</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Presets</source>
            <translation>预设(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>适合窗口(&amp;F)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Overlap Heat-map</source>
            <translation>重叠热图(&amp;O)</translation>
        </message>
        <message>
            <source>Colour the output by how many contributions land on each cell: the checkerboard</source>
            <translation>按每个单元格收到的贡献数为输出着色：棋盘格由此可见</translation>
        </message>
        <message>
            <source>&amp;Colour-blind-safe Palette</source>
            <translation>色盲友好配色(&amp;C)</translation>
        </message>
        <message>
            <source>Okabe–Ito colours for the input elements</source>
            <translation>输入元素使用 Okabe–Ito 配色</translation>
        </message>
        <message>
            <source>&amp;Dark Theme</source>
            <translation>深色主题(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Playback</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Play / Pause</source>
            <translation>播放 / 暂停(&amp;P)</translation>
        </message>
        <message>
            <source>Step &amp;Forward</source>
            <translation>前进一步(&amp;F)</translation>
        </message>
        <message>
            <source>Step &amp;Back</source>
            <translation>后退一步(&amp;B)</translation>
        </message>
        <message>
            <source>Jump to &amp;Start</source>
            <translation>跳到开头(&amp;S)</translation>
        </message>
        <message>
            <source>Jump to &amp;End</source>
            <translation>跳到结尾(&amp;E)</translation>
        </message>
        <message>
            <source>One Step per &amp;Tap</source>
            <translation>每个卷积核抽头一步(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Decimals</source>
            <translation>小数位数(&amp;D)</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1（默认）</translation>
        </message>
        <message numerus="yes">
            <source>Grids write non-integers with at most %n decimal(s)</source>
            <translation>
                <numerusform>网格中的非整数最多保留 %n 位小数</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <source>Full screen, the picture only, driven by the keys (Space, arrows, Page Up/Down, Home, End); Esc or F5 to leave</source>
            <translation>全屏，只显示图片，用按键操作（空格、方向键、Page Up/Down、Home、End）；按 Esc 或 F5 退出</translation>
        </message>
        <message>
            <source>Copy as &amp;PyTorch</source>
            <translation>复制为 PyTorch 代码(&amp;P)</translation>
        </message>
        <message>
            <source>A runnable Python script that builds the same nn.ConvTranspose2d and prints its output</source>
            <translation>一段可运行的 Python 脚本：构建相同的 nn.ConvTranspose2d 并打印其输出</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Scatterboard</source>
            <translation>关于 Scatterboard(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>跟随系统（%1）</translation>
        </message>
        <message>
            <source>A PyTorch script for this layer is on the clipboard</source>
            <translation>此层的 PyTorch 脚本已复制到剪贴板</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Computing %1 through the layer…</source>
            <translation>正在计算 %1 经过此层的结果…</translation>
        </message>
        <message>
            <source>Open image</source>
            <translation>打开图像</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>图像 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open configuration</source>
            <translation>打开配置</translation>
        </message>
        <message>
            <source>Scatterboard configs (*.json);;All files (*)</source>
            <translation>Scatterboard 配置 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save configuration</source>
            <translation>保存配置</translation>
        </message>
        <message>
            <source>Scatterboard configs (*.json)</source>
            <translation>Scatterboard 配置 (*.json)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>保存对 %1 的更改吗？</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>✓ valid</source>
            <translation>✓ 有效</translation>
        </message>
        <message>
            <source>✗ invalid: showing the last valid picture</source>
            <translation>✗ 无效：显示上一张有效的图</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (presenting: next step)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step forward / back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presenting (a clicker): next / previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;one step per kernel tap&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;overlap heat-map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;colour-blind-safe palette&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0, +, −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit, zoom in, zoom out (or the wheel)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;release a pinned cell; leave presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch view (scatter, output, overlap, equivalent, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy as PyTorch&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a photo in the image view (or drop one)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Mouse&lt;/b&gt;: %1&lt;/p&gt;</source>
            <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;播放 / 暂停（演示时：下一步）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;前进 / 后退一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;演示时（翻页器）：下一步 / 上一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;开头 / 结尾&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;每个卷积核抽头一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;重叠热图&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;色盲友好配色&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;深色主题&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0, +, −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;适合窗口、放大、缩小（或用滚轮）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;释放固定的单元格；退出演示模式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;演示模式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;切换视图（散布、输出、重叠、等价卷积……）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;复制为 PyTorch 代码&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在图像视图中打开照片（或拖放）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;鼠标&lt;/b&gt;: %1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>sb::OptionParser</name>
        <message>
            <source>Displays this help.</source>
            <translation>显示此帮助。</translation>
        </message>
    </context>
    <context>
        <name>sb::ParameterPanel</name>
        <message>
            <source>in_channels: number of channels in the input image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out_channels: number of channels produced by the convolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>groups: number of blocked connections from input channels to output channels; each group of in_channels/groups inputs feeds only its own out_channels/groups outputs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kernel_size: size of the convolving kernel (kH, kW).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stride: stride of the convolution — how far apart neighbouring input elements place their copies of the kernel in the output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>padding: dilation·(kernel_size − 1) − padding zero-padding is added to both sides of the input; in the scatter picture, padding rows and columns are cropped off each side of the output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output_padding: additional size added to one side of each dimension in the output shape; it must be smaller than stride or dilation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dilation: spacing between kernel elements (the à trous algorithm).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N, the batch size. "unbatched" passes a (C, H, W) input, and PyTorch then drops N from the output too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>H_in, W_in: the height and width of every input plane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output_size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output_size passed to forward(): PyTorch then chooses output_padding to reach it, between the smallest and largest size the arguments allow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unbatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bias: if True, adds a learnable bias to the output, one value per output channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one value per output channel, e.g. 0, 0.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bias values, out_channels of them, separated by commas (nan, inf and -inf are accepted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shape of the output, as PyTorch's output.size() prints it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nn.ConvTranspose2d(…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in_channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out_channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kernel_size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>padding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output_padding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dilation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forward(input, output_size)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>batch N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>input H × W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Height (first value).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Width (second value).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output: —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn bias on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn bias off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bias: cannot read "%1" as a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change bias values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove output_size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change output_size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change input shape</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sb::PlaybackController</name>
        <message>
            <source>Drawing the %1 view</source>
            <translation>正在绘制 %1 视图</translation>
        </message>
    </context>
    <context>
        <name>sb::ScatterView</name>
        <message>
            <source>Hover a cell to see where its number comes from; click to pin it (Esc releases). Click an input element to jump to its step. Wheel: zoom · drag: pan · 0: fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No valid configuration yet: fix the highlighted field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid configuration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture is the last valid one; fix the highlighted field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the highlighted field.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sb::SizePairEditor</name>
        <message>
            <source>link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked: height and width change together, like passing one int for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link %1 height and width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 width</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sb::TaskProgress</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop computing (Esc); the picture keeps showing the previous configuration</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sb::TensorEditor</name>
        <message>
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tensor to edit: the input x, or the weight of shape (in_channels, out_channels/groups, kH, kW).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace every value of the tensor (all planes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zeros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arange from 0 (d2l's X = K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arange from 1 (seed 004's kernel 1..16)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random (seed from the box)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impulse (1 at each plane's centre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seed </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed of the random fill: the same seed gives the same values on every machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number, nan, inf or -inf into a cell; each change can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>co</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample n of the batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Input channel ci: the weight's first axis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Input channel c</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output channel within ci's group: channel group·out_channels/groups + co</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>–</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (seed %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill %1 with %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sb::TensorPlaneModel</name>
        <message>
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row %1 (y) of the input plane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kernel row %1 (ky)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column %1 (x) of the input plane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kernel column %1 (kx)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sb::TransportBar</name>
        <message>
            <source>Jump to the start (Home)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step back (←)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play / pause (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step forward (→)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jump to the end (End)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scrub through the steps; the labels mark where each phase begins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playback speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per tap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One step per kernel tap instead of one per input element</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plane n / co:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch element n shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output channel co shown; the input channels of its group are summed into it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no valid picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step %1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step %1 / %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
