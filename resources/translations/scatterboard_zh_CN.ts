<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjointPicture</name>
    <message>
        <source>Conv2d, the same weight the other way</source>
        <translation>Conv2d：同一个权重，方向相反</translation>
    </message>
    <message>
        <source>%1 with this layer&apos;s weight, read as (out = %2, in/groups = %3, kH, kW), maps the output&apos;s shape %4 back to the input&apos;s %5:</source>
        <translation>%1 使用本层的权重，按 (out = %2, in/groups = %3, kH, kW) 读取，把输出的形状 %4 映射回输入的形状 %5：</translation>
    </message>
    <message>
        <source>%1 = ⌊(%2 + 2·%3 − %4·(%5 − 1) − 1) / %6⌋ + 1 = %7</source>
        <extracomment>%1 the axis (H or W); the rest is Conv2d&apos;s size formula with the layer&apos;s numbers</extracomment>
        <translation>%1 = ⌊(%2 + 2·%3 − %4·(%5 − 1) − 1) / %6⌋ + 1 = %7</translation>
    </message>
    <message>
        <source>output_padding %1 is not below the stride %2 here (PyTorch allows it because dilation is larger): Conv2d gives %3, not %4, and the gradient keeps only the first %4.</source>
        <translation>这里 output_padding %1 不小于 stride %2（因为 dilation 更大，PyTorch 允许这样）：Conv2d 得到 %3 而不是 %4，梯度只保留前 %4 个。</translation>
    </message>
    <message>
        <source>The transposed convolution is its gradient</source>
        <translation>转置卷积就是它的梯度</translation>
    </message>
    <message>
        <source>As matrices (seed 001): conv2d multiplies by W, %1 × %2; conv_transpose2d multiplies by Wᵀ, %2 × %1. The same %3 non-zero weights, rows and columns swapped (the matrix view draws Wᵀ).</source>
        <translation>写成矩阵（seed 001）：conv2d 乘以 W，%1 × %2；conv_transpose2d 乘以 Wᵀ，%2 × %1。同样的 %3 个非零权重，只是行与列互换（矩阵视图画的是 Wᵀ）。</translation>
    </message>
    <message>
        <source>So y = conv_transpose2d(x) is the gradient of ⟨conv2d(z), x⟩ with respect to z: in a network&apos;s backward pass, Conv2d sends its upstream gradient back through exactly this layer, and torch.autograd.grad returns y.</source>
        <translation>因此 y = conv_transpose2d(x) 就是 ⟨conv2d(z), x⟩ 对 z 的梯度：在网络的反向传播中，Conv2d 正是通过这样一层把上游梯度传回去的，torch.autograd.grad 返回的就是 y。</translation>
    </message>
    <message>
        <source>Checked with this layer&apos;s numbers</source>
        <translation>用本层的数值验证</translation>
    </message>
    <message>
        <source>z: uniform in [−1, 1) (seed 17), shaped like the output; x: the layer&apos;s input; the bias left out, as it is no part of the linear map.</source>
        <translation>z：[−1, 1) 内均匀分布（种子 17），形状与输出相同；x：本层的输入；偏置不计入，因为它不属于线性映射。</translation>
    </message>
    <message>
        <source>⟨conv2d(z), x⟩ = %1</source>
        <translation>⟨conv2d(z), x⟩ = %1</translation>
    </message>
    <message>
        <source>⟨z, conv_transpose2d(x)⟩ = %1</source>
        <translation>⟨z, conv_transpose2d(x)⟩ = %1</translation>
    </message>
    <message>
        <source>equal to the last digit</source>
        <translation>直到最后一位都相等</translation>
    </message>
    <message>
        <source>they differ by %1: the rounding of float32 products summed in another order</source>
        <translation>两者相差 %1：这是 float32 乘积按另一种顺序求和造成的舍入误差</translation>
    </message>
    <message>
        <source>output_padding chooses among Conv2d&apos;s inputs</source>
        <translation>output_padding 在 Conv2d 的多个输入尺寸中做选择</translation>
    </message>
    <message>
        <source>%1 (output_padding %2)</source>
        <translation>%1（output_padding %2）</translation>
    </message>
    <message>
        <source>Conv2d rounds down when it divides by the stride, so the heights %1 all shrink to %2. The transposed layer cannot know which one it is undoing: output_padding says, and this layer&apos;s %3 gives %4.</source>
        <translation>Conv2d 除以 stride 时向下取整，所以高度 %1都会缩到 %2。转置层无法知道自己在还原哪一个：这由 output_padding 指明，本层的值 %3 给出 %4。</translation>
    </message>
    <message>
        <source>With stride %1 only one height, %2, shrinks back to %3: output_padding has nothing to choose.</source>
        <translation>stride 为 %1 时，只有一个高度 %2 能缩回 %3：output_padding 无可选择。</translation>
    </message>
    <message>
        <source>Conv2d with the same weight maps the output&apos;s shape back to the input&apos;s; the transposed convolution is its gradient.</source>
        <translation>使用同一权重的 Conv2d 把输出的形状映射回输入的形状；转置卷积就是它的梯度。</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>%1视图</translation>
    </message>
    <message>
        <source>%1 with this layer&apos;s weight, read as (out = %2, in/groups = %3, k), maps the output&apos;s shape %4 back to the input&apos;s %5:</source>
        <translation>%1 使用本层的权重，按 (out = %2, in/groups = %3, k) 读取，把输出的形状 %4 映射回输入的形状 %5：</translation>
    </message>
    <message>
        <source>Conv1d rounds down when it divides by the stride, so the lengths %1 all shrink to %2. The transposed layer cannot know which one it is undoing: output_padding says, and this layer&apos;s %3 gives %4.</source>
        <translation>Conv1d 除以 stride 时向下取整，所以长度 %1都会缩到 %2。转置层无法知道自己在还原哪一个：这由 output_padding 指明，本层的值 %3 给出 %4。</translation>
    </message>
    <message>
        <source>With stride %1 only one length, %2, shrinks back to %3: output_padding has nothing to choose.</source>
        <translation>stride 为 %1 时，只有一个长度 %2 能缩回 %3：output_padding 无可选择。</translation>
    </message>
</context>
<context>
    <name>ChannelsPicture</name>
    <message>
        <source>1 wire</source>
        <translation>1 条连线</translation>
    </message>
    <message>
        <source>%1 wires</source>
        <translation>%1 条连线</translation>
    </message>
    <message>
        <source>1 input channel</source>
        <translation>1 个输入通道</translation>
    </message>
    <message>
        <source>%1 input channels</source>
        <translation>%1 个输入通道</translation>
    </message>
    <message>
        <source>1 output channel</source>
        <translation>1 个输出通道</translation>
    </message>
    <message>
        <source>%1 output channels</source>
        <translation>%1 个输出通道</translation>
    </message>
    <message>
        <source>input x[%1] · %2 × %3×%4</source>
        <extracomment>The inputs&apos; caption: sample x[%1], %2 channels of %3×%4</extracomment>
        <translation>输入 x[%1] · %2 × %3×%4</translation>
    </message>
    <message>
        <source>output y[%1] · %2 × %3×%4</source>
        <extracomment>The outputs&apos; caption: sample y[%1], %2 channels of %3×%4</extracomment>
        <translation>输出 y[%1] · %2 × %3×%4</translation>
    </message>
    <message>
        <source>w[ci, co&apos;] (%1×%2) and Σ per output</source>
        <extracomment>The weights&apos; caption: w[ci, co&apos;] is notation (input channel, output channel within its group)</extracomment>
        <translation>w[ci, co&apos;] (%1×%2) 与每个输出的 Σ</translation>
    </message>
    <message>
        <source>groups = 1: every input channel feeds every output channel, %1 × %2 = %3</source>
        <extracomment>groups is the PyTorch argument; %3 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>groups = 1：每个输入通道都连到每个输出通道，%1 × %2 = %3</translation>
    </message>
    <message>
        <source>groups = %1 = in_channels (depthwise): each input channel feeds only its own 1 output channel, %2</source>
        <extracomment>groups and in_channels are PyTorch arguments; %2 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>groups = %1 = in_channels（逐通道）：每个输入通道只连到它自己的 1 个输出通道，%2</translation>
    </message>
    <message>
        <source>groups = %1 = in_channels (depthwise): each input channel feeds only its own %2 output channels, %3</source>
        <translation>groups = %1 = in_channels（逐通道）：每个输入通道只连到它自己的 %2 个输出通道，%3</translation>
    </message>
    <message>
        <source>groups = %1: %1 blocks of %2 input → %3 output channels, %4 × %5 / %1 = %6</source>
        <extracomment>groups is the PyTorch argument; %6 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>groups = %1：%1 个块，每块 %2 个输入 → %3 个输出通道，%4 × %5 / %1 = %6</translation>
    </message>
    <message>
        <source>weight %1: %2 × %3 per group × %4×%5 kernels</source>
        <extracomment>%1 is the weight&apos;s shape like [3, 16, 3, 3], %2 &quot;3 input channels&quot;, %3 &quot;16 output channels&quot;</extracomment>
        <translation>权重 %1：%2 × 每组 %3 × %4×%5 卷积核</translation>
    </message>
    <message>
        <source>weight %1: %2 × %3 per group × %4×%5 kernel</source>
        <translation>权重 %1：%2 × 每组 %3 × %4×%5 卷积核</translation>
    </message>
    <message>
        <source>%1: each output channel sums the 1 input channel of its group, each through its own %2×%3 weight slice.</source>
        <extracomment>%1 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>%1：每个输出通道对其组内的 1 个输入通道求和，每个都经过各自的 %2×%3 权重切片。</translation>
    </message>
    <message>
        <source>%1: each output channel sums the %2 input channels of its group, each through its own %3×%4 weight slice.</source>
        <translation>%1：每个输出通道对其组内的 %2 个输入通道求和，每个都经过各自的 %3×%4 权重切片。</translation>
    </message>
    <message>
        <source>: with groups = 1 every input channel feeds it.</source>
        <extracomment>Follows a sum like &quot;y[0] = x[0] ⋆ w[0, 0] + …&quot;; groups is the PyTorch argument</extracomment>
        <translation>：groups = 1 时，每个输入通道都连到它。</translation>
    </message>
    <message>
        <source>: y[%1] is in group %2, so only %3 feeds it.</source>
        <extracomment>Follows a sum like &quot;y[0] = x[0] ⋆ w[0, 0]&quot;; %3 is one input channel like x[2]</extracomment>
        <translation>：y[%1] 属于组 %2，因此只有 %3 连到它。</translation>
    </message>
    <message>
        <source>: y[%1] is in group %2, so only %3 feed it.</source>
        <translation>：y[%1] 属于组 %2，因此只有 %3 连到它。</translation>
    </message>
    <message>
        <source>channels and groups · %1 → %2 channel(s), groups = %3 · step %4 / %5</source>
        <extracomment>The title&apos;s second line; groups is the PyTorch argument</extracomment>
        <translation>通道与分组 · %1 → %2 个通道，groups = %3 · 步骤 %4 / %5</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
</context>
<context>
    <name>ComparePicture</name>
    <message>
        <source>none</source>
        <extracomment>A range of counts when the map has no such cells (no interior, no border)</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>this layer</source>
        <translation>本层</translation>
    </message>
    <message>
        <source>kernel rounded up</source>
        <extracomment>The layer&apos;s kernel size rounded up to a multiple of the stride</extracomment>
        <translation>卷积核向上取整</translation>
    </message>
    <message>
        <source>kernel = stride</source>
        <translation>卷积核 = 步幅</translation>
    </message>
    <message>
        <source>%1×%2 output · interior %3 · border %4</source>
        <extracomment>%3 and %4 are ranges of contributions per cell like 1–4, or &quot;none&quot;</extracomment>
        <translation>%1×%2 输出 · 内部 %3 · 边缘 %4</translation>
    </message>
    <message>
        <source>contributions per output cell, one scale for all panels</source>
        <translation>每个输出单元格的贡献数，所有面板同一色标</translation>
    </message>
    <message>
        <source>kernel %1 gives an even map (%2 inside)</source>
        <translation>卷积核 %1 得到均匀的图（内部 %2）</translation>
    </message>
    <message>
        <source>kernel %1 gives a checkerboard (%2 inside)</source>
        <translation>卷积核 %1 得到棋盘格（内部 %2）</translation>
    </message>
    <message>
        <source>Same %1×%2 input, stride %3: %4.</source>
        <extracomment>%4 lists the panels: &quot;kernel 3 gives a checkerboard (1–4 inside); kernel 4 gives …&quot;</extracomment>
        <translation>相同的 %1×%2 输入，步幅 %3：%4。</translation>
    </message>
    <message>
        <source>%1: overlap maps of the same %2×%3 input with a ones kernel, on one colour scale</source>
        <extracomment>The view&apos;s subtitle; %1 is the view&apos;s name (&quot;compare&quot;)</extracomment>
        <translation>%1：同一 %2×%3 输入在全 1 卷积核下的重叠图，同一色标</translation>
    </message>
</context>
<context>
    <name>EquivalentPicture</name>
    <message>
        <source>equivalent direct convolution</source>
        <translation>等价的直接卷积</translation>
    </message>
    <message>
        <source>showing input channel c=%1 of %2–%3</source>
        <translation>显示输入通道 c=%1（共 %2–%3）</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <extracomment>The title&apos;s step counter: step 3 of 15.</extracomment>
        <translation>步骤 %1 / %2</translation>
    </message>
    <message>
        <source>kernel w[%1, %2]  %3×%4</source>
        <translation>卷积核 w[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>kernel w  %1×%2</source>
        <translation>卷积核 w  %1×%2</translation>
    </message>
    <message>
        <source>flipped  %1×%2</source>
        <extracomment>Caption of the kernel flipped up-down and left-right; %1×%2 is its size.</extracomment>
        <translation>翻转后  %1×%2</translation>
    </message>
    <message>
        <source>padded input, c=%1  %2×%3</source>
        <translation>填充后的输入，c=%1  %2×%3</translation>
    </message>
    <message>
        <source>padded input  %1×%2</source>
        <translation>填充后的输入  %1×%2</translation>
    </message>
    <message>
        <source>window · flipped kernel</source>
        <extracomment>Caption of the products grid: the window of the padded input times the flipped kernel.</extracomment>
        <translation>窗口 · 翻转的卷积核</translation>
    </message>
    <message>
        <source>output y[%1, %2]  %3×%4</source>
        <translation>输出 y[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>output y  %1×%2</source>
        <translation>输出 y  %1×%2</translation>
    </message>
    <message>
        <source>  (+ bias %1)</source>
        <extracomment>Appended to the output&apos;s caption: the bias value added to every cell.</extracomment>
        <translation>  (+ 偏置 %1)</translation>
    </message>
    <message>
        <source>flip ↕ ↔</source>
        <extracomment>Label on the arrow from the kernel to its flipped copy (flipped up-down and left-right).</extracomment>
        <translation>翻转 ↕ ↔</translation>
    </message>
    <message>
        <source>top-left = w%1,</source>
        <extracomment>First line of a two-line note under the flipped kernel; %1 is an index like [2,2].</extracomment>
        <translation>左上 = w%1，</translation>
    </message>
    <message>
        <source>the original&apos;s bottom-right</source>
        <extracomment>Second line of the note: &quot;top-left = w[2,2], the original&apos;s bottom-right&quot;.</extracomment>
        <translation>即原卷积核的右下角</translation>
    </message>
    <message>
        <source>input elements x[i,j], %1 apart (stride)</source>
        <translation>输入元素 x[i,j]，相距 %1（stride）</translation>
    </message>
    <message>
        <source>%1 zeros between elements</source>
        <extracomment>%1 is a formula like &quot;s − 1 = 1&quot;.</extracomment>
        <translation>元素之间的零：%1</translation>
    </message>
    <message>
        <source>border %1: cropped</source>
        <translation>边框 %1：被裁剪</translation>
    </message>
    <message>
        <source>border %1 zeros on each side</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;.</extracomment>
        <translation>边框：每边 %1 个零</translation>
    </message>
    <message>
        <source>border %1: none</source>
        <translation>边框 %1：无</translation>
    </message>
    <message>
        <source>output_padding = %1 more zeros at the bottom/right</source>
        <translation>output_padding = %1：底部/右侧多补的零</translation>
    </message>
    <message>
        <source>input x[%1, c=%2]  %3×%4</source>
        <translation>输入 x[%1, c=%2]  %3×%4</translation>
    </message>
    <message>
        <source>input x  %1×%2</source>
        <translation>输入 x  %1×%2</translation>
    </message>
    <message>
        <source>Σ over c=%1–%2</source>
        <extracomment>The sum over the group&apos;s input channels c=%1 to %2.</extracomment>
        <translation>c=%1–%2 上的 Σ</translation>
    </message>
    <message>
        <source>Seed 000: the same output as a direct convolution (Conv2d) of</source>
        <extracomment>Heading of a numbered list (items 1. to 4. follow). &quot;Seed 000&quot; is the name of a notebook.</extracomment>
        <translation>Seed 000：输出与对下列内容做直接卷积（Conv2d）相同：</translation>
    </message>
    <message>
        <source>1. x as it is (stride 1: no zeros between elements),</source>
        <translation>1. 原样的 x（stride 1：元素之间不插零），</translation>
    </message>
    <message>
        <source>1. x with %1 zeros inserted between neighbouring elements,</source>
        <translation>1. 相邻元素之间插入 %1 个零的 x，</translation>
    </message>
    <message>
        <source>2. a border of %1, i.e. a crop on each side,</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 3 = −1&quot;.</extracomment>
        <translation>2. %1 的边框，即每边裁剪，</translation>
    </message>
    <message>
        <source>2. a border of %1 zeros on each side,</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;.</extracomment>
        <translation>2. 每边 %1 个零的边框，</translation>
    </message>
    <message>
        <source>    and output_padding = %1 more zero rows/cols at the bottom/right,</source>
        <extracomment>Continues item 2.; keep the four leading spaces.</extracomment>
        <translation>    以及 output_padding = %1：底部/右侧多补的零行/列，</translation>
    </message>
    <message>
        <source>3. the kernel flipped up-down and left-right,</source>
        <translation>3. 上下、左右翻转的卷积核，</translation>
    </message>
    <message>
        <source>4. slid with stride 1 and dilation %1: one output cell per position.</source>
        <translation>4. 以 stride 1、dilation %1 滑动：每个位置一个输出单元格。</translation>
    </message>
    <message>
        <source>padded %1×%2, output = padded − d·(k − 1) = %3×%4</source>
        <extracomment>&quot;padded&quot; is the padded input; d, k are dilation and kernel size.</extracomment>
        <translation>填充后 %1×%2，输出 = 填充后 − d·(k − 1) = %3×%4</translation>
    </message>
    <message>
        <source>%1 = Σ window · flipped kernel</source>
        <extracomment>%1 is an output cell like y[1,2]; the sum of the window times the flipped kernel.</extracomment>
        <translation>%1 = Σ 窗口 · 翻转的卷积核</translation>
    </message>
    <message>
        <source>%1 = Σ over channels %2–%3 of window · flipped kernel</source>
        <extracomment>%1 is an output cell like y[1,2]; %2–%3 the input channels summed.</extracomment>
        <translation>%1 = 对通道 %2–%3 求和 Σ 窗口 · 翻转的卷积核</translation>
    </message>
    <message>
        <source>%1 = 0 (the kernel covers only zeros)</source>
        <extracomment>%1 is &quot;y[1,2] = Σ window · flipped kernel&quot;.</extracomment>
        <translation>%1 = 0（卷积核只覆盖到零）</translation>
    </message>
    <message>
        <source>Stride 1 inserts no zeros; add a border of %1 (%2×%3), flip the kernel, and slide it with stride 1: one output cell per position, %4 in all.</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;; %2×%3 the padded size; %4 the number of output cells.</extracomment>
        <translation>stride 1 不插入零；加上 %1 的边框（%2×%3），翻转卷积核，再以 stride 1 滑动：每个位置一个输出单元格，共 %4 个。</translation>
    </message>
    <message>
        <source>Insert %1 zeros between elements, add a border of %2 (%3×%4), flip the kernel, and slide it with stride 1: one output cell per position, %5 in all.</source>
        <extracomment>%1 is a formula like &quot;s − 1 = 1&quot;; %2 one like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;; %3×%4 the padded size; %5 the number of output cells.</extracomment>
        <translation>在元素之间插入 %1 个零，加上 %2 的边框（%3×%4），翻转卷积核，再以 stride 1 滑动：每个位置一个输出单元格，共 %5 个。</translation>
    </message>
    <message>
        <source>%1: the same number the scatter gives.</source>
        <extracomment>%1 is the sum written out: &quot;y[1,2] = Σ window · flipped kernel = 1·7 + 1·5 = 12&quot;.</extracomment>
        <translation>%1：与散布得到的数相同。</translation>
    </message>
    <message>
        <source>%1, but the scatter gives %2.</source>
        <extracomment>%1 is the sum written out; %2 the scatter view&apos;s different value.</extracomment>
        <translation>%1，但散布得到的是 %2。</translation>
    </message>
    <message>
        <source>window rows %1–%2, cols %3–%4 of the padded input; the scatter gives %5 %6</source>
        <extracomment>%6 is a check mark ✓ (same value) or a cross ✗.</extracomment>
        <translation>窗口：填充后输入的第 %1–%2 行、第 %3–%4 列；散布得到 %5 %6</translation>
    </message>
    <message>
        <source>%1 = 0: one of the %2 zeros inserted between elements</source>
        <extracomment>%1 is a padded-input cell like padded[1,2]; %2 a formula like &quot;s − 1 = 1&quot;.</extracomment>
        <translation>%1 = 0：元素之间插入的 %2 个零之一</translation>
    </message>
    <message>
        <source>%1 = 0: the border, %2 zeros on each side</source>
        <extracomment>%1 is a padded-input cell like padded[0,2]; %2 a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;.</extracomment>
        <translation>%1 = 0：边框，每边 %2 个零</translation>
    </message>
    <message>
        <source>%1 = 0: output_padding = %2 adds it at the bottom/right</source>
        <extracomment>%1 is a padded-input cell like padded[6,2]; %2 the output_padding value.</extracomment>
        <translation>%1 = 0：由 output_padding = %2 补在底部/右侧</translation>
    </message>
    <message>
        <source>cropped: the border %1 removes this row/col</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 3 = −1&quot;.</extracomment>
        <translation>已裁剪：边框 %1 去掉了这一行/列</translation>
    </message>
    <message>
        <source>under the flipped kernel for %1 output cells (outlined)</source>
        <translation>在 %1 个输出单元格的翻转卷积核之下（已描边）</translation>
    </message>
    <message>
        <source>%1 = %2 sits at %3 = (border + %4·s, border + %5·s)</source>
        <extracomment>%1 = %2 is an input element and its value, like x[1,2] = 0.5; %3 a padded-input cell like padded[3,5]; s is the stride.</extracomment>
        <translation>%1 = %2 位于 %3 = (边框 + %4·s, 边框 + %5·s)</translation>
    </message>
    <message>
        <source>flipping up-down and left-right moves tap (%1, %2) to (%3, %4)</source>
        <translation>上下、左右翻转把抽头 (%1, %2) 移到 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ImageInputs</name>
    <message>
        <source>the config&apos;s own kernel</source>
        <extracomment>The kernel the image view uses, as its title names it (&quot;image: test-photo.png through the config&apos;s own kernel&quot;)</extracomment>
        <translation>配置自带的卷积核</translation>
    </message>
    <message>
        <source>the config&apos;s own layer</source>
        <extracomment>The kernel the image view uses, as its title names it (&quot;image: test-photo.png through the config&apos;s own layer&quot;)</extracomment>
        <translation>配置自身的层</translation>
    </message>
    <message>
        <source>the config&apos;s own weights w[c, c]</source>
        <extracomment>The kernel the image view uses, as its title names it; w[c, c] is the layer&apos;s weight plane for input channel c and output channel c</extracomment>
        <translation>配置自身的权重 w[c, c]</translation>
    </message>
    <message>
        <source>the all-ones kernel</source>
        <translation>全 1 卷积核</translation>
    </message>
    <message>
        <source>%1: a kernel needs 4 dimensions (1, 1, kH, kW) or (3, 3/groups, kH, kW), got shape %2</source>
        <extracomment>%1 is a .npy file&apos;s path, %2 a shape like (1, 1, 3, 3); kH, kW are the kernel&apos;s height and width</extracomment>
        <translation>%1：卷积核需要 4 个维度 (1, 1, kH, kW) 或 (3, 3/groups, kH, kW)，实际形状为 %2</translation>
    </message>
    <message>
        <source>the kernel of %1 %2</source>
        <extracomment>%1 is a .npy file&apos;s name, %2 its shape like (1, 1, 3, 3)</extracomment>
        <translation>%1 的卷积核 %2</translation>
    </message>
    <message>
        <source>unknown kernel &apos;%1&apos;: expected ones, bilinear, random, random:SEED (a whole number) or a .npy file</source>
        <extracomment>ones, bilinear, random, random:SEED are the values --kernel takes: keep them in English</extracomment>
        <translation>未知的卷积核“%1”：应为 ones、bilinear、random、random:SEED（整数）或 .npy 文件</translation>
    </message>
    <message>
        <source>the bilinear-upsampling kernel</source>
        <translation>双线性上采样卷积核</translation>
    </message>
    <message>
        <source>a random kernel (seed %1)</source>
        <translation>随机卷积核（种子 %1）</translation>
    </message>
</context>
<context>
    <name>ImagePicture</name>
    <message>
        <source>contributions</source>
        <extracomment>The heat-map legend&apos;s label: contributions per output pixel</extracomment>
        <translation>贡献数</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>Lists counts: %1 is &quot;1, 2&quot; and %2 is &quot;4&quot; in &quot;1, 2 or 4&quot;</extracomment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>input x: %1, %2</source>
        <extracomment>%1 is the photo&apos;s file name, %2 its size like 320×240</extracomment>
        <translation>输入 x：%1，%2</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <extracomment>After the input&apos;s size: the photo&apos;s size before it was scaled down</extracomment>
        <translation> (原为 %1)</translation>
    </message>
    <message>
        <source>ConvTranspose2d output, %1</source>
        <translation>ConvTranspose2d 输出，%1</translation>
    </message>
    <message>
        <source>nearest upsample + Conv2d, %1</source>
        <translation>最近邻上采样 + Conv2d，%1</translation>
    </message>
    <message>
        <source>contributions per output pixel</source>
        <translation>每个输出像素的贡献数</translation>
    </message>
    <message>
        <source>shown at the output&apos;s size</source>
        <translation>按输出尺寸显示</translation>
    </message>
    <message>
        <source>values %1 … %2 → black … white</source>
        <translation>数值 %1 … %2 → 黑 … 白</translation>
    </message>
    <message>
        <source>magnified: the %1 output pixels in the frames above, pixel by pixel</source>
        <translation>放大：上方框内 %1 的输出像素，逐像素显示</translation>
    </message>
    <message>
        <source>every interior output pixel receives 1 contribution</source>
        <translation>每个内部输出像素收到 1 个贡献</translation>
    </message>
    <message>
        <source>every interior output pixel receives %1 contributions</source>
        <translation>每个内部输出像素收到 %1 个贡献</translation>
    </message>
    <message>
        <source>output pixels receive 1 contribution (stripes of period %2)</source>
        <extracomment>%1 lists counts like &quot;1 or 2&quot;, %2 the stride like 2 or (1, 2)</extracomment>
        <translation>输出像素收到 1 个贡献（周期为 %2 的条纹）</translation>
    </message>
    <message>
        <source>output pixels receive %1 contributions (stripes of period %2)</source>
        <translation>输出像素收到 %1 个贡献（周期为 %2 的条纹）</translation>
    </message>
    <message>
        <source>output pixels receive 1 contribution (a checkerboard of period %2)</source>
        <extracomment>%1 lists counts like &quot;1, 2 or 4&quot;, %2 the stride like 2 or (2, 3)</extracomment>
        <translation>输出像素收到 1 个贡献（周期为 %2 的棋盘格）</translation>
    </message>
    <message>
        <source>output pixels receive %1 contributions (a checkerboard of period %2)</source>
        <translation>输出像素收到 %1 个贡献（周期为 %2 的棋盘格）</translation>
    </message>
    <message>
        <source>%1, stride %2: %3; with stride 1 down the rows there is no row pattern to measure.</source>
        <extracomment>%1 names the kernel (&quot;The all-ones kernel&quot;), %2 is the stride, %3 a clause on the contributions</extracomment>
        <translation>%1，步幅 %2：%3；行方向步幅为 1，没有可测量的行图案。</translation>
    </message>
    <message>
        <source>%1, stride %2: %3, and the output&apos;s rows alternate in brightness by %4%; the resize-convolution&apos;s (every pixel covered alike) by %5%.</source>
        <extracomment>%1 names the kernel (&quot;The all-ones kernel&quot;), %2 is the stride, %3 a clause on the contributions; %4% and %5% are percentages</extracomment>
        <translation>%1，步幅 %2：%3，输出各行的亮度交替相差 %4%；缩放卷积（每个像素覆盖相同）只相差 %5%。</translation>
    </message>
    <message>
        <source>%1: %2 through %3, channel by channel — Distill&apos;s checkerboard artifacts on a real photo, and the resize-convolution that avoids them</source>
        <translation>%1：%2 经过%3，逐通道 — 真实照片上的 Distill 棋盘格伪影，以及避免它的缩放卷积</translation>
    </message>
    <message>
        <source>%1: %2 through %3, the channels mixed — Distill&apos;s checkerboard artifacts on a real photo, and the resize-convolution that avoids them</source>
        <translation>%1：%2 经过%3，各通道相混 — 真实照片上的 Distill 棋盘格伪影，以及避免它的缩放卷积</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>%1 = 0  (no input element reaches this cell)</source>
        <extracomment>%1 is a cell like y[0,1] or full[2,3]</extracomment>
        <translation>%1 = 0  (没有输入元素到达此单元格)</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>%1 is a sum of terms like x[0,1]·w[1,1] + x[0,2]·w[1,0]</extracomment>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>kept as y%1</source>
        <extracomment>%1 is an index like [0,1]: the full buffer&apos;s cell is kept as output cell y[0,1]</extracomment>
        <translation>保留为 y%1</translation>
    </message>
    <message>
        <source>cropped by padding</source>
        <translation>被 padding 裁掉</translation>
    </message>
    <message>
        <source>lands on full%1 = y%2</source>
        <extracomment>%1 and %2 are indices like [2,3]; &quot;full&quot; is the full (uncropped) buffer, y the output</extracomment>
        <translation>落在 full%1 = y%2</translation>
    </message>
    <message>
        <source>lands on full%1, cropped by padding</source>
        <extracomment>%1 is an index like [2,3]; &quot;full&quot; is the full (uncropped) buffer</extracomment>
        <translation>落在 full%1，被 padding 裁掉</translation>
    </message>
    <message>
        <source>%1 = %2 scatters %2·w into rows %3–%4, cols %5–%6 of the full buffer</source>
        <extracomment>%1 is an input element like x[0,1] and %2 its value; %2·w is the kernel scaled by it</extracomment>
        <translation>%1 = %2 将 %2·w 散布到完整缓冲区的第 %3–%4 行、第 %5–%6 列</translation>
    </message>
    <message>
        <source>its buffer starts at (%1·%2, %3·%4) = (%5, %6): stride %2×%4 apart from its neighbours</source>
        <translation>其缓冲区起始于 (%1·%2, %3·%4) = (%5, %6)：与相邻缓冲区相隔步幅 %2×%4</translation>
    </message>
    <message>
        <source>tap (%1, %2) sits %3 rows, %4 cols into every buffer (dilation %5×%6)</source>
        <extracomment>A kernel tap (ky, kx); dilation is the PyTorch argument</extracomment>
        <translation>抽头 (%1, %2) 在每个缓冲区内偏移 %3 行、%4 列（膨胀 %5×%6）</translation>
    </message>
</context>
<context>
    <name>MatrixPicture</name>
    <message>
        <source>%1 view y = Wᵀ·x · </source>
        <extracomment>The title&apos;s second line begins: %1 is the view&apos;s name (&quot;matrix&quot;); y = Wᵀ·x is a formula</extracomment>
        <translation>%1视图 y = Wᵀ·x · </translation>
    </message>
    <message>
        <source>input channels %1–%2 · </source>
        <translation>输入通道 %1–%2 · </translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>步骤 %1 / %2</translation>
    </message>
    <message>
        <source> · row %1</source>
        <extracomment>%1 is an output cell like y[0,1], whose row of Wᵀ is shown</extracomment>
        <translation> · 行 %1</translation>
    </message>
    <message>
        <source> · zeros hidden</source>
        <translation> · 隐藏零</translation>
    </message>
    <message>
        <source> · zeros left blank</source>
        <translation> · 零留空</translation>
    </message>
    <message>
        <source>, rows %1–%2</source>
        <extracomment>After the matrix&apos;s caption &quot;Wᵀ 12×9&quot;: %1 and %2 are output cells like y[0,0], y[3,2]</extracomment>
        <translation>，行 %1–%2</translation>
    </message>
    <message>
        <source>Seed 001 §2.3: a row of Wᵀ per output cell, a column per input entry; column x[i,j] is x[i,j]&apos;s kernel copy, in its colour as in the scatter view.</source>
        <extracomment>&quot;Seed 001 §2.3&quot; names a section of the project&apos;s design notes; x[i,j] is notation</extracomment>
        <translation>Seed 001 §2.3：Wᵀ 每个输出单元格一行、每个输入元素一列；x[i,j] 列是 x[i,j] 的卷积核副本，颜色与散布视图相同。</translation>
    </message>
    <message>
        <source>0: no input element&apos;s kernel copy reaches this cell</source>
        <translation>0：没有输入元素的卷积核副本到达此单元格</translation>
    </message>
    <message>
        <source>Σ w·x over its %1 taps = </source>
        <translation>Σ w·x（共 %1 个抽头）= </translation>
    </message>
    <message>
        <source>Wᵀ has a row per output cell (%1) and a column per input entry (%2). y = Wᵀ·x computes one row at a time: row · x.</source>
        <translation>Wᵀ 每个输出单元格一行（%1 行），每个输入元素一列（%2 列）。y = Wᵀ·x 每次计算一行：行 · x。</translation>
    </message>
    <message>
        <source>  (row %1 of Wᵀ times x)</source>
        <translation>  (Wᵀ 的第 %1 行乘以 x)</translation>
    </message>
    <message>
        <source>row %1 of Wᵀ: %2 kernel taps (their x entries outlined), %3 zeros</source>
        <extracomment>%1 is an output cell like y[0,1]</extracomment>
        <translation>Wᵀ 的 %1 行：%2 个卷积核抽头（对应的 x 元素已描边），%3 个零</translation>
    </message>
    <message>
        <source>%1 = %2: its column holds the %3 taps of its kernel copy the crop keeps</source>
        <extracomment>%1 is an input element like x[0,1], %2 its value</extracomment>
        <translation>%1 = %2：它的列包含其卷积核副本经裁剪后保留的 %3 个抽头</translation>
    </message>
    <message>
        <source>the crop removes its whole kernel copy</source>
        <translation>裁剪去掉了它的整个卷积核副本</translation>
    </message>
    <message>
        <source>it reaches %1</source>
        <translation>它到达 %1</translation>
    </message>
    <message>
        <source>%1 = w%2 = %3: tap (%4, %5) of %6&apos;s kernel copy lands on %7</source>
        <extracomment>%1 is an entry like Wᵀ[y[0,1], x[0,0]], w%2 a weight like w[1,1], %3 its value; %6 an input element, %7 an output cell</extracomment>
        <translation>%1 = w%2 = %3：%6 的卷积核副本的抽头 (%4, %5) 落在 %7</translation>
    </message>
    <message>
        <source>%1 = 0: %2&apos;s kernel copy does not reach %3</source>
        <extracomment>%1 is an entry like Wᵀ[y[0,1], x[0,0]], %2 an input element, %3 an output cell</extracomment>
        <translation>%1 = 0：%2 的卷积核副本未到达 %3</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 列</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>Each of the %1 input elements will scatter a copy of the kernel, scaled by its value, into a %2×%3 full buffer.</source>
        <translation>%1 个输入元素中的每一个都会把按其值缩放的卷积核副本散布到 %2×%3 的完整缓冲区中。</translation>
    </message>
    <message>
        <source>%1 = %2 times w[%3,%4] = %5 gives %6, added at full[%7,%8].</source>
        <extracomment>%1 is an input element like x[0,1], %6 the product; &quot;full&quot; is the full (uncropped) buffer</extracomment>
        <translation>%1 = %2 乘以 w[%3,%4] = %5 得 %6，加到 full[%7,%8]。</translation>
    </message>
    <message>
        <source>%1 = %2 scatters %2·w into rows %3–%4, cols %5–%6 of the full buffer</source>
        <extracomment>%1 is an input element like x[0,1] and %2 its value; %2·w is the kernel scaled by it</extracomment>
        <translation>%1 = %2 将 %2·w 散布到完整缓冲区的第 %3–%4 行、第 %5–%6 列</translation>
    </message>
    <message>
        <source> (stride %1 moves it %2 right of x[%3,%4])</source>
        <extracomment>Continues the previous sentence: %2 is &quot;1 column&quot; or &quot;3 columns&quot;</extracomment>
        <translation> (步幅 %1 使它位于 x[%3,%4] 右边 %2)</translation>
    </message>
    <message>
        <source> (stride %1 moves it %2 below x[%3,0])</source>
        <extracomment>Continues the previous sentence: %2 is &quot;1 row&quot; or &quot;3 rows&quot;</extracomment>
        <translation> (步幅 %1 使它位于 x[%3,0] 下方 %2)</translation>
    </message>
    <message>
        <source>padding = %1 removes %2 and %3 from each side of the %4×%5 full buffer, leaving %6×%7.</source>
        <extracomment>%2 is &quot;1 row&quot;/&quot;2 rows&quot;, %3 &quot;1 column&quot;/&quot;2 columns&quot;; padding is the PyTorch argument</extracomment>
        <translation>padding = %1 从 %4×%5 完整缓冲区的每一侧去掉 %2 和 %3，剩下 %6×%7。</translation>
    </message>
    <message>
        <source>The bias b = %1 of output channel %2 is added to every cell.</source>
        <translation>输出通道 %2 的偏置 b = %1 加到每个单元格上。</translation>
    </message>
    <message>
        <source>Done: output %1. Hover a cell to see the sum that made it.</source>
        <translation>完成：输出 %1。将鼠标悬停在单元格上可查看得出它的求和。</translation>
    </message>
    <message>
        <source>sums the crop would have removed, then zeros past the full buffer</source>
        <translation>先是裁剪本会去掉的和，再往外是超出完整缓冲区的零</translation>
    </message>
    <message>
        <source>sums the crop would have removed (padding &gt; 0), not zeros</source>
        <translation>是裁剪本会去掉的和（padding &gt; 0），而不是零</translation>
    </message>
    <message>
        <source>past the full buffer, so 0</source>
        <translation>超出完整缓冲区，因此为 0</translation>
    </message>
    <message>
        <source>output_padding = %1 adds %2 at the bottom and %3 at the right, %4: %5×%6.</source>
        <extracomment>%2 is &quot;1 row&quot;/&quot;2 rows&quot;, %3 &quot;1 column&quot;/&quot;2 columns&quot;, %4 what the strip holds; output_padding is the PyTorch argument</extracomment>
        <translation>output_padding = %1 在底部添加 %2、在右侧添加 %3，%4：%5×%6。</translation>
    </message>
</context>
<context>
    <name>NoticePicture</name>
    <message>
        <source>%1 view</source>
        <extracomment>The picture&apos;s subtitle: %1 is the view&apos;s name (&quot;matrix view&quot;)</extracomment>
        <translation>%1视图</translation>
    </message>
</context>
<context>
    <name>PictureFactory</name>
    <message>
        <source>This output plane receives %L1 contributions, more than the %L2 the %3 view draws: its picture would be too large to read and slow to build. The scatter, output, overlap and shape views show this layer; make the input or the kernel smaller to see it here.</source>
        <translation>此输出平面接收 %L1 个贡献，超过了%3视图可绘制的 %L2 个：其图像会大到无法阅读，生成也很慢。散布、输出、重叠和形状视图可以显示这一层；缩小输入或卷积核即可在此查看。</translation>
    </message>
    <message>
        <source>The stacked layers cannot run: there is not enough memory for their outputs.</source>
        <translation>堆叠的层无法运行：内存不足以容纳它们的输出。</translation>
    </message>
    <message>
        <source>The stacked layers cannot run: %1</source>
        <translation>堆叠的层无法运行：%1</translation>
    </message>
    <message>
        <source>the window&apos;s picture: input, kernel, intermediate buffers, full buffer, crop and output</source>
        <translation>窗口中的图：输入、卷积核、中间缓冲区、完整缓冲区、裁剪和输出</translation>
    </message>
    <message>
        <source>the output grid alone, with its values</source>
        <translation>仅输出网格及其数值</translation>
    </message>
    <message>
        <source>the heat-map of contributions per output cell (the checkerboard)</source>
        <translation>每个输出单元格贡献数的热图（棋盘格）</translation>
    </message>
    <message>
        <source>the output-size formula term by term, the round trip with Conv2d and seed 000&apos;s table</source>
        <translation>逐项展开的输出尺寸公式、与 Conv2d 的往返，以及 seed 000 的表格</translation>
    </message>
    <message>
        <source>channels and groups as a wiring diagram, one step per output channel</source>
        <translation>以连线图展示通道与分组，每个输出通道一步</translation>
    </message>
    <message>
        <source>one row in 1-D, strips stacked as in the Distill article, with the overlap per cell</source>
        <translation>一维中的一行，像 Distill 文章那样堆叠条带，并给出每个单元格的重叠数</translation>
    </message>
    <message>
        <source>the same layer as a direct convolution: zeros inserted, border, flipped kernel sliding</source>
        <translation>同一层写成直接卷积：插入零、加边框、翻转的卷积核滑动</translation>
    </message>
    <message>
        <source>the scatter and the direct convolution in step, each output cell compared</source>
        <translation>散布与直接卷积同步进行，逐个比较输出单元格</translation>
    </message>
    <message>
        <source>y = Wᵀ·x: the sparse matrix, one row per output cell, computed row by row</source>
        <translation>y = Wᵀ·x：稀疏矩阵，每个输出单元格一行，逐行计算</translation>
    </message>
    <message>
        <source>overlap maps of the layer, its kernel rounded up to a multiple of the stride, and kernel = stride, on one scale</source>
        <translation>本层、卷积核向上取整为步幅倍数、以及卷积核 = 步幅时的重叠图，同一色标</translation>
    </message>
    <message>
        <source>the layer then the config&apos;s &quot;stack&quot; layers (default: the same arguments twice more), the overlap compounding layer by layer (one step per layer)</source>
        <translation>本层之后接配置中的 &quot;stack&quot; 各层（默认：相同参数再来两次），重叠逐层叠加（每层一步）</translation>
    </message>
    <message>
        <source>nearest / bilinear upsampling + stride-1 convolution beside the transposed one</source>
        <translation>最近邻 / 双线性上采样 + 步幅 1 卷积，与转置卷积并排</translation>
    </message>
    <message>
        <source>the layer on a real photo (--image, --kernel): its output, overlap and resize-convolution</source>
        <translation>本层作用于真实照片（--image、--kernel）：输出、重叠和缩放卷积</translation>
    </message>
    <message>
        <source>why it exists: the Conv2d with the same weight maps the output back, W against Wᵀ, ⟨conv2d(z), x⟩ = ⟨z, y⟩ with the layer&apos;s numbers, output_padding&apos;s choice</source>
        <translation>转置卷积为何存在：同一权重的 Conv2d 把输出映射回去，W 对照 Wᵀ，用本层数值验证 ⟨conv2d(z), x⟩ = ⟨z, y⟩，以及 output_padding 的选择</translation>
    </message>
</context>
<context>
    <name>ResizeConvPicture</name>
    <message>
        <source>input values</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>one scale for all outputs</source>
        <translation>所有输出同一色标</translation>
    </message>
    <message>
        <source>one scale for all overlaps</source>
        <translation>所有重叠同一色标</translation>
    </message>
    <message>
        <source>nearest upsample</source>
        <extracomment>A method&apos;s name, on two lines: &quot;nearest upsample&quot; / &quot;+ Conv2d&quot;</extracomment>
        <translation>最近邻上采样</translation>
    </message>
    <message>
        <source>bilinear upsample</source>
        <extracomment>A method&apos;s name, on two lines: &quot;bilinear upsample&quot; / &quot;+ Conv2d&quot;</extracomment>
        <translation>双线性上采样</translation>
    </message>
    <message>
        <source>output y[%1, %2]  %3×%4</source>
        <translation>输出 y[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>contributions per cell</source>
        <translation>每个单元格的贡献数</translation>
    </message>
    <message>
        <source>input x[%1, %2]  %3×%4</source>
        <translation>输入 x[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>x upsampled (nearest)  %1×%2</source>
        <translation>x 上采样（最近邻）  %1×%2</translation>
    </message>
    <message>
        <source>x upsampled (bilinear)  %1×%2</source>
        <translation>x 上采样（双线性）  %1×%2</translation>
    </message>
    <message>
        <source>Same %1×%2 output, same kernel: the transposed convolution gives %3 to %4 contributions per cell; upsampling then convolving gives %5 everywhere inside, so no checkerboard.</source>
        <translation>相同的 %1×%2 输出、相同的卷积核：转置卷积让每个单元格得到 %3 到 %4 个贡献；先上采样再卷积则内部处处为 %5，因此没有棋盘格。</translation>
    </message>
    <message>
        <source>%1: upsample, then a stride-1 convolution with the same kernel and output size — the remedy for checkerboard artifacts</source>
        <extracomment>The view&apos;s subtitle; %1 is the view&apos;s name (&quot;resize-conv&quot;)</extracomment>
        <translation>%1：先上采样，再用相同的卷积核和输出尺寸做步幅 1 卷积 — 消除棋盘格伪影的方法</translation>
    </message>
</context>
<context>
    <name>SceneLayout</name>
    <message>
        <source>out = (in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1</source>
        <extracomment>The output-size formula; translate the words out, in, kernel, keep stride, padding, dilation, output_padding</extracomment>
        <translation>输出 = (输入 − 1)·stride − 2·padding + dilation·(卷积核 − 1) + output_padding + 1</translation>
    </message>
    <message>
        <source>full buffer = (in − 1)·stride + dilation·(kernel − 1) + 1 = %1×%2</source>
        <extracomment>Keep stride and dilation (PyTorch arguments); translate &quot;full buffer&quot;, in, kernel</extracomment>
        <translation>完整缓冲区 = (输入 − 1)·stride + dilation·(卷积核 − 1) + 1 = %1×%2</translation>
    </message>
    <message>
        <source>padding crops %1 row(s) and %2 col(s) from each side</source>
        <extracomment>padding is the PyTorch argument</extracomment>
        <translation>padding 从每一侧裁去 %1 行和 %2 列</translation>
    </message>
    <message>
        <source>output_padding adds %1 row(s) at the bottom, %2 col(s) at the right</source>
        <extracomment>output_padding is the PyTorch argument</extracomment>
        <translation>output_padding 在底部添加 %1 行、在右侧添加 %2 列</translation>
    </message>
    <message>
        <source>output shape %1</source>
        <translation>输出形状 %1</translation>
    </message>
    <message>
        <source>input x[%1, c=%2]  %3×%4</source>
        <translation>输入 x[%1, c=%2]  %3×%4</translation>
    </message>
    <message>
        <source>input x  %1×%2</source>
        <translation>输入 x  %1×%2</translation>
    </message>
    <message>
        <source>kernel w[%1, %2]  %3×%4</source>
        <translation>卷积核 w[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>kernel w  %1×%2</source>
        <translation>卷积核 w  %1×%2</translation>
    </message>
    <message>
        <source>buffer of %1:  %1·w</source>
        <extracomment>%1 is an input element like x[0,1]; %1·w is the kernel scaled by it</extracomment>
        <translation>%1 的缓冲区：  %1·w</translation>
    </message>
    <message>
        <source>all %1 buffers, %2 apart (stride)</source>
        <translation>全部 %1 个缓冲区，间隔 %2（步幅）</translation>
    </message>
    <message>
        <source>full buffer %1×%2 = Σ buffers</source>
        <translation>完整缓冲区 %1×%2 = Σ 缓冲区</translation>
    </message>
    <message>
        <source>overlap: contributions per cell  %1×%2</source>
        <translation>重叠：每个单元格的贡献数  %1×%2</translation>
    </message>
    <message>
        <source>output y[%1, %2]  %3×%4</source>
        <translation>输出 y[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>output y  %1×%2</source>
        <translation>输出 y  %1×%2</translation>
    </message>
    <message>
        <source>  (+ bias %1)</source>
        <translation>  (+ 偏置 %1)</translation>
    </message>
    <message>
        <source>cropped by padding = %1</source>
        <translation>由 padding = %1 裁掉</translation>
    </message>
    <message>
        <source>output_padding = %1 adds rows/cols at the bottom/right</source>
        <translation>output_padding = %1 在底部/右侧添加行/列</translation>
    </message>
</context>
<context>
    <name>SceneRenderer</name>
    <message>
        <source>start</source>
        <extracomment>A step of the animation: the first one, before anything is scattered</extracomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>crop padding</source>
        <extracomment>A step of the animation: the full buffer is cropped by padding (the PyTorch argument)</extracomment>
        <translation>裁剪 padding</translation>
    </message>
    <message>
        <source>bias</source>
        <extracomment>A step of the animation: the bias is added</extracomment>
        <translation>偏置</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>A step of the animation: the last one</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <source>step %1 / %2 · %3</source>
        <extracomment>The title&apos;s second line: step 3 / 12 · and the step&apos;s name</extracomment>
        <translation>步骤 %1 / %2 · %3</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>最小 %1</translation>
    </message>
    <message>
        <source>%1–%2 contributions per cell: %3</source>
        <extracomment>%3 is one of the two verdicts that follow</extracomment>
        <translation>每个单元格 %1–%2 个贡献：%3</translation>
    </message>
    <message>
        <source>the same count in every interior cell (even)</source>
        <translation>所有内部单元格的计数相同（均匀）</translation>
    </message>
    <message>
        <source>interior counts alternate (the checkerboard)</source>
        <translation>内部计数交替变化（棋盘格）</translation>
    </message>
</context>
<context>
    <name>ShapePicture</name>
    <message>
        <source>seed 000 cell</source>
        <extracomment>Table header: the notebook cell (like In[7]) a row comes from; &quot;seed 000&quot; is the notebook&apos;s name.</extracomment>
        <translation>seed 000 单元格</translation>
    </message>
    <message>
        <source>output</source>
        <extracomment>Table header: the output size H×W.</extracomment>
        <translation>输出</translation>
    </message>
    <message>
        <source>this layer</source>
        <extracomment>The table&apos;s first row: the current layer&apos;s own setting.</extracomment>
        <translation>本层</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>A table row the user added.</extracomment>
        <translation>已添加</translation>
    </message>
    <message>
        <source>%1 = this</source>
        <extracomment>%1 is a notebook cell like In[7] whose setting equals this layer&apos;s.</extracomment>
        <translation>%1 = 本层</translation>
    </message>
    <message>
        <source>The output size is a sum of five terms (PyTorch&apos;s formula, worked in seed 000); each step fills one in with this layer&apos;s numbers.</source>
        <extracomment>&quot;seed 000&quot; is the name of a notebook.</extracomment>
        <translation>输出尺寸是五项之和（PyTorch 的公式，在 seed 000 中推导过）；每一步用本层的数值填入一项。</translation>
    </message>
    <message>
        <source>(%1_in − 1)·stride = (%2 − 1)·%3 = %4: the %2 input copies start stride %3 apart, so the last one starts %4 cells after the first.</source>
        <extracomment>H_in is the input height; %2 the input size, %3 the stride, %4 their term.</extracomment>
        <translation>(%1_in − 1)·stride = (%2 − 1)·%3 = %4：%2 个输入副本的起点相隔 stride %3，所以最后一个比第一个晚 %4 格开始。</translation>
    </message>
    <message>
        <source>− 2·padding = − 2·0 = 0: padding 0 crops nothing from the full buffer.</source>
        <translation>− 2·padding = − 2·0 = 0：padding 0 不从完整缓冲区裁剪任何内容。</translation>
    </message>
    <message>
        <source>− 2·padding = − 2·%1 = −%2: padding crops %1 row(s)/column(s) from each side of the full buffer.</source>
        <translation>− 2·padding = − 2·%1 = −%2：padding 从完整缓冲区的每一边裁掉 %1 行/列。</translation>
    </message>
    <message>
        <source>+ dilation·(kernel_size − 1) = %1·(%2 − 1) = %3: the last copy of the kernel reaches %3 cells past its first cell (dilation %1 spreads the taps).</source>
        <translation>+ dilation·(kernel_size − 1) = %1·(%2 − 1) = %3：最后一份卷积核副本伸到其首个单元格之后 %3 格（dilation %1 拉开了抽头）。</translation>
    </message>
    <message>
        <source>+ output_padding = 0: no extra row or column; it only matters when stride &gt; 1 leaves a choice.</source>
        <translation>+ output_padding = 0：没有额外的行或列；只有在 stride &gt; 1 留下选择余地时它才起作用。</translation>
    </message>
    <message>
        <source>+ output_padding = %1: %1 extra row(s)/column(s) at the bottom/right, to pick the size a Conv2d came from.</source>
        <translation>+ output_padding = %1：底部/右侧多出 %1 行/列，用来选定 Conv2d 之前的尺寸。</translation>
    </message>
    <message>
        <source>H and W</source>
        <extracomment>Both axes at once; &quot;_out&quot; is appended, giving &quot;H and W_out&quot; (height and width of the output).</extracomment>
        <translation>H 和 W</translation>
    </message>
    <message>
        <source>+ 1 counts the first cell: %1 = %2, so the output is %3.</source>
        <extracomment>%1 is the output size&apos;s name (H_out, or &quot;H and W_out&quot; for both axes), %2 its value, %3 the output shape.</extracomment>
        <translation>+ 1 计入第一个单元格：%1 = %2，所以输出为 %3。</translation>
    </message>
    <message>
        <source>stride %1: Conv2d with the same arguments maps only %2 back to %3, so output_padding has nothing to choose.</source>
        <translation>stride %1：参数相同的 Conv2d 只把 %2 映射回 %3，所以 output_padding 无可选择。</translation>
    </message>
    <message>
        <source>Conv2d with the same arguments shrinks every size from %1 to %2 back to %3: output_padding = %4 (or output_size=%5) picks %5.</source>
        <translation>参数相同的 Conv2d 把 %1 到 %2 的每个尺寸都缩回 %3：output_padding = %4（或 output_size=%5）选中 %5。</translation>
    </message>
    <message>
        <source>shape arithmetic · input %1 → output %2 · step %3 / %4</source>
        <extracomment>The title&apos;s second line: %1 and %2 are tensor shapes, then the step counter.</extracomment>
        <translation>形状计算 · 输入 %1 → 输出 %2 · 步骤 %3 / %4</translation>
    </message>
    <message>
        <source>Output size, term by term (PyTorch&apos;s formula; seeds 000 and 002)</source>
        <extracomment>&quot;seeds 000 and 002&quot; are the names of two notebooks.</extracomment>
        <translation>逐项计算输出尺寸（PyTorch 的公式；seed 000 和 002）</translation>
    </message>
    <message>
        <source>Round trip with Conv2d(kernel_size=%1, stride=%2, padding=%3%4): the sizes it shrinks back to the input size</source>
        <extracomment>%4 is empty or &quot;, dilation=2&quot;; keep the Conv2d(...) call as it is.</extracomment>
        <translation>与 Conv2d(kernel_size=%1, stride=%2, padding=%3%4) 往返：能缩回输入尺寸的各个尺寸</translation>
    </message>
    <message>
        <source>Seed 000&apos;s table on this %1×%2 input (first row: this layer; rows can be added)</source>
        <extracomment>&quot;Seed 000&quot; is the name of a notebook; %1×%2 the input size.</extracomment>
        <translation>Seed 000 的表格，用于此 %1×%2 输入（第一行：本层；可添加行）</translation>
    </message>
    <message>
        <source>stride %1: only %2 convolves back to %3, so output_padding has nothing to choose.</source>
        <translation>stride %1：只有 %2 能卷积回 %3，所以 output_padding 无可选择。</translation>
    </message>
    <message>
        <source>Conv2d divides by stride %1 and rounds down, so %2 sizes give %3: going back, output_padding picks one.</source>
        <translation>Conv2d 除以 stride %1 并向下取整，所以有 %2 个尺寸都得到 %3：反过来时由 output_padding 选出其中一个。</translation>
    </message>
    <message>
        <source> This layer: output_padding = %1 → %2.</source>
        <extracomment>Follows the previous sentence; keep the leading space.</extracomment>
        <translation> 本层：output_padding = %1 → %2。</translation>
    </message>
    <message>
        <source> This layer&apos;s output_padding = %1 ≥ stride (allowed as dilation %2 &gt; stride) leaves the round trip.</source>
        <extracomment>Follows the previous sentence; keep the leading space.</extracomment>
        <translation> 本层的 output_padding = %1 ≥ stride（因 dilation %2 &gt; stride 而允许），超出了往返范围。</translation>
    </message>
    <message>
        <source>

forward(x, output_size=…) accepts %1_out from %2 to %3 (min + stride − 1) and sets output_padding = %1_out − %2.</source>
        <extracomment>A new paragraph (keep the two line breaks); %1_out is H_out or W_out.</extracomment>
        <translation>

forward(x, output_size=…) 接受 %2 到 %3（min + stride − 1）的 %1_out，并设 output_padding = %1_out − %2。</translation>
    </message>
    <message>
        <source>

forward(x, output_size=…) accepts only %1_out = %2 here.</source>
        <extracomment>A new paragraph (keep the two line breaks); %1_out is H_out or W_out.</extracomment>
        <translation>

这里 forward(x, output_size=…) 只接受 %1_out = %2。</translation>
    </message>
</context>
<context>
    <name>SideBySidePicture</name>
    <message>
        <source>y[%1,%2]:  scatter %3  ·  direct convolution %4  %5</source>
        <extracomment>%1,%2 index the output cell y[%1,%2]; %3 and %4 are its value computed both ways, %5 is ✓ or ✗</extracomment>
        <translation>y[%1,%2]:  散布 %3  ·  直接卷积 %4  %5</translation>
    </message>
    <message>
        <source>Above, the scatter; below, the same layer as a direct convolution. Both run to the end together, and every output cell gets the same number both ways.</source>
        <translation>上方是散布；下方是同一层写成的直接卷积。两者同时运行到结束，每个输出单元格用两种方式得到的数值相同。</translation>
    </message>
    <message>
        <source>Left, the scatter; right, the same layer as a direct convolution. Both run to the end together, and every output cell gets the same number both ways.</source>
        <translation>左侧是散布；右侧是同一层写成的直接卷积。两者同时运行到结束，每个输出单元格用两种方式得到的数值相同。</translation>
    </message>
</context>
<context>
    <name>StackPicture</name>
    <message>
        <source>after layer %1: %2×%3</source>
        <translation>第 %1 层之后：%2×%3</translation>
    </message>
    <message>
        <source>%1 to %2 paths per cell</source>
        <extracomment>Paths: the ways an input element reaches an output cell through the stacked layers</extracomment>
        <translation>每个单元格 %1 到 %2 条路径</translation>
    </message>
    <message>
        <source>Layer 1 makes %1×%2 with %3: its own overlap map. %4 transposed convolutions follow one another, as in a decoder: each one&apos;s overlap multiplies the pattern of the layers before it.</source>
        <extracomment>%3 is a range like &quot;1 to 4 paths per cell&quot;, %4 the number of layers</extracomment>
        <translation>第 1 层得到 %1×%2，%3：这是它自己的重叠图。%4 个转置卷积依次相接，就像解码器中那样：每一层的重叠都会乘上之前各层的图案。</translation>
    </message>
    <message>
        <source>Layer %1 makes %2×%3 with %4 (was %5 to %6): %7</source>
        <extracomment>%4 is a range like &quot;1 to 4 paths per cell&quot;; %7 is one of the two clauses that follow</extracomment>
        <translation>第 %1 层得到 %2×%3，%4（之前为 %5 到 %6）：%7</translation>
    </message>
    <message>
        <source>an even layer only scales the pattern it receives.</source>
        <translation>均匀的层只会缩放它收到的图案。</translation>
    </message>
    <message>
        <source>the uneven overlaps multiply, so the checkerboard compounds.</source>
        <translation>不均匀的重叠相乘，棋盘格因此加剧。</translation>
    </message>
    <message>
        <source>%1: %2 layers one after another, the paths per output cell after each (its own colour scale) · layer %3 / %4</source>
        <extracomment>The view&apos;s subtitle; %1 is the view&apos;s name (&quot;stack&quot;), %2 the number of layers</extracomment>
        <translation>%1：%2 个层依次相接，每层之后每个输出单元格的路径数（各自的色标） · 层 %3 / %4</translation>
    </message>
</context>
<context>
    <name>StripPicture</name>
    <message>
        <source>contributions per cell</source>
        <extracomment>Label of the row counting how many contributions land in each cell.</extracomment>
        <translation>每单元格的贡献数</translation>
    </message>
    <message>
        <source>sum</source>
        <extracomment>Label of the row holding the sum of the strips.</extracomment>
        <translation>和</translation>
    </message>
    <message>
        <source>y[%1] row</source>
        <extracomment>Label of the output row; %1 is the output channel, as in y[0].</extracomment>
        <translation>y[%1] 行</translation>
    </message>
    <message>
        <source>input row x[0, :]  (%1 values)</source>
        <translation>输入行 x[0, :]  (%1 个值)</translation>
    </message>
    <message>
        <source>each value times the kernel row, %1 apart (stride), taps %2 apart (dilation)</source>
        <translation>每个值乘以卷积核行，相隔 %1（stride），抽头相隔 %2（dilation）</translation>
    </message>
    <message>
        <source>each value times the kernel row, %1 apart (stride)</source>
        <translation>每个值乘以卷积核行，相隔 %1（stride）</translation>
    </message>
    <message>
        <source>full row = Σ strips  (%1 cells, before the crop)</source>
        <extracomment>The full row is the uncropped buffer: the sum of the strips before padding crops it.</extracomment>
        <translation>完整行 = Σ 条带  (%1 个单元格，裁剪前)</translation>
    </message>
    <message>
        <source>output row  (%1 cells): padding = %2 crops %2 from each side, bias not added</source>
        <translation>输出行  (%1 个单元格)：padding = %2 每边裁掉 %2 格，未加偏置</translation>
    </message>
    <message>
        <source>output row  (%1 cells): padding = %2 crops %2 from each side</source>
        <translation>输出行  (%1 个单元格)：padding = %2 每边裁掉 %2 格</translation>
    </message>
    <message>
        <source>output row  (%1 cells), bias not added</source>
        <translation>输出行  (%1 个单元格)，未加偏置</translation>
    </message>
    <message>
        <source>output row  (%1 cells)</source>
        <translation>输出行  (%1 个单元格)</translation>
    </message>
    <message>
        <source>kernel row w[%1, %2][%3, :]</source>
        <translation>卷积核行 w[%1, %2][%3, :]</translation>
    </message>
    <message>
        <source>The layer is 1-D (H = 1): its row of %1 values; each value scatters a scaled copy of the kernel row, stride %2 apart.</source>
        <translation>该层是一维的（H = 1）：它那一行有 %1 个值；每个值散布一份缩放后的卷积核行，彼此相隔 stride %2。</translation>
    </message>
    <message>
        <source>1-D slice: row 0 of x[c=%2] (%1 values) with the kernel&apos;s middle row ky = %3; each value scatters a scaled copy of the kernel row, stride %4 apart.</source>
        <extracomment>%1 is the number of values, %2 the input channel, %3 the kernel row&apos;s index, %4 the stride.</extracomment>
        <translation>一维切片：x[c=%2] 的第 0 行（%1 个值）配卷积核的中间行 ky = %3；每个值散布一份缩放后的卷积核行，彼此相隔 stride %4。</translation>
    </message>
    <message>
        <source>%1 = %2 scatters %2·w into cells %3–%4 of the full row</source>
        <extracomment>%1 = %2 is an input element and its value, like x[0,2] = 0.5; %3–%4 cells of the full (uncropped) row.</extracomment>
        <translation>%1 = %2 把 %2·w 散布到完整行的第 %3–%4 格</translation>
    </message>
    <message>
        <source>stride 1: 1 cell right of x[0,%1]</source>
        <translation>stride 1：在 x[0,%1] 右边 1 格</translation>
    </message>
    <message>
        <source>stride %1: %1 cells right of x[0,%2]</source>
        <translation>stride %1：在 x[0,%2] 右边 %1 格</translation>
    </message>
    <message>
        <source>dilation %1: taps %1 apart</source>
        <translation>dilation %1：抽头相隔 %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>Ends a sentence: %1 is the sentence without its full stop.</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between the reasons in brackets: &quot;stride 2: 2 cells right of x[0,0]; dilation 2: taps 2 apart&quot;.</extracomment>
        <translation>； </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <extracomment>A sentence (%1) with its reasons in brackets (%2), then its full stop.</extracomment>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>Summed: %1 contributions per cell all through the interior, since every offset within stride %2 receives as many of kernel %3&apos;s taps%4: no checkerboard.</source>
        <extracomment>%3 is the kernel&apos;s width; %4 is empty or &quot; (dilation 2)&quot;.</extracomment>
        <translation>求和：stride %2 内的每个偏移收到的卷积核（宽 %3）抽头%4一样多，所以整个内部每个单元格都有 %1 个贡献：没有棋盘格。</translation>
    </message>
    <message>
        <source> (dilation %1)</source>
        <extracomment>Inserted after &quot;kernel 3&apos;s taps&quot;; keep the leading space.</extracomment>
        <translation> (dilation 为 %1)</translation>
    </message>
    <message>
        <source>Summed: %1 to %2 contributions per cell, rising and falling with the stride: the checkerboard in 1-D.</source>
        <translation>求和：每个单元格有 %1 到 %2 个贡献，随 stride 起伏：这就是一维的棋盘格。</translation>
    </message>
    <message>
        <source>1-D: the layer&apos;s row</source>
        <translation>一维：该层的行</translation>
    </message>
    <message>
        <source>1-D slice: row 0 of x[c=%1] with the kernel&apos;s middle row ky = %2 (ConvTranspose1d along W)</source>
        <translation>一维切片：x[c=%1] 的第 0 行配卷积核中间行 ky = %2（沿 W 的 ConvTranspose1d）</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <extracomment>The title&apos;s step counter: step 3 of 15.</extracomment>
        <translation>步骤 %1 / %2</translation>
    </message>
    <message>
        <source>kernel w[%1, %2]</source>
        <translation>卷积核 w[%1, %2]</translation>
    </message>
    <message>
        <source>input rows x[c, :], the group&apos;s channels  (%1 values each)</source>
        <extracomment>One row per input channel of the group; %1 values in each.</extracomment>
        <translation>输入行 x[c, :]，即该组的各通道  (每行 %1 个值)</translation>
    </message>
</context>
<context>
    <name>ViewId</name>
    <message>
        <source>scatter</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>散布</translation>
    </message>
    <message>
        <source>output</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>输出</translation>
    </message>
    <message>
        <source>overlap</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>重叠</translation>
    </message>
    <message>
        <source>shape</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>形状</translation>
    </message>
    <message>
        <source>channels</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>通道</translation>
    </message>
    <message>
        <source>strip</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>条带</translation>
    </message>
    <message>
        <source>equivalent</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>等价</translation>
    </message>
    <message>
        <source>side-by-side</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>并排</translation>
    </message>
    <message>
        <source>matrix</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>compare</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>stack</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>堆叠</translation>
    </message>
    <message>
        <source>resize-conv</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>缩放卷积</translation>
    </message>
    <message>
        <source>image</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>图像</translation>
    </message>
    <message>
        <source>adjoint</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>伴随</translation>
    </message>
</context>
<context>
    <name>sb::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Scatterboard %1&lt;/h3&gt;&lt;p&gt;The transposed convolution of PyTorch&apos;s nn.ConvTranspose2d, contribution by contribution: every input element scatters a scaled copy of the kernel, and the copies add up.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scatterboard authors.&lt;br&gt;Free software under the MIT License (Show Details… for its text).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Test photo (the image view&apos;s default): the STM32F3DISCOVERY board from the &lt;a href=&quot;https://docs.rust-embedded.org/book/&quot;&gt;Rust Embedded Book&lt;/a&gt;, © the Rust Embedded Working Group, under the MIT License or the Apache License 2.0, at your option; downscaled to 96 × 64.&lt;/li&gt;&lt;li&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %2, &lt;a href=&quot;https://eigen.tuxfamily.org/&quot;&gt;Eigen&lt;/a&gt; and &lt;a href=&quot;https://giflib.sourceforge.net/&quot;&gt;giflib&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Every number checked against &lt;a href=&quot;https://pytorch.org/&quot;&gt;PyTorch&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Scatterboard %1&lt;/h3&gt;&lt;p&gt;逐个贡献地展示 PyTorch nn.ConvTranspose2d 的转置卷积：每个输入元素把按其值缩放的卷积核副本散布到输出中，这些副本再相加。&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scatterboard authors.&lt;br&gt;依据 MIT 许可证发布的自由软件（许可证全文见“Show Details…”）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;致谢&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;测试照片（图像视图的默认照片）：STM32F3DISCOVERY 开发板，取自 &lt;a href=&quot;https://docs.rust-embedded.org/book/&quot;&gt;Rust Embedded Book&lt;/a&gt;，© Rust Embedded Working Group，可任选 MIT 许可证或 Apache License 2.0；已缩小到 96 × 64。&lt;/li&gt;&lt;li&gt;使用 &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %2、&lt;a href=&quot;https://eigen.tuxfamily.org/&quot;&gt;Eigen&lt;/a&gt; 和 &lt;a href=&quot;https://giflib.sourceforge.net/&quot;&gt;giflib&lt;/a&gt; 构建。&lt;/li&gt;&lt;li&gt;每个数字都与 &lt;a href=&quot;https://pytorch.org/&quot;&gt;PyTorch&lt;/a&gt; 核对过。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Scatterboard</source>
        <translation>关于 Scatterboard</translation>
    </message>
</context>
<context>
    <name>sb::CommandLine</name>
    <message>
        <source>--step: expected a step number (0, 1, 2, ...), got &apos;%1&apos;</source>
        <translation>--step：应为步骤编号（0、1、2……），实际为“%1”</translation>
    </message>
    <message>
        <source>--view: unknown view &apos;%1&apos;; expected one of %2</source>
        <translation>--view：未知视图“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>expected at most one CONFIG.json, got %1: %2</source>
        <translation>最多只能有一个 CONFIG.json，实际有 %1 个：%2</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
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
        <source>Shows how PyTorch&apos;s nn.ConvTranspose2d builds its output. `scatterboard --help` describes every form of the command line, `scatterboard compute --help` and `scatterboard export --help` the headless commands.</source>
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
        <source>no display found (%1), so the window cannot open. The lesson &quot;%2&quot; has %3 slides:
</source>
        <translation>未找到显示器（%1），因此无法打开窗口。课程“%2”共有 %3 张幻灯片：
</translation>
    </message>
    <message>
        <source>`scatterboard export %1 --out handout.pdf` prints it as a handout without a display.
</source>
        <translation>`scatterboard export %1 --out handout.pdf` 无需显示器即可把它输出为讲义。
</translation>
    </message>
    <message>
        <source>showing the window</source>
        <extracomment>%1 a command such as &quot;export&quot;</extracomment>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>running `scatterboard %1`</source>
        <translation>运行 `scatterboard %1`</translation>
    </message>
    <message>
        <source>out of memory while %1; the command was stopped, and wrote nothing</source>
        <extracomment>%1 what was being done, e.g. &quot;reading the model netG.pt&quot;</extracomment>
        <translation>%1时内存不足；命令已停止，没有写入任何内容</translation>
    </message>
    <message>
        <source>%1, while %2; the command was stopped, and wrote nothing</source>
        <extracomment>%1 the error&apos;s own text, %2 what was being done</extracomment>
        <translation>%1（%2时）；命令已停止，没有写入任何内容</translation>
    </message>
    <message>
        <source>usage: scatterboard [CONFIG.json | LESSON.json] [--view NAME] [--step N]
       scatterboard compute CONFIG.json [--overlap] [--contributions]
       scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
       scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page] ...
       scatterboard inspect MODEL
       scatterboard convert CONFIG.json --to keras|jax|onnx
       scatterboard solve --from H --to H2 [--max-kernel K] [--max-stride S] [--max-dilation D] [--limit N] [--json]
       scatterboard --help | --help-all | --version
</source>
        <translation>用法：scatterboard [CONFIG.json | LESSON.json] [--view NAME] [--step N]
       scatterboard compute CONFIG.json [--overlap] [--contributions]
       scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
       scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page] ...
       scatterboard inspect MODEL
       scatterboard convert CONFIG.json --to keras|jax|onnx
       scatterboard solve --from H --to H2 [--max-kernel K] [--max-stride S] [--max-dilation D] [--limit N] [--json]
       scatterboard --help | --help-all | --version
</translation>
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
  scatterboard LESSON.json
      Opens a lesson on its first slide: → (or a clicker&apos;s Page Down) steps through each
      slide&apos;s steps and on to the next slide, Shift+F5 presents it from the start. The Lesson
      menu also holds the four built-in lessons and the lesson editor.
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      Prints PyTorch&apos;s output for CONFIG.json as one JSON object, without a window. See
      `scatterboard compute --help` for the output and the config format.
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      Draws what the window shows into a PNG, SVG or PDF picture, a GIF animation or numbered
      PNG frames, chosen by FILE&apos;s extension, without a window or a display. See
      `scatterboard export --help` for the views and options.
  scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page]
      A lesson&apos;s PDF handout (one page per slide: picture, title, caption, question and
      answer) or a deck (a folder with a PNG per slide, a GIF for a slide that plays steps).
  scatterboard inspect MODEL
      Lists the tensors of a .safetensors, .npz or .pt/.pth (torch.save) file and its
      ConvTranspose2d candidates, as JSON; a config takes any of them as
      {&quot;model&quot;: &quot;MODEL&quot;, &quot;tensor&quot;: &quot;NAME&quot;}. See `scatterboard inspect --help`.
  scatterboard convert CONFIG.json --to keras|jax|onnx
      Prints a Python script building the same layer in Keras, JAX or ONNX, with comments where
      their size rules differ from PyTorch&apos;s. See `scatterboard convert --help`.
  scatterboard solve --from H --to H2 [--max-kernel K] [--max-stride S] [--max-dilation D] [--limit N] [--json]
      Lists every kernel_size, stride, padding, output_padding and dilation that takes size H to
      H2, even overlap (no checkerboard) first. See `scatterboard solve --help`.
  --help, -h     this text
  --help-all     the window&apos;s options with Qt&apos;s own
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
  scatterboard LESSON.json
      在第一张幻灯片上打开一个课程：→（或翻页器的 Page Down）逐一走过每张幻灯片的
      步骤，再进入下一张幻灯片；Shift+F5 从头开始演示。课程菜单中还有四个内置课程
      和课程编辑器。
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      不打开窗口，以一个 JSON 对象输出 PyTorch 对 CONFIG.json 的计算结果。输出与配置格式
      见 `scatterboard compute --help`。
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      不需要窗口或显示器，把窗口显示的内容绘制成 PNG、SVG 或 PDF 图片、GIF 动画或编号的
      PNG 帧，格式由 FILE 的扩展名决定。视图和选项见
      `scatterboard export --help`。
  scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page]
      课程的 PDF 讲义（每张幻灯片一页：图片、标题、说明文字、问题和答案）或幻灯片组
      （一个文件夹，每张幻灯片一个 PNG，播放步骤的幻灯片则为一个 GIF）。
  scatterboard inspect MODEL
      以 JSON 列出 .safetensors、.npz 或 .pt/.pth（torch.save）文件中的张量及其
      ConvTranspose2d 候选；配置文件可用 {&quot;model&quot;: &quot;MODEL&quot;, &quot;tensor&quot;: &quot;NAME&quot;} 引用其中任意
      张量。见 `scatterboard inspect --help`。
  scatterboard convert CONFIG.json --to keras|jax|onnx
      输出一个 Python 脚本，用 Keras、JAX 或 ONNX 构建同一层，并在它们的尺寸规则与
      PyTorch 不同之处加上注释。见 `scatterboard convert --help`。
  scatterboard solve --from H --to H2 [--max-kernel K] [--max-stride S] [--max-dilation D] [--limit N] [--json]
      列出把尺寸 H 变为 H2 的每一组 kernel_size、stride、padding、output_padding 和
      dilation，重叠均匀（无棋盘格）的排在前面。见 `scatterboard solve --help`。
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
        <source>compute: unknown option &apos;%1&apos;</source>
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
        <source>%1: the layer makes %2 contributions (N·C_in·H·W·C_out/groups·kH·kW multiply-adds), more than compute&apos;s limit of %3 (about half a minute on two cores); PyTorch would compute it, slowly</source>
        <translation>%1：该层产生 %2 个贡献（N·C_in·H·W·C_out/groups·kH·kW 次乘加），超过了 compute 的上限 %3（在两个核心上约半分钟）；PyTorch 能计算它，只是很慢</translation>
    </message>
    <message>
        <source>over 2^63</source>
        <extracomment>a number of contributions too large to count</extracomment>
        <translation>超过 2^63</translation>
    </message>
    <message>
        <source>%1: --contributions would list %2 contributions, more than the limit of %3; leave it out or use a smaller layer</source>
        <translation>%1：--contributions 将列出 %2 个贡献，超过上限 %3；请去掉该选项或使用更小的层</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>无法写出输出</translation>
    </message>
    <message>
        <source>
Computes what torch.nn.ConvTranspose2d (PyTorch 1.13) returns for the layer and input that
CONFIG.json describes, without opening a window, and prints one JSON object:
  output_shape     the output&apos;s size, as PyTorch reports it
  output_padding   [h, w] actually used (resolved from output_size when that is given)
  full_size        [h, w] of the full buffer, before padding crops it
                   (ConvTranspose1d: [l] for both, and the overlap below is one row)
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
        <translation>
不打开窗口，计算 torch.nn.ConvTranspose2d（PyTorch 1.13）对 CONFIG.json 描述的层和输入
返回的结果，并输出一个 JSON 对象：
  output_shape     输出的尺寸，与 PyTorch 报告的一致
  output_padding   实际使用的 [h, w]（给出 output_size 时由它推算）
  full_size        完整缓冲区的 [h, w]，即 padding 裁剪之前
                   （ConvTranspose1d：两者都是 [l]，下面的 overlap 是一行）
  output           输出值，形状与 output_shape 相同的嵌套列表
  overlap          使用 --overlap 时：每个输出单元格上落有同一输入通道的多少个
                   （输入元素, 卷积核抽头）对（即棋盘格图案）
  contributions    使用 --contributions 时：散布的每一项 x[n,ci,iy,ix] * w[ci,co,ky,kx]
                   及其落点：y, x 为完整缓冲区中的位置，oy, ox 为输出中的位置，
                   kept = padding 裁剪是否保留了它。最多 1000000 项。
NaN 和无穷大写作字符串 &quot;nan&quot;、&quot;inf&quot; 和 &quot;-inf&quot;。
当 PyTorch 会报错时，它的原文消息输出到 stderr，退出状态为 2。

限制（在分配任何内存之前检查）：配置文件最多 64 MB；张量（input、weight、output、
每个 &quot;stack&quot; 层的输出）最多 2^28 个元素；最多 2^35 次乘加
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
                             单通道 ConvTranspose2d 的 {&quot;kernel_size&quot;, &quot;stride&quot;, &quot;padding&quot;,
                             &quot;output_padding&quot;, &quot;dilation&quot;, &quot;weight&quot;}（weight 默认：全 1）；
                             compute 忽略它
  name, description          可选文本，保存配置时保留
  _anything                  忽略：以 &quot;_&quot; 开头的键是注释
嵌套列表中的数字也可以是字符串 &quot;nan&quot;、&quot;inf&quot; 和 &quot;-inf&quot;。

input 和 weight 也可以不用嵌套列表，而用填充对象：
  {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;ones&quot;}
  fill：&quot;zeros&quot;、&quot;ones&quot;、&quot;arange&quot;（从 &quot;start&quot; 开始计数，默认 0）、&quot;random&quot;（[-1, 1) 内
  均匀分布，两位小数，取自 &quot;seed&quot;，默认 0）或 &quot;impulse&quot;（每个平面中心为 1）。
  形状按所写的使用，如同 torch.ones(shape)。若 in_channels、out_channels 和
  kernel_size 都已给出，weight 的形状可以省略。

或者一个 NumPy 文件，例如训练好的解码器中的一层：{&quot;npy&quot;: &quot;weights/up1.npy&quot;}
  float32 或 float64，C 顺序；weight 的形状为 (in_channels, out_channels/groups, kH, kW)。
  相对路径从配置文件所在的文件夹开始。

示例，seed 004 的问题（输出 8x8，开头为 6, 12, 14, 12）：
  {&quot;kernel_size&quot;: 4, &quot;stride&quot;: 2, &quot;padding&quot;: 1,
   &quot;input&quot;: {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;ones&quot;},
   &quot;weight&quot;: {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;arange&quot;, &quot;start&quot;: 1}}

退出状态：成功为 0，配置或命令行无效为 2，其他情况为 1。
</translation>
    </message>
    <message>
        <source>reading %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>computing and writing the output of %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>计算并写出 %1 的输出</translation>
    </message>
    <message>
        <source>not enough memory while %1</source>
        <extracomment>%1 what was being done, e.g. &quot;computing and writing the output of x.json&quot;</extracomment>
        <translation>%1时内存不足</translation>
    </message>
</context>
<context>
    <name>sb::ConfigReader</name>
    <message>
        <source> (did you mean %1?)</source>
        <translation> （你是想写 %1 吗？）</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>expected a JSON object holding the layer&apos;s arguments, got a list</source>
        <translation>应为包含该层参数的 JSON 对象，实际为列表</translation>
    </message>
    <message>
        <source>unknown key %1%2</source>
        <extracomment>%2 is empty or a hint such as &apos; (did you mean &quot;stride&quot;?)&apos;</extracomment>
        <translation>未知的键 %1%2</translation>
    </message>
    <message>
        <source>unknown key %1%2 in the fill object</source>
        <extracomment>%2 is empty or a hint such as &apos; (did you mean &quot;shape&quot;?)&apos;</extracomment>
        <translation>填充对象中有未知的键 %1%2</translation>
    </message>
    <message>
        <source>%1 is out of range: the output size (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 would overflow 64 bits (PyTorch computes a wrong size there); expected an integer between %2 and %3</source>
        <extracomment>the formula and the argument names are PyTorch&apos;s; keep them as they are</extracomment>
        <translation>%1 超出范围：输出尺寸 (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 会超出 64 位（PyTorch 在这种情况下会算出错误的尺寸）；应为 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected an integer between %1 and %2, got %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <source>expected an integer or a list of two integers, got %1</source>
        <translation>应为整数或两个整数的列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>expected a list of integers, got %1</source>
        <translation>应为整数列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number at [%1], got %2</source>
        <translation>[%1] 处应为数字，实际为 %2</translation>
    </message>
    <message>
        <source>expected a list of 1 to %1 layer objects (the layers after this one), got %2</source>
        <translation>应为含 1 到 %1 个层对象的列表（本层之后的各层），实际为 %2</translation>
    </message>
    <message>
        <source>%1: unknown key %2%3</source>
        <extracomment>%1 is stack[i]; %3 is empty or a hint such as &apos; (did you mean &quot;stride&quot;?)&apos;</extracomment>
        <translation>%1：未知的键 %2%3</translation>
    </message>
    <message>
        <source>unknown key %1 beside &quot;npy&quot; (an .npy reference holds only the file&apos;s path)</source>
        <translation>&quot;npy&quot; 旁有未知的键 %1（.npy 引用只包含文件路径）</translation>
    </message>
    <message>
        <source>expected the path of a .npy file, got %1</source>
        <translation>应为 .npy 文件的路径，实际为 %1</translation>
    </message>
    <message>
        <source>nested lists are ragged at %1</source>
        <translation>嵌套列表在 %1 处长短不齐</translation>
    </message>
    <message>
        <source>expected a number (or &quot;nan&quot;, &quot;inf&quot;, &quot;-inf&quot;) at %1, got %2</source>
        <translation>%1 处应为数字（或 &quot;nan&quot;、&quot;inf&quot;、&quot;-inf&quot;），实际为 %2</translation>
    </message>
    <message>
        <source>the fill object is missing key &quot;fill&quot;</source>
        <translation>填充对象缺少键 &quot;fill&quot;</translation>
    </message>
    <message>
        <source>unknown fill %1; expected &quot;zeros&quot;, &quot;ones&quot;, &quot;arange&quot;, &quot;random&quot; or &quot;impulse&quot;</source>
        <translation>未知的填充方式 %1；应为 &quot;zeros&quot;、&quot;ones&quot;、&quot;arange&quot;、&quot;random&quot; 或 &quot;impulse&quot;</translation>
    </message>
    <message>
        <source>expected a non-negative integer, got %1</source>
        <translation>应为非负整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>the fill object is missing key &quot;shape&quot; (it may be left out when in_channels, out_channels and kernel_size are all given)</source>
        <translation>填充对象缺少键 &quot;shape&quot;（当 in_channels、out_channels 和 kernel_size 都已给出时可以省略）</translation>
    </message>
    <message>
        <source>the fill object is missing key &quot;shape&quot;</source>
        <translation>填充对象缺少键 &quot;shape&quot;</translation>
    </message>
    <message>
        <source>extent %1 at [%2] is negative</source>
        <translation>[%2] 处的尺寸 %1 为负数</translation>
    </message>
    <message>
        <source>%1 has more than the limit of %2 elements</source>
        <extracomment>%1 is a shape such as [1, 1, 4, 4]</extracomment>
        <translation>%1 的元素数超过上限 %2</translation>
    </message>
    <message>
        <source>%1 has %2 elements, more than the limit of %3 elements</source>
        <extracomment>%1 is a shape such as [1, 1, 4, 4]</extracomment>
        <translation>%1 有 %2 个元素，超过上限 %3 个</translation>
    </message>
    <message>
        <source>the key appears twice in one object; give it once</source>
        <translation>该键在同一对象中出现了两次；只写一次</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>缺少键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a 2-D weight stands for (1, 1, kH, kW), which needs in_channels = out_channels = 1; give 4 dimensions (in_channels, out_channels/groups, kH, kW)</source>
        <translation>二维 weight 表示 (1, 1, kH, kW)，这要求 in_channels = out_channels = 1；请给出 4 个维度 (in_channels, out_channels/groups, kH, kW)</translation>
    </message>
    <message>
        <source>expected 4 dimensions (in_channels, out_channels/groups, kH, kW), got shape %1</source>
        <translation>应为 4 个维度 (in_channels, out_channels/groups, kH, kW)，实际形状为 %1</translation>
    </message>
    <message>
        <source>the output would have shape %1, more than the limit of %2 elements</source>
        <translation>输出的形状将是 %1，超过上限 %2 个元素</translation>
    </message>
    <message>
        <source>expected a 1-dimensional bias, got shape %1</source>
        <translation>应为一维的 bias，实际形状为 %1</translation>
    </message>
    <message>
        <source>expected false, true, a list of out_channels numbers or {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}, got %1</source>
        <translation>应为 false、true、out_channels 个数的列表或 {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>expected nested lists of numbers, a fill object, {&quot;npy&quot;: &quot;file.npy&quot;} or {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}, got %1</source>
        <translation>应为嵌套的数字列表、填充对象、{&quot;npy&quot;: &quot;file.npy&quot;} 或 {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>unknown key %1 beside &quot;model&quot; (a model reference holds the file&apos;s path and the tensor&apos;s name)</source>
        <translation>&quot;model&quot; 旁有未知的键 %1（模型引用只包含文件路径和张量名称）</translation>
    </message>
    <message>
        <source>expected the path of a .safetensors, .npz or .pt file, got %1</source>
        <translation>应为 .safetensors、.npz 或 .pt 文件的路径，实际为 %1</translation>
    </message>
    <message>
        <source>expected the name of a tensor in the model (scatterboard inspect lists them), got %1</source>
        <translation>应为模型中某个张量的名称（scatterboard inspect 会列出它们），实际为 %1</translation>
    </message>
    <message>
        <source>expected an integer or a list of one integer (ConvTranspose1d), got %1</source>
        <extracomment>ConvTranspose1d is PyTorch&apos;s class name; keep it</extracomment>
        <translation>应为整数或只含一个整数的列表（ConvTranspose1d），实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;ConvTranspose2d&quot; or &quot;ConvTranspose1d&quot;, got %1</source>
        <extracomment>the module names are PyTorch&apos;s; keep them</extracomment>
        <translation>应为 &quot;ConvTranspose2d&quot; 或 &quot;ConvTranspose1d&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>%1: expected an object of %2 arguments, got %3</source>
        <extracomment>%2 is ConvTranspose2d or ConvTranspose1d</extracomment>
        <translation>%1：应为由 %2 参数组成的对象，实际为 %3</translation>
    </message>
    <message>
        <source>a 1-D weight stands for (1, 1, kernel_size), which needs in_channels = out_channels = 1; give 3 dimensions (in_channels, out_channels/groups, kernel_size)</source>
        <translation>一维 weight 表示 (1, 1, kernel_size)，这要求 in_channels = out_channels = 1；请给出 3 个维度 (in_channels, out_channels/groups, kernel_size)</translation>
    </message>
    <message>
        <source>expected 3 dimensions (in_channels, out_channels/groups, kernel_size), got shape %1</source>
        <translation>应为 3 个维度 (in_channels, out_channels/groups, kernel_size)，实际形状为 %1</translation>
    </message>
    <message>
        <source>tensor %1 of %2 holds %3 values (a buffer such as a mask or a counter), not floating point ones: a layer&apos;s input, weight and bias are float</source>
        <extracomment>%1 a tensor&apos;s name, %2 its dtype such as uint8</extracomment>
        <translation>%2 中的张量 %1 存放的是 %3 值（掩码或计数器之类的缓冲区），不是浮点值：层的输入、权重和偏置都是浮点数</translation>
    </message>
</context>
<context>
    <name>sb::ConfigWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>sb::Console</name>
    <message>
        <source>Try &apos;%1&apos; for more information.
</source>
        <extracomment>%1 is a command such as &quot;scatterboard --help&quot;</extracomment>
        <translation>更多信息请运行“%1”。
</translation>
    </message>
</context>
<context>
    <name>sb::ConvertCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>missing CONFIG.json</source>
        <translation>缺少 CONFIG.json</translation>
    </message>
    <message>
        <source>expected one CONFIG.json, got %1</source>
        <translation>只能有一个 CONFIG.json，实际有 %1 个</translation>
    </message>
    <message>
        <source>--to: expected %1, got &apos;%2&apos;</source>
        <translation>--to：应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>usage: scatterboard convert CONFIG.json --to keras|jax|onnx
</source>
        <translation>用法：scatterboard convert CONFIG.json --to keras|jax|onnx
</translation>
    </message>
    <message>
        <source>
Prints a Python script that builds CONFIG.json&apos;s layer, with its weights and input, in another
framework and prints the output in NCHW, to compare with `scatterboard compute`:
  keras  tf.keras.layers.Conv2DTranspose (channels_last; a Cropping2D where PyTorch&apos;s padding
         crops more than &apos;same&apos; does); no groups
  jax    jax.lax.conv_transpose with explicit padding and transpose_kernel=True; no groups
  onnx   an ONNX ConvTranspose model, saved as conv_transpose.onnx (run with onnxruntime if present)
Each script says in a comment where that framework&apos;s own padding modes give another size
(Keras&apos;s and ONNX&apos;s &apos;same&apos; give input × stride). The arguments follow the frameworks&apos;
published size rules; Scatterboard does not run TensorFlow, JAX or ONNX.
</source>
        <translation>
输出一个 Python 脚本：在另一个框架中构建 CONFIG.json 的层（连同其权重和输入），并以
NCHW 输出结果，以便与 `scatterboard compute` 对比：
  keras  tf.keras.layers.Conv2DTranspose（channels_last；当 PyTorch 的 padding 裁剪得比
         &apos;same&apos; 更多时加一个 Cropping2D）；不支持 groups
  jax    jax.lax.conv_transpose，使用显式 padding 和 transpose_kernel=True；不支持 groups
  onnx   一个 ONNX ConvTranspose 模型，保存为 conv_transpose.onnx（若装有 onnxruntime 则运行它）
每个脚本都会在注释中说明该框架自身的 padding 模式在哪些地方给出不同的尺寸
（Keras 和 ONNX 的 &apos;same&apos; 给出输入尺寸 × stride）。参数遵循各框架公布的尺寸规则；
Scatterboard 不运行 TensorFlow、JAX 或 ONNX。
</translation>
    </message>
    <message>
        <source>reading %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>writing the %1 script of %2</source>
        <extracomment>%1 Keras, JAX or ONNX; %2 a config file</extracomment>
        <translation>写出 %2 的 %1 脚本</translation>
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
        <source>There is not enough memory to record this configuration&apos;s %L1 contributions.</source>
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
        <source>Exported %1 frames as %2 …</source>
        <translation>已将 %1 帧导出为 %2 …</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>导出已取消：没有写入任何文件</translation>
    </message>
    <message>
        <source>Exported %1 (%2 × %3 px, 1 frame)</source>
        <translation>已导出 %1（%2 × %3 px，1 帧）</translation>
    </message>
    <message>
        <source>Exported %1 (%2 × %3 px, %4 frames)</source>
        <translation>已导出 %1（%2 × %3 px，%4 帧）</translation>
    </message>
</context>
<context>
    <name>sb::ExportCommand</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
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
        <source>unknown view &apos;%1&apos;: the views are %2</source>
        <translation>未知视图“%1”：可用的视图有 %2</translation>
    </message>
    <message>
        <source>--step: expected a step number (0, 1, 2, ...), got &apos;%1&apos;</source>
        <translation>--step：应为步骤编号（0、1、2……），实际为“%1”</translation>
    </message>
    <message>
        <source>--steps: expected a range of steps like 2-7, got &apos;%1&apos;</source>
        <translation>--steps：应为像 2-7 这样的步骤范围，实际为“%1”</translation>
    </message>
    <message>
        <source>%1: expected a positive number, got &apos;%2&apos;</source>
        <translation>%1：应为正数，实际为“%2”</translation>
    </message>
    <message>
        <source>--fps: expected a positive number, got &apos;%1&apos;</source>
        <translation>--fps：应为正数，实际为“%1”</translation>
    </message>
    <message>
        <source>--loop: expected 0 (forever) or a number of plays up to 65536, got &apos;%1&apos;</source>
        <translation>--loop：应为 0（无限循环）或不超过 65536 的播放次数，实际为“%1”</translation>
    </message>
    <message>
        <source>--theme: expected light or dark, got &apos;%1&apos;</source>
        <translation>--theme：应为 light 或 dark，实际为“%1”</translation>
    </message>
    <message>
        <source>--palette: expected %1 or %2, got &apos;%3&apos;</source>
        <translation>--palette：应为 %1 或 %2，实际为“%3”</translation>
    </message>
    <message>
        <source>--kernel: expected ones, bilinear, random, random:SEED or a .npy file</source>
        <translation>--kernel：应为 ones、bilinear、random、random:SEED 或 .npy 文件</translation>
    </message>
    <message>
        <source>--plane: expected n,co (batch element, output channel) like 0,1, got &apos;%1&apos;</source>
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
        <source>wrote %1: a PyTorch script that builds this layer and prints its output
</source>
        <translation>已写入 %1：一个构建此层并输出其结果的 PyTorch 脚本
</translation>
    </message>
    <message>
        <source>%1 files %2 … %3</source>
        <extracomment>the first and the last of the numbered frame files written</extracomment>
        <translation>%1 个文件 %2 … %3</translation>
    </message>
    <message>
        <source>wrote %1: %2×%3 px, 1 frame, %4, in %5 s
</source>
        <extracomment>%1 the file(s) written, %2×%3 the picture&apos;s size in pixels, %4 its size on disk, %5 seconds</extracomment>
        <translation>已写入 %1：%2×%3 px，1 帧，%4，用时 %5 s
</translation>
    </message>
    <message>
        <source>wrote %1: %2×%3 px, %4 frames, %5, in %6 s
</source>
        <extracomment>%1 the file(s) written, %2×%3 the picture&apos;s size in pixels, %4 the number of frames, %5 the size on disk, %6 seconds</extracomment>
        <translation>已写入 %1：%2×%3 px，%4 帧，%5，用时 %6 s
</translation>
    </message>
    <message>
        <source>%1: not enough memory to draw this layer</source>
        <translation>%1：内存不足，无法绘制此层</translation>
    </message>
    <message>
        <source>--%1 is not for a lesson: each slide names its view and its steps</source>
        <translation>--%1 不适用于课程：每张幻灯片自己指定视图和步骤</translation>
    </message>
    <message>
        <source>--title-page is for a lesson&apos;s PDF handout</source>
        <translation>--title-page 只用于课程的 PDF 讲义</translation>
    </message>
    <message>
        <source>a lesson exports to a .pdf handout or to a folder of slides (deck/), not %1</source>
        <translation>课程只能导出为 .pdf 讲义或幻灯片文件夹（deck/），不能导出为 %1</translation>
    </message>
    <message>
        <source>--scale: expected %1 to %2, got %3</source>
        <translation>--scale：应为 %1 到 %2，实际为 %3</translation>
    </message>
    <message>
        <source>--fps: expected %1 to %2, got %3</source>
        <translation>--fps：应为 %1 到 %2，实际为 %3</translation>
    </message>
    <message>
        <source>wrote %1: a handout of %2 pages, in %3 s
</source>
        <extracomment>%1 the PDF written, %2 its number of pages, %3 seconds</extracomment>
        <translation>已写入 %1：%2 页的讲义，用时 %3 s
</translation>
    </message>
    <message>
        <source>wrote %1: %2 slides (%3), in %4 s
</source>
        <extracomment>%1 the folder, %2 how many files, %3 their names, %4 seconds</extracomment>
        <translation>已写入 %1：%2 张幻灯片（%3），用时 %4 s
</translation>
    </message>
    <message>
        <source>usage: scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all]
                          [--scale S | --dpi D] [--fps F] [--loop N] [--theme light|dark]
                          [--palette vivid|colorblind] [--transparent] [--heatmap]
                          [--plane n,co] [--per-tap]
                          [--image PHOTO.png|jpg] [--kernel ones|bilinear|random[:SEED]|FILE.npy]
       scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page]
                          [--scale S | --dpi D] [--fps F] [--theme light|dark] [--palette vivid|colorblind]
</source>
        <translation>用法：scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all]
                          [--scale S | --dpi D] [--fps F] [--loop N] [--theme light|dark]
                          [--palette vivid|colorblind] [--transparent] [--heatmap]
                          [--plane n,co] [--per-tap]
                          [--image PHOTO.png|jpg] [--kernel ones|bilinear|random[:SEED]|FILE.npy]
       scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page]
                          [--scale S | --dpi D] [--fps F] [--theme light|dark] [--palette vivid|colorblind]
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

A lesson file (a JSON object with &quot;lesson&quot; and &quot;slides&quot;, as the window&apos;s Lesson menu saves it)
exports whole; each slide names its own view and steps:
  --out handout.pdf  a PDF handout: one A4 page per slide with its picture at the slide&apos;s step
                     (the last of a range), its title, its caption, and its question with the
                     answer; --title-page (or &quot;title_page&quot;: true in the lesson) adds a first
                     page with the title, the subtitle and the contents
  --out deck/        a folder (created when missing) with one file per slide, 01-TITLE.png, or
                     01-TITLE.gif for a slide that plays a range of steps; a file already there
                     is never replaced (the export is refused)
A lesson file:
  {&quot;lesson&quot;: &quot;TITLE&quot;, &quot;subtitle&quot;: &quot;...&quot;, &quot;title_page&quot;: true,
   &quot;slides&quot;: [{&quot;title&quot;: &quot;...&quot;, &quot;caption&quot;: &quot;a few lines&quot;, &quot;view&quot;: &quot;scatter&quot;,
               &quot;step&quot;: 5 | &quot;steps&quot;: &quot;0-18&quot;,
               &quot;highlights&quot;: [{&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: &quot;...&quot;}],
               &quot;quiz&quot;: &quot;shape&quot; | {&quot;ask&quot;: &quot;value&quot; | &quot;contributions&quot; | &quot;contributors&quot;, &quot;cell&quot;: [row, column]},
               &quot;config&quot;: {...a config...} | &quot;relative/path.json&quot; | &quot;preset:seed004-k4-s2-p1&quot;}]}
Without &quot;step&quot; or &quot;steps&quot; a slide shows the view&apos;s last step, the finished picture.

Prints what it wrote on stdout. Errors (an invalid config with PyTorch&apos;s message, an unknown
view or extension, a step out of range, a path that cannot be written, an unreadable photo or
kernel) go to stderr.
Exit status: 0 on success, 2 for an invalid config, command line or output path, 1 for anything else.
</source>
        <translation>
不需要窗口或显示器，把窗口为 CONFIG.json 显示的内容绘制到 FILE 中。
FILE 的扩展名决定格式：
  .png   图片（位图）；--transparent 不绘制背景
  .py    一个构建同一层并输出其结果的 PyTorch 脚本（用于核对图片）
  .svg   图片（矢量，文字保留为文字）
  .pdf   图片（矢量），一页，页面大小与图片相同
  .gif   一段步骤范围的动画，带有窗口中的滑入和淡入淡出
  带帧编号的文件名，如 frames/frame-%04d.png：同样的动画，写成编号的 PNG 文件
         frame-0001.png、frame-0002.png、……（%d 表示不补零），放在已存在的文件夹中；
         用于以 --fps 制作视频。若文件夹中已有同一模式的帧，则拒绝导出（请先删除）：
         两次导出的帧绝不会混在一起
FILE 是一个新名称或一个普通文件，后者会被整个替换（若是符号链接，则替换链接的
目标）；设备、FIFO、套接字或文件夹，以及导出时要读取的任何文件（配置、照片、
.npy），都会在开始工作之前被拒绝。无法完整写入的文件（磁盘已满）不会留下，
它本要替换的文件保持原样。

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

课程文件（一个包含 &quot;lesson&quot; 和 &quot;slides&quot; 的 JSON 对象，即窗口的课程菜单保存的格式）
整体导出；每张幻灯片自己指定视图和步骤：
  --out handout.pdf  PDF 讲义：每张幻灯片一页 A4，包含该幻灯片所在步骤的图片
                     （若为步骤范围则取最后一步）、标题、说明文字，以及问题和
                     答案；--title-page（或课程中的 &quot;title_page&quot;: true）会添加首页，
                     列出标题、副标题和目录
  --out deck/        一个文件夹（不存在时创建），每张幻灯片一个文件 01-TITLE.png，
                     播放一段步骤的幻灯片则为 01-TITLE.gif；已存在的文件
                     绝不会被替换（导出会被拒绝）
课程文件：
  {&quot;lesson&quot;: &quot;TITLE&quot;, &quot;subtitle&quot;: &quot;...&quot;, &quot;title_page&quot;: true,
   &quot;slides&quot;: [{&quot;title&quot;: &quot;...&quot;, &quot;caption&quot;: &quot;a few lines&quot;, &quot;view&quot;: &quot;scatter&quot;,
               &quot;step&quot;: 5 | &quot;steps&quot;: &quot;0-18&quot;,
               &quot;highlights&quot;: [{&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: &quot;...&quot;}],
               &quot;quiz&quot;: &quot;shape&quot; | {&quot;ask&quot;: &quot;value&quot; | &quot;contributions&quot; | &quot;contributors&quot;, &quot;cell&quot;: [row, column]},
               &quot;config&quot;: {...a config...} | &quot;relative/path.json&quot; | &quot;preset:seed004-k4-s2-p1&quot;}]}
没有 &quot;step&quot; 或 &quot;steps&quot; 时，幻灯片显示视图的最后一步，即完成的图片。

在 stdout 上输出写了什么。错误（带有 PyTorch 消息的无效配置、未知的视图或扩展名、
超出范围的步骤、无法写入的路径、无法读取的照片或
卷积核）输出到 stderr。
退出状态：成功为 0，配置、命令行或输出路径无效为 2，其他情况为 1。
</translation>
    </message>
    <message>
        <source>exporting the lesson %1</source>
        <extracomment>%1 a lesson file</extracomment>
        <translation>导出课程 %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>writing the script %1</source>
        <extracomment>%1 the script&apos;s path</extracomment>
        <translation>写出脚本 %1</translation>
    </message>
    <message>
        <source>drawing %1</source>
        <extracomment>%1 the file being written</extracomment>
        <translation>绘制 %1</translation>
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
    <name>sb::ExportJob</name>
    <message>
        <source>only step 0</source>
        <translation>只有步骤 0</translation>
    </message>
    <message>
        <source>steps 0–%1</source>
        <translation>步骤 0–%1</translation>
    </message>
    <message>
        <source>nothing to draw: the layer&apos;s batch is empty</source>
        <translation>没有可绘制的内容：该层的批次为空</translation>
    </message>
    <message>
        <source>plane n=%1, co=%2 is out of range: the layer has n 0–%3 and co 0–%4</source>
        <translation>平面 n=%1, co=%2 超出范围：该层的 n 为 0–%3，co 为 0–%4</translation>
    </message>
    <message>
        <source>step %1 is out of range: the %2 view of this layer has %3</source>
        <translation>步骤 %1 超出范围（此层的 %2 视图：%3）</translation>
    </message>
    <message>
        <source>steps %1-%2: the first step comes after the last</source>
        <translation>步骤 %1-%2：第一步在最后一步之后</translation>
    </message>
    <message>
        <source>%1 draws one step, not steps %2–%3: give one step, or export the range as .gif or as numbered frames (%4)</source>
        <extracomment>%1 is a format (PNG, SVG, PDF); %4 is the file name pattern frame-%04d.png</extracomment>
        <translation>%1 只绘制一个步骤，而不是步骤 %2–%3：请给出一个步骤，或将该范围导出为 .gif 或编号的帧（%4）</translation>
    </message>
    <message>
        <source>scale %1 is out of range: between %2 and %3</source>
        <translation>缩放 %1 超出范围：应在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 frames per second is out of range: between %2 and %3</source>
        <translation>每秒 %1 帧超出范围：应在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>loop %1 is out of range: 0 (forever) to 65536 plays</source>
        <translation>循环 %1 超出范围：应为 0（无限循环）到 65536 次</translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large (at most %3 on a side): use a smaller scale, or SVG or PDF</source>
        <translation>%1×%2 像素太大（单边最多 %3）：请使用更小的缩放，或使用 SVG 或 PDF</translation>
    </message>
    <message>
        <source>the picture spans about %L1 cells, too many for a vector file (at most %L2): export a PNG, at a smaller --scale if needed</source>
        <translation>图片约跨 %L1 个单元格，对矢量文件来说太多（最多 %L2）：请导出 PNG，必要时使用更小的 --scale</translation>
    </message>
    <message>
        <source>%1 frames is too many (at most %2): export fewer steps or at fewer frames per second</source>
        <translation>%1 帧太多（最多 %2）：请导出更少的步骤，或降低每秒帧数</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 frame</source>
        <translation>内存不足，无法生成 %1×%2 的帧</translation>
    </message>
</context>
<context>
    <name>sb::ExportTarget</name>
    <message>
        <source>%1: a frame sequence needs exactly one frame number in the file name, like %2</source>
        <extracomment>%2 is the file name pattern frame-%04d.png</extracomment>
        <translation>%1：帧序列的文件名中需要恰好一个帧编号，例如 %2</translation>
    </message>
    <message>
        <source>%1: frame sequences are written as PNG: end the name in .png</source>
        <translation>%1：帧序列以 PNG 写出：文件名须以 .png 结尾</translation>
    </message>
    <message>
        <source>%1: unknown file type &apos;%2&apos;: the extension chooses the format, one of %3, or a name like %4 for numbered frames</source>
        <extracomment>%2 is the file&apos;s extension; %3 the list .png, .svg, .pdf, .gif; %4 the file name pattern frame-%04d.png</extracomment>
        <translation>%1：未知的文件类型“%2”：扩展名决定格式，可以是 %3 之一，或像 %4 这样的名称以得到编号的帧</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no file extension</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>PNG frames</source>
        <translation>PNG 帧</translation>
    </message>
</context>
<context>
    <name>sb::FrameSequenceExporter</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>无法写入 %1：文件夹 %2 不可写</translation>
    </message>
    <message>
        <source>the frame could not be encoded as PNG</source>
        <translation>无法把该帧编码为 PNG</translation>
    </message>
    <message>
        <source>cannot write %1: the lock file %2 cannot be created: %3</source>
        <translation>无法写入 %1：无法创建锁文件 %2：%3</translation>
    </message>
    <message>
        <source>%1: the lock file %2 keeps changing; another export is starting and ending in this folder</source>
        <translation>%1：锁文件 %2 不断变化；另一个导出正在此文件夹中反复开始和结束</translation>
    </message>
</context>
<context>
    <name>sb::FrameworkSnippet</name>
    <message>
        <source>Keras&apos;s Conv2DTranspose has no groups; this layer has groups=%1</source>
        <translation>Keras 的 Conv2DTranspose 不支持 groups；此层的 groups=%1</translation>
    </message>
    <message>
        <source>Keras needs output_padding smaller than the stride; this layer has output_padding %1 with stride %2</source>
        <translation>Keras 要求 output_padding 小于 stride；此层的 output_padding 为 %1，stride 为 %2</translation>
    </message>
    <message>
        <source>lax.conv_transpose has no feature groups; this layer has groups=%1</source>
        <translation>lax.conv_transpose 不支持特征分组（feature groups）；此层的 groups=%1</translation>
    </message>
</context>
<context>
    <name>sb::GifExporter</name>
    <message>
        <source>cannot write %1: %2 failed (%3)</source>
        <translation>无法写入 %1：%2 失败（%3）</translation>
    </message>
    <message>
        <source>a GIF is between 1 and 65535 pixels on each side, not %1×%2</source>
        <translation>GIF 每边须在 1 到 65535 像素之间，而不是 %1×%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the GIF is not open</source>
        <translation>GIF 未打开</translation>
    </message>
    <message>
        <source>frame %1 is %2×%3, the GIF %4×%5</source>
        <translation>第 %1 帧为 %2×%3，而 GIF 为 %4×%5</translation>
    </message>
    <message>
        <source>not enough memory for a GIF palette</source>
        <translation>内存不足，无法生成 GIF 调色板</translation>
    </message>
    <message>
        <source>a GIF needs at least one frame</source>
        <translation>GIF 至少需要一帧</translation>
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
        <translation>打开图像…</translation>
    </message>
    <message>
        <source>Load a PNG or JPEG photo into the image view (or drop one on the window)</source>
        <translation>将一张 PNG 或 JPEG 照片载入图像视图（或将其拖到窗口上）</translation>
    </message>
    <message>
        <source>Config&apos;s kernel</source>
        <translation>配置中的卷积核</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>全 1</translation>
    </message>
    <message>
        <source>Every tap 1: each output pixel sums its contributions, so uneven overlap shows as it is</source>
        <translation>每个抽头都为 1：每个输出像素把它收到的贡献加起来，重叠不均匀时会如实显示</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>双线性</translation>
    </message>
    <message>
        <source>FCN&apos;s bilinear-upsampling kernel: with kernel 4, stride 2, padding 1 it interpolates bilinearly and the overlap is even</source>
        <translation>FCN 的双线性上采样卷积核：kernel 4、stride 2、padding 1 时它做双线性插值，重叠是均匀的</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Values uniform in [−1, 1) from the seed, like an untrained layer</source>
        <translation>由种子生成、在 [−1, 1) 中均匀分布的值，就像未训练的层</translation>
    </message>
    <message>
        <source>Load .npy…</source>
        <translation>加载 .npy…</translation>
    </message>
    <message>
        <source>A weight from a NumPy file: (1, 1, kH, kW) for every colour channel, or (3, 3/groups, kH, kW)</source>
        <translation>来自 NumPy 文件的权重：每个颜色通道共用的 (1, 1, kH, kW)，或 (3, 3/groups, kH, kW)</translation>
    </message>
    <message>
        <source>The kernel the photo goes through, colour channel by colour channel</source>
        <translation>照片逐个颜色通道经过的卷积核</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <source>The random kernel&apos;s seed: the same seed gives the same kernel everywhere</source>
        <translation>随机卷积核的种子：同一个种子在任何地方都给出同一个卷积核</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>卷积核：</translation>
    </message>
    <message>
        <source>Load a kernel</source>
        <translation>加载卷积核</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>NumPy 数组 (*.npy);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>照片：%1</translation>
    </message>
    <message>
        <source>test photo</source>
        <translation>测试照片</translation>
    </message>
    <message>
        <source>The built-in 96×64 test photo</source>
        <translation>内置的 96×64 测试照片</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Random kernel seed</source>
        <translation>随机卷积核的种子</translation>
    </message>
    <message>
        <source>The config&apos;s weight: one (1, 1, kH, kW) plane for every colour, a 3-channel layer as a whole, or any other layer per channel (colour c through w[c, c])</source>
        <translation>配置的权重：(1, 1, kH, kW) 单个平面用于每种颜色，3 通道的层整体使用，其他层则按通道使用（颜色 c 经过 w[c, c]）</translation>
    </message>
</context>
<context>
    <name>sb::ImageFile</name>
    <message>
        <source>%1: no such image file</source>
        <translation>%1：没有这个图像文件</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1：是文件夹，不是图像文件</translation>
    </message>
    <message>
        <source>%1: not a PNG or JPEG image (%2)</source>
        <translation>%1：不是 PNG 或 JPEG 图像（%2）</translation>
    </message>
    <message>
        <source>%1: the JPEG image is truncated (it has no end-of-image marker after its last scan); only part of the photo could be read</source>
        <translation>%1：JPEG 图像被截断（最后一个扫描段之后没有图像结束标记）；只能读出照片的一部分</translation>
    </message>
    <message>
        <source>%1: cannot read the %2 image: %3</source>
        <translation>%1：无法读取该 %2 图像：%3</translation>
    </message>
</context>
<context>
    <name>sb::InputFile</name>
    <message>
        <source>a file name cannot hold a NUL character</source>
        <translation>文件名不能包含 NUL 字符</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>not a regular file (it is a folder)</source>
        <translation>不是普通文件（它是文件夹）</translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket cannot be read as one)</source>
        <translation>不是普通文件（设备、FIFO 或套接字不能当作普通文件读取）</translation>
    </message>
    <message>
        <source>%1 bytes is larger than the %2 bytes this file may have</source>
        <translation>%1 字节超过了此文件允许的 %2 字节</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>sb::InspectCommand</name>
    <message>
        <source>inspect: unknown option &apos;%1&apos;</source>
        <translation>inspect：未知选项“%1”</translation>
    </message>
    <message>
        <source>inspect: missing MODEL</source>
        <translation>inspect：缺少 MODEL</translation>
    </message>
    <message>
        <source>inspect: expected one MODEL, got %1: %2</source>
        <translation>inspect：应为一个 MODEL，实际为 %1 个：%2</translation>
    </message>
    <message>
        <source>usage: scatterboard inspect MODEL
</source>
        <translation>用法：scatterboard inspect MODEL
</translation>
    </message>
    <message>
        <source>
Prints what a model file holds, as JSON: its format, every tensor (name, shape, dtype) and the
ConvTranspose2d candidates (a 4-D weight with its matching bias, and the in_channels,
out_channels and kernel_size that follow from the weight&apos;s shape). MODEL is a .safetensors
file, an .npz, or a .pt/.pth checkpoint from torch.save (its state_dict, also when saved
under a key such as &quot;state_dict&quot;; nothing in it is ever executed). A config then takes any
tensor as {&quot;model&quot;: &quot;MODEL&quot;, &quot;tensor&quot;: &quot;NAME&quot;}.
</source>
        <translation>
以 JSON 输出模型文件的内容：其格式、每个张量（名称、形状、dtype）以及
ConvTranspose2d 候选（一个四维 weight 及与之匹配的 bias，以及由 weight 形状得出的
in_channels、out_channels 和 kernel_size）。MODEL 可以是 .safetensors 文件、.npz，
或 torch.save 保存的 .pt/.pth 检查点（其 state_dict，也包括保存在 &quot;state_dict&quot; 等键下
的情况；其中的任何内容都不会被执行）。之后配置文件可以用
{&quot;model&quot;: &quot;MODEL&quot;, &quot;tensor&quot;: &quot;NAME&quot;} 引用其中任意张量。
</translation>
    </message>
    <message>
        <source>reading the model %1</source>
        <extracomment>%1 a model file</extracomment>
        <translation>读取模型 %1</translation>
    </message>
</context>
<context>
    <name>sb::LessonExporter</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>(The window plays steps %1 to %2; this is step %2.)</source>
        <translation>（窗口中播放步骤 %1 到 %2；此处为步骤 %2。）</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <extracomment>the handout&apos;s page footer: %1 this page, %2 how many</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the lesson has no slides to print</source>
        <translation>课程中没有可打印的幻灯片</translation>
    </message>
    <message>
        <source>the lesson has no slides to export</source>
        <translation>课程中没有可导出的幻灯片</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 exists already; export the deck to a new or empty folder</source>
        <translation>%1 已存在；请把幻灯片组导出到新的或空的文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>slide %1: %2</source>
        <extracomment>%1 the slide&apos;s number, %2 why its file could not be written</extracomment>
        <translation>幻灯片 %1：%2</translation>
    </message>
    <message>
        <source>… and %1 more slides</source>
        <translation>… 另有 %1 张幻灯片</translation>
    </message>
    <message>
        <source>the handout&apos;s pictures hold about %1 cells together, more than the limit of %2 for one lesson: print fewer slides at a time</source>
        <extracomment>%1 and %2 numbers of cells</extracomment>
        <translation>讲义的图片共约 %1 个单元格，超过一节课 %2 的上限：请每次打印较少的幻灯片</translation>
    </message>
    <message>
        <source>the deck would draw %1 frames of up to %2×%3 pixels, %4 pixels in all; one lesson may draw at most %5 frames and %6 pixels (about eight minutes): export fewer slides at a time, at a lower --fps or a smaller --scale</source>
        <extracomment>%1 frames, %2×%3 the largest frame&apos;s size, %4 pixels in all, %5 and %6 the limits</extracomment>
        <translation>幻灯片集将绘制 %1 帧，每帧最大 %2×%3 像素，共 %4 像素；一节课最多绘制 %5 帧、%6 像素（约八分钟）：请每次导出较少的幻灯片，或用较低的 --fps、较小的 --scale</translation>
    </message>
</context>
<context>
    <name>sb::LessonMode</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Slide caption</source>
        <translation>幻灯片说明文字</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Lesson…</source>
        <translation>新建课程(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a lesson from the current view: add slides, caption them, then play it in presentation mode</source>
        <translation>从当前视图开始一个课程：添加幻灯片并为其写说明文字，然后在演示模式中播放</translation>
    </message>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a lesson file (.json)</source>
        <translation>打开课程文件（.json）</translation>
    </message>
    <message>
        <source>&amp;Built-in Lessons</source>
        <translation>内置课程(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save Lesson</source>
        <translation>保存课程(&amp;S)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Save Lesson &amp;As…</source>
        <translation>课程另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Current View as Slide</source>
        <translation>将当前视图添加为幻灯片(&amp;A)</translation>
    </message>
    <message>
        <source>The view, its step, its layer and a pinned cell become a slide after the selected one</source>
        <translation>视图及其步骤、层和固定的单元格成为选中幻灯片之后的一张幻灯片</translation>
    </message>
    <message>
        <source>Ne&amp;xt Slide</source>
        <translation>下一张幻灯片(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous Slide</source>
        <translation>上一张幻灯片(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;lay Lesson</source>
        <translation>播放课程(&amp;L)</translation>
    </message>
    <message>
        <source>Presentation mode from the first slide: the clicker steps through each slide, then on to the next</source>
        <translation>从第一张幻灯片开始进入演示模式：翻页器逐步走过每张幻灯片，再进入下一张</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>导出讲义（PDF）(&amp;H)…</translation>
    </message>
    <message>
        <source>One page per slide: its picture, title, caption and question</source>
        <translation>每张幻灯片一页：图片、标题、说明文字和问题</translation>
    </message>
    <message>
        <source>Export &amp;Deck…</source>
        <translation>导出幻灯片组(&amp;D)…</translation>
    </message>
    <message>
        <source>One PNG per slide, a GIF for a slide that plays steps, in a new folder</source>
        <translation>每张幻灯片一个 PNG，播放步骤的幻灯片为一个 GIF，放在一个新文件夹中</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation>测验模式(&amp;Q)</translation>
    </message>
    <message>
        <source>Before each step plays, predict the output&apos;s shape, a cell&apos;s value, its contributions or its input elements; the answer is checked and the truth played</source>
        <translation>每一步播放之前，先预测输出的形状、某个单元格的值、它的贡献数或它的输入元素；核对答案后播放真实结果</translation>
    </message>
    <message>
        <source>Quiz mode: step forward (→) to be asked; Q to stop</source>
        <translation>测验模式：前进一步（→）即会提问；按 Q 停止</translation>
    </message>
    <message>
        <source>Quiz over: %1 of %2 right</source>
        <translation>测验结束：%2 题中答对 %1 题</translation>
    </message>
    <message>
        <source>%1 view, step %2</source>
        <extracomment>a new slide&apos;s title: %1 the view&apos;s name, %2 the step</extracomment>
        <translation>%1视图，步骤 %2</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>%1视图</translation>
    </message>
    <message>
        <source>The end of the lesson: Home goes back to the first slide</source>
        <translation>课程结束：按 Home 回到第一张幻灯片</translation>
    </message>
    <message>
        <source>Nothing left to predict here: Home starts the story again</source>
        <translation>这里已没有可预测的内容：按 Home 从头再来</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 right</source>
        <translation>测验：%2 题中答对 %1 题</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lesson &quot;%1&quot;: %2 slides. → steps through them; Shift+F5 presents</source>
        <translation>课程“%1”：%2 张幻灯片。按 → 逐步浏览；按 Shift+F5 演示</translation>
    </message>
    <message>
        <source>Save the changes to the lesson &quot;%1&quot;?</source>
        <translation>保存对课程“%1”的更改吗？</translation>
    </message>
    <message>
        <source>New Lesson</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>课程标题：</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>未命名课程</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>课程 (*.json)</translation>
    </message>
    <message>
        <source>Save Lesson As</source>
        <translation>课程另存为</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Deck into a Folder</source>
        <translation>将幻灯片组导出到文件夹</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation>正在生成讲义…</translation>
    </message>
    <message>
        <source>Drawing the slides…</source>
        <translation>正在绘制幻灯片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Deck</source>
        <translation>导出幻灯片组</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 files)</source>
        <translation>已写入 %1（%2 个文件）</translation>
    </message>
</context>
<context>
    <name>sb::LessonPanel</name>
    <message>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <source>The lesson&apos;s slides: click one to show it; Enter shows the selected one</source>
        <translation>课程的幻灯片：单击一张即可显示；按 Enter 显示选中的那张</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the current view, at its step, as a slide after the selected one (Ctrl+Alt+A)</source>
        <translation>把当前视图连同其当前步骤添加为选中幻灯片之后的一张幻灯片（Ctrl+Alt+A）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected slide</source>
        <translation>移除选中的幻灯片</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected slide up</source>
        <translation>将选中的幻灯片上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected slide down</source>
        <translation>将选中的幻灯片下移</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>幻灯片标题</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>What the class should see in this picture, in a few lines</source>
        <translation>用几行字写出全班应在这张图中看到什么</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Ask the class to predict something before the slide plays</source>
        <translation>在幻灯片播放前请全班预测一个结果</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The output&apos;s shape</source>
        <translation>输出的形状</translation>
    </message>
    <message>
        <source>A cell&apos;s value</source>
        <translation>某个单元格的值</translation>
    </message>
    <message>
        <source>Contributions to a cell</source>
        <translation>某个单元格收到的贡献数</translation>
    </message>
    <message>
        <source>Input elements reaching a cell</source>
        <translation>到达某个单元格的输入元素</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <extracomment>what a slide shows: %1 the view&apos;s name, %2 its steps</extracomment>
        <translation>步骤 %1–%2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>the finished picture</source>
        <translation>完成的图片</translation>
    </message>
    <message>
        <source>%1 view, %2</source>
        <translation>%1视图，%2</translation>
    </message>
</context>
<context>
    <name>sb::LessonReader</name>
    <message>
        <source>slide %1</source>
        <translation>幻灯片 %1</translation>
    </message>
    <message>
        <source>unknown key %1%2</source>
        <extracomment>%2 is empty or a hint such as &apos; (did you mean &quot;caption&quot;?)&apos;</extracomment>
        <translation>未知的键 %1%2</translation>
    </message>
    <message>
        <source>missing key %1</source>
        <translation>缺少键 %1</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>应为文本，实际为 %1</translation>
    </message>
    <message>
        <source>expected a step number from 0, got %1</source>
        <translation>应为从 0 开始的步骤编号，实际为 %1</translation>
    </message>
    <message>
        <source>expected an output cell [row, column], got %1</source>
        <translation>应为输出单元格 [行, 列]，实际为 %1</translation>
    </message>
    <message>
        <source>the cell %1 lies outside the %2×%3 output</source>
        <translation>单元格 %1 位于 %2×%3 输出之外</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object holding &quot;lesson&quot; and &quot;slides&quot;</source>
        <translation>应为包含 &quot;lesson&quot; 和 &quot;slides&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected a list of slides, got %1</source>
        <translation>应为幻灯片列表，实际为 %1</translation>
    </message>
    <message>
        <source>%1 slides; a lesson holds at most %2</source>
        <translation>%1 张幻灯片；一个课程最多 %2 张</translation>
    </message>
    <message>
        <source>slide %1: expected an object with a title, a view and a config, got %2</source>
        <translation>幻灯片 %1：应为包含标题、视图和配置的对象，实际为 %2</translation>
    </message>
    <message>
        <source>unknown view %1%2</source>
        <translation>未知视图 %1%2</translation>
    </message>
    <message>
        <source>the lesson&apos;s layers hold more than %1 numbers together</source>
        <translation>课程中各层的数值合计超过 %1 个</translation>
    </message>
    <message>
        <source>expected a config object, a path to a config file or &quot;preset:NAME&quot;, got %1</source>
        <translation>应为配置对象、配置文件的路径或 &quot;preset:NAME&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>no built-in preset is called %1%2</source>
        <translation>没有名为 %1 的内置预设%2</translation>
    </message>
    <message>
        <source>a slide shows one &quot;step&quot; or plays a range of &quot;steps&quot;, not both</source>
        <translation>一张幻灯片要么显示一个 &quot;step&quot;，要么播放一段 &quot;steps&quot;，不能两者兼有</translation>
    </message>
    <message>
        <source>expected a range of steps &quot;A-B&quot; with A ≤ B, got %1</source>
        <translation>应为 A ≤ B 的步骤范围 &quot;A-B&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>expected a list of {&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT}, got %1</source>
        <translation>应为 {&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT} 的列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected {&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT}, got %1</source>
        <translation>应为 {&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT}，实际为 %1</translation>
    </message>
    <message>
        <source>expected {&quot;ask&quot;: %1, &quot;cell&quot;: [row, column]}, got %2</source>
        <translation>应为 {&quot;ask&quot;: %1, &quot;cell&quot;: [row, column]}，实际为 %2</translation>
    </message>
    <message>
        <source>unknown question %1; a quiz asks %2</source>
        <translation>未知的问题 %1；测验可以问 %2</translation>
    </message>
    <message>
        <source>a %1 question needs a &quot;cell&quot; (or a highlighted cell) to ask about</source>
        <translation>%1 问题需要一个 &quot;cell&quot;（或一个高亮的单元格）作为提问对象</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a lesson&apos;s text may hold (a handout page shows about 2000)</source>
        <extracomment>%1 a number of characters, %2 the limit</extracomment>
        <translation>%1 个字符，超过课程文字可容纳的 %2 个（讲义一页约显示 2000 个）</translation>
    </message>
    <message>
        <source>the key appears twice in one object; give it once</source>
        <translation>该键在同一个对象中出现了两次；请只给出一次</translation>
    </message>
</context>
<context>
    <name>sb::LessonWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
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
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Inspected cell</source>
        <translation>检视的单元格</translation>
    </message>
    <message>
        <source>Image view progress</source>
        <translation>图像视图进度</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Open a trained ConvTranspose2d layer from a .safetensors, .npz or .pt/.pth (torch.save) file</source>
        <translation>从 .safetensors、.npz 或 .pt/.pth（torch.save）文件打开一个训练好的 ConvTranspose2d 层</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Models (*.safetensors *.npz *.pt *.pth);;All files (*)</source>
        <translation>模型 (*.safetensors *.npz *.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 holds no 4-D weight, so no ConvTranspose2d layer.</source>
        <translation>%1 中没有四维 weight，因此没有 ConvTranspose2d 层。</translation>
    </message>
    <message>
        <source>Open layer %1</source>
        <translation>打开层 %1</translation>
    </message>
    <message>
        <source>Shape &amp;Solver…</source>
        <translation>形状求解器(&amp;S)…</translation>
    </message>
    <message>
        <source>Every kernel_size, stride, padding, output_padding and dilation that takes one size to another; one click loads it</source>
        <translation>列出把一个尺寸变为另一个尺寸的每一组 kernel_size、stride、padding、output_padding 和 dilation；一键即可加载</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>复制为 %1 代码</translation>
    </message>
    <message>
        <source>A Python script that builds the same layer in %1, with comments where its size rules differ from PyTorch&apos;s</source>
        <translation>一段 Python 脚本：用 %1 构建同一层，并在其尺寸规则与 PyTorch 不同之处加上注释</translation>
    </message>
    <message>
        <source>A %1 script for this layer is on the clipboard</source>
        <translation>此层的 %1 脚本已复制到剪贴板</translation>
    </message>
    <message>
        <source>PyTorch&apos;s &amp;Quirks…</source>
        <translation>PyTorch 的怪癖(&amp;Q)…</translation>
    </message>
    <message>
        <source>Three surprises of nn.ConvTranspose2d, each with why and a snippet that shows it</source>
        <translation>nn.ConvTranspose2d 的三个出人意料之处，各附原因和一段演示它的代码片段</translation>
    </message>
    <message>
        <source>✗ invalid: showing the last valid picture — &lt;a href=&quot;quirk:%1&quot;&gt;why?&lt;/a&gt;</source>
        <translation>✗ 无效：显示上一张有效的图 — &lt;a href=&quot;quirk:%1&quot;&gt;为什么？&lt;/a&gt;</translation>
    </message>
    <message>
        <source>PyTorch&apos;s quirks</source>
        <translation>PyTorch 的怪癖</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>下一个视图(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious View</source>
        <translation>上一个视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>转到视图(&amp;G)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (presenting: next step)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step forward / back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presenting (a clicker): next / previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;one step per kernel tap&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;overlap heat-map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;colour-blind-safe palette&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0, +, −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit, zoom in, zoom out (or the wheel)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;release a pinned cell; leave presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch view (scatter, output, overlap, equivalent, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Page Down / Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous view, the last ones too&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy as PyTorch&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a photo in the image view (or drop one)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cell cursor over the output: each sum, also to a screen reader&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Home / Alt+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cell cursor to the first / last cell (Alt+Backspace leaves it)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Mouse&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;播放 / 暂停（演示时：下一步）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;前进 / 后退一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;演示时（翻页器）：下一步 / 上一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;开头 / 结尾&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;每个卷积核抽头一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;重叠热图&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;色盲友好配色&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;深色主题&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0, +, −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;适合窗口、放大、缩小（或用滚轮）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;释放固定的单元格；退出演示模式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;演示模式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;切换视图（散布、输出、重叠、等价卷积……）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Page Down / Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个视图，包括最后几个&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;复制为 PyTorch 代码&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在图像视图中打开照片（或拖放）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+方向键&lt;/b&gt;&lt;/td&gt;&lt;td&gt;输出上的单元格光标：显示每个和，也读给屏幕阅读器&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Home / Alt+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;单元格光标移到第一个 / 最后一个单元格（Alt+Backspace 退出）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;鼠标&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ModelBudget</name>
    <message>
        <source>reading it would take more than %1 bytes of memory at %2: the limit for a file of %3 bytes is %4 times its size plus %5 bytes, and what it describes is far larger than it holds (a repeated view, a copied shape or a pickle built to grow)</source>
        <extracomment>%2 what was being made, e.g. &quot;tensor w&apos;s 268435456 elements&quot;; %3 the limit in bytes</extracomment>
        <translation>读取它在 %2 处将需要超过 %1 字节的内存：%3 字节的文件上限是其大小的 %4 倍再加 %5 字节，而它描述的内容远大于它所包含的（重复的视图、被复制的形状或刻意膨胀的 pickle）</translation>
    </message>
    <message>
        <source>its tensors hold more than %1 elements together (at tensor %2)</source>
        <translation>其张量合计超过 %1 个元素（在张量 %2 处）</translation>
    </message>
    <message>
        <source>tensor %1&apos;s %2 elements</source>
        <extracomment>%1 a tensor&apos;s name, %2 how many elements it has</extracomment>
        <translation>张量 %1 的 %2 个元素</translation>
    </message>
</context>
<context>
    <name>sb::ModelFile</name>
    <message>
        <source>%1 is not an .npy file, which is all an .npz holds</source>
        <translation>%1 不是 .npy 文件，而 .npz 只包含 .npy 文件</translation>
    </message>
    <message>
        <source>a zip without the data.pkl of a torch.save checkpoint</source>
        <translation>这个 zip 中没有 torch.save 检查点的 data.pkl</translation>
    </message>
    <message>
        <source>storage %1 of %2 holds %3 bytes, not the %4 its %5 elements need</source>
        <translation>%2 的存储 %1 有 %3 字节，而不是其 %5 个元素所需的 %4 字节</translation>
    </message>
    <message>
        <source>tensor %1&apos;s offset and strides reach beyond its storage of %2 elements</source>
        <translation>张量 %1 的偏移和步长超出了其 %2 个元素的存储</translation>
    </message>
    <message>
        <source>a legacy torch.save file (not a zip): load it in PyTorch and save it again with torch.save(state_dict, path), which writes the zip format</source>
        <translation>旧式 torch.save 文件（不是 zip）：请在 PyTorch 中加载它，再用 torch.save(state_dict, path) 重新保存，这样会写成 zip 格式</translation>
    </message>
    <message>
        <source>not a model file this program reads (.safetensors, .npz, or a .pt/.pth from torch.save)</source>
        <translation>不是本程序能读取的模型文件（.safetensors、.npz，或 torch.save 保存的 .pt/.pth）</translation>
    </message>
    <message>
        <source>no tensor named %1; it holds %2</source>
        <translation>没有名为 %1 的张量；文件中有 %2</translation>
    </message>
    <message>
        <source>zip entry %1</source>
        <translation>zip 条目 %1</translation>
    </message>
    <message>
        <source>tensor %1 has the negative size %2 in its shape %3</source>
        <extracomment>%2 is a size such as -1, %3 a shape such as [2, -1]</extracomment>
        <translation>张量 %1 的形状 %3 中有负尺寸 %2</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has more elements than 64 bits can count</source>
        <translation>形状为 %2 的张量 %1 的元素数超出 64 位所能计数</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has %3 elements, more than the limit of %4 a tensor may have</source>
        <translation>形状为 %2 的张量 %1 有 %3 个元素，超过单个张量 %4 的上限</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>张量 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::NpyFile</name>
    <message>
        <source>not a NumPy .npy file (it does not start with \x93NUMPY)</source>
        <translation>不是 NumPy .npy 文件（开头不是 \x93NUMPY）</translation>
    </message>
    <message>
        <source>truncated .npy header</source>
        <translation>.npy 头部被截断</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1</source>
        <translation>不支持的 .npy 格式版本 %1</translation>
    </message>
    <message>
        <source>truncated .npy header (it announces %1 bytes)</source>
        <translation>.npy 头部被截断（它声明有 %1 字节）</translation>
    </message>
    <message>
        <source>the array is in Fortran order; save it with numpy.ascontiguousarray first</source>
        <translation>数组是 Fortran 顺序；请先用 numpy.ascontiguousarray 保存</translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not supported; use float32 or float64</source>
        <translation>不支持 dtype“%1”；请使用 float32 或 float64</translation>
    </message>
    <message>
        <source>malformed shape %1 in the .npy header</source>
        <translation>.npy 头部中的形状 %1 格式错误</translation>
    </message>
    <message>
        <source>shape %1 has too many elements</source>
        <translation>形状 %1 的元素太多</translation>
    </message>
    <message>
        <source>truncated: shape %1 needs %2 bytes of data, the file has %3</source>
        <translation>已截断：形状 %1 需要 %2 字节数据，文件只有 %3</translation>
    </message>
    <message>
        <source>%1 bytes of data after the array of shape %2</source>
        <translation>形状为 %2 的数组之后还有 %1 字节数据</translation>
    </message>
    <message>
        <source>float64 value %1 at flat index %2 does not fit float32 (it would become %3); layers compute in float32</source>
        <translation>扁平索引 %2 处的 float64 值 %1 无法用 float32 表示（会变成 %3）；各层以 float32 计算</translation>
    </message>
    <message>
        <source>a dict starting with {</source>
        <translation>以 { 开头的字典</translation>
    </message>
    <message>
        <source>a key that is not a string: %1</source>
        <translation>不是字符串的键：%1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key %1</source>
        <translation>键 %1 之后的 &apos;:&apos;</translation>
    </message>
    <message>
        <source>the key %1 is given twice</source>
        <translation>键 %1 出现了两次</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after the value of %1</source>
        <translation>%1 的值之后的 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>text after the dict at character %1</source>
        <translation>第 %1 个字符处，字典之后还有文字</translation>
    </message>
    <message>
        <source>malformed .npy header (%1): %2</source>
        <translation>.npy 头部格式错误（%1）：%2</translation>
    </message>
    <message>
        <source>expected %1 at character %2</source>
        <translation>第 %2 个字符处应为 %1</translation>
    </message>
    <message>
        <source>a string that does not end</source>
        <translation>没有结束的字符串</translation>
    </message>
    <message>
        <source>a tuple that does not end</source>
        <translation>没有结束的元组</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is not one numpy writes</source>
        <translation>键 &apos;%1&apos; 不是 numpy 会写的</translation>
    </message>
    <message>
        <source>it has no &apos;%1&apos;</source>
        <translation>缺少 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dtype %1 is not supported: only plain numbers are read, not structured arrays</source>
        <translation>不支持 dtype %1：只读取普通数值，不读取结构化数组</translation>
    </message>
    <message>
        <source>fortran_order is %1, not True or False</source>
        <translation>fortran_order 为 %1，不是 True 或 False</translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not one a state_dict&apos;s tensors use (float32, float64, float16, int64, int32, int16, int8, uint8, bool)</source>
        <translation>dtype &apos;%1&apos; 不是 state_dict 张量所用的类型（float32、float64、float16、int64、int32、int16、int8、uint8、bool）</translation>
    </message>
</context>
<context>
    <name>sb::OpenModelDialog</name>
    <message>
        <source>k4 s2 p1 (DCGAN: doubles the size)</source>
        <translation>k4 s2 p1（DCGAN：尺寸加倍）</translation>
    </message>
    <message>
        <source>k3 s2 p1 op1 (doubles the size)</source>
        <translation>k3 s2 p1 op1（尺寸加倍）</translation>
    </message>
    <message>
        <source>k2 s2 (doubles the size, no overlap)</source>
        <translation>k2 s2（尺寸加倍，无重叠）</translation>
    </message>
    <message>
        <source>Open Model Layer</source>
        <translation>打开模型中的层</translation>
    </message>
    <message>
        <source>Layers in the model</source>
        <translation>模型中的层</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>无 bias</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>bias %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 channels, kernel %4×%5, %6</source>
        <translation>%1：%2 → %3 个通道，卷积核 %4×%5，%6</translation>
    </message>
    <message>
        <source>A state_dict does not hold the stride or the padding: give the layer&apos;s.</source>
        <translation>state_dict 中不包含 stride 和 padding：请填写该层的值。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The usual decoder settings</source>
        <translation>常见的解码器设置</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>设置(&amp;S)：</translation>
    </message>
    <message>
        <source>stride, both axes</source>
        <translation>stride，两个轴</translation>
    </message>
    <message>
        <source>padding, both axes</source>
        <translation>padding，两个轴</translation>
    </message>
    <message>
        <source>output_padding, both axes (smaller than the stride)</source>
        <translation>output_padding，两个轴（小于 stride）</translation>
    </message>
    <message>
        <source>&amp;stride:</source>
        <translation>stride(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;padding:</source>
        <translation>padding(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;output_padding:</source>
        <translation>output_padding(&amp;O)：</translation>
    </message>
    <message>
        <source>Open Layer</source>
        <translation>打开层</translation>
    </message>
    <message>
        <source>The ConvTranspose2d candidates in %1 (%2): each a 4-D weight (in_channels, out_channels, kH, kW), with its bias if it has one.</source>
        <translation>%1（%2）中的 ConvTranspose2d 候选：每个都是一个四维 weight（in_channels, out_channels, kH, kW），有 bias 时附带其 bias。</translation>
    </message>
</context>
<context>
    <name>sb::OptionParser</name>
    <message>
        <source>Displays this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>%1 is given twice; give it once</source>
        <extracomment>%1 an option such as --scale</extracomment>
        <translation>%1 给出了两次；请只给出一次</translation>
    </message>
</context>
<context>
    <name>sb::ParameterPanel</name>
    <message>
        <source>in_channels: number of channels in the input image.</source>
        <translation>in_channels：输入图像的通道数。</translation>
    </message>
    <message>
        <source>out_channels: number of channels produced by the convolution.</source>
        <translation>out_channels：卷积产生的通道数。</translation>
    </message>
    <message>
        <source>groups: number of blocked connections from input channels to output channels; each group of in_channels/groups inputs feeds only its own out_channels/groups outputs.</source>
        <translation>groups：从输入通道到输出通道的分组连接数；每组 in_channels/groups 个输入只连到本组的 out_channels/groups 个输出。</translation>
    </message>
    <message>
        <source>kernel_size: size of the convolving kernel (kH, kW).</source>
        <translation>kernel_size：卷积核的大小 (kH, kW)。</translation>
    </message>
    <message>
        <source>stride: stride of the convolution — how far apart neighbouring input elements place their copies of the kernel in the output.</source>
        <translation>stride：卷积的步幅——相邻输入元素放到输出中的卷积核副本彼此相隔多远。</translation>
    </message>
    <message>
        <source>padding: dilation·(kernel_size − 1) − padding zero-padding is added to both sides of the input; in the scatter picture, padding rows and columns are cropped off each side of the output.</source>
        <translation>padding：在输入两侧添加 dilation·(kernel_size − 1) − padding 的零填充；在散布图中，padding 行和列从输出的每一侧裁剪掉。</translation>
    </message>
    <message>
        <source>output_padding: additional size added to one side of each dimension in the output shape; it must be smaller than stride or dilation.</source>
        <translation>output_padding：加在输出形状每个维度一侧的额外大小；它必须小于 stride 或 dilation。</translation>
    </message>
    <message>
        <source>dilation: spacing between kernel elements (the à trous algorithm).</source>
        <translation>dilation：卷积核元素之间的间距（à trous 算法）。</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>N, the batch size. &quot;unbatched&quot; passes a (C, H, W) input, and PyTorch then drops N from the output too.</source>
        <translation>N，批大小。“unbatched” 传入 (C, H, W) 形状的输入，PyTorch 随后也会从输出中去掉 N。</translation>
    </message>
    <message>
        <source>H_in, W_in: the height and width of every input plane.</source>
        <translation>H_in, W_in：每个输入平面的高和宽。</translation>
    </message>
    <message>
        <source>output_size</source>
        <translation>output_size</translation>
    </message>
    <message>
        <source>output_size passed to forward(): PyTorch then chooses output_padding to reach it, between the smallest and largest size the arguments allow.</source>
        <translation>传给 forward() 的 output_size：PyTorch 随后选择 output_padding 来达到它，取值在参数允许的最小与最大尺寸之间。</translation>
    </message>
    <message>
        <source>unbatched</source>
        <translation>unbatched</translation>
    </message>
    <message>
        <source>bias: if True, adds a learnable bias to the output, one value per output channel.</source>
        <translation>bias：为 True 时，给输出加上可学习的偏置，每个输出通道一个值。</translation>
    </message>
    <message>
        <source>one value per output channel, e.g. 0, 0.5</source>
        <translation>每个输出通道一个值，例如 0, 0.5</translation>
    </message>
    <message>
        <source>The bias values, out_channels of them, separated by commas (nan, inf and -inf are accepted).</source>
        <translation>偏置值，共 out_channels 个，用逗号分隔（可以用 nan、inf 和 -inf）。</translation>
    </message>
    <message>
        <source>The shape of the output, as PyTorch&apos;s output.size() prints it.</source>
        <translation>输出的形状，与 PyTorch 的 output.size() 打印的一样。</translation>
    </message>
    <message>
        <source>nn.ConvTranspose2d(…)</source>
        <translation>nn.ConvTranspose2d(…)</translation>
    </message>
    <message>
        <source>in_channels</source>
        <translation>in_channels</translation>
    </message>
    <message>
        <source>out_channels</source>
        <translation>out_channels</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>kernel_size</source>
        <translation>kernel_size</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>stride</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>padding</translation>
    </message>
    <message>
        <source>output_padding</source>
        <translation>output_padding</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>dilation</translation>
    </message>
    <message>
        <source>forward(input, output_size)</source>
        <translation>forward(input, output_size)</translation>
    </message>
    <message>
        <source>batch N</source>
        <translation>批 N</translation>
    </message>
    <message>
        <source>input H × W</source>
        <translation>输入 H × W</translation>
    </message>
    <message>
        <source> Height (first value).</source>
        <translation> 高（第一个值）。</translation>
    </message>
    <message>
        <source> Width (second value).</source>
        <translation> 宽（第二个值）。</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>output: —</source>
        <translation>输出：—</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Turn bias on</source>
        <translation>打开 bias</translation>
    </message>
    <message>
        <source>Turn bias off</source>
        <translation>关闭 bias</translation>
    </message>
    <message>
        <source>bias: cannot read &quot;%1&quot; as a number</source>
        <translation>bias：无法把“%1”读作数字</translation>
    </message>
    <message>
        <source>Change bias values</source>
        <translation>修改偏置值</translation>
    </message>
    <message>
        <source>Remove output_size</source>
        <translation>移除 output_size</translation>
    </message>
    <message>
        <source>Change output_size</source>
        <translation>修改 output_size</translation>
    </message>
    <message>
        <source>Change input shape</source>
        <translation>修改输入形状</translation>
    </message>
    <message>
        <source>bias values</source>
        <translation>偏置值</translation>
    </message>
    <message>
        <source>The module: ConvTranspose2d over (N, C, H, W) inputs, or ConvTranspose1d over (N, C, L) sequences, whose arguments are single integers. Switching to 1-D keeps the input&apos;s first row and the kernel&apos;s middle row; switching back gives the same layer with height 1.</source>
        <translation>模块：作用于 (N, C, H, W) 输入的 ConvTranspose2d，或作用于 (N, C, L) 序列、参数为单个整数的 ConvTranspose1d。切换到一维时保留输入的第一行和卷积核的中间一行；切换回来得到高度为 1 的同一层。</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>nn.ConvTranspose1d(…)</source>
        <translation>nn.ConvTranspose1d(…)</translation>
    </message>
    <message>
        <source>input length L</source>
        <translation>输入长度 L</translation>
    </message>
    <message>
        <source>Switch to ConvTranspose1d</source>
        <translation>切换到 ConvTranspose1d</translation>
    </message>
    <message>
        <source>Switch to ConvTranspose2d</source>
        <translation>切换到 ConvTranspose2d</translation>
    </message>
</context>
<context>
    <name>sb::PhaseSlider</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
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
    <name>sb::PyTorchQuirks</name>
    <message>
        <source>output_size&apos;s range ignores dilation</source>
        <translation>output_size 的范围忽略了 dilation</translation>
    </message>
    <message>
        <source>forward(x, output_size=...) accepts only sizes from the formula&apos;s minimum up to minimum + stride − 1, because PyTorch&apos;s _output_padding adds at most stride − 1. Yet output_padding itself may go up to max(stride, dilation) − 1: with dilation larger than stride, some sizes reachable through output_padding are refused through output_size.</source>
        <translation>forward(x, output_size=...) 只接受从公式的最小值到 最小值 + stride − 1 的尺寸，因为 PyTorch 的 _output_padding 最多只加 stride − 1。然而 output_padding 本身最大可以是 max(stride, dilation) − 1：当 dilation 大于 stride 时，有些尺寸通过 output_padding 可以得到，通过 output_size 却会被拒绝。</translation>
    </message>
    <message>
        <source>output_padding must be below stride or dilation</source>
        <translation>output_padding 必须小于 stride 或 dilation</translation>
    </message>
    <message>
        <source>output_padding only picks among the input sizes Conv2d maps to the same output, so it must be smaller than the stride; PyTorch also accepts it when it is smaller than the dilation, because the dilated kernel&apos;s gaps can hold the extra rows. Either one is enough, on each axis.</source>
        <translation>output_padding 只是在 Conv2d 映射到同一输出的那些输入尺寸中做选择，所以它必须小于 stride；当它小于 dilation 时 PyTorch 也接受，因为膨胀后卷积核的间隙可以容纳多出的行。在每个轴上，满足其中一个条件即可。</translation>
    </message>
    <message>
        <source>the output_padding strip: sums with padding, zeros without</source>
        <translation>output_padding 条带：有 padding 时是和，没有时是零</translation>
    </message>
    <message>
        <source>output_padding adds rows at the bottom and columns at the right only. With padding 0 they lie past the full buffer, so they are 0. With padding p &gt; 0 the crop removes p rows from the top but only p − output_padding from the bottom: the strip is real sums the crop would have removed, not zeros.</source>
        <translation>output_padding 只在底部添加行、在右侧添加列。padding 为 0 时，它们位于完整缓冲区之外，所以为 0。padding p &gt; 0 时，裁剪从顶部去掉 p 行，而从底部只去掉 p − output_padding 行：这条带是裁剪本会去掉的真实的和，而不是零。</translation>
    </message>
</context>
<context>
    <name>sb::PythonText</name>
    <message>
        <source>the script would hold %1 MB of number literals for %2 elements, more than the limit of %3 MB for a generated script; `scatterboard compute` gives the output of a layer this large</source>
        <extracomment>%1 a size in MB, %2 a number of elements, %3 the limit in MB</extracomment>
        <translation>脚本将为 %2 个元素写入 %1 MB 的数字字面量，超过生成脚本 %3 MB 的上限；这么大的层请用 `scatterboard compute` 得到输出</translation>
    </message>
</context>
<context>
    <name>sb::QuizDialog</name>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Score so far: %1 of %2</source>
        <translation>目前得分：%2 题中答对 %1 题</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Check the prediction against the record (Enter)</source>
        <translation>将预测与记录核对（Enter）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Play on without answering (Esc)</source>
        <translation>不作答，继续播放（Esc）</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation>✓ 正确：%1</translation>
    </message>
    <message>
        <source>✗ Not quite: it is %1</source>
        <translation>✗ 不太对：答案是 %1</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>得分：%2 题中答对 %1 题</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Watch the truth play (Enter)</source>
        <translation>观看真实结果的播放（Enter）</translation>
    </message>
</context>
<context>
    <name>sb::QuizQuestion</name>
    <message>
        <source>What shape will the output have?</source>
        <translation>输出的形状会是什么？</translation>
    </message>
    <message>
        <source>What number will %1 hold when the scatter is done?</source>
        <translation>散布完成后，%1 中会是哪个数？</translation>
    </message>
    <message>
        <source>How many contributions (input element × kernel tap) will land on %1?</source>
        <translation>会有多少个贡献（输入元素 × 卷积核抽头）落在 %1 上？</translation>
    </message>
    <message>
        <source>Which input elements will reach %1?</source>
        <translation>哪些输入元素会到达 %1？</translation>
    </message>
    <message>
        <source>Height × width, e.g. 8×8 (or the whole shape, 1×1×8×8)</source>
        <translation>高 × 宽，例如 8×8（或完整形状 1×1×8×8）</translation>
    </message>
    <message>
        <source>A number, e.g. 12 or −0.5</source>
        <translation>一个数，例如 12 或 −0.5</translation>
    </message>
    <message>
        <source>A whole number, e.g. 4</source>
        <translation>一个整数，例如 4</translation>
    </message>
    <message>
        <source>Elements as (channel, row, column), e.g. (0,0,1) (1,0,1); or &quot;none&quot;</source>
        <translation>元素写作 (通道, 行, 列)，例如 (0,0,1) (1,0,1)；或“无”</translation>
    </message>
    <message>
        <source>Elements as (row, column), e.g. (0,0) (0,1); or &quot;none&quot;</source>
        <translation>元素写作 (行, 列)，例如 (0,0) (0,1)；或“无”</translation>
    </message>
    <message>
        <source>%1 = 0: no input element reaches it</source>
        <translation>%1 = 0：没有输入元素到达它</translation>
    </message>
    <message>
        <source> + … (%1 terms)</source>
        <translation> + …（共 %1 项）</translation>
    </message>
    <message>
        <source>Height: %1. Width: %2.</source>
        <translation>高：%1。宽：%2。</translation>
    </message>
    <message>
        <source>Type the height and the width, e.g. 8×8.</source>
        <translation>请输入高和宽，例如 8×8。</translation>
    </message>
    <message>
        <source>Right: the output is %1. %2</source>
        <translation>正确：输出为 %1。%2</translation>
    </message>
    <message>
        <source>The height and width are right; the leading sizes are batch %1 and out_channels %2.</source>
        <translation>高和宽是对的；前面的尺寸是批大小 %1 和 out_channels %2。</translation>
    </message>
    <message>
        <source>Each side is (in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1.</source>
        <translation>每一边都是 (输入 − 1)·stride − 2·padding + dilation·(卷积核 − 1) + output_padding + 1。</translation>
    </message>
    <message>
        <source>You said %1; the output is %2 (%3). %4 %5</source>
        <translation>你的答案是 %1；输出为 %2（%3）。%4 %5</translation>
    </message>
    <message>
        <source>Type one number, e.g. 12 or −0.5.</source>
        <translation>请输入一个数，例如 12 或 −0.5。</translation>
    </message>
    <message>
        <source>Right. %1</source>
        <translation>正确。%1</translation>
    </message>
    <message>
        <source>You said %1, %2 off. %3 gets %4 contribution(s): %5</source>
        <translation>你的答案是 %1，相差 %2。%3 收到 %4 个贡献：%5</translation>
    </message>
    <message>
        <source>Type one whole number, e.g. 4.</source>
        <translation>请输入一个整数，例如 4。</translation>
    </message>
    <message>
        <source>%1 input element(s) reach %2, through %3 kernel tap(s) in all: %4</source>
        <translation>%1 个输入元素到达 %2，共经过 %3 个卷积核抽头：%4</translation>
    </message>
    <message>
        <source>You said %1; it is %2. %3</source>
        <translation>你的答案是 %1；正确答案是 %2。%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>You left out %1.</source>
        <translation>你漏掉了 %1。</translation>
    </message>
    <message>
        <source>%1 does not reach %2: its kernel copy lands elsewhere.</source>
        <translation>%1 不会到达 %2：它的卷积核副本落在别处。</translation>
    </message>
    <message>
        <source>%1 on a %2 input</source>
        <extracomment>%1 the module, as PyTorch prints it; %2 the input&apos;s shape, e.g. 1×1×4×4</extracomment>
        <translation>%1，输入形状为 %2</translation>
    </message>
</context>
<context>
    <name>sb::SafeOutputPath</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>%1: a file name cannot hold a NUL character</source>
        <translation>%1：文件名不能包含 NUL 字符</translation>
    </message>
    <message>
        <source>%1: is a symbolic link to a missing file; refusing to write through it</source>
        <translation>%1：是指向不存在文件的符号链接；拒绝通过它写入</translation>
    </message>
    <message>
        <source>%1: not a regular file (it is %2); an export replaces only regular files</source>
        <translation>%1：不是普通文件（它是%2）；导出只替换普通文件</translation>
    </message>
    <message>
        <source>%1: is the input file %2; refusing to overwrite an input with the export</source>
        <translation>%1：是输入文件 %2；拒绝用导出覆盖输入</translation>
    </message>
    <message>
        <source>%1: the folder already holds 1 frame of this pattern (%2); remove them or choose another name, so the sequence holds one animation only</source>
        <translation>%1：文件夹中已有 1 个此模式的帧（%2）；请删除它或另选名称，使序列只包含一段动画</translation>
    </message>
    <message>
        <source>%1: the folder already holds %2 frames of this pattern (%3 … %4); remove them or choose another name, so the sequence holds one animation only</source>
        <extracomment>%3 … %4 are the first and the last of the frame files found</extracomment>
        <translation>%1：文件夹中已有 %2 个此模式的帧（%3 … %4）；请删除它们或另选名称，使序列只包含一段动画</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: another export is writing frames of this pattern now (it holds %2); wait for it to finish or choose another name, so the frames of two exports are never mixed</source>
        <translation>%1：另一个导出正在写这个模式的帧（它持有 %2）；请等它结束或换一个名字，两次导出的帧绝不会混在一起</translation>
    </message>
</context>
<context>
    <name>sb::Safetensors</name>
    <message>
        <source>shorter than a safetensors header</source>
        <translation>比 safetensors 头部还短</translation>
    </message>
    <message>
        <source>its header claims %1 bytes, but the file holds %2 after the length</source>
        <translation>其头部声称有 %1 字节，但文件在长度字段之后只有 %2 字节</translation>
    </message>
    <message>
        <source>its header is not a JSON object (%1)</source>
        <translation>其头部不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>the name %1 appears twice in its header</source>
        <translation>名称 %1 在其头部出现了两次</translation>
    </message>
    <message>
        <source>tensor %1&apos;s data_offsets lie outside the file&apos;s %2 bytes of data</source>
        <translation>张量 %1 的 data_offsets 超出了文件中 %2 字节的数据</translation>
    </message>
    <message>
        <source>tensor %1 is described by %2, not an object with dtype, shape and data_offsets</source>
        <translation>张量 %1 的描述是 %2，不是含 dtype、shape 和 data_offsets 的对象</translation>
    </message>
    <message>
        <source>tensor %1 has no dtype</source>
        <translation>张量 %1 没有 dtype</translation>
    </message>
    <message>
        <source>tensor %1 has the dtype %2, which is not one this program reads (F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)</source>
        <translation>张量 %1 的 dtype 为 %2，本程序不读取此类型（F32、F16、BF16、F64、I64、I32、I16、I8、U8、BOOL）</translation>
    </message>
    <message>
        <source>tensor %1 has the shape %2, which is not a list of sizes</source>
        <translation>张量 %1 的 shape 为 %2，不是尺寸列表</translation>
    </message>
    <message>
        <source>tensor %1 has the negative size %2 in its shape %3</source>
        <extracomment>%2 is a size such as -1, %3 a shape such as [2,-1]</extracomment>
        <translation>张量 %1 的形状 %3 中有负尺寸 %2</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has more elements than 64 bits can count</source>
        <translation>形状为 %2 的张量 %1 的元素数超出 64 位所能计数</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has %3 elements, more than the limit of %4 a tensor may have</source>
        <translation>形状为 %2 的张量 %1 有 %3 个元素，超过单个张量 %4 的上限</translation>
    </message>
    <message>
        <source>tensor %1 has the data_offsets %2, which are not [BEGIN, END] with BEGIN ≤ END</source>
        <translation>张量 %1 的 data_offsets 为 %2，不是 BEGIN ≤ END 的 [BEGIN, END]</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 and dtype %3 needs %4 bytes, but its data_offsets %5 span %6</source>
        <translation>形状为 %2、dtype 为 %3 的张量 %1 需要 %4 字节，但它的 data_offsets %5 跨越 %6 字节</translation>
    </message>
    <message>
        <source>its header</source>
        <translation>它的头部</translation>
    </message>
    <message>
        <source>tensor %1&apos;s data_offsets [%2, %3] overlap those of tensor %4, [%5, %6]: each byte of the data belongs to one tensor</source>
        <translation>张量 %1 的 data_offsets [%2, %3] 与张量 %4 的 [%5, %6] 重叠：数据的每个字节只属于一个张量</translation>
    </message>
    <message>
        <source>bytes %1 to %2 of the data belong to no tensor (tensor %3 starts at %2): the format has no gaps</source>
        <translation>数据的第 %1 到 %2 字节不属于任何张量（张量 %3 从 %2 开始）：该格式不允许空隙</translation>
    </message>
    <message>
        <source>the file&apos;s %1 bytes of data hold %2 bytes after the last tensor, which belong to no tensor: the format has no gaps</source>
        <translation>文件的 %1 字节数据在最后一个张量之后还有 %2 字节，不属于任何张量：该格式不允许空隙</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>张量 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::ScatterView</name>
    <message>
        <source>Hover a cell to see where its number comes from; click to pin it (Esc releases). Click an input element to jump to its step. Wheel: zoom · drag: pan · 0: fit</source>
        <translation>悬停在单元格上可查看其数值的来历；单击可固定（Esc 释放）。单击输入元素可跳到它的步骤。滚轮：缩放 · 拖动：平移 · 0：适应窗口</translation>
    </message>
    <message>
        <source>No valid configuration yet: fix the highlighted field.</source>
        <translation>还没有有效的配置：请修正高亮的字段。</translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation>无效的配置</translation>
    </message>
    <message>
        <source>The picture is the last valid one; fix the highlighted field.</source>
        <translation>图示是最后一个有效的配置；请修正高亮的字段。</translation>
    </message>
    <message>
        <source>Fix the highlighted field.</source>
        <translation>请修正高亮的字段。</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图示</translation>
    </message>
    <message>
        <source>Keyboard cell cursor: Alt+arrow keys move over the output grid and read each cell&apos;s sum; Alt+Home goes to the first cell, Alt+End to the last; Esc or Alt+Backspace leaves it.</source>
        <translation>键盘单元格光标：Alt+方向键在输出网格上移动并朗读每个单元格的和；Alt+Home 到第一个单元格，Alt+End 到最后一个；Esc 或 Alt+Backspace 退出。</translation>
    </message>
    <message>
        <source>Invalid configuration: %1</source>
        <translation>无效的配置：%1</translation>
    </message>
</context>
<context>
    <name>sb::ShapeSolverDialog</name>
    <message>
        <source>Shape Solver</source>
        <translation>形状求解器</translation>
    </message>
    <message>
        <source>From height</source>
        <translation>原高度</translation>
    </message>
    <message>
        <source>From width</source>
        <translation>原宽度</translation>
    </message>
    <message>
        <source>To height</source>
        <translation>目标高度</translation>
    </message>
    <message>
        <source>To width</source>
        <translation>目标宽度</translation>
    </message>
    <message>
        <source>Largest kernel_size</source>
        <translation>最大 kernel_size</translation>
    </message>
    <message>
        <source>Largest stride</source>
        <translation>最大 stride</translation>
    </message>
    <message>
        <source>Largest dilation</source>
        <translation>最大 dilation</translation>
    </message>
    <message>
        <source>kernel_size ≤</source>
        <translation>kernel_size ≤</translation>
    </message>
    <message>
        <source>stride ≤</source>
        <translation>stride ≤</translation>
    </message>
    <message>
        <source>dilation ≤</source>
        <translation>dilation ≤</translation>
    </message>
    <message>
        <source>From (input H × W)</source>
        <translation>原尺寸（输入 H × W）</translation>
    </message>
    <message>
        <source>To (output H × W)</source>
        <translation>目标尺寸（输出 H × W）</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Double-click (or Enter, or Load) puts the setting into the layer</source>
        <translation>双击（或按 Enter、或点击“加载”）把该设置应用到层上</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>Put the selected setting into the layer, the input resized to the &quot;from&quot; size (undoable)</source>
        <translation>把选中的设置应用到层上，并把输入调整为“原尺寸”（可撤销）</translation>
    </message>
    <message>
        <source>even</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>uneven (checkerboard)</source>
        <translation>不均匀（棋盘格）</translation>
    </message>
    <message>
        <source>No setting within these bounds takes %1×%2 to %3×%4: raise a bound.</source>
        <translation>在这些范围内没有能把 %1×%2 变为 %3×%4 的设置：请提高某个上限。</translation>
    </message>
    <message>
        <source>%1 settings; the first %2 are listed, even overlap first.</source>
        <translation>共 %1 组设置；列出前 %2 组，重叠均匀的在前。</translation>
    </message>
    <message>
        <source>%1 settings, even overlap first.</source>
        <translation>共 %1 组设置，重叠均匀的在前。</translation>
    </message>
    <message>
        <source>Load a solver setting</source>
        <translation>加载求解器设置</translation>
    </message>
</context>
<context>
    <name>sb::SizePairEditor</name>
    <message>
        <source>link</source>
        <translation>联动</translation>
    </message>
    <message>
        <source>Linked: height and width change together, like passing one int for %1.</source>
        <translation>已联动：高和宽一起改变，就像给 %1 传一个 int。</translation>
    </message>
    <message>
        <source>link %1 height and width</source>
        <translation>联动 %1 的高和宽</translation>
    </message>
    <message>
        <source>%1 height</source>
        <translation>%1 高</translation>
    </message>
    <message>
        <source>%1 width</source>
        <translation>%1 宽</translation>
    </message>
</context>
<context>
    <name>sb::SlidePicture</name>
    <message>
        <source>Slide %1 of %2 · %3</source>
        <extracomment>%1 the slide&apos;s number, %2 how many slides, %3 the slide&apos;s title</extracomment>
        <translation>幻灯片 %1 / %2 · %3</translation>
    </message>
</context>
<context>
    <name>sb::SolveCommand</name>
    <message>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>even</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>uneven</source>
        <translation>不均匀</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
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
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>give both --from and --to</source>
        <translation>请同时给出 --from 和 --to</translation>
    </message>
    <message>
        <source>--from: expected a size like 16 or 16x8, got &apos;%1&apos;</source>
        <translation>--from：应为像 16 或 16x8 这样的尺寸，实际为“%1”</translation>
    </message>
    <message>
        <source>--to: expected a size like 32 or 32x16, got &apos;%1&apos;</source>
        <translation>--to：应为像 32 或 32x16 这样的尺寸，实际为“%1”</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1：应为 1 到 %2 之间的整数，实际为“%3”</translation>
    </message>
    <message>
        <source>kernel_size ≤ %1, stride ≤ %2, dilation ≤ %3</source>
        <translation>kernel_size ≤ %1, stride ≤ %2, dilation ≤ %3</translation>
    </message>
    <message>
        <source>%1%2 → %3: %4 setting(s) within %5, even overlap first
</source>
        <extracomment>%1 an axis name (or empty), %2 → %3 the sizes, %4 how many settings, %5 the bounds</extracomment>
        <translation>%1%2 → %3：在 %5 范围内有 %4 组设置，重叠均匀的在前
</translation>
    </message>
    <message>
        <source>  none: raise a bound (--max-kernel, --max-stride, --max-dilation)
</source>
        <translation>  无：请提高某个上限（--max-kernel、--max-stride、--max-dilation）
</translation>
    </message>
    <message>
        <source>height </source>
        <translation>高度 </translation>
    </message>
    <message>
        <source>width </source>
        <translation>宽度 </translation>
    </message>
    <message>
        <source>solving %1 → %2</source>
        <extracomment>%1 → %2 the sizes asked for</extracomment>
        <translation>求解 %1 → %2</translation>
    </message>
    <message>
        <source>solve: listing the first %1 of %2 settings; --limit N lists more (up to %3)</source>
        <extracomment>%1 how many are listed, %2 how many there are, %3 the largest --limit</extracomment>
        <translation>solve：列出 %2 组设置中的前 %1 组；--limit N 可列出更多（最多 %3）</translation>
    </message>
    <message>
        <source>  … and %1 more (--limit N lists more)
</source>
        <extracomment>%1 how many were not listed</extracomment>
        <translation>  ……还有 %1 组（--limit N 可列出更多）
</translation>
    </message>
    <message>
        <source>usage: scatterboard solve --from H[xW] --to H2[xW2] [--max-kernel K] [--max-stride S] [--max-dilation D]
                        [--limit N] [--json]
</source>
        <translation>用法：scatterboard solve --from H[xW] --to H2[xW2] [--max-kernel K] [--max-stride S] [--max-dilation D]
                        [--limit N] [--json]
</translation>
    </message>
    <message>
        <source>
Lists every (kernel_size, stride, padding, output_padding, dilation) that PyTorch accepts and
that takes size H to size H2:
  (H − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = H2
kernel_size, stride and dilation run from 1 to K, S and D (defaults 7, 4 and 1; at most %1);
padding is any value ≥ 0 and output_padding any value below max(stride, dilation). Settings
with even overlap come first: on a long input every interior output cell gets the same
number of contributions, so no checkerboard (kernel_size a multiple of stride, for
dilation 1). A size HxW (16x8) solves height and width apart.
  --limit N  list the first N settings of each axis (default %2, at most %3); the rest are
             counted, and a line on stderr says how many there are
  --json  a bare JSON array of {&quot;kernel_size&quot;, &quot;stride&quot;, &quot;padding&quot;, &quot;output_padding&quot;,
          &quot;dilation&quot;, &quot;even&quot;}; for HxW an object {&quot;height&quot;: [...], &quot;width&quot;: [...]}
The window&apos;s Edit → Shape Solver… lists the same and loads an entry with one click.
</source>
        <translation>
列出 PyTorch 接受、并且能把尺寸 H 变为尺寸 H2 的每一组
(kernel_size, stride, padding, output_padding, dilation)：
  (H − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = H2
kernel_size、stride 和 dilation 分别从 1 取到 K、S 和 D（默认 7、4 和 1；最多 %1）；
padding 取任意 ≥ 0 的值，output_padding 取小于 max(stride, dilation) 的任意值。重叠
均匀的设置排在前面：在足够长的输入上，每个内部输出单元格得到的贡献数都相同，
因此没有棋盘格（dilation 为 1 时，即 kernel_size 是 stride 的倍数）。尺寸 HxW
（16x8）会分别求解高度和宽度。
  --limit N  每个轴列出前 N 组设置（默认 %2，最多 %3）；其余的只计数，
             stderr 上有一行说明一共多少组
  --json  只输出一个 JSON 数组，元素为 {&quot;kernel_size&quot;, &quot;stride&quot;, &quot;padding&quot;, &quot;output_padding&quot;,
          &quot;dilation&quot;, &quot;even&quot;}；HxW 时输出对象 {&quot;height&quot;: [...], &quot;width&quot;: [...]}
窗口中的“编辑 → 形状求解器…”列出同样的设置，一键即可加载其中一项。
</translation>
    </message>
</context>
<context>
    <name>sb::StillExporter</name>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>内存不足，无法生成 %1×%2 的图像</translation>
    </message>
    <message>
        <source>the picture could not be encoded as PNG</source>
        <translation>无法把图片编码为 PNG</translation>
    </message>
    <message>
        <source>%1 is not a still format</source>
        <translation>%1 不是静态图片格式</translation>
    </message>
</context>
<context>
    <name>sb::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop computing (Esc); the picture keeps showing the previous configuration</source>
        <translation>停止计算（Esc）；图示继续显示之前的配置</translation>
    </message>
    <message>
        <source>Cancel computing</source>
        <translation>取消计算</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>sb::TensorEditor</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The tensor to edit: the input x, or the weight of shape (in_channels, out_channels/groups, kH, kW).</source>
        <translation>要编辑的张量：输入 x，或形状为 (in_channels, out_channels/groups, kH, kW) 的权重。</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Replace every value of the tensor (all planes).</source>
        <translation>替换张量的每个值（所有平面）。</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>全 1</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全 0</translation>
    </message>
    <message>
        <source>Arange from 0 (d2l&apos;s X = K)</source>
        <translation>从 0 开始的 arange（d2l 的 X = K）</translation>
    </message>
    <message>
        <source>Arange from 1 (seed 004&apos;s kernel 1..16)</source>
        <translation>从 1 开始的 arange（种子 004 的卷积核 1..16）</translation>
    </message>
    <message>
        <source>Random (seed from the box)</source>
        <translation>随机（种子取自右侧的框）</translation>
    </message>
    <message>
        <source>Impulse (1 at each plane&apos;s centre)</source>
        <translation>冲激（每个平面的中心为 1）</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <source>Seed of the random fill: the same seed gives the same values on every machine.</source>
        <translation>随机填充的种子：同一个种子在每台机器上给出相同的值。</translation>
    </message>
    <message>
        <source>Type a number, nan, inf or -inf into a cell; each change can be undone.</source>
        <translation>在单元格中输入一个数、nan、inf 或 -inf；每次修改都可以撤销。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>ci</source>
        <translation>ci</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>co</source>
        <translation>co</translation>
    </message>
    <message>
        <source>Sample n of the batch</source>
        <translation>批中的第 n 个样本</translation>
    </message>
    <message>
        <source>Input channel ci: the weight&apos;s first axis</source>
        <translation>输入通道 ci：权重的第一个轴</translation>
    </message>
    <message>
        <source>Input channel c</source>
        <translation>输入通道 c</translation>
    </message>
    <message>
        <source>Output channel within ci&apos;s group: channel group·out_channels/groups + co</source>
        <translation>ci 所在组内的输出通道：通道 group·out_channels/groups + co</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> 从 %1 开始</translation>
    </message>
    <message>
        <source> (seed %1)</source>
        <translation> (种子 %1)</translation>
    </message>
    <message>
        <source>Fill %1 with %2</source>
        <translation>用 %2 填充 %1</translation>
    </message>
    <message>
        <source>Tensor to edit</source>
        <translation>要编辑的张量</translation>
    </message>
    <message>
        <source>Fill the tensor</source>
        <translation>填充张量</translation>
    </message>
    <message>
        <source>Random fill seed</source>
        <translation>随机填充的种子</translation>
    </message>
    <message>
        <source>Values of the plane</source>
        <translation>平面的值</translation>
    </message>
    <message>
        <source>Batch sample n</source>
        <translation>批中的样本 n</translation>
    </message>
    <message>
        <source>Input channel ci</source>
        <translation>输入通道 ci</translation>
    </message>
    <message>
        <source>Output channel co within the group</source>
        <translation>组内的输出通道 co</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>ones</source>
        <translation>全一</translation>
    </message>
    <message>
        <source>arange</source>
        <translation>arange 序列</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>impulse</source>
        <translation>单位冲激</translation>
    </message>
</context>
<context>
    <name>sb::TensorPlaneModel</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>row %1 (y) of the input plane</source>
        <translation>输入平面的第 %1 行 (y)</translation>
    </message>
    <message>
        <source>kernel row %1 (ky)</source>
        <translation>卷积核第 %1 行 (ky)</translation>
    </message>
    <message>
        <source>column %1 (x) of the input plane</source>
        <translation>输入平面的第 %1 列 (x)</translation>
    </message>
    <message>
        <source>kernel column %1 (kx)</source>
        <translation>卷积核第 %1 列 (kx)</translation>
    </message>
</context>
<context>
    <name>sb::TorchPickle</name>
    <message>
        <source>STACK_GLOBAL without a module and a name</source>
        <translation>STACK_GLOBAL 缺少模块和名称</translation>
    </message>
    <message>
        <source>BUILD on something other than an OrderedDict&apos;s _metadata</source>
        <translation>BUILD 的对象不是 OrderedDict 的 _metadata</translation>
    </message>
    <message>
        <source>pickle opcode 0x%1 at byte %2 is not one a state_dict uses: refused, nothing was run</source>
        <translation>第 %2 字节处的 pickle 操作码 0x%1 不是 state_dict 会用到的：已拒绝，未执行任何内容</translation>
    </message>
    <message>
        <source>data.pkl ends before its STOP opcode</source>
        <translation>data.pkl 在 STOP 操作码之前就结束了</translation>
    </message>
    <message>
        <source>data.pkl ends inside a value</source>
        <translation>data.pkl 在某个值的中间结束</translation>
    </message>
    <message>
        <source>a GLOBAL without its newline</source>
        <translation>GLOBAL 缺少换行符</translation>
    </message>
    <message>
        <source>more than %1 pickled values</source>
        <translation>pickle 中的值超过 %1 个</translation>
    </message>
    <message>
        <source>the pickle asks for the global %1, which a state_dict never uses: refused, nothing was run</source>
        <translation>pickle 请求全局对象 %1，而 state_dict 从不使用它：已拒绝，未执行任何内容</translation>
    </message>
    <message>
        <source>a persistent id that is not a storage</source>
        <translation>persistent id 不是存储</translation>
    </message>
    <message>
        <source>a storage of type %1</source>
        <translation>类型为 %1 的存储</translation>
    </message>
    <message>
        <source>REDUCE of something other than a global</source>
        <translation>REDUCE 的对象不是全局对象</translation>
    </message>
    <message>
        <source>REDUCE calls %1, which only names a type here</source>
        <translation>REDUCE 调用了 %1，而它在这里只用来表示类型</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2 with arguments that are not a tensor&apos;s</source>
        <translation>_rebuild_tensor_v2 的参数不是张量的参数</translation>
    </message>
    <message>
        <source>a tensor size or stride that is not an integer</source>
        <translation>张量的尺寸或步长不是整数</translation>
    </message>
    <message>
        <source>the pickle&apos;s stack grows beyond %1 values</source>
        <translation>pickle 的栈超过了 %1 个值</translation>
    </message>
    <message>
        <source>the pickle pops an empty stack</source>
        <translation>pickle 从空栈中弹出</translation>
    </message>
    <message>
        <source>a pickle opcode needs a MARK that is not there</source>
        <translation>某个 pickle 操作码需要的 MARK 不存在</translation>
    </message>
    <message>
        <source>a memo index beyond %1</source>
        <translation>memo 索引超过 %1</translation>
    </message>
    <message>
        <source>BINGET of memo entry %1, which was never stored</source>
        <translation>BINGET 读取了从未存储的 memo 条目 %1</translation>
    </message>
    <message>
        <source>SETITEMS on something other than a dict</source>
        <translation>SETITEMS 的对象不是字典</translation>
    </message>
    <message>
        <source>the name %1 appears twice</source>
        <translation>名称 %1 出现了两次</translation>
    </message>
    <message>
        <source>APPENDS on something other than a list</source>
        <translation>APPENDS 的对象不是列表</translation>
    </message>
    <message>
        <source>no state_dict (a dict of named tensors) in this checkpoint</source>
        <translation>此检查点中没有 state_dict（命名张量的字典）</translation>
    </message>
    <message>
        <source>an integer of %1 bytes, beyond 64 bits</source>
        <translation>%1 字节的整数，超出 64 位</translation>
    </message>
    <message>
        <source>the pickle&apos;s values (byte %1 of data.pkl)</source>
        <translation>pickle 的值（data.pkl 第 %1 字节）</translation>
    </message>
    <message>
        <source>the state_dict&apos;s entry %1</source>
        <translation>state_dict 的条目 %1</translation>
    </message>
</context>
<context>
    <name>sb::TransportBar</name>
    <message>
        <source>Jump to the start (Home)</source>
        <translation>跳到开头（Home）</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>后退一步（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（Space）</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>前进一步（→）</translation>
    </message>
    <message>
        <source>Jump to the end (End)</source>
        <translation>跳到结尾（End）</translation>
    </message>
    <message>
        <source>Scrub through the steps; the labels mark where each phase begins</source>
        <translation>拖动以浏览各步骤；标签标出每个阶段开始的位置</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>per tap</source>
        <translation>逐抽头</translation>
    </message>
    <message>
        <source>One step per kernel tap instead of one per input element</source>
        <translation>每个卷积核抽头一步，而不是每个输入元素一步</translation>
    </message>
    <message>
        <source>plane n / co:</source>
        <translation>平面 n / co：</translation>
    </message>
    <message>
        <source>Batch element n shown</source>
        <translation>显示的批元素 n</translation>
    </message>
    <message>
        <source>Output channel co shown; the input channels of its group are summed into it</source>
        <translation>显示的输出通道 co；其所在组的输入通道求和进入它</translation>
    </message>
    <message>
        <source>no valid picture</source>
        <translation>没有有效的图示</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>步骤 %1 / %2</translation>
    </message>
    <message>
        <source>step %1 / %2: %3</source>
        <translation>步骤 %1 / %2：%3</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>散布</translation>
    </message>
    <message>
        <source>crop padding</source>
        <translation>裁剪填充</translation>
    </message>
    <message>
        <source>output_padding</source>
        <extracomment>the output_padding phase of the timeline</extracomment>
        <translation>output_padding</translation>
    </message>
    <message>
        <source>bias</source>
        <extracomment>the bias phase of the timeline</extracomment>
        <translation>偏置</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Jump to the start</source>
        <translation>跳到开头</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Jump to the end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Batch element n</source>
        <translation>批元素 n</translation>
    </message>
    <message>
        <source>Output channel co</source>
        <translation>输出通道 co</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>sb::ViewSettings</name>
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
</context>
<context>
    <name>sb::ZipArchive</name>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>不是可读的 zip 压缩包（%1）</translation>
    </message>
    <message>
        <source>zip entry %1 cannot be read</source>
        <translation>无法读取 zip 条目 %1</translation>
    </message>
    <message>
        <source>zip entry %1 declares %2 bytes from %3 compressed: refused as a zip bomb</source>
        <translation>zip 条目 %1 声称由 %3 字节压缩数据解出 %2 字节：作为 zip 炸弹拒绝</translation>
    </message>
    <message>
        <source>its entries declare more than %1 bytes together</source>
        <translation>其条目总共声称超过 %1 字节</translation>
    </message>
    <message>
        <source>the zip holds two entries named %1</source>
        <translation>zip 中有两个名为 %1 的条目</translation>
    </message>
    <message>
        <source>zip entry %1 is missing</source>
        <translation>缺少 zip 条目 %1</translation>
    </message>
    <message>
        <source>zip entry %1 cannot be opened (%2)</source>
        <translation>无法打开 zip 条目 %1（%2）</translation>
    </message>
    <message>
        <source>zip entry %1 is damaged or truncated (%2)</source>
        <translation>zip 条目 %1 已损坏或被截断（%2）</translation>
    </message>
</context>
</TS>
