<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AdjointPicture</name>
    <message>
        <source>Conv2d, the same weight the other way</source>
        <translation>Conv2d: 같은 가중치를 반대 방향으로</translation>
    </message>
    <message>
        <source>%1 with this layer&apos;s weight, read as (out = %2, in/groups = %3, kH, kW), maps the output&apos;s shape %4 back to the input&apos;s %5:</source>
        <translation>이 레이어의 가중치를 (out = %2, in/groups = %3, kH, kW)로 읽은 %1은(는) 출력의 형상 %4을(를) 입력의 형상 %5(으)로 되돌립니다:</translation>
    </message>
    <message>
        <source>%1 = ⌊(%2 + 2·%3 − %4·(%5 − 1) − 1) / %6⌋ + 1 = %7</source>
        <extracomment>%1 the axis (H or W); the rest is Conv2d&apos;s size formula with the layer&apos;s numbers</extracomment>
        <translation>%1 = ⌊(%2 + 2·%3 − %4·(%5 − 1) − 1) / %6⌋ + 1 = %7</translation>
    </message>
    <message>
        <source>output_padding %1 is not below the stride %2 here (PyTorch allows it because dilation is larger): Conv2d gives %3, not %4, and the gradient keeps only the first %4.</source>
        <translation>여기서는 output_padding %1이(가) stride %2보다 작지 않습니다(dilation이 더 크므로 PyTorch가 허용함): Conv2d는 %4이(가) 아니라 %3을(를) 내고, 기울기는 앞의 %4개만 남깁니다.</translation>
    </message>
    <message>
        <source>The transposed convolution is its gradient</source>
        <translation>전치 합성곱은 그 기울기입니다</translation>
    </message>
    <message>
        <source>As matrices (seed 001): conv2d multiplies by W, %1 × %2; conv_transpose2d multiplies by Wᵀ, %2 × %1. The same %3 non-zero weights, rows and columns swapped (the matrix view draws Wᵀ).</source>
        <translation>행렬로 보면(seed 001): conv2d는 W(%1 × %2)를 곱하고, conv_transpose2d는 Wᵀ(%2 × %1)를 곱합니다. 0이 아닌 가중치 %3개는 같고 행과 열만 바뀝니다(행렬 보기는 Wᵀ를 그립니다).</translation>
    </message>
    <message>
        <source>So y = conv_transpose2d(x) is the gradient of ⟨conv2d(z), x⟩ with respect to z: in a network&apos;s backward pass, Conv2d sends its upstream gradient back through exactly this layer, and torch.autograd.grad returns y.</source>
        <translation>따라서 y = conv_transpose2d(x)는 ⟨conv2d(z), x⟩의 z에 대한 기울기입니다: 신경망의 역전파에서 Conv2d는 상류 기울기를 바로 이 레이어를 거쳐 되돌려 보내고, torch.autograd.grad는 y를 돌려줍니다.</translation>
    </message>
    <message>
        <source>Checked with this layer&apos;s numbers</source>
        <translation>이 레이어의 숫자로 확인</translation>
    </message>
    <message>
        <source>z: uniform in [−1, 1) (seed 17), shaped like the output; x: the layer&apos;s input; the bias left out, as it is no part of the linear map.</source>
        <translation>z: [−1, 1)의 균등 분포(시드 17), 출력과 같은 형상; x: 이 레이어의 입력; 편향은 선형 사상의 일부가 아니므로 뺐습니다.</translation>
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
        <translation>마지막 자리까지 같음</translation>
    </message>
    <message>
        <source>they differ by %1: the rounding of float32 products summed in another order</source>
        <translation>%1만큼 다름: float32 곱을 다른 순서로 더해서 생긴 반올림 오차</translation>
    </message>
    <message>
        <source>output_padding chooses among Conv2d&apos;s inputs</source>
        <translation>output_padding은 Conv2d의 입력 크기 중 하나를 고릅니다</translation>
    </message>
    <message>
        <source>%1 (output_padding %2)</source>
        <translation>%1 (output_padding %2)</translation>
    </message>
    <message>
        <source>Conv2d rounds down when it divides by the stride, so the heights %1 all shrink to %2. The transposed layer cannot know which one it is undoing: output_padding says, and this layer&apos;s %3 gives %4.</source>
        <translation>Conv2d는 stride로 나눌 때 내림하므로 높이 %1이(가) 모두 %2(으)로 줄어듭니다. 전치 레이어는 그중 어느 것을 되돌리는지 알 수 없습니다: output_padding이 그것을 알려 주며, 이 레이어의 값 %3이면 %4이(가) 됩니다.</translation>
    </message>
    <message>
        <source>With stride %1 only one height, %2, shrinks back to %3: output_padding has nothing to choose.</source>
        <translation>stride %1에서는 높이 %2 하나만 %3(으)로 줄어듭니다: output_padding이 고를 것이 없습니다.</translation>
    </message>
    <message>
        <source>Conv2d with the same weight maps the output&apos;s shape back to the input&apos;s; the transposed convolution is its gradient.</source>
        <translation>같은 가중치의 Conv2d는 출력의 형상을 입력의 형상으로 되돌립니다. 전치 합성곱은 그 기울기입니다.</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>%1 with this layer&apos;s weight, read as (out = %2, in/groups = %3, k), maps the output&apos;s shape %4 back to the input&apos;s %5:</source>
        <translation>이 레이어의 가중치를 (out = %2, in/groups = %3, k)로 읽은 %1은(는) 출력의 형상 %4을(를) 입력의 형상 %5(으)로 되돌립니다:</translation>
    </message>
    <message>
        <source>Conv1d rounds down when it divides by the stride, so the lengths %1 all shrink to %2. The transposed layer cannot know which one it is undoing: output_padding says, and this layer&apos;s %3 gives %4.</source>
        <translation>Conv1d는 stride로 나눌 때 내림하므로 길이 %1이(가) 모두 %2(으)로 줄어듭니다. 전치 레이어는 그중 어느 것을 되돌리는지 알 수 없습니다: output_padding이 그것을 알려 주며, 이 레이어의 값 %3이면 %4이(가) 됩니다.</translation>
    </message>
    <message>
        <source>With stride %1 only one length, %2, shrinks back to %3: output_padding has nothing to choose.</source>
        <translation>stride %1에서는 길이 %2 하나만 %3(으)로 줄어듭니다: output_padding이 고를 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ChannelsPicture</name>
    <message>
        <source>1 wire</source>
        <translation>연결선 1개</translation>
    </message>
    <message>
        <source>%1 wires</source>
        <translation>연결선 %1개</translation>
    </message>
    <message>
        <source>1 input channel</source>
        <translation>입력 채널 1개</translation>
    </message>
    <message>
        <source>%1 input channels</source>
        <translation>입력 채널 %1개</translation>
    </message>
    <message>
        <source>1 output channel</source>
        <translation>출력 채널 1개</translation>
    </message>
    <message>
        <source>%1 output channels</source>
        <translation>출력 채널 %1개</translation>
    </message>
    <message>
        <source>input x[%1] · %2 × %3×%4</source>
        <extracomment>The inputs&apos; caption: sample x[%1], %2 channels of %3×%4</extracomment>
        <translation>입력 x[%1] · %2 × %3×%4</translation>
    </message>
    <message>
        <source>output y[%1] · %2 × %3×%4</source>
        <extracomment>The outputs&apos; caption: sample y[%1], %2 channels of %3×%4</extracomment>
        <translation>출력 y[%1] · %2 × %3×%4</translation>
    </message>
    <message>
        <source>w[ci, co&apos;] (%1×%2) and Σ per output</source>
        <extracomment>The weights&apos; caption: w[ci, co&apos;] is notation (input channel, output channel within its group)</extracomment>
        <translation>w[ci, co&apos;] (%1×%2)와 출력별 Σ</translation>
    </message>
    <message>
        <source>groups = 1: every input channel feeds every output channel, %1 × %2 = %3</source>
        <extracomment>groups is the PyTorch argument; %3 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>groups = 1: 모든 입력 채널이 모든 출력 채널로 들어감, %1 × %2 = %3</translation>
    </message>
    <message>
        <source>groups = %1 = in_channels (depthwise): each input channel feeds only its own 1 output channel, %2</source>
        <extracomment>groups and in_channels are PyTorch arguments; %2 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>groups = %1 = in_channels (깊이별): 각 입력 채널은 자기 출력 채널 1개로만 들어감, %2</translation>
    </message>
    <message>
        <source>groups = %1 = in_channels (depthwise): each input channel feeds only its own %2 output channels, %3</source>
        <translation>groups = %1 = in_channels (깊이별): 각 입력 채널은 자기 출력 채널 %2개로만 들어감, %3</translation>
    </message>
    <message>
        <source>groups = %1: %1 blocks of %2 input → %3 output channels, %4 × %5 / %1 = %6</source>
        <extracomment>groups is the PyTorch argument; %6 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>groups = %1: 입력 %2개 → 출력 채널 %3개인 블록 %1개, %4 × %5 / %1 = %6</translation>
    </message>
    <message>
        <source>weight %1: %2 × %3 per group × %4×%5 kernels</source>
        <extracomment>%1 is the weight&apos;s shape like [3, 16, 3, 3], %2 &quot;3 input channels&quot;, %3 &quot;16 output channels&quot;</extracomment>
        <translation>가중치 %1: %2 × 그룹당 %3 × %4×%5 커널</translation>
    </message>
    <message>
        <source>weight %1: %2 × %3 per group × %4×%5 kernel</source>
        <translation>가중치 %1: %2 × 그룹당 %3 × %4×%5 커널</translation>
    </message>
    <message>
        <source>%1: each output channel sums the 1 input channel of its group, each through its own %2×%3 weight slice.</source>
        <extracomment>%1 is &quot;1 wire&quot; or &quot;12 wires&quot;</extracomment>
        <translation>%1: 각 출력 채널은 자기 그룹의 입력 채널 1개를 합하며, 각각 자신의 %2×%3 가중치 조각을 거칩니다.</translation>
    </message>
    <message>
        <source>%1: each output channel sums the %2 input channels of its group, each through its own %3×%4 weight slice.</source>
        <translation>%1: 각 출력 채널은 자기 그룹의 입력 채널 %2개를 합하며, 각각 자신의 %3×%4 가중치 조각을 거칩니다.</translation>
    </message>
    <message>
        <source>: with groups = 1 every input channel feeds it.</source>
        <extracomment>Follows a sum like &quot;y[0] = x[0] ⋆ w[0, 0] + …&quot;; groups is the PyTorch argument</extracomment>
        <translation>: groups = 1이므로 모든 입력 채널이 여기로 들어갑니다.</translation>
    </message>
    <message>
        <source>: y[%1] is in group %2, so only %3 feeds it.</source>
        <extracomment>Follows a sum like &quot;y[0] = x[0] ⋆ w[0, 0]&quot;; %3 is one input channel like x[2]</extracomment>
        <translation>: y[%1]은(는) 그룹 %2에 속하므로 %3만 여기로 들어갑니다.</translation>
    </message>
    <message>
        <source>: y[%1] is in group %2, so only %3 feed it.</source>
        <translation>: y[%1]은(는) 그룹 %2에 속하므로 %3만 여기로 들어갑니다.</translation>
    </message>
    <message>
        <source>channels and groups · %1 → %2 channel(s), groups = %3 · step %4 / %5</source>
        <extracomment>The title&apos;s second line; groups is the PyTorch argument</extracomment>
        <translation>채널과 그룹 · 채널 %1 → %2개, groups = %3 · 단계 %4 / %5</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>그룹 %1</translation>
    </message>
</context>
<context>
    <name>ComparePicture</name>
    <message>
        <source>none</source>
        <extracomment>A range of counts when the map has no such cells (no interior, no border)</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>this layer</source>
        <translation>이 레이어</translation>
    </message>
    <message>
        <source>kernel rounded up</source>
        <extracomment>The layer&apos;s kernel size rounded up to a multiple of the stride</extracomment>
        <translation>커널 올림</translation>
    </message>
    <message>
        <source>kernel = stride</source>
        <translation>커널 = 스트라이드</translation>
    </message>
    <message>
        <source>%1×%2 output · interior %3 · border %4</source>
        <extracomment>%3 and %4 are ranges of contributions per cell like 1–4, or &quot;none&quot;</extracomment>
        <translation>%1×%2 출력 · 내부 %3 · 가장자리 %4</translation>
    </message>
    <message>
        <source>contributions per output cell, one scale for all panels</source>
        <translation>출력 셀당 기여 수, 모든 패널에 같은 눈금</translation>
    </message>
    <message>
        <source>kernel %1 gives an even map (%2 inside)</source>
        <translation>커널 %1은(는) 고른 맵을 만듦 (내부 %2)</translation>
    </message>
    <message>
        <source>kernel %1 gives a checkerboard (%2 inside)</source>
        <translation>커널 %1은(는) 체커보드를 만듦 (내부 %2)</translation>
    </message>
    <message>
        <source>Same %1×%2 input, stride %3: %4.</source>
        <extracomment>%4 lists the panels: &quot;kernel 3 gives a checkerboard (1–4 inside); kernel 4 gives …&quot;</extracomment>
        <translation>같은 %1×%2 입력, 스트라이드 %3: %4.</translation>
    </message>
    <message>
        <source>%1: overlap maps of the same %2×%3 input with a ones kernel, on one colour scale</source>
        <extracomment>The view&apos;s subtitle; %1 is the view&apos;s name (&quot;compare&quot;)</extracomment>
        <translation>%1: 같은 %2×%3 입력에 모두 1인 커널을 쓴 겹침 맵, 같은 색 눈금</translation>
    </message>
</context>
<context>
    <name>EquivalentPicture</name>
    <message>
        <source>equivalent direct convolution</source>
        <translation>동등한 직접 합성곱</translation>
    </message>
    <message>
        <source>showing input channel c=%1 of %2–%3</source>
        <translation>입력 채널 c=%1 표시 (%2–%3 중)</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <extracomment>The title&apos;s step counter: step 3 of 15.</extracomment>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <source>kernel w[%1, %2]  %3×%4</source>
        <translation>커널 w[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>kernel w  %1×%2</source>
        <translation>커널 w  %1×%2</translation>
    </message>
    <message>
        <source>flipped  %1×%2</source>
        <extracomment>Caption of the kernel flipped up-down and left-right; %1×%2 is its size.</extracomment>
        <translation>뒤집은 커널  %1×%2</translation>
    </message>
    <message>
        <source>padded input, c=%1  %2×%3</source>
        <translation>패딩된 입력, c=%1  %2×%3</translation>
    </message>
    <message>
        <source>padded input  %1×%2</source>
        <translation>패딩된 입력  %1×%2</translation>
    </message>
    <message>
        <source>window · flipped kernel</source>
        <extracomment>Caption of the products grid: the window of the padded input times the flipped kernel.</extracomment>
        <translation>윈도 · 뒤집은 커널</translation>
    </message>
    <message>
        <source>output y[%1, %2]  %3×%4</source>
        <translation>출력 y[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>output y  %1×%2</source>
        <translation>출력 y  %1×%2</translation>
    </message>
    <message>
        <source>  (+ bias %1)</source>
        <extracomment>Appended to the output&apos;s caption: the bias value added to every cell.</extracomment>
        <translation>  (+ 편향 %1)</translation>
    </message>
    <message>
        <source>flip ↕ ↔</source>
        <extracomment>Label on the arrow from the kernel to its flipped copy (flipped up-down and left-right).</extracomment>
        <translation>뒤집기 ↕ ↔</translation>
    </message>
    <message>
        <source>top-left = w%1,</source>
        <extracomment>First line of a two-line note under the flipped kernel; %1 is an index like [2,2].</extracomment>
        <translation>왼쪽 위 = w%1,</translation>
    </message>
    <message>
        <source>the original&apos;s bottom-right</source>
        <extracomment>Second line of the note: &quot;top-left = w[2,2], the original&apos;s bottom-right&quot;.</extracomment>
        <translation>원래 커널의 오른쪽 아래</translation>
    </message>
    <message>
        <source>input elements x[i,j], %1 apart (stride)</source>
        <translation>입력 원소 x[i,j], 간격 %1 (stride)</translation>
    </message>
    <message>
        <source>%1 zeros between elements</source>
        <extracomment>%1 is a formula like &quot;s − 1 = 1&quot;.</extracomment>
        <translation>원소 사이의 0: %1</translation>
    </message>
    <message>
        <source>border %1: cropped</source>
        <translation>테두리 %1: 잘라냄</translation>
    </message>
    <message>
        <source>border %1 zeros on each side</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;.</extracomment>
        <translation>테두리: 각 변에 0 %1개</translation>
    </message>
    <message>
        <source>border %1: none</source>
        <translation>테두리 %1: 없음</translation>
    </message>
    <message>
        <source>output_padding = %1 more zeros at the bottom/right</source>
        <translation>output_padding = %1: 아래/오른쪽에 더한 0</translation>
    </message>
    <message>
        <source>input x[%1, c=%2]  %3×%4</source>
        <translation>입력 x[%1, c=%2]  %3×%4</translation>
    </message>
    <message>
        <source>input x  %1×%2</source>
        <translation>입력 x  %1×%2</translation>
    </message>
    <message>
        <source>Σ over c=%1–%2</source>
        <extracomment>The sum over the group&apos;s input channels c=%1 to %2.</extracomment>
        <translation>c=%1–%2에 대한 Σ</translation>
    </message>
    <message>
        <source>Seed 000: the same output as a direct convolution (Conv2d) of</source>
        <extracomment>Heading of a numbered list (items 1. to 4. follow). &quot;Seed 000&quot; is the name of a notebook.</extracomment>
        <translation>Seed 000: 다음에 대한 직접 합성곱(Conv2d)과 같은 출력:</translation>
    </message>
    <message>
        <source>1. x as it is (stride 1: no zeros between elements),</source>
        <translation>1. 그대로의 x (stride 1: 원소 사이에 0 없음),</translation>
    </message>
    <message>
        <source>1. x with %1 zeros inserted between neighbouring elements,</source>
        <translation>1. 이웃한 원소 사이에 0을 %1개 넣은 x,</translation>
    </message>
    <message>
        <source>2. a border of %1, i.e. a crop on each side,</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 3 = −1&quot;.</extracomment>
        <translation>2. %1의 테두리, 즉 각 변을 잘라냄,</translation>
    </message>
    <message>
        <source>2. a border of %1 zeros on each side,</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;.</extracomment>
        <translation>2. 각 변에 0을 %1개 두른 테두리,</translation>
    </message>
    <message>
        <source>    and output_padding = %1 more zero rows/cols at the bottom/right,</source>
        <extracomment>Continues item 2.; keep the four leading spaces.</extracomment>
        <translation>    그리고 output_padding = %1: 아래/오른쪽에 더한 0 행/열,</translation>
    </message>
    <message>
        <source>3. the kernel flipped up-down and left-right,</source>
        <translation>3. 위아래와 좌우로 뒤집은 커널,</translation>
    </message>
    <message>
        <source>4. slid with stride 1 and dilation %1: one output cell per position.</source>
        <translation>4. stride 1, dilation %1로 밀기: 위치마다 출력 셀 하나.</translation>
    </message>
    <message>
        <source>padded %1×%2, output = padded − d·(k − 1) = %3×%4</source>
        <extracomment>&quot;padded&quot; is the padded input; d, k are dilation and kernel size.</extracomment>
        <translation>패딩 후 %1×%2, 출력 = 패딩 후 − d·(k − 1) = %3×%4</translation>
    </message>
    <message>
        <source>%1 = Σ window · flipped kernel</source>
        <extracomment>%1 is an output cell like y[1,2]; the sum of the window times the flipped kernel.</extracomment>
        <translation>%1 = Σ 윈도 · 뒤집은 커널</translation>
    </message>
    <message>
        <source>%1 = Σ over channels %2–%3 of window · flipped kernel</source>
        <extracomment>%1 is an output cell like y[1,2]; %2–%3 the input channels summed.</extracomment>
        <translation>%1 = 채널 %2–%3에 대한 Σ 윈도 · 뒤집은 커널</translation>
    </message>
    <message>
        <source>%1 = 0 (the kernel covers only zeros)</source>
        <extracomment>%1 is &quot;y[1,2] = Σ window · flipped kernel&quot;.</extracomment>
        <translation>%1 = 0 (커널이 0만 덮음)</translation>
    </message>
    <message>
        <source>Stride 1 inserts no zeros; add a border of %1 (%2×%3), flip the kernel, and slide it with stride 1: one output cell per position, %4 in all.</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;; %2×%3 the padded size; %4 the number of output cells.</extracomment>
        <translation>stride 1이면 0을 넣지 않습니다. %1의 테두리(%2×%3)를 두르고 커널을 뒤집어 stride 1로 밀면, 위치마다 출력 셀이 하나씩, 모두 %4개입니다.</translation>
    </message>
    <message>
        <source>Insert %1 zeros between elements, add a border of %2 (%3×%4), flip the kernel, and slide it with stride 1: one output cell per position, %5 in all.</source>
        <extracomment>%1 is a formula like &quot;s − 1 = 1&quot;; %2 one like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;; %3×%4 the padded size; %5 the number of output cells.</extracomment>
        <translation>원소 사이에 0을 %1개 넣고 %2의 테두리(%3×%4)를 두른 뒤 커널을 뒤집어 stride 1로 밀면, 위치마다 출력 셀이 하나씩, 모두 %5개입니다.</translation>
    </message>
    <message>
        <source>%1: the same number the scatter gives.</source>
        <extracomment>%1 is the sum written out: &quot;y[1,2] = Σ window · flipped kernel = 1·7 + 1·5 = 12&quot;.</extracomment>
        <translation>%1: 산포로 얻은 값과 같습니다.</translation>
    </message>
    <message>
        <source>%1, but the scatter gives %2.</source>
        <extracomment>%1 is the sum written out; %2 the scatter view&apos;s different value.</extracomment>
        <translation>%1, 그러나 산포로 얻은 값은 %2입니다.</translation>
    </message>
    <message>
        <source>window rows %1–%2, cols %3–%4 of the padded input; the scatter gives %5 %6</source>
        <extracomment>%6 is a check mark ✓ (same value) or a cross ✗.</extracomment>
        <translation>윈도: 패딩된 입력의 %1–%2행, %3–%4열. 산포 결과 %5 %6</translation>
    </message>
    <message>
        <source>%1 = 0: one of the %2 zeros inserted between elements</source>
        <extracomment>%1 is a padded-input cell like padded[1,2]; %2 a formula like &quot;s − 1 = 1&quot;.</extracomment>
        <translation>%1 = 0: 원소 사이에 넣은 %2개의 0 중 하나</translation>
    </message>
    <message>
        <source>%1 = 0: the border, %2 zeros on each side</source>
        <extracomment>%1 is a padded-input cell like padded[0,2]; %2 a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 0 = 2&quot;.</extracomment>
        <translation>%1 = 0: 테두리, 각 변에 0 %2개</translation>
    </message>
    <message>
        <source>%1 = 0: output_padding = %2 adds it at the bottom/right</source>
        <extracomment>%1 is a padded-input cell like padded[6,2]; %2 the output_padding value.</extracomment>
        <translation>%1 = 0: output_padding = %2가 아래/오른쪽에 더한 0</translation>
    </message>
    <message>
        <source>cropped: the border %1 removes this row/col</source>
        <extracomment>%1 is a formula like &quot;d·(k − 1) − p = 1·(3 − 1) − 3 = −1&quot;.</extracomment>
        <translation>잘라냄: 테두리 %1이(가) 이 행/열을 없앱니다</translation>
    </message>
    <message>
        <source>under the flipped kernel for %1 output cells (outlined)</source>
        <translation>출력 셀 %1개에서 뒤집은 커널 아래에 놓임 (윤곽 표시)</translation>
    </message>
    <message>
        <source>%1 = %2 sits at %3 = (border + %4·s, border + %5·s)</source>
        <extracomment>%1 = %2 is an input element and its value, like x[1,2] = 0.5; %3 a padded-input cell like padded[3,5]; s is the stride.</extracomment>
        <translation>%1 = %2의 위치: %3 = (테두리 + %4·s, 테두리 + %5·s)</translation>
    </message>
    <message>
        <source>flipping up-down and left-right moves tap (%1, %2) to (%3, %4)</source>
        <translation>위아래·좌우로 뒤집으면 탭 (%1, %2)이(가) (%3, %4)(으)로 옮겨집니다</translation>
    </message>
</context>
<context>
    <name>ImageInputs</name>
    <message>
        <source>the config&apos;s own kernel</source>
        <extracomment>The kernel the image view uses, as its title names it (&quot;image: test-photo.png through the config&apos;s own kernel&quot;)</extracomment>
        <translation>설정 파일의 커널</translation>
    </message>
    <message>
        <source>the config&apos;s own layer</source>
        <extracomment>The kernel the image view uses, as its title names it (&quot;image: test-photo.png through the config&apos;s own layer&quot;)</extracomment>
        <translation>설정 자체의 층</translation>
    </message>
    <message>
        <source>the config&apos;s own weights w[c, c]</source>
        <extracomment>The kernel the image view uses, as its title names it; w[c, c] is the layer&apos;s weight plane for input channel c and output channel c</extracomment>
        <translation>설정 자체의 가중치 w[c, c]</translation>
    </message>
    <message>
        <source>the all-ones kernel</source>
        <translation>모두 1인 커널</translation>
    </message>
    <message>
        <source>%1: a kernel needs 4 dimensions (1, 1, kH, kW) or (3, 3/groups, kH, kW), got shape %2</source>
        <extracomment>%1 is a .npy file&apos;s path, %2 a shape like (1, 1, 3, 3); kH, kW are the kernel&apos;s height and width</extracomment>
        <translation>%1: 커널은 4차원 (1, 1, kH, kW) 또는 (3, 3/groups, kH, kW)이어야 하는데 형상이 %2입니다</translation>
    </message>
    <message>
        <source>the kernel of %1 %2</source>
        <extracomment>%1 is a .npy file&apos;s name, %2 its shape like (1, 1, 3, 3)</extracomment>
        <translation>%1의 커널 %2</translation>
    </message>
    <message>
        <source>unknown kernel &apos;%1&apos;: expected ones, bilinear, random, random:SEED (a whole number) or a .npy file</source>
        <extracomment>ones, bilinear, random, random:SEED are the values --kernel takes: keep them in English</extracomment>
        <translation>알 수 없는 커널 &apos;%1&apos;: ones, bilinear, random, random:SEED(정수) 또는 .npy 파일이어야 합니다</translation>
    </message>
    <message>
        <source>the bilinear-upsampling kernel</source>
        <translation>쌍선형 업샘플링 커널</translation>
    </message>
    <message>
        <source>a random kernel (seed %1)</source>
        <translation>무작위 커널 (시드 %1)</translation>
    </message>
</context>
<context>
    <name>ImagePicture</name>
    <message>
        <source>contributions</source>
        <extracomment>The heat-map legend&apos;s label: contributions per output pixel</extracomment>
        <translation>기여 수</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>Lists counts: %1 is &quot;1, 2&quot; and %2 is &quot;4&quot; in &quot;1, 2 or 4&quot;</extracomment>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>input x: %1, %2</source>
        <extracomment>%1 is the photo&apos;s file name, %2 its size like 320×240</extracomment>
        <translation>입력 x: %1, %2</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <extracomment>After the input&apos;s size: the photo&apos;s size before it was scaled down</extracomment>
        <translation> (원본 %1)</translation>
    </message>
    <message>
        <source>ConvTranspose2d output, %1</source>
        <translation>ConvTranspose2d 출력, %1</translation>
    </message>
    <message>
        <source>nearest upsample + Conv2d, %1</source>
        <translation>최근접 업샘플 + Conv2d, %1</translation>
    </message>
    <message>
        <source>contributions per output pixel</source>
        <translation>출력 픽셀당 기여 수</translation>
    </message>
    <message>
        <source>shown at the output&apos;s size</source>
        <translation>출력 크기로 표시</translation>
    </message>
    <message>
        <source>values %1 … %2 → black … white</source>
        <translation>값 %1 … %2 → 검정 … 흰색</translation>
    </message>
    <message>
        <source>magnified: the %1 output pixels in the frames above, pixel by pixel</source>
        <translation>확대: 위 틀 안의 %1 출력 픽셀을 픽셀 단위로</translation>
    </message>
    <message>
        <source>every interior output pixel receives 1 contribution</source>
        <translation>모든 내부 출력 픽셀이 기여 1개를 받음</translation>
    </message>
    <message>
        <source>every interior output pixel receives %1 contributions</source>
        <translation>모든 내부 출력 픽셀이 기여 %1개를 받음</translation>
    </message>
    <message>
        <source>output pixels receive 1 contribution (stripes of period %2)</source>
        <extracomment>%1 lists counts like &quot;1 or 2&quot;, %2 the stride like 2 or (1, 2)</extracomment>
        <translation>출력 픽셀이 기여 1개를 받음 (주기 %2의 줄무늬)</translation>
    </message>
    <message>
        <source>output pixels receive %1 contributions (stripes of period %2)</source>
        <translation>출력 픽셀이 기여 %1개를 받음 (주기 %2의 줄무늬)</translation>
    </message>
    <message>
        <source>output pixels receive 1 contribution (a checkerboard of period %2)</source>
        <extracomment>%1 lists counts like &quot;1, 2 or 4&quot;, %2 the stride like 2 or (2, 3)</extracomment>
        <translation>출력 픽셀이 기여 1개를 받음 (주기 %2의 체커보드)</translation>
    </message>
    <message>
        <source>output pixels receive %1 contributions (a checkerboard of period %2)</source>
        <translation>출력 픽셀이 기여 %1개를 받음 (주기 %2의 체커보드)</translation>
    </message>
    <message>
        <source>%1, stride %2: %3; with stride 1 down the rows there is no row pattern to measure.</source>
        <extracomment>%1 names the kernel (&quot;The all-ones kernel&quot;), %2 is the stride, %3 a clause on the contributions</extracomment>
        <translation>%1, 스트라이드 %2: %3. 행 방향 스트라이드가 1이라 측정할 행 무늬가 없습니다.</translation>
    </message>
    <message>
        <source>%1, stride %2: %3, and the output&apos;s rows alternate in brightness by %4%; the resize-convolution&apos;s (every pixel covered alike) by %5%.</source>
        <extracomment>%1 names the kernel (&quot;The all-ones kernel&quot;), %2 is the stride, %3 a clause on the contributions; %4% and %5% are percentages</extracomment>
        <translation>%1, 스트라이드 %2: %3. 출력 행들의 밝기가 %4%만큼 번갈아 달라지고, 리사이즈 합성곱(모든 픽셀을 고르게 덮음)은 %5%만큼 달라집니다.</translation>
    </message>
    <message>
        <source>%1: %2 through %3, channel by channel — Distill&apos;s checkerboard artifacts on a real photo, and the resize-convolution that avoids them</source>
        <translation>%1: %2에 %3 적용, 채널별 — 실제 사진에 나타난 Distill의 체커보드 아티팩트와 이를 피하는 리사이즈 합성곱</translation>
    </message>
    <message>
        <source>%1: %2 through %3, the channels mixed — Distill&apos;s checkerboard artifacts on a real photo, and the resize-convolution that avoids them</source>
        <translation>%1: %2에 %3 적용, 채널이 섞임 — 실제 사진에 나타난 Distill의 체커보드 아티팩트와 이를 피하는 리사이즈 합성곱</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>%1 = 0  (no input element reaches this cell)</source>
        <extracomment>%1 is a cell like y[0,1] or full[2,3]</extracomment>
        <translation>%1 = 0  (이 셀에 닿는 입력 원소 없음)</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>%1 is a sum of terms like x[0,1]·w[1,1] + x[0,2]·w[1,0]</extracomment>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>kept as y%1</source>
        <extracomment>%1 is an index like [0,1]: the full buffer&apos;s cell is kept as output cell y[0,1]</extracomment>
        <translation>y%1(으)로 유지</translation>
    </message>
    <message>
        <source>cropped by padding</source>
        <translation>padding으로 잘림</translation>
    </message>
    <message>
        <source>lands on full%1 = y%2</source>
        <extracomment>%1 and %2 are indices like [2,3]; &quot;full&quot; is the full (uncropped) buffer, y the output</extracomment>
        <translation>full%1 = y%2에 놓임</translation>
    </message>
    <message>
        <source>lands on full%1, cropped by padding</source>
        <extracomment>%1 is an index like [2,3]; &quot;full&quot; is the full (uncropped) buffer</extracomment>
        <translation>full%1에 놓이고 padding으로 잘림</translation>
    </message>
    <message>
        <source>%1 = %2 scatters %2·w into rows %3–%4, cols %5–%6 of the full buffer</source>
        <extracomment>%1 is an input element like x[0,1] and %2 its value; %2·w is the kernel scaled by it</extracomment>
        <translation>%1 = %2, %2·w를 전체 버퍼의 %3–%4행, %5–%6열에 산포</translation>
    </message>
    <message>
        <source>its buffer starts at (%1·%2, %3·%4) = (%5, %6): stride %2×%4 apart from its neighbours</source>
        <translation>버퍼 시작 위치 (%1·%2, %3·%4) = (%5, %6): 이웃과 스트라이드 %2×%4만큼 떨어짐</translation>
    </message>
    <message>
        <source>tap (%1, %2) sits %3 rows, %4 cols into every buffer (dilation %5×%6)</source>
        <extracomment>A kernel tap (ky, kx); dilation is the PyTorch argument</extracomment>
        <translation>탭 (%1, %2)은(는) 모든 버퍼에서 %3행, %4열 안쪽에 있음 (팽창 %5×%6)</translation>
    </message>
</context>
<context>
    <name>MatrixPicture</name>
    <message>
        <source>%1 view y = Wᵀ·x · </source>
        <extracomment>The title&apos;s second line begins: %1 is the view&apos;s name (&quot;matrix&quot;); y = Wᵀ·x is a formula</extracomment>
        <translation>%1 보기 y = Wᵀ·x · </translation>
    </message>
    <message>
        <source>input channels %1–%2 · </source>
        <translation>입력 채널 %1–%2 · </translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <source> · row %1</source>
        <extracomment>%1 is an output cell like y[0,1], whose row of Wᵀ is shown</extracomment>
        <translation> · 행 %1</translation>
    </message>
    <message>
        <source> · zeros hidden</source>
        <translation> · 0 숨김</translation>
    </message>
    <message>
        <source> · zeros left blank</source>
        <translation> · 0은 빈칸</translation>
    </message>
    <message>
        <source>, rows %1–%2</source>
        <extracomment>After the matrix&apos;s caption &quot;Wᵀ 12×9&quot;: %1 and %2 are output cells like y[0,0], y[3,2]</extracomment>
        <translation>, 행 %1–%2</translation>
    </message>
    <message>
        <source>Seed 001 §2.3: a row of Wᵀ per output cell, a column per input entry; column x[i,j] is x[i,j]&apos;s kernel copy, in its colour as in the scatter view.</source>
        <extracomment>&quot;Seed 001 §2.3&quot; names a section of the project&apos;s design notes; x[i,j] is notation</extracomment>
        <translation>Seed 001 §2.3: Wᵀ는 출력 셀마다 한 행, 입력 원소마다 한 열; x[i,j] 열은 x[i,j]의 커널 복사본이며 산포 보기와 같은 색입니다.</translation>
    </message>
    <message>
        <source>0: no input element&apos;s kernel copy reaches this cell</source>
        <translation>0: 이 셀에 닿는 입력 원소의 커널 복사본 없음</translation>
    </message>
    <message>
        <source>Σ w·x over its %1 taps = </source>
        <translation>Σ w·x (탭 %1개) = </translation>
    </message>
    <message>
        <source>Wᵀ has a row per output cell (%1) and a column per input entry (%2). y = Wᵀ·x computes one row at a time: row · x.</source>
        <translation>Wᵀ는 출력 셀마다 한 행(%1), 입력 원소마다 한 열(%2)입니다. y = Wᵀ·x는 한 번에 한 행씩 계산합니다: 행 · x.</translation>
    </message>
    <message>
        <source>  (row %1 of Wᵀ times x)</source>
        <translation>  (Wᵀ의 %1행 곱하기 x)</translation>
    </message>
    <message>
        <source>row %1 of Wᵀ: %2 kernel taps (their x entries outlined), %3 zeros</source>
        <extracomment>%1 is an output cell like y[0,1]</extracomment>
        <translation>Wᵀ의 %1 행: 커널 탭 %2개(해당 x 원소에 윤곽), 0 %3개</translation>
    </message>
    <message>
        <source>%1 = %2: its column holds the %3 taps of its kernel copy the crop keeps</source>
        <extracomment>%1 is an input element like x[0,1], %2 its value</extracomment>
        <translation>%1 = %2: 이 열에는 자르기 후 남은 커널 복사본의 탭 %3개가 있음</translation>
    </message>
    <message>
        <source>the crop removes its whole kernel copy</source>
        <translation>자르기로 커널 복사본 전체가 제거됨</translation>
    </message>
    <message>
        <source>it reaches %1</source>
        <translation>도달: %1</translation>
    </message>
    <message>
        <source>%1 = w%2 = %3: tap (%4, %5) of %6&apos;s kernel copy lands on %7</source>
        <extracomment>%1 is an entry like Wᵀ[y[0,1], x[0,0]], w%2 a weight like w[1,1], %3 its value; %6 an input element, %7 an output cell</extracomment>
        <translation>%1 = w%2 = %3: %6의 커널 복사본의 탭 (%4, %5)이(가) %7에 놓임</translation>
    </message>
    <message>
        <source>%1 = 0: %2&apos;s kernel copy does not reach %3</source>
        <extracomment>%1 is an entry like Wᵀ[y[0,1], x[0,0]], %2 an input element, %3 an output cell</extracomment>
        <translation>%1 = 0: %2의 커널 복사본이 %3에 닿지 않음</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>1 row</source>
        <translation>1행</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1열</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1열</translation>
    </message>
    <message>
        <source>Each of the %1 input elements will scatter a copy of the kernel, scaled by its value, into a %2×%3 full buffer.</source>
        <translation>입력 원소 %1개가 각각 자기 값으로 스케일한 커널 복사본을 %2×%3 전체 버퍼에 산포합니다.</translation>
    </message>
    <message>
        <source>%1 = %2 times w[%3,%4] = %5 gives %6, added at full[%7,%8].</source>
        <extracomment>%1 is an input element like x[0,1], %6 the product; &quot;full&quot; is the full (uncropped) buffer</extracomment>
        <translation>%1 = %2 곱하기 w[%3,%4] = %5는 %6, full[%7,%8]에 더함.</translation>
    </message>
    <message>
        <source>%1 = %2 scatters %2·w into rows %3–%4, cols %5–%6 of the full buffer</source>
        <extracomment>%1 is an input element like x[0,1] and %2 its value; %2·w is the kernel scaled by it</extracomment>
        <translation>%1 = %2, %2·w를 전체 버퍼의 %3–%4행, %5–%6열에 산포</translation>
    </message>
    <message>
        <source> (stride %1 moves it %2 right of x[%3,%4])</source>
        <extracomment>Continues the previous sentence: %2 is &quot;1 column&quot; or &quot;3 columns&quot;</extracomment>
        <translation> (스트라이드 %1이(가) 이를 x[%3,%4]의 오른쪽으로 %2 옮김)</translation>
    </message>
    <message>
        <source> (stride %1 moves it %2 below x[%3,0])</source>
        <extracomment>Continues the previous sentence: %2 is &quot;1 row&quot; or &quot;3 rows&quot;</extracomment>
        <translation> (스트라이드 %1이(가) 이를 x[%3,0] 아래로 %2 옮김)</translation>
    </message>
    <message>
        <source>padding = %1 removes %2 and %3 from each side of the %4×%5 full buffer, leaving %6×%7.</source>
        <extracomment>%2 is &quot;1 row&quot;/&quot;2 rows&quot;, %3 &quot;1 column&quot;/&quot;2 columns&quot;; padding is the PyTorch argument</extracomment>
        <translation>padding = %1은(는) %4×%5 전체 버퍼의 각 변에서 %2과(와) %3을(를) 잘라 %6×%7을(를) 남깁니다.</translation>
    </message>
    <message>
        <source>The bias b = %1 of output channel %2 is added to every cell.</source>
        <translation>출력 채널 %2의 편향 b = %1을(를) 모든 셀에 더합니다.</translation>
    </message>
    <message>
        <source>Done: output %1. Hover a cell to see the sum that made it.</source>
        <translation>완료: 출력 %1. 셀에 마우스를 올리면 그 값을 만든 합이 보입니다.</translation>
    </message>
    <message>
        <source>sums the crop would have removed, then zeros past the full buffer</source>
        <translation>자르기가 없앴을 합과 그 너머 전체 버퍼 밖의 0</translation>
    </message>
    <message>
        <source>sums the crop would have removed (padding &gt; 0), not zeros</source>
        <translation>0이 아니라 자르기가 없앴을 합(padding &gt; 0)</translation>
    </message>
    <message>
        <source>past the full buffer, so 0</source>
        <translation>전체 버퍼 밖이므로 0</translation>
    </message>
    <message>
        <source>output_padding = %1 adds %2 at the bottom and %3 at the right, %4: %5×%6.</source>
        <extracomment>%2 is &quot;1 row&quot;/&quot;2 rows&quot;, %3 &quot;1 column&quot;/&quot;2 columns&quot;, %4 what the strip holds; output_padding is the PyTorch argument</extracomment>
        <translation>output_padding = %1은(는) 아래에 %2, 오른쪽에 %3을(를) 더하며, 그 값은 %4입니다: %5×%6.</translation>
    </message>
</context>
<context>
    <name>NoticePicture</name>
    <message>
        <source>%1 view</source>
        <extracomment>The picture&apos;s subtitle: %1 is the view&apos;s name (&quot;matrix view&quot;)</extracomment>
        <translation>%1 보기</translation>
    </message>
</context>
<context>
    <name>PictureFactory</name>
    <message>
        <source>This output plane receives %L1 contributions, more than the %L2 the %3 view draws: its picture would be too large to read and slow to build. The scatter, output, overlap and shape views show this layer; make the input or the kernel smaller to see it here.</source>
        <translation>이 출력 평면은 기여 %L1개를 받아 %3 보기가 그리는 %L2개를 넘습니다: 그림이 너무 커서 읽기 어렵고 만드는 데 오래 걸립니다. 산포, 출력, 겹침, 형상 보기에서 이 레이어를 볼 수 있습니다. 여기서 보려면 입력이나 커널을 줄이세요.</translation>
    </message>
    <message>
        <source>The stacked layers cannot run: there is not enough memory for their outputs.</source>
        <translation>쌓은 레이어를 실행할 수 없습니다: 출력을 담을 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>The stacked layers cannot run: %1</source>
        <translation>쌓은 레이어를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the window&apos;s picture: input, kernel, intermediate buffers, full buffer, crop and output</source>
        <translation>창의 그림: 입력, 커널, 중간 버퍼, 전체 버퍼, 자르기와 출력</translation>
    </message>
    <message>
        <source>the output grid alone, with its values</source>
        <translation>출력 격자만, 값과 함께</translation>
    </message>
    <message>
        <source>the heat-map of contributions per output cell (the checkerboard)</source>
        <translation>출력 셀당 기여 수 히트맵 (체커보드)</translation>
    </message>
    <message>
        <source>the output-size formula term by term, the round trip with Conv2d and seed 000&apos;s table</source>
        <translation>항별로 펼친 출력 크기 공식, Conv2d와의 왕복, seed 000의 표</translation>
    </message>
    <message>
        <source>channels and groups as a wiring diagram, one step per output channel</source>
        <translation>채널과 그룹을 배선도로, 출력 채널마다 한 단계</translation>
    </message>
    <message>
        <source>one row in 1-D, strips stacked as in the Distill article, with the overlap per cell</source>
        <translation>1차원의 한 행, Distill 글처럼 쌓은 띠와 셀별 겹침</translation>
    </message>
    <message>
        <source>the same layer as a direct convolution: zeros inserted, border, flipped kernel sliding</source>
        <translation>같은 레이어를 직접 합성곱으로: 0 삽입, 테두리, 뒤집은 커널 슬라이딩</translation>
    </message>
    <message>
        <source>the scatter and the direct convolution in step, each output cell compared</source>
        <translation>산포와 직접 합성곱을 나란히 진행하며 출력 셀마다 비교</translation>
    </message>
    <message>
        <source>y = Wᵀ·x: the sparse matrix, one row per output cell, computed row by row</source>
        <translation>y = Wᵀ·x: 희소 행렬, 출력 셀마다 한 행, 행별로 계산</translation>
    </message>
    <message>
        <source>overlap maps of the layer, its kernel rounded up to a multiple of the stride, and kernel = stride, on one scale</source>
        <translation>이 레이어, 커널을 스트라이드의 배수로 올린 경우, 커널 = 스트라이드인 경우의 겹침 맵을 한 눈금으로</translation>
    </message>
    <message>
        <source>the layer then the config&apos;s &quot;stack&quot; layers (default: the same arguments twice more), the overlap compounding layer by layer (one step per layer)</source>
        <translation>이 레이어 뒤에 설정의 &quot;stack&quot; 레이어들(기본: 같은 인자로 두 번 더), 레이어마다 누적되는 겹침 (레이어당 한 단계)</translation>
    </message>
    <message>
        <source>nearest / bilinear upsampling + stride-1 convolution beside the transposed one</source>
        <translation>최근접 / 쌍선형 업샘플링 + 스트라이드 1 합성곱을 전치 합성곱 옆에</translation>
    </message>
    <message>
        <source>the layer on a real photo (--image, --kernel): its output, overlap and resize-convolution</source>
        <translation>실제 사진에 적용한 레이어 (--image, --kernel): 출력, 겹침, 리사이즈 합성곱</translation>
    </message>
    <message>
        <source>why it exists: the Conv2d with the same weight maps the output back, W against Wᵀ, ⟨conv2d(z), x⟩ = ⟨z, y⟩ with the layer&apos;s numbers, output_padding&apos;s choice</source>
        <translation>전치 합성곱이 있는 이유: 같은 가중치의 Conv2d가 출력을 되돌림, W와 Wᵀ 비교, 이 레이어의 숫자로 본 ⟨conv2d(z), x⟩ = ⟨z, y⟩, output_padding의 선택</translation>
    </message>
</context>
<context>
    <name>ResizeConvPicture</name>
    <message>
        <source>input values</source>
        <translation>입력 값</translation>
    </message>
    <message>
        <source>one scale for all outputs</source>
        <translation>모든 출력에 같은 눈금</translation>
    </message>
    <message>
        <source>one scale for all overlaps</source>
        <translation>모든 겹침에 같은 눈금</translation>
    </message>
    <message>
        <source>nearest upsample</source>
        <extracomment>A method&apos;s name, on two lines: &quot;nearest upsample&quot; / &quot;+ Conv2d&quot;</extracomment>
        <translation>최근접 업샘플</translation>
    </message>
    <message>
        <source>bilinear upsample</source>
        <extracomment>A method&apos;s name, on two lines: &quot;bilinear upsample&quot; / &quot;+ Conv2d&quot;</extracomment>
        <translation>쌍선형 업샘플</translation>
    </message>
    <message>
        <source>output y[%1, %2]  %3×%4</source>
        <translation>출력 y[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>contributions per cell</source>
        <translation>셀당 기여 수</translation>
    </message>
    <message>
        <source>input x[%1, %2]  %3×%4</source>
        <translation>입력 x[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>x upsampled (nearest)  %1×%2</source>
        <translation>x 업샘플 (최근접)  %1×%2</translation>
    </message>
    <message>
        <source>x upsampled (bilinear)  %1×%2</source>
        <translation>x 업샘플 (쌍선형)  %1×%2</translation>
    </message>
    <message>
        <source>Same %1×%2 output, same kernel: the transposed convolution gives %3 to %4 contributions per cell; upsampling then convolving gives %5 everywhere inside, so no checkerboard.</source>
        <translation>같은 %1×%2 출력, 같은 커널: 전치 합성곱은 셀마다 기여 %3~%4개를 주고, 업샘플 후 합성곱은 내부 어디서나 %5개를 주므로 체커보드가 없습니다.</translation>
    </message>
    <message>
        <source>%1: upsample, then a stride-1 convolution with the same kernel and output size — the remedy for checkerboard artifacts</source>
        <extracomment>The view&apos;s subtitle; %1 is the view&apos;s name (&quot;resize-conv&quot;)</extracomment>
        <translation>%1: 업샘플 후 같은 커널과 출력 크기로 스트라이드 1 합성곱 — 체커보드 아티팩트의 해결책</translation>
    </message>
</context>
<context>
    <name>SceneLayout</name>
    <message>
        <source>out = (in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1</source>
        <extracomment>The output-size formula; translate the words out, in, kernel, keep stride, padding, dilation, output_padding</extracomment>
        <translation>출력 = (입력 − 1)·stride − 2·padding + dilation·(커널 − 1) + output_padding + 1</translation>
    </message>
    <message>
        <source>full buffer = (in − 1)·stride + dilation·(kernel − 1) + 1 = %1×%2</source>
        <extracomment>Keep stride and dilation (PyTorch arguments); translate &quot;full buffer&quot;, in, kernel</extracomment>
        <translation>전체 버퍼 = (입력 − 1)·stride + dilation·(커널 − 1) + 1 = %1×%2</translation>
    </message>
    <message>
        <source>padding crops %1 row(s) and %2 col(s) from each side</source>
        <extracomment>padding is the PyTorch argument</extracomment>
        <translation>padding이 각 변에서 %1행과 %2열을 잘라냄</translation>
    </message>
    <message>
        <source>output_padding adds %1 row(s) at the bottom, %2 col(s) at the right</source>
        <extracomment>output_padding is the PyTorch argument</extracomment>
        <translation>output_padding이 아래에 %1행, 오른쪽에 %2열을 더함</translation>
    </message>
    <message>
        <source>output shape %1</source>
        <translation>출력 형상 %1</translation>
    </message>
    <message>
        <source>input x[%1, c=%2]  %3×%4</source>
        <translation>입력 x[%1, c=%2]  %3×%4</translation>
    </message>
    <message>
        <source>input x  %1×%2</source>
        <translation>입력 x  %1×%2</translation>
    </message>
    <message>
        <source>kernel w[%1, %2]  %3×%4</source>
        <translation>커널 w[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>kernel w  %1×%2</source>
        <translation>커널 w  %1×%2</translation>
    </message>
    <message>
        <source>buffer of %1:  %1·w</source>
        <extracomment>%1 is an input element like x[0,1]; %1·w is the kernel scaled by it</extracomment>
        <translation>%1의 버퍼:  %1·w</translation>
    </message>
    <message>
        <source>all %1 buffers, %2 apart (stride)</source>
        <translation>버퍼 %1개 전부, 간격 %2 (스트라이드)</translation>
    </message>
    <message>
        <source>full buffer %1×%2 = Σ buffers</source>
        <translation>전체 버퍼 %1×%2 = Σ 버퍼</translation>
    </message>
    <message>
        <source>overlap: contributions per cell  %1×%2</source>
        <translation>겹침: 셀당 기여 수  %1×%2</translation>
    </message>
    <message>
        <source>output y[%1, %2]  %3×%4</source>
        <translation>출력 y[%1, %2]  %3×%4</translation>
    </message>
    <message>
        <source>output y  %1×%2</source>
        <translation>출력 y  %1×%2</translation>
    </message>
    <message>
        <source>  (+ bias %1)</source>
        <translation>  (+ 편향 %1)</translation>
    </message>
    <message>
        <source>cropped by padding = %1</source>
        <translation>padding = %1로 잘림</translation>
    </message>
    <message>
        <source>output_padding = %1 adds rows/cols at the bottom/right</source>
        <translation>output_padding = %1이 아래/오른쪽에 행/열을 더함</translation>
    </message>
</context>
<context>
    <name>SceneRenderer</name>
    <message>
        <source>start</source>
        <extracomment>A step of the animation: the first one, before anything is scattered</extracomment>
        <translation>시작</translation>
    </message>
    <message>
        <source>crop padding</source>
        <extracomment>A step of the animation: the full buffer is cropped by padding (the PyTorch argument)</extracomment>
        <translation>padding 자르기</translation>
    </message>
    <message>
        <source>bias</source>
        <extracomment>A step of the animation: the bias is added</extracomment>
        <translation>편향</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>A step of the animation: the last one</extracomment>
        <translation>완료</translation>
    </message>
    <message>
        <source>step %1 / %2 · %3</source>
        <extracomment>The title&apos;s second line: step 3 / 12 · and the step&apos;s name</extracomment>
        <translation>단계 %1 / %2 · %3</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>최소 %1</translation>
    </message>
    <message>
        <source>%1–%2 contributions per cell: %3</source>
        <extracomment>%3 is one of the two verdicts that follow</extracomment>
        <translation>셀당 기여 %1–%2개: %3</translation>
    </message>
    <message>
        <source>the same count in every interior cell (even)</source>
        <translation>모든 내부 셀의 개수가 같음 (고름)</translation>
    </message>
    <message>
        <source>interior counts alternate (the checkerboard)</source>
        <translation>내부 개수가 번갈아 바뀜 (체커보드)</translation>
    </message>
</context>
<context>
    <name>ShapePicture</name>
    <message>
        <source>seed 000 cell</source>
        <extracomment>Table header: the notebook cell (like In[7]) a row comes from; &quot;seed 000&quot; is the notebook&apos;s name.</extracomment>
        <translation>seed 000 셀</translation>
    </message>
    <message>
        <source>output</source>
        <extracomment>Table header: the output size H×W.</extracomment>
        <translation>출력</translation>
    </message>
    <message>
        <source>this layer</source>
        <extracomment>The table&apos;s first row: the current layer&apos;s own setting.</extracomment>
        <translation>이 레이어</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>A table row the user added.</extracomment>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>%1 = this</source>
        <extracomment>%1 is a notebook cell like In[7] whose setting equals this layer&apos;s.</extracomment>
        <translation>%1 = 이 레이어</translation>
    </message>
    <message>
        <source>The output size is a sum of five terms (PyTorch&apos;s formula, worked in seed 000); each step fills one in with this layer&apos;s numbers.</source>
        <extracomment>&quot;seed 000&quot; is the name of a notebook.</extracomment>
        <translation>출력 크기는 다섯 항의 합입니다(PyTorch의 공식, seed 000에서 풀어 봄). 단계마다 이 레이어의 숫자로 한 항씩 채웁니다.</translation>
    </message>
    <message>
        <source>(%1_in − 1)·stride = (%2 − 1)·%3 = %4: the %2 input copies start stride %3 apart, so the last one starts %4 cells after the first.</source>
        <extracomment>H_in is the input height; %2 the input size, %3 the stride, %4 their term.</extracomment>
        <translation>(%1_in − 1)·stride = (%2 − 1)·%3 = %4: 입력 복사본 %2개가 stride %3 간격으로 시작하므로, 마지막 복사본은 첫 번째보다 %4셀 뒤에서 시작합니다.</translation>
    </message>
    <message>
        <source>− 2·padding = − 2·0 = 0: padding 0 crops nothing from the full buffer.</source>
        <translation>− 2·padding = − 2·0 = 0: padding 0은 전체 버퍼에서 아무것도 잘라내지 않습니다.</translation>
    </message>
    <message>
        <source>− 2·padding = − 2·%1 = −%2: padding crops %1 row(s)/column(s) from each side of the full buffer.</source>
        <translation>− 2·padding = − 2·%1 = −%2: padding이 전체 버퍼의 각 변에서 %1개 행/열을 잘라냅니다.</translation>
    </message>
    <message>
        <source>+ dilation·(kernel_size − 1) = %1·(%2 − 1) = %3: the last copy of the kernel reaches %3 cells past its first cell (dilation %1 spreads the taps).</source>
        <translation>+ dilation·(kernel_size − 1) = %1·(%2 − 1) = %3: 마지막 커널 복사본은 첫 셀에서 %3셀 더 뻗습니다(dilation %1이 탭 간격을 벌림).</translation>
    </message>
    <message>
        <source>+ output_padding = 0: no extra row or column; it only matters when stride &gt; 1 leaves a choice.</source>
        <translation>+ output_padding = 0: 추가 행이나 열이 없습니다. stride &gt; 1이어서 선택지가 생길 때만 의미가 있습니다.</translation>
    </message>
    <message>
        <source>+ output_padding = %1: %1 extra row(s)/column(s) at the bottom/right, to pick the size a Conv2d came from.</source>
        <translation>+ output_padding = %1: 아래/오른쪽에 %1개 행/열을 더해, Conv2d에 들어가기 전의 크기를 고릅니다.</translation>
    </message>
    <message>
        <source>H and W</source>
        <extracomment>Both axes at once; &quot;_out&quot; is appended, giving &quot;H and W_out&quot; (height and width of the output).</extracomment>
        <translation>H와 W</translation>
    </message>
    <message>
        <source>+ 1 counts the first cell: %1 = %2, so the output is %3.</source>
        <extracomment>%1 is the output size&apos;s name (H_out, or &quot;H and W_out&quot; for both axes), %2 its value, %3 the output shape.</extracomment>
        <translation>+ 1은 첫 셀을 셉니다: %1 = %2, 따라서 출력은 %3입니다.</translation>
    </message>
    <message>
        <source>stride %1: Conv2d with the same arguments maps only %2 back to %3, so output_padding has nothing to choose.</source>
        <translation>stride %1: 인수가 같은 Conv2d는 %2만 %3(으)로 되돌리므로, output_padding이 고를 것이 없습니다.</translation>
    </message>
    <message>
        <source>Conv2d with the same arguments shrinks every size from %1 to %2 back to %3: output_padding = %4 (or output_size=%5) picks %5.</source>
        <translation>인수가 같은 Conv2d는 %1부터 %2까지의 모든 크기를 %3(으)로 줄입니다: output_padding = %4 (또는 output_size=%5)가 %5를 고릅니다.</translation>
    </message>
    <message>
        <source>shape arithmetic · input %1 → output %2 · step %3 / %4</source>
        <extracomment>The title&apos;s second line: %1 and %2 are tensor shapes, then the step counter.</extracomment>
        <translation>형태 계산 · 입력 %1 → 출력 %2 · 단계 %3 / %4</translation>
    </message>
    <message>
        <source>Output size, term by term (PyTorch&apos;s formula; seeds 000 and 002)</source>
        <extracomment>&quot;seeds 000 and 002&quot; are the names of two notebooks.</extracomment>
        <translation>항별로 본 출력 크기 (PyTorch의 공식; seed 000과 002)</translation>
    </message>
    <message>
        <source>Round trip with Conv2d(kernel_size=%1, stride=%2, padding=%3%4): the sizes it shrinks back to the input size</source>
        <extracomment>%4 is empty or &quot;, dilation=2&quot;; keep the Conv2d(...) call as it is.</extracomment>
        <translation>Conv2d(kernel_size=%1, stride=%2, padding=%3%4) 왕복: 입력 크기로 다시 줄어드는 크기들</translation>
    </message>
    <message>
        <source>Seed 000&apos;s table on this %1×%2 input (first row: this layer; rows can be added)</source>
        <extracomment>&quot;Seed 000&quot; is the name of a notebook; %1×%2 the input size.</extracomment>
        <translation>이 %1×%2 입력에 대한 Seed 000의 표 (첫 행: 이 레이어; 행 추가 가능)</translation>
    </message>
    <message>
        <source>stride %1: only %2 convolves back to %3, so output_padding has nothing to choose.</source>
        <translation>stride %1: %2만 합성곱을 거쳐 %3(으)로 돌아가므로, output_padding이 고를 것이 없습니다.</translation>
    </message>
    <message>
        <source>Conv2d divides by stride %1 and rounds down, so %2 sizes give %3: going back, output_padding picks one.</source>
        <translation>Conv2d는 stride %1로 나누고 내림하므로 %2개의 크기가 %3이(가) 됩니다. 되돌아갈 때는 output_padding이 그중 하나를 고릅니다.</translation>
    </message>
    <message>
        <source> This layer: output_padding = %1 → %2.</source>
        <extracomment>Follows the previous sentence; keep the leading space.</extracomment>
        <translation> 이 레이어: output_padding = %1 → %2.</translation>
    </message>
    <message>
        <source> This layer&apos;s output_padding = %1 ≥ stride (allowed as dilation %2 &gt; stride) leaves the round trip.</source>
        <extracomment>Follows the previous sentence; keep the leading space.</extracomment>
        <translation> 이 레이어의 output_padding = %1 ≥ stride(dilation %2 &gt; stride이므로 허용)는 왕복 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>

forward(x, output_size=…) accepts %1_out from %2 to %3 (min + stride − 1) and sets output_padding = %1_out − %2.</source>
        <extracomment>A new paragraph (keep the two line breaks); %1_out is H_out or W_out.</extracomment>
        <translation>

forward(x, output_size=…)는 %1_out으로 %2부터 %3까지(min + stride − 1) 받으며, output_padding = %1_out − %2로 정합니다.</translation>
    </message>
    <message>
        <source>

forward(x, output_size=…) accepts only %1_out = %2 here.</source>
        <extracomment>A new paragraph (keep the two line breaks); %1_out is H_out or W_out.</extracomment>
        <translation>

여기서 forward(x, output_size=…)는 %1_out = %2만 받습니다.</translation>
    </message>
</context>
<context>
    <name>SideBySidePicture</name>
    <message>
        <source>y[%1,%2]:  scatter %3  ·  direct convolution %4  %5</source>
        <extracomment>%1,%2 index the output cell y[%1,%2]; %3 and %4 are its value computed both ways, %5 is ✓ or ✗</extracomment>
        <translation>y[%1,%2]:  산포 %3  ·  직접 합성곱 %4  %5</translation>
    </message>
    <message>
        <source>Above, the scatter; below, the same layer as a direct convolution. Both run to the end together, and every output cell gets the same number both ways.</source>
        <translation>위는 산포, 아래는 같은 레이어를 직접 합성곱으로 계산한 것입니다. 둘은 함께 끝까지 진행하며, 모든 출력 셀이 두 방식에서 같은 값을 얻습니다.</translation>
    </message>
    <message>
        <source>Left, the scatter; right, the same layer as a direct convolution. Both run to the end together, and every output cell gets the same number both ways.</source>
        <translation>왼쪽은 산포, 오른쪽은 같은 레이어를 직접 합성곱으로 계산한 것입니다. 둘은 함께 끝까지 진행하며, 모든 출력 셀이 두 방식에서 같은 값을 얻습니다.</translation>
    </message>
</context>
<context>
    <name>StackPicture</name>
    <message>
        <source>after layer %1: %2×%3</source>
        <translation>레이어 %1 이후: %2×%3</translation>
    </message>
    <message>
        <source>%1 to %2 paths per cell</source>
        <extracomment>Paths: the ways an input element reaches an output cell through the stacked layers</extracomment>
        <translation>셀당 경로 %1~%2개</translation>
    </message>
    <message>
        <source>Layer 1 makes %1×%2 with %3: its own overlap map. %4 transposed convolutions follow one another, as in a decoder: each one&apos;s overlap multiplies the pattern of the layers before it.</source>
        <extracomment>%3 is a range like &quot;1 to 4 paths per cell&quot;, %4 the number of layers</extracomment>
        <translation>레이어 1은 %1×%2를 만들고 %3입니다: 자체 겹침 맵입니다. 전치 합성곱 %4개가 디코더처럼 차례로 이어지며, 각 레이어의 겹침이 앞선 레이어들의 무늬에 곱해집니다.</translation>
    </message>
    <message>
        <source>Layer %1 makes %2×%3 with %4 (was %5 to %6): %7</source>
        <extracomment>%4 is a range like &quot;1 to 4 paths per cell&quot;; %7 is one of the two clauses that follow</extracomment>
        <translation>레이어 %1은(는) %2×%3을(를) 만들고 %4 (이전 %5~%6): %7</translation>
    </message>
    <message>
        <source>an even layer only scales the pattern it receives.</source>
        <translation>고른 레이어는 받은 무늬의 크기만 바꿉니다.</translation>
    </message>
    <message>
        <source>the uneven overlaps multiply, so the checkerboard compounds.</source>
        <translation>고르지 않은 겹침이 곱해져 체커보드가 누적됩니다.</translation>
    </message>
    <message>
        <source>%1: %2 layers one after another, the paths per output cell after each (its own colour scale) · layer %3 / %4</source>
        <extracomment>The view&apos;s subtitle; %1 is the view&apos;s name (&quot;stack&quot;), %2 the number of layers</extracomment>
        <translation>%1: 레이어 %2개를 차례로, 각 레이어 뒤 출력 셀당 경로 수 (각자의 색 눈금) · 레이어 %3 / %4</translation>
    </message>
</context>
<context>
    <name>StripPicture</name>
    <message>
        <source>contributions per cell</source>
        <extracomment>Label of the row counting how many contributions land in each cell.</extracomment>
        <translation>셀당 기여 수</translation>
    </message>
    <message>
        <source>sum</source>
        <extracomment>Label of the row holding the sum of the strips.</extracomment>
        <translation>합</translation>
    </message>
    <message>
        <source>y[%1] row</source>
        <extracomment>Label of the output row; %1 is the output channel, as in y[0].</extracomment>
        <translation>y[%1] 행</translation>
    </message>
    <message>
        <source>input row x[0, :]  (%1 values)</source>
        <translation>입력 행 x[0, :]  (값 %1개)</translation>
    </message>
    <message>
        <source>each value times the kernel row, %1 apart (stride), taps %2 apart (dilation)</source>
        <translation>각 값 × 커널 행, 간격 %1 (stride), 탭 간격 %2 (dilation)</translation>
    </message>
    <message>
        <source>each value times the kernel row, %1 apart (stride)</source>
        <translation>각 값 × 커널 행, 간격 %1 (stride)</translation>
    </message>
    <message>
        <source>full row = Σ strips  (%1 cells, before the crop)</source>
        <extracomment>The full row is the uncropped buffer: the sum of the strips before padding crops it.</extracomment>
        <translation>전체 행 = Σ 띠  (%1셀, 자르기 전)</translation>
    </message>
    <message>
        <source>output row  (%1 cells): padding = %2 crops %2 from each side, bias not added</source>
        <translation>출력 행  (%1셀): padding = %2가 각 변에서 %2셀을 잘라냄, 편향 미포함</translation>
    </message>
    <message>
        <source>output row  (%1 cells): padding = %2 crops %2 from each side</source>
        <translation>출력 행  (%1셀): padding = %2가 각 변에서 %2셀을 잘라냄</translation>
    </message>
    <message>
        <source>output row  (%1 cells), bias not added</source>
        <translation>출력 행  (%1셀), 편향 미포함</translation>
    </message>
    <message>
        <source>output row  (%1 cells)</source>
        <translation>출력 행  (%1셀)</translation>
    </message>
    <message>
        <source>kernel row w[%1, %2][%3, :]</source>
        <translation>커널 행 w[%1, %2][%3, :]</translation>
    </message>
    <message>
        <source>The layer is 1-D (H = 1): its row of %1 values; each value scatters a scaled copy of the kernel row, stride %2 apart.</source>
        <translation>이 레이어는 1-D입니다(H = 1): 값 %1개로 된 행 하나. 각 값이 배율을 곱한 커널 행 복사본을 stride %2 간격으로 산포합니다.</translation>
    </message>
    <message>
        <source>1-D slice: row 0 of x[c=%2] (%1 values) with the kernel&apos;s middle row ky = %3; each value scatters a scaled copy of the kernel row, stride %4 apart.</source>
        <extracomment>%1 is the number of values, %2 the input channel, %3 the kernel row&apos;s index, %4 the stride.</extracomment>
        <translation>1-D 단면: x[c=%2]의 0행(값 %1개)과 커널의 가운데 행 ky = %3. 각 값이 배율을 곱한 커널 행 복사본을 stride %4 간격으로 산포합니다.</translation>
    </message>
    <message>
        <source>%1 = %2 scatters %2·w into cells %3–%4 of the full row</source>
        <extracomment>%1 = %2 is an input element and its value, like x[0,2] = 0.5; %3–%4 cells of the full (uncropped) row.</extracomment>
        <translation>%1 = %2이(가) %2·w를 전체 행의 %3–%4셀에 산포합니다</translation>
    </message>
    <message>
        <source>stride 1: 1 cell right of x[0,%1]</source>
        <translation>stride 1: x[0,%1]에서 오른쪽으로 1셀</translation>
    </message>
    <message>
        <source>stride %1: %1 cells right of x[0,%2]</source>
        <translation>stride %1: x[0,%2]에서 오른쪽으로 %1셀</translation>
    </message>
    <message>
        <source>dilation %1: taps %1 apart</source>
        <translation>dilation %1: 탭 간격 %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>Ends a sentence: %1 is the sentence without its full stop.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between the reasons in brackets: &quot;stride 2: 2 cells right of x[0,0]; dilation 2: taps 2 apart&quot;.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <extracomment>A sentence (%1) with its reasons in brackets (%2), then its full stop.</extracomment>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Summed: %1 contributions per cell all through the interior, since every offset within stride %2 receives as many of kernel %3&apos;s taps%4: no checkerboard.</source>
        <extracomment>%3 is the kernel&apos;s width; %4 is empty or &quot; (dilation 2)&quot;.</extracomment>
        <translation>합산: stride %2 안의 모든 오프셋이 커널(너비 %3)의 탭%4을 똑같이 받으므로, 내부 전체에서 셀마다 기여가 %1개입니다: 체커보드가 없습니다.</translation>
    </message>
    <message>
        <source> (dilation %1)</source>
        <extracomment>Inserted after &quot;kernel 3&apos;s taps&quot;; keep the leading space.</extracomment>
        <translation> (dilation %1)</translation>
    </message>
    <message>
        <source>Summed: %1 to %2 contributions per cell, rising and falling with the stride: the checkerboard in 1-D.</source>
        <translation>합산: 셀마다 기여가 %1~%2개로 stride에 따라 오르내립니다: 1-D에서의 체커보드입니다.</translation>
    </message>
    <message>
        <source>1-D: the layer&apos;s row</source>
        <translation>1-D: 레이어의 행</translation>
    </message>
    <message>
        <source>1-D slice: row 0 of x[c=%1] with the kernel&apos;s middle row ky = %2 (ConvTranspose1d along W)</source>
        <translation>1-D 단면: x[c=%1]의 0행과 커널 가운데 행 ky = %2 (W 방향 ConvTranspose1d)</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <extracomment>The title&apos;s step counter: step 3 of 15.</extracomment>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <source>kernel w[%1, %2]</source>
        <translation>커널 w[%1, %2]</translation>
    </message>
    <message>
        <source>input rows x[c, :], the group&apos;s channels  (%1 values each)</source>
        <extracomment>One row per input channel of the group; %1 values in each.</extracomment>
        <translation>입력 행 x[c, :], 그룹의 채널들  (각 값 %1개)</translation>
    </message>
</context>
<context>
    <name>ViewId</name>
    <message>
        <source>scatter</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>산포</translation>
    </message>
    <message>
        <source>output</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>출력</translation>
    </message>
    <message>
        <source>overlap</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>겹침</translation>
    </message>
    <message>
        <source>shape</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>형상</translation>
    </message>
    <message>
        <source>channels</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>채널</translation>
    </message>
    <message>
        <source>strip</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>띠</translation>
    </message>
    <message>
        <source>equivalent</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>등가</translation>
    </message>
    <message>
        <source>side-by-side</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>나란히</translation>
    </message>
    <message>
        <source>matrix</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>행렬</translation>
    </message>
    <message>
        <source>compare</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>비교</translation>
    </message>
    <message>
        <source>stack</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>쌓기</translation>
    </message>
    <message>
        <source>resize-conv</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>리사이즈 합성곱</translation>
    </message>
    <message>
        <source>image</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>adjoint</source>
        <extracomment>View names shown on the window&apos;s tabs and in picture titles (&quot;%1 view&quot;); keep them short</extracomment>
        <translation>수반</translation>
    </message>
</context>
<context>
    <name>sb::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Scatterboard %1&lt;/h3&gt;&lt;p&gt;The transposed convolution of PyTorch&apos;s nn.ConvTranspose2d, contribution by contribution: every input element scatters a scaled copy of the kernel, and the copies add up.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scatterboard authors.&lt;br&gt;Free software under the MIT License (Show Details… for its text).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Test photo (the image view&apos;s default): the STM32F3DISCOVERY board from the &lt;a href=&quot;https://docs.rust-embedded.org/book/&quot;&gt;Rust Embedded Book&lt;/a&gt;, © the Rust Embedded Working Group, under the MIT License or the Apache License 2.0, at your option; downscaled to 96 × 64.&lt;/li&gt;&lt;li&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %2, &lt;a href=&quot;https://eigen.tuxfamily.org/&quot;&gt;Eigen&lt;/a&gt; and &lt;a href=&quot;https://giflib.sourceforge.net/&quot;&gt;giflib&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Every number checked against &lt;a href=&quot;https://pytorch.org/&quot;&gt;PyTorch&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Scatterboard %1&lt;/h3&gt;&lt;p&gt;PyTorch nn.ConvTranspose2d의 전치 합성곱을 기여 하나하나로 보여 줍니다. 각 입력 원소는 자신의 값으로 스케일한 커널 사본을 출력에 산포하고, 그 사본들이 더해집니다.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scatterboard authors.&lt;br&gt;MIT 라이선스를 따르는 자유 소프트웨어입니다(전문은 “Show Details…”에서 볼 수 있습니다).&lt;/p&gt;&lt;p&gt;&lt;b&gt;감사의 말&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;테스트 사진(이미지 보기의 기본 사진): &lt;a href=&quot;https://docs.rust-embedded.org/book/&quot;&gt;Rust Embedded Book&lt;/a&gt;의 STM32F3DISCOVERY 보드, © Rust Embedded Working Group, MIT 라이선스 또는 Apache License 2.0 중 선택; 96 × 64로 축소했습니다.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %2, &lt;a href=&quot;https://eigen.tuxfamily.org/&quot;&gt;Eigen&lt;/a&gt;, &lt;a href=&quot;https://giflib.sourceforge.net/&quot;&gt;giflib&lt;/a&gt;로 만들었습니다.&lt;/li&gt;&lt;li&gt;모든 숫자를 &lt;a href=&quot;https://pytorch.org/&quot;&gt;PyTorch&lt;/a&gt;와 대조해 확인했습니다.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Scatterboard</source>
        <translation>Scatterboard 정보</translation>
    </message>
</context>
<context>
    <name>sb::CommandLine</name>
    <message>
        <source>--step: expected a step number (0, 1, 2, ...), got &apos;%1&apos;</source>
        <translation>--step: 단계 번호(0, 1, 2, ...)가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--view: unknown view &apos;%1&apos;; expected one of %2</source>
        <translation>--view: 알 수 없는 보기 &apos;%1&apos;; 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <source>expected at most one CONFIG.json, got %1: %2</source>
        <translation>CONFIG.json은 최대 하나여야 하는데 %1개가 주어졌습니다: %2</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a name: %2</source>
        <translation>%1에는 이름이 필요합니다: %2</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>%1에는 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1은(는) 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>Opens view NAME (as `scatterboard export --help` lists them).</source>
        <translation>NAME 보기를 엽니다(목록은 `scatterboard export --help`에 있습니다).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Opens at animation step N.</source>
        <translation>애니메이션 단계 N에서 엽니다.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Shows how PyTorch&apos;s nn.ConvTranspose2d builds its output. `scatterboard --help` describes every form of the command line, `scatterboard compute --help` and `scatterboard export --help` the headless commands.</source>
        <translation>PyTorch의 nn.ConvTranspose2d가 출력을 만드는 과정을 보여 줍니다. `scatterboard --help`는 명령줄의 모든 형태를, `scatterboard compute --help`와 `scatterboard export --help`는 창 없는 명령을 설명합니다.</translation>
    </message>
    <message>
        <source>The layer to open (default: the built-in demo).</source>
        <translation>열 레이어(기본값: 내장 데모).</translation>
    </message>
    <message>
        <source>no display found (%1), so the window cannot open. Headless commands still work: `scatterboard compute CONFIG.json` prints the output as JSON (see `scatterboard --help`). Here is what compute gives for %2:</source>
        <translation>디스플레이를 찾지 못해(%1) 창을 열 수 없습니다. 창 없는 명령은 계속 쓸 수 있습니다: `scatterboard compute CONFIG.json`은 출력을 JSON으로 인쇄합니다(`scatterboard --help` 참고). 다음은 %2에 대한 compute의 결과입니다:</translation>
    </message>
    <message>
        <source>the built-in demo (seed 004)</source>
        <translation>내장 데모(seed 004)</translation>
    </message>
    <message>
        <source>no display found (%1), so the window cannot open. The lesson &quot;%2&quot; has %3 slides:
</source>
        <translation>디스플레이를 찾지 못해(%1) 창을 열 수 없습니다. 수업 &quot;%2&quot;에는 슬라이드가 %3개 있습니다:
</translation>
    </message>
    <message>
        <source>`scatterboard export %1 --out handout.pdf` prints it as a handout without a display.
</source>
        <translation>`scatterboard export %1 --out handout.pdf`로 디스플레이 없이 유인물을 만들 수 있습니다.
</translation>
    </message>
    <message>
        <source>showing the window</source>
        <extracomment>%1 a command such as &quot;export&quot;</extracomment>
        <translation>창을 표시하는</translation>
    </message>
    <message>
        <source>running `scatterboard %1`</source>
        <translation>`scatterboard %1` 실행</translation>
    </message>
    <message>
        <source>out of memory while %1; the command was stopped, and wrote nothing</source>
        <extracomment>%1 what was being done, e.g. &quot;reading the model netG.pt&quot;</extracomment>
        <translation>%1 중 메모리가 부족합니다; 명령을 멈췄고 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1, while %2; the command was stopped, and wrote nothing</source>
        <extracomment>%1 the error&apos;s own text, %2 what was being done</extracomment>
        <translation>%1 (%2 중); 명령을 멈췄고 아무것도 쓰지 않았습니다</translation>
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
        <translation>사용법: scatterboard [CONFIG.json | LESSON.json] [--view NAME] [--step N]
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
Scatterboard는 PyTorch의 nn.ConvTranspose2d가 출력을 만드는 과정을 보여 줍니다. 각 입력 원소는
자신의 값으로 스케일한 커널 사본을 출력에 산포하고, 그 사본들이 더해집니다.

  scatterboard [CONFIG.json] [--view NAME] [--step N]
      CONFIG.json으로 창을 엽니다(기본값: 내장 데모, 즉 seed 004의 4x4 전부 1인 입력과
      커널 1..16, stride 2, padding 1). 보기 NAME(목록은 `scatterboard export --help`;
      기본값 scatter)에서, 애니메이션 단계 N으로 엽니다. 디스플레이가 없으면 그렇다고
      알리고 대신 `scatterboard compute`의 결과를 인쇄합니다.
      Qt 자체 옵션도 여기서 쓸 수 있습니다. 예: -platform offscreen, -style Fusion, -reverse,
      -qwindowgeometry 1280x720+0+0(`scatterboard --help-all`이 목록을 보여 줍니다).
  scatterboard LESSON.json
      수업을 첫 슬라이드에서 엽니다. →(또는 프레젠터의 Page Down)로 각 슬라이드의 단계를
      차례로 넘기고 다음 슬라이드로 넘어가며, Shift+F5는 처음부터 발표합니다. 수업 메뉴에는
      내장 수업 네 개와 수업 편집기도 있습니다.
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      창 없이 CONFIG.json에 대한 PyTorch의 출력을 JSON 객체 하나로 인쇄합니다. 출력과
      설정 형식은 `scatterboard compute --help`를 보세요.
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      창이나 디스플레이 없이, 창에 보이는 것을 PNG, SVG, PDF 그림, GIF 애니메이션 또는
      번호 붙은 PNG 프레임으로 그립니다. 형식은 FILE의 확장자로 정해집니다. 보기와 옵션은
      `scatterboard export --help`를 보세요.
  scatterboard export LESSON.json --out handout.pdf | deck/ [--title-page]
      수업의 PDF 유인물(슬라이드마다 한 페이지: 그림, 제목, 설명, 질문과 답) 또는 슬라이드
      묶음(슬라이드마다 PNG 하나, 단계를 재생하는 슬라이드는 GIF 하나를 담은 폴더).
  scatterboard inspect MODEL
      .safetensors, .npz 또는 .pt/.pth(torch.save) 파일의 텐서와 ConvTranspose2d 후보를
      JSON으로 나열합니다. 설정에서는 그중 어떤 텐서든 {&quot;model&quot;: &quot;MODEL&quot;, &quot;tensor&quot;: &quot;NAME&quot;}으로
      쓸 수 있습니다. `scatterboard inspect --help`를 보세요.
  scatterboard convert CONFIG.json --to keras|jax|onnx
      같은 레이어를 Keras, JAX 또는 ONNX로 만드는 Python 스크립트를 인쇄하며, 크기 규칙이
      PyTorch와 다른 곳에는 주석을 답니다. `scatterboard convert --help`를 보세요.
  scatterboard solve --from H --to H2 [--max-kernel K] [--max-stride S] [--max-dilation D] [--limit N] [--json]
      크기 H를 H2로 만드는 모든 kernel_size, stride, padding, output_padding, dilation을
      겹침이 고른 것(체커보드 없음)부터 나열합니다. `scatterboard solve --help`를 보세요.
  --help, -h     이 도움말
  --help-all     창의 옵션과 Qt 자체 옵션
  --version, -v  버전

종료 상태: 성공하면 0, 설정이나 명령줄이 잘못되면 2, 그 밖의 경우 1.
</translation>
    </message>
</context>
<context>
    <name>sb::ComputeCommand</name>
    <message>
        <source>compute: unknown option &apos;%1&apos;</source>
        <translation>compute: 알 수 없는 옵션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>compute: %1 takes no value</source>
        <translation>compute: %1은(는) 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>compute: missing CONFIG.json</source>
        <translation>compute: CONFIG.json이 없습니다</translation>
    </message>
    <message>
        <source>compute: expected one CONFIG.json, got %1: %2</source>
        <translation>compute: CONFIG.json은 하나여야 하는데 %1개가 주어졌습니다: %2</translation>
    </message>
    <message>
        <source>usage: scatterboard compute CONFIG.json [--overlap] [--contributions]
</source>
        <translation>사용법: scatterboard compute CONFIG.json [--overlap] [--contributions]
</translation>
    </message>
    <message>
        <source>%1: the layer makes %2 contributions (N·C_in·H·W·C_out/groups·kH·kW multiply-adds), more than compute&apos;s limit of %3 (about half a minute on two cores); PyTorch would compute it, slowly</source>
        <translation>%1: 이 레이어는 기여 %2개(N·C_in·H·W·C_out/groups·kH·kW번의 곱셈-덧셈)를 만들어 compute의 한도 %3(코어 두 개에서 약 30초)을 넘습니다. PyTorch라면 느리게나마 계산할 것입니다</translation>
    </message>
    <message>
        <source>over 2^63</source>
        <extracomment>a number of contributions too large to count</extracomment>
        <translation>2^63 초과</translation>
    </message>
    <message>
        <source>%1: --contributions would list %2 contributions, more than the limit of %3; leave it out or use a smaller layer</source>
        <translation>%1: --contributions는 기여 %2개를 나열하게 되어 한도 %3을 넘습니다. 이 옵션을 빼거나 더 작은 레이어를 쓰세요</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>출력을 쓸 수 없습니다</translation>
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
창을 열지 않고, CONFIG.json이 설명하는 레이어와 입력에 대해 torch.nn.ConvTranspose2d
(PyTorch 1.13)가 돌려주는 값을 계산하여 JSON 객체 하나로 인쇄합니다:
  output_shape     출력의 크기, PyTorch가 보고하는 그대로
  output_padding   실제로 쓰인 [h, w] (output_size가 주어지면 그것으로부터 정해짐)
  full_size        padding으로 자르기 전, 전체 버퍼의 [h, w]
                   (ConvTranspose1d: 둘 다 [l]이고, 아래 overlap은 한 행입니다)
  output           출력 값, output_shape 모양의 중첩 리스트
  overlap          --overlap일 때: 각 출력 셀에 한 입력 채널의 (입력 원소, 커널 탭) 쌍이
                   몇 개 떨어지는지 (체커보드 무늬)
  contributions    --contributions일 때: 산포의 모든 항 x[n,ci,iy,ix] * w[ci,co,ky,kx]와
                   그 위치: y, x는 전체 버퍼에서, oy, ox는 출력에서의 위치,
                   kept = padding 자르기가 그것을 남겼는지. 최대 1000000개.
NaN과 무한대는 문자열 &quot;nan&quot;, &quot;inf&quot;, &quot;-inf&quot;로 씁니다.
PyTorch가 오류를 낼 경우 그 메시지를 그대로 stderr에 인쇄하며, 종료 상태는 2입니다.

한도(무엇이든 할당하기 전에 검사): 설정 파일은 최대 64 MB; 텐서(input, weight, output,
각 &quot;stack&quot; 레이어의 출력)는 최대 2^28 원소; 곱셈-덧셈은 최대 2^35번
(N·C_in·H·W·C_out/groups·kH·kW). 출력은 계산되는 대로 쓰이므로, 허용되는 가장 큰
레이어의 메모리 최고치는 약 4.2 GB(16384×16384 커널, 또는 input과 weight를 합쳐
2^28 원소)이며, 코어 두 개에서 15–25 s 걸립니다.

설정 키(PyTorch의 인자 이름):
  in_channels, out_channels  정수; 기본값: weight의 모양에서
  kernel_size                정수 또는 [h, w]; 기본값: weight의 모양에서
  stride                     정수 또는 [h, w]; 기본값 1
  padding                    정수 또는 [h, w]; 기본값 0
  output_padding             정수 또는 [h, w]; 기본값 0
  dilation                   정수 또는 [h, w]; 기본값 1
  groups                     정수; 기본값 1
  bias                       false(여기서의 기본값, PyTorch 모듈과 다름: 설정은 그림을
                             설명하므로), true(모두 0) 또는 out_channels개 숫자의 리스트
  output_size                forward()에 넘기는 선택적 정수 리스트: [H, W], 또는 입력의
                             앞쪽 크기를 포함한 것(원소 3개 또는 4개)
  input (required)           중첩 리스트: H x W(한 채널, 배치 없음), C x H x W
                             (배치 없음) 또는 N x C x H x W
  weight (required)          중첩 리스트 (in_channels, out_channels/groups, kH, kW), 또는
                             in_channels = out_channels = 1일 때 kH x kW
  stack                      선택, stack 보기용: 이 레이어 뒤에 적용되는 1~3개 레이어,
                             각각 한 채널 ConvTranspose2d의 {&quot;kernel_size&quot;, &quot;stride&quot;,
                             &quot;padding&quot;, &quot;output_padding&quot;, &quot;dilation&quot;, &quot;weight&quot;}(weight
                             기본값: 모두 1); compute는 무시합니다
  name, description          선택적 텍스트, 설정을 저장할 때 유지됨
  _anything                  무시됨: &quot;_&quot;로 시작하는 키는 주석입니다
중첩 리스트 안의 숫자는 문자열 &quot;nan&quot;, &quot;inf&quot;, &quot;-inf&quot;일 수도 있습니다.

input과 weight는 중첩 리스트 대신 채우기 객체일 수도 있습니다:
  {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;ones&quot;}
  fill: &quot;zeros&quot;, &quot;ones&quot;, &quot;arange&quot;(&quot;start&quot;부터 셈, 기본값 0), &quot;random&quot;([-1, 1)에서 균등,
  소수 둘째 자리까지, &quot;seed&quot;로부터, 기본값 0) 또는 &quot;impulse&quot;(각 평면의 가운데가 1).
  모양은 torch.ones(shape)처럼 적힌 그대로 씁니다. in_channels, out_channels,
  kernel_size가 모두 주어지면 weight의 모양은 생략할 수 있습니다.

또는 NumPy 파일, 예를 들어 학습된 디코더의 한 레이어: {&quot;npy&quot;: &quot;weights/up1.npy&quot;}
  float32 또는 float64, C 순서; weight의 모양은 (in_channels, out_channels/groups, kH, kW).
  상대 경로는 설정 파일의 폴더에서 시작합니다.

예: seed 004의 문제(6, 12, 14, 12로 시작하는 8x8 출력을 인쇄):
  {&quot;kernel_size&quot;: 4, &quot;stride&quot;: 2, &quot;padding&quot;: 1,
   &quot;input&quot;: {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;ones&quot;},
   &quot;weight&quot;: {&quot;shape&quot;: [1, 1, 4, 4], &quot;fill&quot;: &quot;arange&quot;, &quot;start&quot;: 1}}

종료 상태: 성공하면 0, 설정이나 명령줄이 잘못되면 2, 그 밖의 경우 1.
</translation>
    </message>
    <message>
        <source>reading %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>%1 읽기</translation>
    </message>
    <message>
        <source>computing and writing the output of %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>%1의 출력 계산 및 쓰기</translation>
    </message>
    <message>
        <source>not enough memory while %1</source>
        <extracomment>%1 what was being done, e.g. &quot;computing and writing the output of x.json&quot;</extracomment>
        <translation>%1 중 메모리가 부족합니다</translation>
    </message>
</context>
<context>
    <name>sb::ConfigReader</name>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (%1을(를) 의도하셨나요?)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>expected a JSON object holding the layer&apos;s arguments, got a list</source>
        <translation>레이어의 인자를 담은 JSON 객체가 필요한데 리스트가 주어졌습니다</translation>
    </message>
    <message>
        <source>unknown key %1%2</source>
        <extracomment>%2 is empty or a hint such as &apos; (did you mean &quot;stride&quot;?)&apos;</extracomment>
        <translation>알 수 없는 키 %1%2</translation>
    </message>
    <message>
        <source>unknown key %1%2 in the fill object</source>
        <extracomment>%2 is empty or a hint such as &apos; (did you mean &quot;shape&quot;?)&apos;</extracomment>
        <translation>채우기 객체에 알 수 없는 키 %1%2이(가) 있습니다</translation>
    </message>
    <message>
        <source>%1 is out of range: the output size (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 would overflow 64 bits (PyTorch computes a wrong size there); expected an integer between %2 and %3</source>
        <extracomment>the formula and the argument names are PyTorch&apos;s; keep them as they are</extracomment>
        <translation>%1은(는) 범위를 벗어납니다: 출력 크기 (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1이 64비트를 넘칩니다(PyTorch는 이때 잘못된 크기를 계산합니다). %2에서 %3 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>정수가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected an integer between %1 and %2, got %3</source>
        <translation>%1에서 %2 사이의 정수가 필요한데 %3이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected an integer or a list of two integers, got %1</source>
        <translation>정수 또는 정수 두 개의 리스트가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>문자열이 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a list of integers, got %1</source>
        <translation>정수 리스트가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a number at [%1], got %2</source>
        <translation>[%1]에 숫자가 필요한데 %2이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a list of 1 to %1 layer objects (the layers after this one), got %2</source>
        <translation>1~%1개의 레이어 객체 리스트(이 레이어 뒤의 레이어들)가 필요한데 %2이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>%1: unknown key %2%3</source>
        <extracomment>%1 is stack[i]; %3 is empty or a hint such as &apos; (did you mean &quot;stride&quot;?)&apos;</extracomment>
        <translation>%1: 알 수 없는 키 %2%3</translation>
    </message>
    <message>
        <source>unknown key %1 beside &quot;npy&quot; (an .npy reference holds only the file&apos;s path)</source>
        <translation>&quot;npy&quot; 옆에 알 수 없는 키 %1이(가) 있습니다(.npy 참조에는 파일 경로만 들어갑니다)</translation>
    </message>
    <message>
        <source>expected the path of a .npy file, got %1</source>
        <translation>.npy 파일의 경로가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>nested lists are ragged at %1</source>
        <translation>중첩 리스트의 길이가 %1에서 어긋납니다</translation>
    </message>
    <message>
        <source>expected a number (or &quot;nan&quot;, &quot;inf&quot;, &quot;-inf&quot;) at %1, got %2</source>
        <translation>%1에 숫자(또는 &quot;nan&quot;, &quot;inf&quot;, &quot;-inf&quot;)가 필요한데 %2이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>the fill object is missing key &quot;fill&quot;</source>
        <translation>채우기 객체에 키 &quot;fill&quot;이 없습니다</translation>
    </message>
    <message>
        <source>unknown fill %1; expected &quot;zeros&quot;, &quot;ones&quot;, &quot;arange&quot;, &quot;random&quot; or &quot;impulse&quot;</source>
        <translation>알 수 없는 채우기 %1; &quot;zeros&quot;, &quot;ones&quot;, &quot;arange&quot;, &quot;random&quot;, &quot;impulse&quot; 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>expected a non-negative integer, got %1</source>
        <translation>음이 아닌 정수가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>숫자가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>the fill object is missing key &quot;shape&quot; (it may be left out when in_channels, out_channels and kernel_size are all given)</source>
        <translation>채우기 객체에 키 &quot;shape&quot;가 없습니다(in_channels, out_channels, kernel_size가 모두 주어지면 생략할 수 있습니다)</translation>
    </message>
    <message>
        <source>the fill object is missing key &quot;shape&quot;</source>
        <translation>채우기 객체에 키 &quot;shape&quot;가 없습니다</translation>
    </message>
    <message>
        <source>extent %1 at [%2] is negative</source>
        <translation>[%2]의 크기 %1이(가) 음수입니다</translation>
    </message>
    <message>
        <source>%1 has more than the limit of %2 elements</source>
        <extracomment>%1 is a shape such as [1, 1, 4, 4]</extracomment>
        <translation>%1의 원소 수가 한도 %2개를 넘습니다</translation>
    </message>
    <message>
        <source>%1 has %2 elements, more than the limit of %3 elements</source>
        <extracomment>%1 is a shape such as [1, 1, 4, 4]</extracomment>
        <translation>%1에는 원소가 %2개 있어 한도 %3개를 넘습니다</translation>
    </message>
    <message>
        <source>the key appears twice in one object; give it once</source>
        <translation>이 키가 한 객체 안에 두 번 나옵니다. 한 번만 쓰세요</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>키 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>a 2-D weight stands for (1, 1, kH, kW), which needs in_channels = out_channels = 1; give 4 dimensions (in_channels, out_channels/groups, kH, kW)</source>
        <translation>2차원 weight는 (1, 1, kH, kW)를 뜻하며, 이는 in_channels = out_channels = 1이어야 합니다. 4차원 (in_channels, out_channels/groups, kH, kW)으로 주세요</translation>
    </message>
    <message>
        <source>expected 4 dimensions (in_channels, out_channels/groups, kH, kW), got shape %1</source>
        <translation>4차원 (in_channels, out_channels/groups, kH, kW)이 필요한데 모양이 %1입니다</translation>
    </message>
    <message>
        <source>the output would have shape %1, more than the limit of %2 elements</source>
        <translation>출력의 모양이 %1이(가) 되어 한도 %2개 원소를 넘습니다</translation>
    </message>
    <message>
        <source>expected a 1-dimensional bias, got shape %1</source>
        <translation>1차원 bias가 필요한데 모양이 %1입니다</translation>
    </message>
    <message>
        <source>expected false, true, a list of out_channels numbers or {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}, got %1</source>
        <translation>false, true, out_channels개 숫자의 목록 또는 {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}이 필요한데 %1입니다</translation>
    </message>
    <message>
        <source>expected nested lists of numbers, a fill object, {&quot;npy&quot;: &quot;file.npy&quot;} or {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}, got %1</source>
        <translation>중첩된 숫자 목록, 채우기 객체, {&quot;npy&quot;: &quot;file.npy&quot;} 또는 {&quot;model&quot;: &quot;file&quot;, &quot;tensor&quot;: &quot;name&quot;}이 필요한데 %1입니다</translation>
    </message>
    <message>
        <source>unknown key %1 beside &quot;model&quot; (a model reference holds the file&apos;s path and the tensor&apos;s name)</source>
        <translation>&quot;model&quot; 옆에 알 수 없는 키 %1이 있습니다(모델 참조에는 파일 경로와 텐서 이름만 들어갑니다)</translation>
    </message>
    <message>
        <source>expected the path of a .safetensors, .npz or .pt file, got %1</source>
        <translation>.safetensors, .npz 또는 .pt 파일의 경로가 필요한데 %1입니다</translation>
    </message>
    <message>
        <source>expected the name of a tensor in the model (scatterboard inspect lists them), got %1</source>
        <translation>모델 안 텐서의 이름이 필요한데(scatterboard inspect가 목록을 보여 줍니다) %1입니다</translation>
    </message>
    <message>
        <source>expected an integer or a list of one integer (ConvTranspose1d), got %1</source>
        <extracomment>ConvTranspose1d is PyTorch&apos;s class name; keep it</extracomment>
        <translation>정수 또는 정수 하나의 리스트(ConvTranspose1d)가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected &quot;ConvTranspose2d&quot; or &quot;ConvTranspose1d&quot;, got %1</source>
        <extracomment>the module names are PyTorch&apos;s; keep them</extracomment>
        <translation>&quot;ConvTranspose2d&quot; 또는 &quot;ConvTranspose1d&quot;가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>%1: expected an object of %2 arguments, got %3</source>
        <extracomment>%2 is ConvTranspose2d or ConvTranspose1d</extracomment>
        <translation>%1: %2 인자의 객체가 필요한데 %3이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>a 1-D weight stands for (1, 1, kernel_size), which needs in_channels = out_channels = 1; give 3 dimensions (in_channels, out_channels/groups, kernel_size)</source>
        <translation>1차원 weight는 (1, 1, kernel_size)를 뜻하므로 in_channels = out_channels = 1이어야 합니다. 3개 차원 (in_channels, out_channels/groups, kernel_size)으로 주십시오</translation>
    </message>
    <message>
        <source>expected 3 dimensions (in_channels, out_channels/groups, kernel_size), got shape %1</source>
        <translation>3개 차원 (in_channels, out_channels/groups, kernel_size)이 필요한데 형태 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>tensor %1 of %2 holds %3 values (a buffer such as a mask or a counter), not floating point ones: a layer&apos;s input, weight and bias are float</source>
        <extracomment>%1 a tensor&apos;s name, %2 its dtype such as uint8</extracomment>
        <translation>%2의 텐서 %1은(는) 부동소수점이 아닌 %3 값을 담고 있습니다(마스크나 카운터 같은 버퍼): 층의 입력, 가중치, 편향은 부동소수점입니다</translation>
    </message>
</context>
<context>
    <name>sb::ConfigWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>sb::Console</name>
    <message>
        <source>Try &apos;%1&apos; for more information.
</source>
        <extracomment>%1 is a command such as &quot;scatterboard --help&quot;</extracomment>
        <translation>자세한 내용은 &apos;%1&apos;을(를) 실행해 보세요.
</translation>
    </message>
</context>
<context>
    <name>sb::ConvertCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing CONFIG.json</source>
        <translation>CONFIG.json이 없습니다</translation>
    </message>
    <message>
        <source>expected one CONFIG.json, got %1</source>
        <translation>CONFIG.json은 하나여야 하는데 %1개가 주어졌습니다</translation>
    </message>
    <message>
        <source>--to: expected %1, got &apos;%2&apos;</source>
        <translation>--to: %1 중 하나가 필요한데 &apos;%2&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>usage: scatterboard convert CONFIG.json --to keras|jax|onnx
</source>
        <translation>사용법: scatterboard convert CONFIG.json --to keras|jax|onnx
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
CONFIG.json의 레이어를 가중치와 입력까지 그대로 다른 프레임워크에서 만들고 출력을 NCHW로
보여 주는 Python 스크립트를 인쇄합니다. `scatterboard compute`의 결과와 비교할 수 있습니다:
  keras  tf.keras.layers.Conv2DTranspose(channels_last; PyTorch의 padding이 &apos;same&apos;보다 더
         잘라내는 곳에는 Cropping2D 추가); groups 미지원
  jax    명시적 padding과 transpose_kernel=True를 쓴 jax.lax.conv_transpose; groups 미지원
  onnx   conv_transpose.onnx로 저장되는 ONNX ConvTranspose 모델(onnxruntime이 있으면 실행)
각 스크립트는 그 프레임워크 자체의 padding 모드가 다른 크기를 내는 곳을 주석으로 알려 줍니다
(Keras와 ONNX의 &apos;same&apos;은 입력 크기 × stride). 인자는 각 프레임워크가 공개한 크기 규칙을
따릅니다. Scatterboard는 TensorFlow, JAX, ONNX를 실행하지 않습니다.
</translation>
    </message>
    <message>
        <source>reading %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>%1 읽기</translation>
    </message>
    <message>
        <source>writing the %1 script of %2</source>
        <extracomment>%1 Keras, JAX or ONNX; %2 a config file</extracomment>
        <translation>%2의 %1 스크립트 쓰기</translation>
    </message>
</context>
<context>
    <name>sb::DocumentController</name>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>This configuration makes %1 contributions (N·C_in·H·W·C_out/groups·kH·kW), more than the %2 Scatterboard records. PyTorch computes it; to see it here, make the input, the channels or the kernel smaller.</source>
        <translation>이 설정은 기여 %1개(N·C_in·H·W·C_out/groups·kH·kW)를 만들어 Scatterboard가 기록하는 %2개를 넘습니다. PyTorch는 계산할 수 있습니다. 여기서 보려면 입력, 채널 수 또는 커널을 줄이세요.</translation>
    </message>
    <message>
        <source>Recording %L1 contributions</source>
        <translation>기여 %L1개를 기록하는 중</translation>
    </message>
    <message>
        <source>There is not enough memory to record this configuration&apos;s %L1 contributions.</source>
        <translation>이 설정의 기여 %L1개를 기록할 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>This document has no file yet; choose one with Save As.</source>
        <translation>이 문서에는 아직 파일이 없습니다. 다른 이름으로 저장으로 파일을 고르세요.</translation>
    </message>
    <message>
        <source>last session</source>
        <translation>지난 세션</translation>
    </message>
</context>
<context>
    <name>sb::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the picture as PNG, SVG or PDF, or the animation as GIF or numbered PNG frames</source>
        <translation>그림을 PNG, SVG, PDF로, 또는 애니메이션을 GIF나 번호 붙은 PNG 프레임으로 저장합니다</translation>
    </message>
    <message>
        <source>Copy &amp;Frame</source>
        <translation>프레임 복사(&amp;F)</translation>
    </message>
    <message>
        <source>Copy the picture as it is now to the clipboard, as an image</source>
        <translation>지금 보이는 그림을 이미지로 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Writing %1: frame %2 of %3</source>
        <translation>%1 쓰는 중: 프레임 %2 / %3</translation>
    </message>
    <message>
        <source>Copied the frame (%1 × %2 px)</source>
        <translation>프레임을 복사했습니다(%1 × %2 px)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Exported %1 frames as %2 …</source>
        <translation>프레임 %1개를 %2 …(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>내보내기를 취소했습니다: 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Exported %1 (%2 × %3 px, 1 frame)</source>
        <translation>%1을(를) 내보냈습니다(%2 × %3 px, 프레임 1개)</translation>
    </message>
    <message>
        <source>Exported %1 (%2 × %3 px, %4 frames)</source>
        <translation>%1을(를) 내보냈습니다(%2 × %3 px, 프레임 %4개)</translation>
    </message>
</context>
<context>
    <name>sb::ExportCommand</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1은(는) 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;: the views are %2</source>
        <translation>알 수 없는 보기 &apos;%1&apos;: 보기는 %2입니다</translation>
    </message>
    <message>
        <source>--step: expected a step number (0, 1, 2, ...), got &apos;%1&apos;</source>
        <translation>--step: 단계 번호(0, 1, 2, ...)가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--steps: expected a range of steps like 2-7, got &apos;%1&apos;</source>
        <translation>--steps: 2-7 같은 단계 범위가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>%1: expected a positive number, got &apos;%2&apos;</source>
        <translation>%1: 양수가 필요한데 &apos;%2&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--fps: expected a positive number, got &apos;%1&apos;</source>
        <translation>--fps: 양수가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--loop: expected 0 (forever) or a number of plays up to 65536, got &apos;%1&apos;</source>
        <translation>--loop: 0(무한 반복) 또는 65536 이하의 재생 횟수가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--theme: expected light or dark, got &apos;%1&apos;</source>
        <translation>--theme: light 또는 dark가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--palette: expected %1 or %2, got &apos;%3&apos;</source>
        <translation>--palette: %1 또는 %2가 필요한데 &apos;%3&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--kernel: expected ones, bilinear, random, random:SEED or a .npy file</source>
        <translation>--kernel: ones, bilinear, random, random:SEED 또는 .npy 파일이 필요합니다</translation>
    </message>
    <message>
        <source>--plane: expected n,co (batch element, output channel) like 0,1, got &apos;%1&apos;</source>
        <translation>--plane: 0,1 같은 n,co(배치 원소, 출력 채널)가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>%1: give only one of --step, --steps and --all</source>
        <translation>%1: --step, --steps, --all 중 하나만 주세요</translation>
    </message>
    <message>
        <source>give only one of --scale and --dpi</source>
        <translation>--scale과 --dpi 중 하나만 주세요</translation>
    </message>
    <message>
        <source>missing CONFIG.json</source>
        <translation>CONFIG.json이 없습니다</translation>
    </message>
    <message>
        <source>expected one CONFIG.json, got %1: %2</source>
        <translation>CONFIG.json은 하나여야 하는데 %1개가 주어졌습니다: %2</translation>
    </message>
    <message>
        <source>missing --out FILE (its extension chooses the format)</source>
        <translation>--out FILE이 없습니다(확장자가 형식을 정합니다)</translation>
    </message>
    <message>
        <source>--image and --kernel are for --view image</source>
        <translation>--image와 --kernel은 --view image에만 씁니다</translation>
    </message>
    <message>
        <source>wrote %1: a PyTorch script that builds this layer and prints its output
</source>
        <translation>%1을(를) 썼습니다: 이 레이어를 만들고 출력을 인쇄하는 PyTorch 스크립트
</translation>
    </message>
    <message>
        <source>%1 files %2 … %3</source>
        <extracomment>the first and the last of the numbered frame files written</extracomment>
        <translation>파일 %1개 %2 … %3</translation>
    </message>
    <message>
        <source>wrote %1: %2×%3 px, 1 frame, %4, in %5 s
</source>
        <extracomment>%1 the file(s) written, %2×%3 the picture&apos;s size in pixels, %4 its size on disk, %5 seconds</extracomment>
        <translation>%1을(를) 썼습니다: %2×%3 px, 프레임 1개, %4, %5 s 걸림
</translation>
    </message>
    <message>
        <source>wrote %1: %2×%3 px, %4 frames, %5, in %6 s
</source>
        <extracomment>%1 the file(s) written, %2×%3 the picture&apos;s size in pixels, %4 the number of frames, %5 the size on disk, %6 seconds</extracomment>
        <translation>%1을(를) 썼습니다: %2×%3 px, 프레임 %4개, %5, %6 s 걸림
</translation>
    </message>
    <message>
        <source>%1: not enough memory to draw this layer</source>
        <translation>%1: 이 레이어를 그릴 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>--%1 is not for a lesson: each slide names its view and its steps</source>
        <translation>--%1은(는) 수업에 쓸 수 없습니다: 각 슬라이드가 자신의 보기와 단계를 정합니다</translation>
    </message>
    <message>
        <source>--title-page is for a lesson&apos;s PDF handout</source>
        <translation>--title-page는 수업의 PDF 유인물에만 씁니다</translation>
    </message>
    <message>
        <source>a lesson exports to a .pdf handout or to a folder of slides (deck/), not %1</source>
        <translation>수업은 %1이(가) 아니라 .pdf 유인물이나 슬라이드 폴더(deck/)로 내보냅니다</translation>
    </message>
    <message>
        <source>--scale: expected %1 to %2, got %3</source>
        <translation>--scale: %1에서 %2 사이의 값이 필요한데 %3이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--fps: expected %1 to %2, got %3</source>
        <translation>--fps: %1에서 %2 사이의 값이 필요한데 %3이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>wrote %1: a handout of %2 pages, in %3 s
</source>
        <extracomment>%1 the PDF written, %2 its number of pages, %3 seconds</extracomment>
        <translation>%1을(를) 썼습니다: %2페이지짜리 유인물, %3 s 걸림
</translation>
    </message>
    <message>
        <source>wrote %1: %2 slides (%3), in %4 s
</source>
        <extracomment>%1 the folder, %2 how many files, %3 their names, %4 seconds</extracomment>
        <translation>%1을(를) 썼습니다: 슬라이드 %2개(%3), %4 s 걸림
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
        <translation>사용법: scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all]
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
창이나 디스플레이 없이, 창이 CONFIG.json에 대해 보여 주는 것을 FILE에 그립니다. FILE의
확장자가 형식을 정합니다:
  .png   그림(래스터); --transparent는 배경을 뺍니다
  .py    같은 레이어를 만들고 출력을 인쇄하는 PyTorch 스크립트(그림을 확인하는 용도)
  .svg   그림(벡터, 텍스트는 텍스트로 유지)
  .pdf   그림(벡터), 그림 크기의 한 페이지
  .gif   단계 범위의 애니메이션, 창에서처럼 미끄러지고 페이드됩니다
  frames/frame-%04d.png처럼 프레임 번호가 들어간 이름: 같은 애니메이션을 번호 붙은 PNG
         파일 frame-0001.png, frame-0002.png, ...(%d는 0 채움 없음)로, 이미 있는 폴더에
         씁니다. --fps로 동영상을 만들 때 씁니다. 같은 패턴의 프레임이 이미 있는 폴더는
         거부됩니다(먼저 지우세요): 두 번의 내보내기 프레임이 섞이는 일은 없습니다
FILE은 새 이름이거나 일반 파일이며, 일반 파일은 통째로 바뀝니다(심볼릭 링크라면 링크의
대상이 바뀝니다). 장치, FIFO, 소켓, 폴더와 내보내기가 읽는 모든 파일(설정, 사진, .npy)은
작업 전에 거부됩니다. 완전히 쓸 수 없는 파일(디스크가 가득 참)은 남지 않으며, 그 파일이
바꾸려던 파일은 그대로 남습니다.

보기(--view, 기본값 @DEFAULT@):
@VIEWS@
어떤 단계(단계 0이 시작; `scatterboard CONFIG.json --step N`은 그 단계에서 창을 엽니다):
  --step N       한 단계; 그림의 기본값은 마지막 단계(완성된 출력)
  --steps A-B    단계 A부터 B까지, 애니메이션용
  --all          모든 단계; 애니메이션의 기본값

  --scale S      월드 단위당 픽셀 수(셀 하나는 40단위), @MINSCALE@~@MAXSCALE@, 기본값 1; PNG는 96·S dpi를 기록하여
                 어떤 배율에서도 같은 크기로 인쇄됩니다; SVG와 PDF 페이지 크기도 똑같이 정합니다
  --dpi D        --scale D/96과 같음(@MINDPI@~@MAXDPI@)
  --fps F        애니메이션의 초당 프레임 수, @MINFPS@~@MAXFPS@, 기본값 20: 창에서처럼 한 단계가 @STEP@ s
                 동안 미끄러져 들어오고, GIF는 그 단계에서 @HOLD@ s 머뭅니다(마지막 프레임은 @FINAL@ s)
  --loop N       GIF: 0은 무한 반복(기본값), N은 N번 재생
  --theme T      light(기본값) 또는 dark
  --palette P    입력 원소 색: vivid(기본값) 또는 colorblind(Okabe-Ito)
  --transparent  배경 없음(PNG, SVG, GIF; PDF 페이지는 흰색 유지)
  --heatmap      scatter 보기의 출력을 겹침에 따라 칠함, 창의 H 키와 같음
  --plane n,co   따라갈 출력 평면(배치 원소, 출력 채널), 기본값 0,0
  --per-tap      커널 탭마다 한 단계, 창의 T 키와 같음

이미지 보기(--view image)는 설정의 kernel_size, stride, padding, output_padding,
dilation을 사진에 적용하며, 색 채널마다 따로 계산합니다:
  --image PHOTO  PNG 또는 JPEG(기본값: 내장된 96×64 테스트 사진); 한 변이 @MAXSIDE@
                 픽셀보다 큰 사진은 먼저 그 크기로 줄입니다
  --kernel K     ones(모두 1), bilinear(FCN의 쌍선형 업샘플링 커널), random 또는 random:SEED
                 ([-1, 1)에서 균등, 같은 seed면 어디서나 같음), 또는 FILE.npy: 모든 채널에
                 쓰는 모양 (1, 1, kH, kW)의 float32/float64 weight, 또는 레이어 전체로 쓰는
                 (3, 3/groups, kH, kW); 그 kH×kW가 kernel_size를 대신합니다. 기본값: 설정의
                 weight가 (1, 1, kH, kW) 평면 하나이면 그것, 아니면 ones

수업 파일(&quot;lesson&quot;과 &quot;slides&quot;를 담은 JSON 객체, 창의 수업 메뉴가 저장하는 형식)은
통째로 내보내며, 각 슬라이드가 자신의 보기와 단계를 정합니다:
  --out handout.pdf  PDF 유인물: 슬라이드마다 A4 한 페이지에 그 슬라이드 단계의 그림
                     (범위라면 마지막 단계), 제목, 설명, 그리고 질문과
                     답; --title-page(또는 수업의 &quot;title_page&quot;: true)는 제목, 부제,
                     목차가 담긴 첫 페이지를 더합니다
  --out deck/        슬라이드마다 파일 하나(01-TITLE.png, 단계 범위를 재생하는 슬라이드는
                     01-TITLE.gif)를 담는 폴더(없으면 만듦); 이미 있는 파일은
                     절대 바꾸지 않습니다(내보내기가 거부됩니다)
수업 파일:
  {&quot;lesson&quot;: &quot;TITLE&quot;, &quot;subtitle&quot;: &quot;...&quot;, &quot;title_page&quot;: true,
   &quot;slides&quot;: [{&quot;title&quot;: &quot;...&quot;, &quot;caption&quot;: &quot;a few lines&quot;, &quot;view&quot;: &quot;scatter&quot;,
               &quot;step&quot;: 5 | &quot;steps&quot;: &quot;0-18&quot;,
               &quot;highlights&quot;: [{&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: &quot;...&quot;}],
               &quot;quiz&quot;: &quot;shape&quot; | {&quot;ask&quot;: &quot;value&quot; | &quot;contributions&quot; | &quot;contributors&quot;, &quot;cell&quot;: [row, column]},
               &quot;config&quot;: {...a config...} | &quot;relative/path.json&quot; | &quot;preset:seed004-k4-s2-p1&quot;}]}
&quot;step&quot;이나 &quot;steps&quot;가 없으면 슬라이드는 보기의 마지막 단계, 즉 완성된 그림을 보여 줍니다.

쓴 것을 stdout에 인쇄합니다. 오류(PyTorch 메시지가 붙은 잘못된 설정, 알 수 없는 보기나
확장자, 범위를 벗어난 단계, 쓸 수 없는 경로, 읽을 수 없는 사진이나
커널)는 stderr로 갑니다.
종료 상태: 성공하면 0, 설정, 명령줄 또는 출력 경로가 잘못되면 2, 그 밖의 경우 1.
</translation>
    </message>
    <message>
        <source>exporting the lesson %1</source>
        <extracomment>%1 a lesson file</extracomment>
        <translation>수업 %1 내보내기</translation>
    </message>
    <message>
        <source>reading %1</source>
        <extracomment>%1 a config file</extracomment>
        <translation>%1 읽기</translation>
    </message>
    <message>
        <source>writing the script %1</source>
        <extracomment>%1 the script&apos;s path</extracomment>
        <translation>스크립트 %1 쓰기</translation>
    </message>
    <message>
        <source>drawing %1</source>
        <extracomment>%1 the file being written</extracomment>
        <translation>%1 그리기</translation>
    </message>
</context>
<context>
    <name>sb::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Pixels per world unit: a cell is 40 units. A PNG records 96 × scale dpi.</source>
        <translation>월드 단위당 픽셀 수: 셀 하나는 40단위입니다. PNG는 96 × 배율 dpi를 기록합니다.</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Frames per second while a step slides in, as in the window</source>
        <translation>한 단계가 미끄러져 들어오는 동안의 초당 프레임 수, 창에서와 같음</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>무한 반복</translation>
    </message>
    <message>
        <source> plays</source>
        <translation> 회</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>투명한 배경</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>배율:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>프레임 속도:</translation>
    </message>
    <message>
        <source>Loop:</source>
        <translation>반복:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>Numbered PNG frames (*.png)</source>
        <translation>번호 붙은 PNG 프레임 (*.png)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Nothing to draw.</source>
        <translation>그릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>Current step (%1)</source>
        <translation>현재 단계(%1)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>one page, %1 × %2 pt (%3 × %4 mm)</source>
        <translation>한 페이지, %1 × %2 pt(%3 × %4 mm)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source> (vector)</source>
        <translation> (벡터)</translation>
    </message>
    <message>
        <source>, 1 frame</source>
        <translation>, 프레임 1개</translation>
    </message>
    <message>
        <source>, %1 frames</source>
        <translation>, 프레임 %1개</translation>
    </message>
    <message>
        <source>, %1 s long</source>
        <translation>, 길이 %1 s</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1이(가) 이미 있습니다. 바꿀까요?</translation>
    </message>
</context>
<context>
    <name>sb::ExportJob</name>
    <message>
        <source>only step 0</source>
        <translation>단계 0뿐</translation>
    </message>
    <message>
        <source>steps 0–%1</source>
        <translation>단계 0–%1</translation>
    </message>
    <message>
        <source>nothing to draw: the layer&apos;s batch is empty</source>
        <translation>그릴 것이 없습니다: 레이어의 배치가 비어 있습니다</translation>
    </message>
    <message>
        <source>plane n=%1, co=%2 is out of range: the layer has n 0–%3 and co 0–%4</source>
        <translation>평면 n=%1, co=%2은(는) 범위를 벗어납니다: 이 레이어의 n은 0–%3, co는 0–%4입니다</translation>
    </message>
    <message>
        <source>step %1 is out of range: the %2 view of this layer has %3</source>
        <translation>단계 %1은(는) 범위를 벗어납니다(이 레이어의 %2 보기: %3)</translation>
    </message>
    <message>
        <source>steps %1-%2: the first step comes after the last</source>
        <translation>단계 %1-%2: 첫 단계가 마지막 단계보다 뒤에 있습니다</translation>
    </message>
    <message>
        <source>%1 draws one step, not steps %2–%3: give one step, or export the range as .gif or as numbered frames (%4)</source>
        <extracomment>%1 is a format (PNG, SVG, PDF); %4 is the file name pattern frame-%04d.png</extracomment>
        <translation>%1은(는) 단계 %2–%3이 아니라 한 단계만 그립니다: 한 단계를 주거나, 범위를 .gif 또는 번호 붙은 프레임(%4)으로 내보내세요</translation>
    </message>
    <message>
        <source>scale %1 is out of range: between %2 and %3</source>
        <translation>배율 %1은(는) 범위를 벗어납니다: %2에서 %3 사이여야 합니다</translation>
    </message>
    <message>
        <source>%1 frames per second is out of range: between %2 and %3</source>
        <translation>초당 %1 프레임은 범위를 벗어납니다: %2에서 %3 사이여야 합니다</translation>
    </message>
    <message>
        <source>loop %1 is out of range: 0 (forever) to 65536 plays</source>
        <translation>반복 %1은(는) 범위를 벗어납니다: 0(무한 반복)에서 65536회까지입니다</translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large (at most %3 on a side): use a smaller scale, or SVG or PDF</source>
        <translation>%1×%2 픽셀은 너무 큽니다(한 변 최대 %3): 더 작은 배율이나 SVG 또는 PDF를 쓰세요</translation>
    </message>
    <message>
        <source>the picture spans about %L1 cells, too many for a vector file (at most %L2): export a PNG, at a smaller --scale if needed</source>
        <translation>그림이 셀 약 %L1개에 걸쳐 있어 벡터 파일로는 너무 많습니다(최대 %L2): PNG로 내보내고, 필요하면 --scale을 줄이세요</translation>
    </message>
    <message>
        <source>%1 frames is too many (at most %2): export fewer steps or at fewer frames per second</source>
        <translation>프레임 %1개는 너무 많습니다(최대 %2): 단계를 줄이거나 초당 프레임 수를 낮추세요</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 frame</source>
        <translation>%1×%2 프레임을 만들 메모리가 부족합니다</translation>
    </message>
</context>
<context>
    <name>sb::ExportTarget</name>
    <message>
        <source>%1: a frame sequence needs exactly one frame number in the file name, like %2</source>
        <extracomment>%2 is the file name pattern frame-%04d.png</extracomment>
        <translation>%1: 프레임 시퀀스의 파일 이름에는 프레임 번호가 정확히 하나 있어야 합니다. 예: %2</translation>
    </message>
    <message>
        <source>%1: frame sequences are written as PNG: end the name in .png</source>
        <translation>%1: 프레임 시퀀스는 PNG로 씁니다: 이름을 .png로 끝내세요</translation>
    </message>
    <message>
        <source>%1: unknown file type &apos;%2&apos;: the extension chooses the format, one of %3, or a name like %4 for numbered frames</source>
        <extracomment>%2 is the file&apos;s extension; %3 the list .png, .svg, .pdf, .gif; %4 the file name pattern frame-%04d.png</extracomment>
        <translation>%1: 알 수 없는 파일 형식 &apos;%2&apos;: 확장자가 형식을 정합니다. %3 중 하나이거나, 번호 붙은 프레임이라면 %4 같은 이름이어야 합니다</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no file extension</extracomment>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>PNG frames</source>
        <translation>PNG 프레임</translation>
    </message>
</context>
<context>
    <name>sb::FrameSequenceExporter</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1을(를) 쓸 수 없습니다: 폴더 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>%1을(를) 쓸 수 없습니다: 폴더 %2에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the frame could not be encoded as PNG</source>
        <translation>프레임을 PNG로 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: the lock file %2 cannot be created: %3</source>
        <translation>%1에 쓸 수 없습니다: 잠금 파일 %2을(를) 만들 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1: the lock file %2 keeps changing; another export is starting and ending in this folder</source>
        <translation>%1: 잠금 파일 %2이(가) 계속 바뀝니다; 다른 내보내기가 이 폴더에서 시작과 끝을 반복하고 있습니다</translation>
    </message>
</context>
<context>
    <name>sb::FrameworkSnippet</name>
    <message>
        <source>Keras&apos;s Conv2DTranspose has no groups; this layer has groups=%1</source>
        <translation>Keras의 Conv2DTranspose는 groups를 지원하지 않습니다. 이 레이어는 groups=%1입니다</translation>
    </message>
    <message>
        <source>Keras needs output_padding smaller than the stride; this layer has output_padding %1 with stride %2</source>
        <translation>Keras는 output_padding이 stride보다 작아야 합니다. 이 레이어는 stride %2에 output_padding %1입니다</translation>
    </message>
    <message>
        <source>lax.conv_transpose has no feature groups; this layer has groups=%1</source>
        <translation>lax.conv_transpose는 특징 그룹(feature groups)을 지원하지 않습니다. 이 레이어는 groups=%1입니다</translation>
    </message>
</context>
<context>
    <name>sb::GifExporter</name>
    <message>
        <source>cannot write %1: %2 failed (%3)</source>
        <translation>%1을(를) 쓸 수 없습니다: %2 실패(%3)</translation>
    </message>
    <message>
        <source>a GIF is between 1 and 65535 pixels on each side, not %1×%2</source>
        <translation>GIF는 각 변이 1에서 65535 픽셀 사이여야 하는데 %1×%2입니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the GIF is not open</source>
        <translation>GIF가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>frame %1 is %2×%3, the GIF %4×%5</source>
        <translation>프레임 %1은(는) %2×%3인데 GIF는 %4×%5입니다</translation>
    </message>
    <message>
        <source>not enough memory for a GIF palette</source>
        <translation>GIF 팔레트를 만들 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>a GIF needs at least one frame</source>
        <translation>GIF에는 프레임이 하나 이상 필요합니다</translation>
    </message>
</context>
<context>
    <name>sb::ImageController</name>
    <message>
        <source>not enough memory for this photo at these arguments</source>
        <translation>이 인자로 이 사진을 처리할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>Image view: %1</source>
        <translation>이미지 보기: %1</translation>
    </message>
</context>
<context>
    <name>sb::ImageControls</name>
    <message>
        <source>Open Image…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>Load a PNG or JPEG photo into the image view (or drop one on the window)</source>
        <translation>PNG 또는 JPEG 사진을 이미지 보기로 불러옵니다(또는 창에 끌어다 놓기)</translation>
    </message>
    <message>
        <source>Config&apos;s kernel</source>
        <translation>설정의 커널</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>모두 1</translation>
    </message>
    <message>
        <source>Every tap 1: each output pixel sums its contributions, so uneven overlap shows as it is</source>
        <translation>모든 탭이 1: 각 출력 픽셀이 받은 기여를 더하므로 고르지 않은 겹침이 그대로 보입니다</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>쌍선형</translation>
    </message>
    <message>
        <source>FCN&apos;s bilinear-upsampling kernel: with kernel 4, stride 2, padding 1 it interpolates bilinearly and the overlap is even</source>
        <translation>FCN의 쌍선형 업샘플링 커널: kernel 4, stride 2, padding 1이면 쌍선형 보간을 하고 겹침이 고릅니다</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Values uniform in [−1, 1) from the seed, like an untrained layer</source>
        <translation>시드로 만든 [−1, 1) 범위의 균등 분포 값, 학습되지 않은 레이어처럼</translation>
    </message>
    <message>
        <source>Load .npy…</source>
        <translation>.npy 불러오기…</translation>
    </message>
    <message>
        <source>A weight from a NumPy file: (1, 1, kH, kW) for every colour channel, or (3, 3/groups, kH, kW)</source>
        <translation>NumPy 파일의 가중치: 모든 색 채널에 쓰는 (1, 1, kH, kW) 또는 (3, 3/groups, kH, kW)</translation>
    </message>
    <message>
        <source>The kernel the photo goes through, colour channel by colour channel</source>
        <translation>사진이 색 채널마다 거치는 커널</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <source>The random kernel&apos;s seed: the same seed gives the same kernel everywhere</source>
        <translation>무작위 커널의 시드: 같은 시드는 어디서나 같은 커널을 만듭니다</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>커널:</translation>
    </message>
    <message>
        <source>Load a kernel</source>
        <translation>커널 불러오기</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>NumPy 배열 (*.npy);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>사진: %1</translation>
    </message>
    <message>
        <source>test photo</source>
        <translation>테스트 사진</translation>
    </message>
    <message>
        <source>The built-in 96×64 test photo</source>
        <translation>내장된 96×64 테스트 사진</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>Random kernel seed</source>
        <translation>무작위 커널 시드</translation>
    </message>
    <message>
        <source>The config&apos;s weight: one (1, 1, kH, kW) plane for every colour, a 3-channel layer as a whole, or any other layer per channel (colour c through w[c, c])</source>
        <translation>설정의 가중치: (1, 1, kH, kW) 평면 하나는 모든 색에, 3채널 층은 통째로, 그 밖의 층은 채널별로(색 c는 w[c, c]를 거침) 씁니다</translation>
    </message>
</context>
<context>
    <name>sb::ImageFile</name>
    <message>
        <source>%1: no such image file</source>
        <translation>%1: 그런 이미지 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: 이미지 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1: not a PNG or JPEG image (%2)</source>
        <translation>%1: PNG나 JPEG 이미지가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>%1: the JPEG image is truncated (it has no end-of-image marker after its last scan); only part of the photo could be read</source>
        <translation>%1: JPEG 이미지가 잘렸습니다(마지막 스캔 뒤에 이미지 끝 표시가 없습니다). 사진의 일부만 읽을 수 있었습니다</translation>
    </message>
    <message>
        <source>%1: cannot read the %2 image: %3</source>
        <translation>%1: %2 이미지를 읽을 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>sb::InputFile</name>
    <message>
        <source>a file name cannot hold a NUL character</source>
        <translation>파일 이름에는 NUL 문자가 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>not a regular file (it is a folder)</source>
        <translation>일반 파일이 아닙니다(폴더입니다)</translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket cannot be read as one)</source>
        <translation>일반 파일이 아닙니다(장치, FIFO, 소켓은 일반 파일처럼 읽을 수 없습니다)</translation>
    </message>
    <message>
        <source>%1 bytes is larger than the %2 bytes this file may have</source>
        <translation>%1바이트는 이 파일에 허용된 %2바이트보다 큽니다</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>sb::InspectCommand</name>
    <message>
        <source>inspect: unknown option &apos;%1&apos;</source>
        <translation>inspect: 알 수 없는 옵션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>inspect: missing MODEL</source>
        <translation>inspect: MODEL이 없습니다</translation>
    </message>
    <message>
        <source>inspect: expected one MODEL, got %1: %2</source>
        <translation>inspect: MODEL 하나가 필요한데 %1개입니다: %2</translation>
    </message>
    <message>
        <source>usage: scatterboard inspect MODEL
</source>
        <translation>사용법: scatterboard inspect MODEL
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
모델 파일에 든 것을 JSON으로 인쇄합니다. 형식, 모든 텐서(이름, 모양, dtype),
ConvTranspose2d 후보(4차원 weight와 그에 맞는 bias, 그리고 weight 모양에서 나오는
in_channels, out_channels, kernel_size)입니다. MODEL은 .safetensors 파일, .npz,
또는 torch.save가 만든 .pt/.pth 체크포인트입니다(그 state_dict이며, &quot;state_dict&quot; 같은
키 아래 저장된 경우도 찾습니다. 그 안의 어떤 것도 실행하지 않습니다). 그러면 설정에서
어떤 텐서든 {&quot;model&quot;: &quot;MODEL&quot;, &quot;tensor&quot;: &quot;NAME&quot;}으로 쓸 수 있습니다.
</translation>
    </message>
    <message>
        <source>reading the model %1</source>
        <extracomment>%1 a model file</extracomment>
        <translation>모델 %1 읽기</translation>
    </message>
</context>
<context>
    <name>sb::LessonExporter</name>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>(The window plays steps %1 to %2; this is step %2.)</source>
        <translation>(창에서는 단계 %1부터 %2까지 재생하며, 이것은 단계 %2입니다.)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>질문: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>답: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <extracomment>the handout&apos;s page footer: %1 this page, %2 how many</extracomment>
        <translation>페이지 %1 / %2</translation>
    </message>
    <message>
        <source>the lesson has no slides to print</source>
        <translation>수업에 인쇄할 슬라이드가 없습니다</translation>
    </message>
    <message>
        <source>the lesson has no slides to export</source>
        <translation>수업에 내보낼 슬라이드가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>%1 exists already; export the deck to a new or empty folder</source>
        <translation>%1이(가) 이미 있습니다. 슬라이드 묶음은 새 폴더나 빈 폴더로 내보내세요</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>slide %1: %2</source>
        <extracomment>%1 the slide&apos;s number, %2 why its file could not be written</extracomment>
        <translation>슬라이드 %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more slides</source>
        <translation>… 그 밖에 슬라이드 %1개</translation>
    </message>
    <message>
        <source>the handout&apos;s pictures hold about %1 cells together, more than the limit of %2 for one lesson: print fewer slides at a time</source>
        <extracomment>%1 and %2 numbers of cells</extracomment>
        <translation>유인물의 그림들이 모두 약 %1개의 셀을 담고 있어 수업 하나의 한도 %2을(를) 넘습니다: 한 번에 더 적은 슬라이드를 인쇄하세요</translation>
    </message>
    <message>
        <source>the deck would draw %1 frames of up to %2×%3 pixels, %4 pixels in all; one lesson may draw at most %5 frames and %6 pixels (about eight minutes): export fewer slides at a time, at a lower --fps or a smaller --scale</source>
        <extracomment>%1 frames, %2×%3 the largest frame&apos;s size, %4 pixels in all, %5 and %6 the limits</extracomment>
        <translation>덱은 최대 %2×%3 픽셀의 프레임 %1개, 모두 %4 픽셀을 그리게 됩니다; 수업 하나는 최대 %5 프레임과 %6 픽셀(약 8분)까지 그릴 수 있습니다: 한 번에 더 적은 슬라이드를, 더 낮은 --fps나 더 작은 --scale로 내보내세요</translation>
    </message>
</context>
<context>
    <name>sb::LessonMode</name>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Slide caption</source>
        <translation>슬라이드 설명</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Lesson…</source>
        <translation>새 수업(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a lesson from the current view: add slides, caption them, then play it in presentation mode</source>
        <translation>현재 보기에서 수업을 시작합니다: 슬라이드를 추가하고 설명을 붙인 뒤 발표 모드에서 재생하세요</translation>
    </message>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation>수업 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a lesson file (.json)</source>
        <translation>수업 파일(.json) 열기</translation>
    </message>
    <message>
        <source>&amp;Built-in Lessons</source>
        <translation>내장 수업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save Lesson</source>
        <translation>수업 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>수업 저장</translation>
    </message>
    <message>
        <source>Save Lesson &amp;As…</source>
        <translation>다른 이름으로 수업 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Current View as Slide</source>
        <translation>현재 보기를 슬라이드로 추가(&amp;A)</translation>
    </message>
    <message>
        <source>The view, its step, its layer and a pinned cell become a slide after the selected one</source>
        <translation>보기와 그 단계, 레이어, 고정한 셀이 선택한 슬라이드 뒤에 새 슬라이드가 됩니다</translation>
    </message>
    <message>
        <source>Ne&amp;xt Slide</source>
        <translation>다음 슬라이드(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous Slide</source>
        <translation>이전 슬라이드(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;lay Lesson</source>
        <translation>수업 재생(&amp;L)</translation>
    </message>
    <message>
        <source>Presentation mode from the first slide: the clicker steps through each slide, then on to the next</source>
        <translation>첫 슬라이드부터 발표 모드: 프레젠터로 각 슬라이드의 단계를 넘기고 다음 슬라이드로 넘어갑니다</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>유인물 내보내기(PDF)(&amp;H)…</translation>
    </message>
    <message>
        <source>One page per slide: its picture, title, caption and question</source>
        <translation>슬라이드마다 한 페이지: 그림, 제목, 설명, 질문</translation>
    </message>
    <message>
        <source>Export &amp;Deck…</source>
        <translation>슬라이드 묶음 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>One PNG per slide, a GIF for a slide that plays steps, in a new folder</source>
        <translation>새 폴더에 슬라이드마다 PNG 하나, 단계를 재생하는 슬라이드는 GIF 하나</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>수업 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation>퀴즈 모드(&amp;Q)</translation>
    </message>
    <message>
        <source>Before each step plays, predict the output&apos;s shape, a cell&apos;s value, its contributions or its input elements; the answer is checked and the truth played</source>
        <translation>각 단계가 재생되기 전에 출력의 형상, 셀의 값, 그 셀의 기여 수나 입력 원소를 예측합니다. 답을 확인한 뒤 실제 결과를 재생합니다</translation>
    </message>
    <message>
        <source>Quiz mode: step forward (→) to be asked; Q to stop</source>
        <translation>퀴즈 모드: 한 단계 앞으로(→) 가면 질문이 나옵니다. Q로 멈춥니다</translation>
    </message>
    <message>
        <source>Quiz over: %1 of %2 right</source>
        <translation>퀴즈 끝: %2문제 중 %1문제 맞힘</translation>
    </message>
    <message>
        <source>%1 view, step %2</source>
        <extracomment>a new slide&apos;s title: %1 the view&apos;s name, %2 the step</extracomment>
        <translation>%1 보기, 단계 %2</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>The end of the lesson: Home goes back to the first slide</source>
        <translation>수업 끝: Home을 누르면 첫 슬라이드로 돌아갑니다</translation>
    </message>
    <message>
        <source>Nothing left to predict here: Home starts the story again</source>
        <translation>여기서는 더 예측할 것이 없습니다: Home을 누르면 처음부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 right</source>
        <translation>퀴즈: %2문제 중 %1문제 맞힘</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <source>Lesson &quot;%1&quot;: %2 slides. → steps through them; Shift+F5 presents</source>
        <translation>수업 &quot;%1&quot;: 슬라이드 %2개. →로 차례로 넘기고, Shift+F5로 발표합니다</translation>
    </message>
    <message>
        <source>Save the changes to the lesson &quot;%1&quot;?</source>
        <translation>수업 &quot;%1&quot;의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>New Lesson</source>
        <translation>새 수업</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>수업 제목:</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>제목 없는 수업</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>수업 (*.json)</translation>
    </message>
    <message>
        <source>Save Lesson As</source>
        <translation>다른 이름으로 수업 저장</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>유인물 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Deck into a Folder</source>
        <translation>슬라이드 묶음을 폴더로 내보내기</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation>유인물을 만드는 중…</translation>
    </message>
    <message>
        <source>Drawing the slides…</source>
        <translation>슬라이드를 그리는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export Deck</source>
        <translation>슬라이드 묶음 내보내기</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 files)</source>
        <translation>%1을(를) 썼습니다(파일 %2개)</translation>
    </message>
</context>
<context>
    <name>sb::LessonPanel</name>
    <message>
        <source>Lesson title</source>
        <translation>수업 제목</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <source>The lesson&apos;s slides: click one to show it; Enter shows the selected one</source>
        <translation>수업의 슬라이드: 클릭하면 그 슬라이드를 보여 주고, Enter는 선택한 슬라이드를 보여 줍니다</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add the current view, at its step, as a slide after the selected one (Ctrl+Alt+A)</source>
        <translation>현재 보기를 지금 단계 그대로 선택한 슬라이드 뒤에 슬라이드로 추가합니다(Ctrl+Alt+A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected slide</source>
        <translation>선택한 슬라이드를 제거합니다</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move the selected slide up</source>
        <translation>선택한 슬라이드를 위로 옮깁니다</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Move the selected slide down</source>
        <translation>선택한 슬라이드를 아래로 옮깁니다</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>슬라이드 제목</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>What the class should see in this picture, in a few lines</source>
        <translation>학생들이 이 그림에서 봐야 할 것을 몇 줄로 적으세요</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Ask the class to predict something before the slide plays</source>
        <translation>슬라이드가 재생되기 전에 학생들에게 무언가를 예측하게 합니다</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The output&apos;s shape</source>
        <translation>출력의 형상</translation>
    </message>
    <message>
        <source>A cell&apos;s value</source>
        <translation>셀의 값</translation>
    </message>
    <message>
        <source>Contributions to a cell</source>
        <translation>셀에 도달하는 기여 수</translation>
    </message>
    <message>
        <source>Input elements reaching a cell</source>
        <translation>셀에 닿는 입력 원소</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <extracomment>what a slide shows: %1 the view&apos;s name, %2 its steps</extracomment>
        <translation>단계 %1–%2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>the finished picture</source>
        <translation>완성된 그림</translation>
    </message>
    <message>
        <source>%1 view, %2</source>
        <translation>%1 보기, %2</translation>
    </message>
</context>
<context>
    <name>sb::LessonReader</name>
    <message>
        <source>slide %1</source>
        <translation>슬라이드 %1</translation>
    </message>
    <message>
        <source>unknown key %1%2</source>
        <extracomment>%2 is empty or a hint such as &apos; (did you mean &quot;caption&quot;?)&apos;</extracomment>
        <translation>알 수 없는 키 %1%2</translation>
    </message>
    <message>
        <source>missing key %1</source>
        <translation>키 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>텍스트가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a step number from 0, got %1</source>
        <translation>0부터 시작하는 단계 번호가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected an output cell [row, column], got %1</source>
        <translation>출력 셀 [행, 열]이 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>the cell %1 lies outside the %2×%3 output</source>
        <translation>셀 %1은(는) %2×%3 출력 밖에 있습니다</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>%1바이트 위치에서 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>expected a JSON object holding &quot;lesson&quot; and &quot;slides&quot;</source>
        <translation>&quot;lesson&quot;과 &quot;slides&quot;를 담은 JSON 객체가 필요합니다</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true 또는 false가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a list of slides, got %1</source>
        <translation>슬라이드 리스트가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>%1 slides; a lesson holds at most %2</source>
        <translation>슬라이드가 %1개입니다. 수업 하나에는 최대 %2개까지 들어갑니다</translation>
    </message>
    <message>
        <source>slide %1: expected an object with a title, a view and a config, got %2</source>
        <translation>슬라이드 %1: 제목, 보기, 설정을 담은 객체가 필요한데 %2이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>unknown view %1%2</source>
        <translation>알 수 없는 보기 %1%2</translation>
    </message>
    <message>
        <source>the lesson&apos;s layers hold more than %1 numbers together</source>
        <translation>수업의 레이어들에 든 숫자가 모두 합쳐 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>expected a config object, a path to a config file or &quot;preset:NAME&quot;, got %1</source>
        <translation>설정 객체, 설정 파일의 경로 또는 &quot;preset:NAME&quot;이 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>no built-in preset is called %1%2</source>
        <translation>%1(이)라는 내장 프리셋이 없습니다%2</translation>
    </message>
    <message>
        <source>a slide shows one &quot;step&quot; or plays a range of &quot;steps&quot;, not both</source>
        <translation>슬라이드는 &quot;step&quot; 하나를 보여 주거나 &quot;steps&quot; 범위를 재생합니다. 둘 다는 안 됩니다</translation>
    </message>
    <message>
        <source>expected a range of steps &quot;A-B&quot; with A ≤ B, got %1</source>
        <translation>A ≤ B인 단계 범위 &quot;A-B&quot;가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected a list of {&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT}, got %1</source>
        <translation>{&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT}의 리스트가 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected {&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT}, got %1</source>
        <translation>{&quot;cells&quot;: [[row, column], ...], &quot;note&quot;: TEXT}이(가) 필요한데 %1이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>expected {&quot;ask&quot;: %1, &quot;cell&quot;: [row, column]}, got %2</source>
        <translation>{&quot;ask&quot;: %1, &quot;cell&quot;: [row, column]}이(가) 필요한데 %2이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>unknown question %1; a quiz asks %2</source>
        <translation>알 수 없는 질문 %1; 퀴즈가 물을 수 있는 것은 %2입니다</translation>
    </message>
    <message>
        <source>a %1 question needs a &quot;cell&quot; (or a highlighted cell) to ask about</source>
        <translation>%1 질문에는 물어볼 &quot;cell&quot;(또는 강조한 셀)이 필요합니다</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a lesson&apos;s text may hold (a handout page shows about 2000)</source>
        <extracomment>%1 a number of characters, %2 the limit</extracomment>
        <translation>%1자로, 수업 텍스트가 담을 수 있는 %2자를 넘습니다(유인물 한 쪽에 약 2000자가 보입니다)</translation>
    </message>
    <message>
        <source>the key appears twice in one object; give it once</source>
        <translation>이 키가 한 객체에 두 번 나옵니다; 한 번만 주세요</translation>
    </message>
</context>
<context>
    <name>sb::LessonWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Input and kernel values</source>
        <translation>입력과 커널 값</translation>
    </message>
    <message>
        <source>image %p%</source>
        <translation>이미지 %p%</translation>
    </message>
    <message>
        <source>The image view computing on a worker thread; an edit restarts it</source>
        <translation>이미지 보기가 작업 스레드에서 계산 중입니다. 편집하면 다시 시작합니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a config file (.json)</source>
        <translation>구성 파일(.json) 열기</translation>
    </message>
    <message>
        <source>Open &amp;Image…</source>
        <translation>이미지 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>Show a PNG or JPEG photo in the image view, through this layer (or drop one on the window)</source>
        <translation>PNG 또는 JPEG 사진이 이 레이어를 거친 모습을 이미지 보기에 표시합니다(창에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>프리셋(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>재생 / 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>한 단계 앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>한 단계 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Jump to &amp;Start</source>
        <translation>처음으로 이동(&amp;S)</translation>
    </message>
    <message>
        <source>Jump to &amp;End</source>
        <translation>끝으로 이동(&amp;E)</translation>
    </message>
    <message>
        <source>One Step per &amp;Tap</source>
        <translation>커널 탭마다 한 단계(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Decimals</source>
        <translation>소수 자릿수(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (기본값)</translation>
    </message>
    <message numerus="yes">
        <source>Grids write non-integers with at most %n decimal(s)</source>
        <translation>
            <numerusform>격자는 정수가 아닌 수를 소수점 이하 최대 %n자리로 씁니다</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, the picture only, driven by the keys (Space, arrows, Page Up/Down, Home, End); Esc or F5 to leave</source>
        <translation>전체 화면에 그림만 표시하고 키로 조작합니다(Space, 화살표, Page Up/Down, Home, End). Esc 또는 F5로 나갑니다</translation>
    </message>
    <message>
        <source>Copy as &amp;PyTorch</source>
        <translation>PyTorch 코드로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>A runnable Python script that builds the same nn.ConvTranspose2d and prints its output</source>
        <translation>같은 nn.ConvTranspose2d를 만들고 그 출력을 인쇄하는 실행 가능한 Python 스크립트</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Scatterboard</source>
        <translation>Scatterboard 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>시스템 설정 (%1)</translation>
    </message>
    <message>
        <source>A PyTorch script for this layer is on the clipboard</source>
        <translation>이 레이어의 PyTorch 스크립트를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Computing %1 through the layer…</source>
        <translation>%1을(를) 레이어에 통과시키는 중…</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>구성 열기</translation>
    </message>
    <message>
        <source>Scatterboard configs (*.json);;All files (*)</source>
        <translation>Scatterboard 구성 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>구성 저장</translation>
    </message>
    <message>
        <source>Scatterboard configs (*.json)</source>
        <translation>Scatterboard 구성 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>%1의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ 유효</translation>
    </message>
    <message>
        <source>✗ invalid: showing the last valid picture</source>
        <translation>✗ 유효하지 않음: 마지막으로 유효했던 그림을 표시합니다</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>유효성</translation>
    </message>
    <message>
        <source>Inspected cell</source>
        <translation>살펴보는 셀</translation>
    </message>
    <message>
        <source>Image view progress</source>
        <translation>이미지 보기 진행률</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>모델 열기(&amp;M)…</translation>
    </message>
    <message>
        <source>Open a trained ConvTranspose2d layer from a .safetensors, .npz or .pt/.pth (torch.save) file</source>
        <translation>.safetensors, .npz 또는 .pt/.pth(torch.save) 파일에서 학습된 ConvTranspose2d 층을 엽니다</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>Models (*.safetensors *.npz *.pt *.pth);;All files (*)</source>
        <translation>모델 (*.safetensors *.npz *.pt *.pth);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 holds no 4-D weight, so no ConvTranspose2d layer.</source>
        <translation>%1에는 4차원 weight가 없으므로 ConvTranspose2d 층도 없습니다.</translation>
    </message>
    <message>
        <source>Open layer %1</source>
        <translation>층 %1 열기</translation>
    </message>
    <message>
        <source>Shape &amp;Solver…</source>
        <translation>형상 솔버(&amp;S)…</translation>
    </message>
    <message>
        <source>Every kernel_size, stride, padding, output_padding and dilation that takes one size to another; one click loads it</source>
        <translation>한 크기를 다른 크기로 만드는 모든 kernel_size, stride, padding, output_padding, dilation 조합. 클릭 한 번으로 불러옵니다</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>%1 코드로 복사</translation>
    </message>
    <message>
        <source>A Python script that builds the same layer in %1, with comments where its size rules differ from PyTorch&apos;s</source>
        <translation>같은 레이어를 %1(으)로 만드는 Python 스크립트. 크기 규칙이 PyTorch와 다른 곳에는 주석이 달립니다</translation>
    </message>
    <message>
        <source>A %1 script for this layer is on the clipboard</source>
        <translation>이 레이어의 %1 스크립트를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>PyTorch&apos;s &amp;Quirks…</source>
        <translation>PyTorch의 특이 동작(&amp;Q)…</translation>
    </message>
    <message>
        <source>Three surprises of nn.ConvTranspose2d, each with why and a snippet that shows it</source>
        <translation>nn.ConvTranspose2d의 뜻밖의 동작 세 가지. 각각 그 이유와 이를 보여 주는 코드 조각이 있습니다</translation>
    </message>
    <message>
        <source>✗ invalid: showing the last valid picture — &lt;a href=&quot;quirk:%1&quot;&gt;why?&lt;/a&gt;</source>
        <translation>✗ 유효하지 않음: 마지막으로 유효했던 그림을 표시합니다 — &lt;a href=&quot;quirk:%1&quot;&gt;왜?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>PyTorch&apos;s quirks</source>
        <translation>PyTorch의 특이 동작</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>다음 보기(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious View</source>
        <translation>이전 보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>보기로 이동(&amp;G)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (presenting: next step)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step forward / back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presenting (a clicker): next / previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;one step per kernel tap&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;overlap heat-map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;colour-blind-safe palette&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0, +, −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit, zoom in, zoom out (or the wheel)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;release a pinned cell; leave presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presentation mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch view (scatter, output, overlap, equivalent, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Page Down / Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous view, the last ones too&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy as PyTorch&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a photo in the image view (or drop one)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cell cursor over the output: each sum, also to a screen reader&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Home / Alt+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cell cursor to the first / last cell (Alt+Backspace leaves it)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Mouse&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;재생 / 일시 정지 (발표 중: 다음 단계)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;한 단계 앞으로 / 뒤로&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;발표 중(프레젠터): 다음 / 이전 단계&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;처음 / 끝&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;커널 탭마다 한 단계&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;겹침 히트맵&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;색각 이상 안전 팔레트&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;어두운 테마&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0, +, −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;창에 맞추기, 확대, 축소 (또는 휠)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;고정한 셀 해제; 발표 모드 나가기&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;발표 모드&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;보기 전환 (산포, 출력, 겹침, 등가 합성곱, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Page Down / Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;다음 / 이전 보기 (마지막 보기들까지)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;PyTorch 코드로 복사&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;이미지 보기에서 사진 열기 (또는 끌어다 놓기)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;실행 취소 / 다시 실행&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+화살표&lt;/b&gt;&lt;/td&gt;&lt;td&gt;출력 위의 셀 커서: 각 합을 보여 주고 화면 낭독기에도 읽어 줍니다&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Home / Alt+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;셀 커서를 첫 / 마지막 셀로 (Alt+Backspace로 나가기)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;마우스&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ModelBudget</name>
    <message>
        <source>reading it would take more than %1 bytes of memory at %2: the limit for a file of %3 bytes is %4 times its size plus %5 bytes, and what it describes is far larger than it holds (a repeated view, a copied shape or a pickle built to grow)</source>
        <extracomment>%2 what was being made, e.g. &quot;tensor w&apos;s 268435456 elements&quot;; %3 the limit in bytes</extracomment>
        <translation>이 파일을 읽으려면 %2에서 %1바이트가 넘는 메모리가 필요합니다: %3바이트 파일의 한도는 크기의 %4배에 %5바이트를 더한 것이며, 이 파일이 기술하는 것은 담고 있는 것보다 훨씬 큽니다(반복된 뷰, 복사된 형상, 불어나도록 만든 pickle)</translation>
    </message>
    <message>
        <source>its tensors hold more than %1 elements together (at tensor %2)</source>
        <translation>텐서들이 모두 %1개가 넘는 요소를 담고 있습니다(텐서 %2에서)</translation>
    </message>
    <message>
        <source>tensor %1&apos;s %2 elements</source>
        <extracomment>%1 a tensor&apos;s name, %2 how many elements it has</extracomment>
        <translation>텐서 %1의 요소 %2개</translation>
    </message>
</context>
<context>
    <name>sb::ModelFile</name>
    <message>
        <source>%1 is not an .npy file, which is all an .npz holds</source>
        <translation>%1은(는) .npy 파일이 아닙니다. .npz에는 .npy 파일만 들어 있어야 합니다</translation>
    </message>
    <message>
        <source>a zip without the data.pkl of a torch.save checkpoint</source>
        <translation>torch.save 체크포인트의 data.pkl이 없는 zip입니다</translation>
    </message>
    <message>
        <source>storage %1 of %2 holds %3 bytes, not the %4 its %5 elements need</source>
        <translation>%2의 저장소 %1에는 %3바이트가 있지만, 원소 %5개에는 %4바이트가 필요합니다</translation>
    </message>
    <message>
        <source>tensor %1&apos;s offset and strides reach beyond its storage of %2 elements</source>
        <translation>텐서 %1의 오프셋과 스트라이드가 원소 %2개짜리 저장소를 벗어납니다</translation>
    </message>
    <message>
        <source>a legacy torch.save file (not a zip): load it in PyTorch and save it again with torch.save(state_dict, path), which writes the zip format</source>
        <translation>예전 방식의 torch.save 파일입니다(zip이 아님). PyTorch에서 불러온 뒤 torch.save(state_dict, path)로 다시 저장하면 zip 형식으로 기록됩니다</translation>
    </message>
    <message>
        <source>not a model file this program reads (.safetensors, .npz, or a .pt/.pth from torch.save)</source>
        <translation>이 프로그램이 읽는 모델 파일이 아닙니다(.safetensors, .npz, 또는 torch.save가 만든 .pt/.pth)</translation>
    </message>
    <message>
        <source>no tensor named %1; it holds %2</source>
        <translation>%1(이)라는 텐서가 없습니다. 들어 있는 것: %2</translation>
    </message>
    <message>
        <source>zip entry %1</source>
        <translation>zip 항목 %1</translation>
    </message>
    <message>
        <source>tensor %1 has the negative size %2 in its shape %3</source>
        <extracomment>%2 is a size such as -1, %3 a shape such as [2, -1]</extracomment>
        <translation>텐서 %1의 형상 %3에 음수 크기 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has more elements than 64 bits can count</source>
        <translation>형상 %2인 텐서 %1의 요소 수가 64비트로 셀 수 있는 범위를 넘습니다</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has %3 elements, more than the limit of %4 a tensor may have</source>
        <translation>형상 %2인 텐서 %1은(는) 요소가 %3개로, 텐서 하나의 한도 %4개를 넘습니다</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>텐서 %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::NpyFile</name>
    <message>
        <source>not a NumPy .npy file (it does not start with \x93NUMPY)</source>
        <translation>NumPy .npy 파일이 아닙니다(\x93NUMPY로 시작하지 않습니다)</translation>
    </message>
    <message>
        <source>truncated .npy header</source>
        <translation>.npy 헤더가 잘렸습니다</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1</source>
        <translation>지원하지 않는 .npy 형식 버전 %1</translation>
    </message>
    <message>
        <source>truncated .npy header (it announces %1 bytes)</source>
        <translation>.npy 헤더가 잘렸습니다(%1바이트라고 되어 있습니다)</translation>
    </message>
    <message>
        <source>the array is in Fortran order; save it with numpy.ascontiguousarray first</source>
        <translation>배열이 Fortran 순서입니다. 먼저 numpy.ascontiguousarray로 저장하세요</translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not supported; use float32 or float64</source>
        <translation>dtype &apos;%1&apos;은(는) 지원하지 않습니다. float32나 float64를 쓰세요</translation>
    </message>
    <message>
        <source>malformed shape %1 in the .npy header</source>
        <translation>.npy 헤더의 모양 %1이(가) 잘못되었습니다</translation>
    </message>
    <message>
        <source>shape %1 has too many elements</source>
        <translation>모양 %1의 원소가 너무 많습니다</translation>
    </message>
    <message>
        <source>truncated: shape %1 needs %2 bytes of data, the file has %3</source>
        <translation>잘림: 모양 %1에는 데이터 %2바이트가 필요한데 파일에는 %3바이트뿐입니다</translation>
    </message>
    <message>
        <source>%1 bytes of data after the array of shape %2</source>
        <translation>모양 %2인 배열 뒤에 데이터 %1바이트가 더 있습니다</translation>
    </message>
    <message>
        <source>float64 value %1 at flat index %2 does not fit float32 (it would become %3); layers compute in float32</source>
        <translation>평탄 인덱스 %2의 float64 값 %1은(는) float32에 맞지 않습니다(%3이(가) 됩니다). 레이어는 float32로 계산합니다</translation>
    </message>
    <message>
        <source>a dict starting with {</source>
        <translation>{로 시작하는 딕셔너리</translation>
    </message>
    <message>
        <source>a key that is not a string: %1</source>
        <translation>문자열이 아닌 키: %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key %1</source>
        <translation>키 %1 다음의 &apos;:&apos;</translation>
    </message>
    <message>
        <source>the key %1 is given twice</source>
        <translation>키 %1이(가) 두 번 주어졌습니다</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after the value of %1</source>
        <translation>%1의 값 다음의 &apos;,&apos; 또는 &apos;}&apos;</translation>
    </message>
    <message>
        <source>text after the dict at character %1</source>
        <translation>%1번째 문자에 딕셔너리 뒤의 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>malformed .npy header (%1): %2</source>
        <translation>잘못된 형식의 .npy 헤더(%1): %2</translation>
    </message>
    <message>
        <source>expected %1 at character %2</source>
        <translation>%2번째 문자에 %1이(가) 와야 합니다</translation>
    </message>
    <message>
        <source>a string that does not end</source>
        <translation>끝나지 않는 문자열</translation>
    </message>
    <message>
        <source>a tuple that does not end</source>
        <translation>끝나지 않는 튜플</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is not one numpy writes</source>
        <translation>키 &apos;%1&apos;은(는) numpy가 쓰는 키가 아닙니다</translation>
    </message>
    <message>
        <source>it has no &apos;%1&apos;</source>
        <translation>&apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>dtype %1 is not supported: only plain numbers are read, not structured arrays</source>
        <translation>dtype %1은(는) 지원하지 않습니다: 구조화 배열이 아닌 일반 숫자만 읽습니다</translation>
    </message>
    <message>
        <source>fortran_order is %1, not True or False</source>
        <translation>fortran_order가 True나 False가 아닌 %1입니다</translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not one a state_dict&apos;s tensors use (float32, float64, float16, int64, int32, int16, int8, uint8, bool)</source>
        <translation>dtype &apos;%1&apos;은(는) state_dict의 텐서가 쓰는 형식이 아닙니다(float32, float64, float16, int64, int32, int16, int8, uint8, bool)</translation>
    </message>
</context>
<context>
    <name>sb::OpenModelDialog</name>
    <message>
        <source>k4 s2 p1 (DCGAN: doubles the size)</source>
        <translation>k4 s2 p1(DCGAN: 크기가 두 배)</translation>
    </message>
    <message>
        <source>k3 s2 p1 op1 (doubles the size)</source>
        <translation>k3 s2 p1 op1(크기가 두 배)</translation>
    </message>
    <message>
        <source>k2 s2 (doubles the size, no overlap)</source>
        <translation>k2 s2(크기가 두 배, 겹침 없음)</translation>
    </message>
    <message>
        <source>Open Model Layer</source>
        <translation>모델의 층 열기</translation>
    </message>
    <message>
        <source>Layers in the model</source>
        <translation>모델의 층</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>bias 없음</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>bias %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 channels, kernel %4×%5, %6</source>
        <translation>%1: 채널 %2 → %3, 커널 %4×%5, %6</translation>
    </message>
    <message>
        <source>A state_dict does not hold the stride or the padding: give the layer&apos;s.</source>
        <translation>state_dict에는 stride와 padding이 들어 있지 않습니다. 이 층의 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>The usual decoder settings</source>
        <translation>흔히 쓰는 디코더 설정</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>설정(&amp;S):</translation>
    </message>
    <message>
        <source>stride, both axes</source>
        <translation>stride, 두 축 모두</translation>
    </message>
    <message>
        <source>padding, both axes</source>
        <translation>padding, 두 축 모두</translation>
    </message>
    <message>
        <source>output_padding, both axes (smaller than the stride)</source>
        <translation>output_padding, 두 축 모두(stride보다 작게)</translation>
    </message>
    <message>
        <source>&amp;stride:</source>
        <translation>stride(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;padding:</source>
        <translation>padding(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;output_padding:</source>
        <translation>output_padding(&amp;O):</translation>
    </message>
    <message>
        <source>Open Layer</source>
        <translation>층 열기</translation>
    </message>
    <message>
        <source>The ConvTranspose2d candidates in %1 (%2): each a 4-D weight (in_channels, out_channels, kH, kW), with its bias if it has one.</source>
        <translation>%1(%2)의 ConvTranspose2d 후보: 각각 4차원 weight(in_channels, out_channels, kH, kW)이며, bias가 있으면 함께 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>sb::OptionParser</name>
    <message>
        <source>Displays this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>%1 is given twice; give it once</source>
        <extracomment>%1 an option such as --scale</extracomment>
        <translation>%1이(가) 두 번 주어졌습니다; 한 번만 주세요</translation>
    </message>
</context>
<context>
    <name>sb::ParameterPanel</name>
    <message>
        <source>in_channels: number of channels in the input image.</source>
        <translation>in_channels: 입력 이미지의 채널 수.</translation>
    </message>
    <message>
        <source>out_channels: number of channels produced by the convolution.</source>
        <translation>out_channels: 합성곱이 만드는 채널 수.</translation>
    </message>
    <message>
        <source>groups: number of blocked connections from input channels to output channels; each group of in_channels/groups inputs feeds only its own out_channels/groups outputs.</source>
        <translation>groups: 입력 채널에서 출력 채널로 가는 그룹 연결 수. in_channels/groups개 입력으로 된 각 그룹은 자기 그룹의 out_channels/groups개 출력에만 이어집니다.</translation>
    </message>
    <message>
        <source>kernel_size: size of the convolving kernel (kH, kW).</source>
        <translation>kernel_size: 합성곱 커널의 크기 (kH, kW).</translation>
    </message>
    <message>
        <source>stride: stride of the convolution — how far apart neighbouring input elements place their copies of the kernel in the output.</source>
        <translation>stride: 합성곱의 스트라이드 — 이웃한 입력 원소가 출력에 놓는 커널 사본들이 서로 얼마나 떨어지는지.</translation>
    </message>
    <message>
        <source>padding: dilation·(kernel_size − 1) − padding zero-padding is added to both sides of the input; in the scatter picture, padding rows and columns are cropped off each side of the output.</source>
        <translation>padding: 입력 양쪽에 dilation·(kernel_size − 1) − padding만큼 0 패딩이 더해집니다. 산포 그림에서는 padding개의 행과 열이 출력 양쪽에서 잘려 나갑니다.</translation>
    </message>
    <message>
        <source>output_padding: additional size added to one side of each dimension in the output shape; it must be smaller than stride or dilation.</source>
        <translation>output_padding: 출력 모양의 각 차원 한쪽에 더하는 추가 크기. stride나 dilation보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>dilation: spacing between kernel elements (the à trous algorithm).</source>
        <translation>dilation: 커널 원소 사이의 간격(à trous 알고리즘).</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>N, the batch size. &quot;unbatched&quot; passes a (C, H, W) input, and PyTorch then drops N from the output too.</source>
        <translation>N, 배치 크기. &quot;unbatched&quot;는 (C, H, W) 입력을 넘기며, 그러면 PyTorch도 출력에서 N을 뺍니다.</translation>
    </message>
    <message>
        <source>H_in, W_in: the height and width of every input plane.</source>
        <translation>H_in, W_in: 모든 입력 평면의 높이와 너비.</translation>
    </message>
    <message>
        <source>output_size</source>
        <translation>output_size</translation>
    </message>
    <message>
        <source>output_size passed to forward(): PyTorch then chooses output_padding to reach it, between the smallest and largest size the arguments allow.</source>
        <translation>forward()에 넘기는 output_size: 그러면 PyTorch가 인자가 허용하는 가장 작은 크기와 가장 큰 크기 사이에서 그 크기가 되도록 output_padding을 고릅니다.</translation>
    </message>
    <message>
        <source>unbatched</source>
        <translation>unbatched</translation>
    </message>
    <message>
        <source>bias: if True, adds a learnable bias to the output, one value per output channel.</source>
        <translation>bias: True이면 출력에 학습 가능한 편향을 출력 채널마다 하나씩 더합니다.</translation>
    </message>
    <message>
        <source>one value per output channel, e.g. 0, 0.5</source>
        <translation>출력 채널마다 값 하나, 예: 0, 0.5</translation>
    </message>
    <message>
        <source>The bias values, out_channels of them, separated by commas (nan, inf and -inf are accepted).</source>
        <translation>편향 값, out_channels개, 쉼표로 구분(nan, inf, -inf도 됩니다).</translation>
    </message>
    <message>
        <source>The shape of the output, as PyTorch&apos;s output.size() prints it.</source>
        <translation>PyTorch의 output.size()가 출력하는 것과 같은 출력 모양.</translation>
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
        <translation>배치 N</translation>
    </message>
    <message>
        <source>input H × W</source>
        <translation>입력 H × W</translation>
    </message>
    <message>
        <source> Height (first value).</source>
        <translation> 높이(첫째 값).</translation>
    </message>
    <message>
        <source> Width (second value).</source>
        <translation> 너비(둘째 값).</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>출력: %1</translation>
    </message>
    <message>
        <source>output: —</source>
        <translation>출력: —</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <source>Turn bias on</source>
        <translation>bias 켜기</translation>
    </message>
    <message>
        <source>Turn bias off</source>
        <translation>bias 끄기</translation>
    </message>
    <message>
        <source>bias: cannot read &quot;%1&quot; as a number</source>
        <translation>bias: &quot;%1&quot;을(를) 숫자로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Change bias values</source>
        <translation>편향 값 변경</translation>
    </message>
    <message>
        <source>Remove output_size</source>
        <translation>output_size 제거</translation>
    </message>
    <message>
        <source>Change output_size</source>
        <translation>output_size 변경</translation>
    </message>
    <message>
        <source>Change input shape</source>
        <translation>입력 모양 변경</translation>
    </message>
    <message>
        <source>bias values</source>
        <translation>편향 값</translation>
    </message>
    <message>
        <source>The module: ConvTranspose2d over (N, C, H, W) inputs, or ConvTranspose1d over (N, C, L) sequences, whose arguments are single integers. Switching to 1-D keeps the input&apos;s first row and the kernel&apos;s middle row; switching back gives the same layer with height 1.</source>
        <translation>모듈: (N, C, H, W) 입력에 쓰는 ConvTranspose2d, 또는 인자가 정수 하나인 (N, C, L) 시퀀스용 ConvTranspose1d. 1차원으로 바꾸면 입력의 첫 행과 커널의 가운데 행이 남고, 다시 바꾸면 높이가 1인 같은 층이 됩니다.</translation>
    </message>
    <message>
        <source>module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <source>nn.ConvTranspose1d(…)</source>
        <translation>nn.ConvTranspose1d(…)</translation>
    </message>
    <message>
        <source>input length L</source>
        <translation>입력 길이 L</translation>
    </message>
    <message>
        <source>Switch to ConvTranspose1d</source>
        <translation>ConvTranspose1d로 전환</translation>
    </message>
    <message>
        <source>Switch to ConvTranspose2d</source>
        <translation>ConvTranspose2d로 전환</translation>
    </message>
</context>
<context>
    <name>sb::PhaseSlider</name>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>sb::PlaybackController</name>
    <message>
        <source>Drawing the %1 view</source>
        <translation>%1 보기를 그리는 중</translation>
    </message>
</context>
<context>
    <name>sb::PyTorchQuirks</name>
    <message>
        <source>output_size&apos;s range ignores dilation</source>
        <translation>output_size의 범위는 dilation을 무시함</translation>
    </message>
    <message>
        <source>forward(x, output_size=...) accepts only sizes from the formula&apos;s minimum up to minimum + stride − 1, because PyTorch&apos;s _output_padding adds at most stride − 1. Yet output_padding itself may go up to max(stride, dilation) − 1: with dilation larger than stride, some sizes reachable through output_padding are refused through output_size.</source>
        <translation>forward(x, output_size=...)는 공식의 최솟값부터 최솟값 + stride − 1까지의 크기만 받습니다. PyTorch의 _output_padding이 최대 stride − 1만 더하기 때문입니다. 그런데 output_padding 자체는 max(stride, dilation) − 1까지 될 수 있어서, dilation이 stride보다 크면 output_padding으로는 얻을 수 있는 일부 크기가 output_size로는 거부됩니다.</translation>
    </message>
    <message>
        <source>output_padding must be below stride or dilation</source>
        <translation>output_padding은 stride나 dilation보다 작아야 함</translation>
    </message>
    <message>
        <source>output_padding only picks among the input sizes Conv2d maps to the same output, so it must be smaller than the stride; PyTorch also accepts it when it is smaller than the dilation, because the dilated kernel&apos;s gaps can hold the extra rows. Either one is enough, on each axis.</source>
        <translation>output_padding은 Conv2d가 같은 출력으로 보내는 입력 크기들 중에서 하나를 고를 뿐이므로 stride보다 작아야 합니다. PyTorch는 dilation보다 작을 때도 받아들이는데, dilation을 적용한 커널의 빈틈이 추가 행을 담을 수 있기 때문입니다. 각 축에서 둘 중 하나만 만족하면 됩니다.</translation>
    </message>
    <message>
        <source>the output_padding strip: sums with padding, zeros without</source>
        <translation>output_padding 띠: padding이 있으면 합, 없으면 0</translation>
    </message>
    <message>
        <source>output_padding adds rows at the bottom and columns at the right only. With padding 0 they lie past the full buffer, so they are 0. With padding p &gt; 0 the crop removes p rows from the top but only p − output_padding from the bottom: the strip is real sums the crop would have removed, not zeros.</source>
        <translation>output_padding은 아래쪽에 행을, 오른쪽에 열을 더할 뿐입니다. padding이 0이면 이 행과 열은 전체 버퍼 밖에 있으므로 0입니다. padding p &gt; 0이면 자르기가 위에서는 p행을 없애지만 아래에서는 p − output_padding행만 없앱니다: 이 띠는 0이 아니라 자르기가 없앴을 실제 합입니다.</translation>
    </message>
</context>
<context>
    <name>sb::PythonText</name>
    <message>
        <source>the script would hold %1 MB of number literals for %2 elements, more than the limit of %3 MB for a generated script; `scatterboard compute` gives the output of a layer this large</source>
        <extracomment>%1 a size in MB, %2 a number of elements, %3 the limit in MB</extracomment>
        <translation>스크립트가 요소 %2개에 대해 %1 MB의 숫자 리터럴을 담게 되어 생성 스크립트의 한도 %3 MB를 넘습니다; 이만큼 큰 층의 출력은 `scatterboard compute`가 줍니다</translation>
    </message>
</context>
<context>
    <name>sb::QuizDialog</name>
    <message>
        <source>Predict</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>내 예측</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>풀이</translation>
    </message>
    <message>
        <source>Score so far: %1 of %2</source>
        <translation>지금까지 점수: %2문제 중 %1문제</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check the prediction against the record (Enter)</source>
        <translation>예측을 기록과 대조합니다(Enter)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Play on without answering (Esc)</source>
        <translation>답하지 않고 계속 재생합니다(Esc)</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation>✓ 정답: %1</translation>
    </message>
    <message>
        <source>✗ Not quite: it is %1</source>
        <translation>✗ 아쉽습니다: 답은 %1입니다</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>점수: %2문제 중 %1문제</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Watch the truth play (Enter)</source>
        <translation>실제 결과가 재생되는 것을 봅니다(Enter)</translation>
    </message>
</context>
<context>
    <name>sb::QuizQuestion</name>
    <message>
        <source>What shape will the output have?</source>
        <translation>출력의 형상은 어떻게 될까요?</translation>
    </message>
    <message>
        <source>What number will %1 hold when the scatter is done?</source>
        <translation>산포가 끝나면 %1에는 어떤 수가 들어 있을까요?</translation>
    </message>
    <message>
        <source>How many contributions (input element × kernel tap) will land on %1?</source>
        <translation>%1에 기여(입력 원소 × 커널 탭)가 몇 개 놓일까요?</translation>
    </message>
    <message>
        <source>Which input elements will reach %1?</source>
        <translation>어떤 입력 원소가 %1에 닿을까요?</translation>
    </message>
    <message>
        <source>Height × width, e.g. 8×8 (or the whole shape, 1×1×8×8)</source>
        <translation>높이 × 너비, 예: 8×8 (또는 전체 형상 1×1×8×8)</translation>
    </message>
    <message>
        <source>A number, e.g. 12 or −0.5</source>
        <translation>숫자 하나, 예: 12 또는 −0.5</translation>
    </message>
    <message>
        <source>A whole number, e.g. 4</source>
        <translation>정수 하나, 예: 4</translation>
    </message>
    <message>
        <source>Elements as (channel, row, column), e.g. (0,0,1) (1,0,1); or &quot;none&quot;</source>
        <translation>원소를 (채널, 행, 열)로, 예: (0,0,1) (1,0,1); 또는 &quot;없음&quot;</translation>
    </message>
    <message>
        <source>Elements as (row, column), e.g. (0,0) (0,1); or &quot;none&quot;</source>
        <translation>원소를 (행, 열)로, 예: (0,0) (0,1); 또는 &quot;없음&quot;</translation>
    </message>
    <message>
        <source>%1 = 0: no input element reaches it</source>
        <translation>%1 = 0: 여기에 닿는 입력 원소가 없습니다</translation>
    </message>
    <message>
        <source> + … (%1 terms)</source>
        <translation> + … (항 %1개)</translation>
    </message>
    <message>
        <source>Height: %1. Width: %2.</source>
        <translation>높이: %1. 너비: %2.</translation>
    </message>
    <message>
        <source>Type the height and the width, e.g. 8×8.</source>
        <translation>높이와 너비를 입력하세요. 예: 8×8.</translation>
    </message>
    <message>
        <source>Right: the output is %1. %2</source>
        <translation>정답: 출력은 %1입니다. %2</translation>
    </message>
    <message>
        <source>The height and width are right; the leading sizes are batch %1 and out_channels %2.</source>
        <translation>높이와 너비는 맞습니다. 앞쪽 크기는 배치 %1, out_channels %2입니다.</translation>
    </message>
    <message>
        <source>Each side is (in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1.</source>
        <translation>각 변은 (입력 − 1)·stride − 2·padding + dilation·(커널 − 1) + output_padding + 1입니다.</translation>
    </message>
    <message>
        <source>You said %1; the output is %2 (%3). %4 %5</source>
        <translation>입력한 답은 %1, 출력은 %2(%3)입니다. %4 %5</translation>
    </message>
    <message>
        <source>Type one number, e.g. 12 or −0.5.</source>
        <translation>숫자 하나를 입력하세요. 예: 12 또는 −0.5.</translation>
    </message>
    <message>
        <source>Right. %1</source>
        <translation>정답입니다. %1</translation>
    </message>
    <message>
        <source>You said %1, %2 off. %3 gets %4 contribution(s): %5</source>
        <translation>입력한 답은 %1, 정답과의 차이는 %2입니다. %3은(는) 기여 %4개를 받습니다: %5</translation>
    </message>
    <message>
        <source>Type one whole number, e.g. 4.</source>
        <translation>정수 하나를 입력하세요. 예: 4.</translation>
    </message>
    <message>
        <source>%1 input element(s) reach %2, through %3 kernel tap(s) in all: %4</source>
        <translation>입력 원소 %1개가 모두 합쳐 커널 탭 %3개를 거쳐 %2에 닿습니다: %4</translation>
    </message>
    <message>
        <source>You said %1; it is %2. %3</source>
        <translation>입력한 답은 %1, 정답은 %2입니다. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>You left out %1.</source>
        <translation>%1을(를) 빠뜨렸습니다.</translation>
    </message>
    <message>
        <source>%1 does not reach %2: its kernel copy lands elsewhere.</source>
        <translation>%1은(는) %2에 닿지 않습니다: 그 커널 복사본은 다른 곳에 놓입니다.</translation>
    </message>
    <message>
        <source>%1 on a %2 input</source>
        <extracomment>%1 the module, as PyTorch prints it; %2 the input&apos;s shape, e.g. 1×1×4×4</extracomment>
        <translation>%1, 입력 %2</translation>
    </message>
</context>
<context>
    <name>sb::SafeOutputPath</name>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>이름 있는 파이프</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>특수 파일</translation>
    </message>
    <message>
        <source>%1: a file name cannot hold a NUL character</source>
        <translation>%1: 파일 이름에는 NUL 문자가 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>%1: is a symbolic link to a missing file; refusing to write through it</source>
        <translation>%1: 없는 파일을 가리키는 심볼릭 링크입니다. 이를 통해 쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1: not a regular file (it is %2); an export replaces only regular files</source>
        <translation>%1: 일반 파일이 아닙니다(%2입니다). 내보내기는 일반 파일만 바꿉니다</translation>
    </message>
    <message>
        <source>%1: is the input file %2; refusing to overwrite an input with the export</source>
        <translation>%1: 입력 파일 %2입니다. 내보내기로 입력을 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1: the folder already holds 1 frame of this pattern (%2); remove them or choose another name, so the sequence holds one animation only</source>
        <translation>%1: 폴더에 이 패턴의 프레임이 이미 1개 있습니다(%2). 지우거나 다른 이름을 골라, 시퀀스에 애니메이션 하나만 들어가게 하세요</translation>
    </message>
    <message>
        <source>%1: the folder already holds %2 frames of this pattern (%3 … %4); remove them or choose another name, so the sequence holds one animation only</source>
        <extracomment>%3 … %4 are the first and the last of the frame files found</extracomment>
        <translation>%1: 폴더에 이 패턴의 프레임이 이미 %2개 있습니다(%3 … %4). 지우거나 다른 이름을 골라, 시퀀스에 애니메이션 하나만 들어가게 하세요</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: another export is writing frames of this pattern now (it holds %2); wait for it to finish or choose another name, so the frames of two exports are never mixed</source>
        <translation>%1: 다른 내보내기가 지금 이 패턴의 프레임을 쓰고 있습니다(%2을(를) 잡고 있음); 끝날 때까지 기다리거나 다른 이름을 고르세요. 두 내보내기의 프레임은 절대 섞이지 않습니다</translation>
    </message>
</context>
<context>
    <name>sb::Safetensors</name>
    <message>
        <source>shorter than a safetensors header</source>
        <translation>safetensors 헤더보다 짧습니다</translation>
    </message>
    <message>
        <source>its header claims %1 bytes, but the file holds %2 after the length</source>
        <translation>헤더가 %1바이트라고 하지만 파일에는 길이 다음에 %2바이트뿐입니다</translation>
    </message>
    <message>
        <source>its header is not a JSON object (%1)</source>
        <translation>헤더가 JSON 객체가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>the name %1 appears twice in its header</source>
        <translation>이름 %1이(가) 헤더에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>tensor %1&apos;s data_offsets lie outside the file&apos;s %2 bytes of data</source>
        <translation>텐서 %1의 data_offsets가 파일의 데이터 %2바이트를 벗어납니다</translation>
    </message>
    <message>
        <source>tensor %1 is described by %2, not an object with dtype, shape and data_offsets</source>
        <translation>텐서 %1이(가) dtype, shape, data_offsets를 가진 객체가 아닌 %2(으)로 기술되어 있습니다</translation>
    </message>
    <message>
        <source>tensor %1 has no dtype</source>
        <translation>텐서 %1에 dtype이 없습니다</translation>
    </message>
    <message>
        <source>tensor %1 has the dtype %2, which is not one this program reads (F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)</source>
        <translation>텐서 %1의 dtype %2은(는) 이 프로그램이 읽는 형식이 아닙니다(F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)</translation>
    </message>
    <message>
        <source>tensor %1 has the shape %2, which is not a list of sizes</source>
        <translation>텐서 %1의 shape %2은(는) 크기의 목록이 아닙니다</translation>
    </message>
    <message>
        <source>tensor %1 has the negative size %2 in its shape %3</source>
        <extracomment>%2 is a size such as -1, %3 a shape such as [2,-1]</extracomment>
        <translation>텐서 %1의 형상 %3에 음수 크기 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has more elements than 64 bits can count</source>
        <translation>형상 %2인 텐서 %1의 요소 수가 64비트로 셀 수 있는 범위를 넘습니다</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 has %3 elements, more than the limit of %4 a tensor may have</source>
        <translation>형상 %2인 텐서 %1은(는) 요소가 %3개로, 텐서 하나의 한도 %4개를 넘습니다</translation>
    </message>
    <message>
        <source>tensor %1 has the data_offsets %2, which are not [BEGIN, END] with BEGIN ≤ END</source>
        <translation>텐서 %1의 data_offsets %2은(는) BEGIN ≤ END인 [BEGIN, END]가 아닙니다</translation>
    </message>
    <message>
        <source>tensor %1 of shape %2 and dtype %3 needs %4 bytes, but its data_offsets %5 span %6</source>
        <translation>형상 %2, dtype %3인 텐서 %1은(는) %4바이트가 필요하지만 data_offsets %5의 범위는 %6바이트입니다</translation>
    </message>
    <message>
        <source>its header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>tensor %1&apos;s data_offsets [%2, %3] overlap those of tensor %4, [%5, %6]: each byte of the data belongs to one tensor</source>
        <translation>텐서 %1의 data_offsets [%2, %3]이(가) 텐서 %4의 [%5, %6]과(와) 겹칩니다: 데이터의 각 바이트는 텐서 하나에 속합니다</translation>
    </message>
    <message>
        <source>bytes %1 to %2 of the data belong to no tensor (tensor %3 starts at %2): the format has no gaps</source>
        <translation>데이터의 %1~%2바이트는 어느 텐서에도 속하지 않습니다(텐서 %3은(는) %2에서 시작): 이 형식에는 빈틈이 없습니다</translation>
    </message>
    <message>
        <source>the file&apos;s %1 bytes of data hold %2 bytes after the last tensor, which belong to no tensor: the format has no gaps</source>
        <translation>파일의 데이터 %1바이트 중 마지막 텐서 뒤의 %2바이트는 어느 텐서에도 속하지 않습니다: 이 형식에는 빈틈이 없습니다</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>텐서 %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::ScatterView</name>
    <message>
        <source>Hover a cell to see where its number comes from; click to pin it (Esc releases). Click an input element to jump to its step. Wheel: zoom · drag: pan · 0: fit</source>
        <translation>셀 위에 마우스를 올리면 그 숫자가 어디서 왔는지 보입니다. 클릭하면 고정됩니다(Esc로 해제). 입력 원소를 클릭하면 그 단계로 이동합니다. 휠: 확대/축소 · 끌기: 이동 · 0: 창에 맞춤</translation>
    </message>
    <message>
        <source>No valid configuration yet: fix the highlighted field.</source>
        <translation>아직 올바른 설정이 없습니다: 강조된 칸을 고치세요.</translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation>잘못된 설정</translation>
    </message>
    <message>
        <source>The picture is the last valid one; fix the highlighted field.</source>
        <translation>그림은 마지막으로 올바랐던 설정입니다. 강조된 칸을 고치세요.</translation>
    </message>
    <message>
        <source>Fix the highlighted field.</source>
        <translation>강조된 칸을 고치세요.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>Keyboard cell cursor: Alt+arrow keys move over the output grid and read each cell&apos;s sum; Alt+Home goes to the first cell, Alt+End to the last; Esc or Alt+Backspace leaves it.</source>
        <translation>키보드 셀 커서: Alt+화살표 키로 출력 격자 위를 움직이며 각 셀의 합을 읽습니다. Alt+Home은 첫 셀로, Alt+End는 마지막 셀로 갑니다. Esc나 Alt+Backspace로 빠져나옵니다.</translation>
    </message>
    <message>
        <source>Invalid configuration: %1</source>
        <translation>잘못된 설정: %1</translation>
    </message>
</context>
<context>
    <name>sb::ShapeSolverDialog</name>
    <message>
        <source>Shape Solver</source>
        <translation>형상 솔버</translation>
    </message>
    <message>
        <source>From height</source>
        <translation>원래 높이</translation>
    </message>
    <message>
        <source>From width</source>
        <translation>원래 너비</translation>
    </message>
    <message>
        <source>To height</source>
        <translation>목표 높이</translation>
    </message>
    <message>
        <source>To width</source>
        <translation>목표 너비</translation>
    </message>
    <message>
        <source>Largest kernel_size</source>
        <translation>최대 kernel_size</translation>
    </message>
    <message>
        <source>Largest stride</source>
        <translation>최대 stride</translation>
    </message>
    <message>
        <source>Largest dilation</source>
        <translation>최대 dilation</translation>
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
        <translation>원래 크기 (입력 H × W)</translation>
    </message>
    <message>
        <source>To (output H × W)</source>
        <translation>목표 크기 (출력 H × W)</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>겹침</translation>
    </message>
    <message>
        <source>Double-click (or Enter, or Load) puts the setting into the layer</source>
        <translation>두 번 클릭(또는 Enter나 불러오기)하면 그 설정을 레이어에 넣습니다</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Put the selected setting into the layer, the input resized to the &quot;from&quot; size (undoable)</source>
        <translation>선택한 설정을 레이어에 넣고 입력을 &quot;원래 크기&quot;로 바꿉니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>even</source>
        <translation>고름</translation>
    </message>
    <message>
        <source>uneven (checkerboard)</source>
        <translation>고르지 않음 (체커보드)</translation>
    </message>
    <message>
        <source>No setting within these bounds takes %1×%2 to %3×%4: raise a bound.</source>
        <translation>이 범위 안에는 %1×%2을(를) %3×%4(으)로 만드는 설정이 없습니다: 한도를 올리세요.</translation>
    </message>
    <message>
        <source>%1 settings; the first %2 are listed, even overlap first.</source>
        <translation>설정 %1개. 처음 %2개를 나열하며, 겹침이 고른 것이 먼저입니다.</translation>
    </message>
    <message>
        <source>%1 settings, even overlap first.</source>
        <translation>설정 %1개, 겹침이 고른 것이 먼저입니다.</translation>
    </message>
    <message>
        <source>Load a solver setting</source>
        <translation>솔버 설정 불러오기</translation>
    </message>
</context>
<context>
    <name>sb::SizePairEditor</name>
    <message>
        <source>link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Linked: height and width change together, like passing one int for %1.</source>
        <translation>연결됨: 높이와 너비가 함께 바뀝니다. %1에 int 하나를 넘기는 것과 같습니다.</translation>
    </message>
    <message>
        <source>link %1 height and width</source>
        <translation>%1 높이와 너비 연결</translation>
    </message>
    <message>
        <source>%1 height</source>
        <translation>%1 높이</translation>
    </message>
    <message>
        <source>%1 width</source>
        <translation>%1 너비</translation>
    </message>
</context>
<context>
    <name>sb::SlidePicture</name>
    <message>
        <source>Slide %1 of %2 · %3</source>
        <extracomment>%1 the slide&apos;s number, %2 how many slides, %3 the slide&apos;s title</extracomment>
        <translation>슬라이드 %1 / %2 · %3</translation>
    </message>
</context>
<context>
    <name>sb::SolveCommand</name>
    <message>
        <source>overlap</source>
        <translation>겹침</translation>
    </message>
    <message>
        <source>even</source>
        <translation>고름</translation>
    </message>
    <message>
        <source>uneven</source>
        <translation>고르지 않음</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1은(는) 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give both --from and --to</source>
        <translation>--from과 --to를 모두 주세요</translation>
    </message>
    <message>
        <source>--from: expected a size like 16 or 16x8, got &apos;%1&apos;</source>
        <translation>--from: 16 또는 16x8 같은 크기가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--to: expected a size like 32 or 32x16, got &apos;%1&apos;</source>
        <translation>--to: 32 또는 32x16 같은 크기가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1: 1부터 %2까지의 정수가 필요한데 &apos;%3&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>kernel_size ≤ %1, stride ≤ %2, dilation ≤ %3</source>
        <translation>kernel_size ≤ %1, stride ≤ %2, dilation ≤ %3</translation>
    </message>
    <message>
        <source>%1%2 → %3: %4 setting(s) within %5, even overlap first
</source>
        <extracomment>%1 an axis name (or empty), %2 → %3 the sizes, %4 how many settings, %5 the bounds</extracomment>
        <translation>%1%2 → %3: %5 범위에서 설정 %4개, 겹침이 고른 것이 먼저
</translation>
    </message>
    <message>
        <source>  none: raise a bound (--max-kernel, --max-stride, --max-dilation)
</source>
        <translation>  없음: 한도를 올리세요(--max-kernel, --max-stride, --max-dilation)
</translation>
    </message>
    <message>
        <source>height </source>
        <translation>높이 </translation>
    </message>
    <message>
        <source>width </source>
        <translation>너비 </translation>
    </message>
    <message>
        <source>solving %1 → %2</source>
        <extracomment>%1 → %2 the sizes asked for</extracomment>
        <translation>%1 → %2 풀기</translation>
    </message>
    <message>
        <source>solve: listing the first %1 of %2 settings; --limit N lists more (up to %3)</source>
        <extracomment>%1 how many are listed, %2 how many there are, %3 the largest --limit</extracomment>
        <translation>solve: 설정 %2개 중 처음 %1개를 나열합니다; --limit N으로 더 나열합니다(최대 %3)</translation>
    </message>
    <message>
        <source>  … and %1 more (--limit N lists more)
</source>
        <extracomment>%1 how many were not listed</extracomment>
        <translation>  … 그리고 %1개 더(--limit N으로 더 나열)
</translation>
    </message>
    <message>
        <source>usage: scatterboard solve --from H[xW] --to H2[xW2] [--max-kernel K] [--max-stride S] [--max-dilation D]
                        [--limit N] [--json]
</source>
        <translation>사용법: scatterboard solve --from H[xW] --to H2[xW2] [--max-kernel K] [--max-stride S] [--max-dilation D]
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
PyTorch가 받아들이면서 크기 H를 크기 H2로 만드는 모든
(kernel_size, stride, padding, output_padding, dilation)을 나열합니다:
  (H − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = H2
kernel_size, stride, dilation은 1부터 각각 K, S, D까지입니다(기본값 7, 4, 1; 최대 %1).
padding은 0 이상의 어떤 값이든, output_padding은 max(stride, dilation)보다 작은 어떤 값이든
됩니다. 겹침이 고른 설정이 먼저 나옵니다: 긴 입력에서 모든 내부 출력 셀이 같은 수의 기여를
받으므로 체커보드가 생기지 않습니다(dilation 1에서는 kernel_size가 stride의 배수일 때).
HxW(16x8) 크기는 높이와 너비를 따로 풉니다.
  --limit N  축마다 처음 N개 설정을 나열합니다(기본값 %2, 최대 %3); 나머지는 세기만
             하고, stderr의 한 줄이 모두 몇 개인지 알려 줍니다
  --json  {&quot;kernel_size&quot;, &quot;stride&quot;, &quot;padding&quot;, &quot;output_padding&quot;, &quot;dilation&quot;, &quot;even&quot;}의
          JSON 배열만 인쇄; HxW이면 객체 {&quot;height&quot;: [...], &quot;width&quot;: [...]}
창의 편집 → 형상 솔버… 메뉴에서도 같은 목록을 보고 클릭 한 번으로 항목을 불러올 수 있습니다.
</translation>
    </message>
</context>
<context>
    <name>sb::StillExporter</name>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>%1×%2 이미지를 만들 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the picture could not be encoded as PNG</source>
        <translation>그림을 PNG로 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a still format</source>
        <translation>%1은(는) 정지 그림 형식이 아닙니다</translation>
    </message>
</context>
<context>
    <name>sb::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop computing (Esc); the picture keeps showing the previous configuration</source>
        <translation>계산 중지(Esc). 그림은 이전 설정을 계속 보여 줍니다</translation>
    </message>
    <message>
        <source>Cancel computing</source>
        <translation>계산 취소</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
</context>
<context>
    <name>sb::TensorEditor</name>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>The tensor to edit: the input x, or the weight of shape (in_channels, out_channels/groups, kH, kW).</source>
        <translation>편집할 텐서: 입력 x, 또는 모양이 (in_channels, out_channels/groups, kH, kW)인 가중치.</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>채우기</translation>
    </message>
    <message>
        <source>Replace every value of the tensor (all planes).</source>
        <translation>텐서의 모든 값을 바꿉니다(모든 평면).</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>모두 1</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>모두 0</translation>
    </message>
    <message>
        <source>Arange from 0 (d2l&apos;s X = K)</source>
        <translation>0부터 arange(d2l의 X = K)</translation>
    </message>
    <message>
        <source>Arange from 1 (seed 004&apos;s kernel 1..16)</source>
        <translation>1부터 arange(시드 004의 커널 1..16)</translation>
    </message>
    <message>
        <source>Random (seed from the box)</source>
        <translation>무작위(시드는 상자의 값)</translation>
    </message>
    <message>
        <source>Impulse (1 at each plane&apos;s centre)</source>
        <translation>임펄스(각 평면의 중심에 1)</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <source>Seed of the random fill: the same seed gives the same values on every machine.</source>
        <translation>무작위 채우기의 시드: 같은 시드는 어느 컴퓨터에서나 같은 값을 만듭니다.</translation>
    </message>
    <message>
        <source>Type a number, nan, inf or -inf into a cell; each change can be undone.</source>
        <translation>셀에 숫자, nan, inf 또는 -inf를 입력하세요. 바꾼 것은 모두 실행 취소할 수 있습니다.</translation>
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
        <translation>배치의 n번째 샘플</translation>
    </message>
    <message>
        <source>Input channel ci: the weight&apos;s first axis</source>
        <translation>입력 채널 ci: 가중치의 첫째 축</translation>
    </message>
    <message>
        <source>Input channel c</source>
        <translation>입력 채널 c</translation>
    </message>
    <message>
        <source>Output channel within ci&apos;s group: channel group·out_channels/groups + co</source>
        <translation>ci가 속한 그룹 안의 출력 채널: 채널 group·out_channels/groups + co</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> %1부터</translation>
    </message>
    <message>
        <source> (seed %1)</source>
        <translation> (시드 %1)</translation>
    </message>
    <message>
        <source>Fill %1 with %2</source>
        <translation>%1을(를) %2(으)로 채우기</translation>
    </message>
    <message>
        <source>Tensor to edit</source>
        <translation>편집할 텐서</translation>
    </message>
    <message>
        <source>Fill the tensor</source>
        <translation>텐서 채우기</translation>
    </message>
    <message>
        <source>Random fill seed</source>
        <translation>무작위 채우기 시드</translation>
    </message>
    <message>
        <source>Values of the plane</source>
        <translation>평면의 값</translation>
    </message>
    <message>
        <source>Batch sample n</source>
        <translation>배치 샘플 n</translation>
    </message>
    <message>
        <source>Input channel ci</source>
        <translation>입력 채널 ci</translation>
    </message>
    <message>
        <source>Output channel co within the group</source>
        <translation>그룹 안의 출력 채널 co</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>0</translation>
    </message>
    <message>
        <source>ones</source>
        <translation>1</translation>
    </message>
    <message>
        <source>arange</source>
        <translation>arange 수열</translation>
    </message>
    <message>
        <source>random</source>
        <translation>난수</translation>
    </message>
    <message>
        <source>impulse</source>
        <translation>단위 임펄스</translation>
    </message>
</context>
<context>
    <name>sb::TensorPlaneModel</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>row %1 (y) of the input plane</source>
        <translation>입력 평면의 %1행 (y)</translation>
    </message>
    <message>
        <source>kernel row %1 (ky)</source>
        <translation>커널 %1행 (ky)</translation>
    </message>
    <message>
        <source>column %1 (x) of the input plane</source>
        <translation>입력 평면의 %1열 (x)</translation>
    </message>
    <message>
        <source>kernel column %1 (kx)</source>
        <translation>커널 %1열 (kx)</translation>
    </message>
</context>
<context>
    <name>sb::TorchPickle</name>
    <message>
        <source>STACK_GLOBAL without a module and a name</source>
        <translation>모듈과 이름이 없는 STACK_GLOBAL입니다</translation>
    </message>
    <message>
        <source>BUILD on something other than an OrderedDict&apos;s _metadata</source>
        <translation>OrderedDict의 _metadata가 아닌 것에 BUILD를 합니다</translation>
    </message>
    <message>
        <source>pickle opcode 0x%1 at byte %2 is not one a state_dict uses: refused, nothing was run</source>
        <translation>%2바이트 위치의 pickle 옵코드 0x%1은(는) state_dict가 쓰는 것이 아닙니다. 거부했고, 아무것도 실행하지 않았습니다</translation>
    </message>
    <message>
        <source>data.pkl ends before its STOP opcode</source>
        <translation>data.pkl이 STOP 옵코드 전에 끝납니다</translation>
    </message>
    <message>
        <source>data.pkl ends inside a value</source>
        <translation>data.pkl이 값의 중간에서 끝납니다</translation>
    </message>
    <message>
        <source>a GLOBAL without its newline</source>
        <translation>줄바꿈이 없는 GLOBAL입니다</translation>
    </message>
    <message>
        <source>more than %1 pickled values</source>
        <translation>pickle 값이 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>the pickle asks for the global %1, which a state_dict never uses: refused, nothing was run</source>
        <translation>pickle이 전역 객체 %1을(를) 요구하지만 state_dict는 이것을 쓰지 않습니다. 거부했고, 아무것도 실행하지 않았습니다</translation>
    </message>
    <message>
        <source>a persistent id that is not a storage</source>
        <translation>저장소가 아닌 persistent id입니다</translation>
    </message>
    <message>
        <source>a storage of type %1</source>
        <translation>형식이 %1인 저장소입니다</translation>
    </message>
    <message>
        <source>REDUCE of something other than a global</source>
        <translation>전역 객체가 아닌 것에 REDUCE를 합니다</translation>
    </message>
    <message>
        <source>REDUCE calls %1, which only names a type here</source>
        <translation>REDUCE가 %1을(를) 호출하지만, 여기서 그것은 형식을 나타낼 뿐입니다</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2 with arguments that are not a tensor&apos;s</source>
        <translation>텐서의 인수가 아닌 인수로 _rebuild_tensor_v2를 부릅니다</translation>
    </message>
    <message>
        <source>a tensor size or stride that is not an integer</source>
        <translation>텐서 크기나 스트라이드가 정수가 아닙니다</translation>
    </message>
    <message>
        <source>the pickle&apos;s stack grows beyond %1 values</source>
        <translation>pickle 스택이 값 %1개를 넘게 커집니다</translation>
    </message>
    <message>
        <source>the pickle pops an empty stack</source>
        <translation>pickle이 빈 스택에서 꺼냅니다</translation>
    </message>
    <message>
        <source>a pickle opcode needs a MARK that is not there</source>
        <translation>pickle 옵코드에 필요한 MARK가 없습니다</translation>
    </message>
    <message>
        <source>a memo index beyond %1</source>
        <translation>memo 인덱스가 %1을(를) 넘습니다</translation>
    </message>
    <message>
        <source>BINGET of memo entry %1, which was never stored</source>
        <translation>저장된 적 없는 memo 항목 %1을(를) BINGET합니다</translation>
    </message>
    <message>
        <source>SETITEMS on something other than a dict</source>
        <translation>딕셔너리가 아닌 것에 SETITEMS를 합니다</translation>
    </message>
    <message>
        <source>the name %1 appears twice</source>
        <translation>이름 %1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>APPENDS on something other than a list</source>
        <translation>목록이 아닌 것에 APPENDS를 합니다</translation>
    </message>
    <message>
        <source>no state_dict (a dict of named tensors) in this checkpoint</source>
        <translation>이 체크포인트에는 state_dict(이름 붙은 텐서의 딕셔너리)가 없습니다</translation>
    </message>
    <message>
        <source>an integer of %1 bytes, beyond 64 bits</source>
        <translation>%1바이트짜리 정수로, 64비트를 넘습니다</translation>
    </message>
    <message>
        <source>the pickle&apos;s values (byte %1 of data.pkl)</source>
        <translation>pickle의 값(data.pkl의 %1번째 바이트)</translation>
    </message>
    <message>
        <source>the state_dict&apos;s entry %1</source>
        <translation>state_dict의 항목 %1</translation>
    </message>
</context>
<context>
    <name>sb::TransportBar</name>
    <message>
        <source>Jump to the start (Home)</source>
        <translation>처음으로 이동(Home)</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>한 단계 뒤로(←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>재생 / 일시 정지(Space)</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>한 단계 앞으로(→)</translation>
    </message>
    <message>
        <source>Jump to the end (End)</source>
        <translation>끝으로 이동(End)</translation>
    </message>
    <message>
        <source>Scrub through the steps; the labels mark where each phase begins</source>
        <translation>끌어서 단계를 훑어봅니다. 레이블은 각 국면이 시작하는 곳을 표시합니다</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>per tap</source>
        <translation>탭마다</translation>
    </message>
    <message>
        <source>One step per kernel tap instead of one per input element</source>
        <translation>입력 원소마다가 아니라 커널 탭마다 한 단계</translation>
    </message>
    <message>
        <source>plane n / co:</source>
        <translation>평면 n / co:</translation>
    </message>
    <message>
        <source>Batch element n shown</source>
        <translation>보여 주는 배치 원소 n</translation>
    </message>
    <message>
        <source>Output channel co shown; the input channels of its group are summed into it</source>
        <translation>보여 주는 출력 채널 co. 그 그룹의 입력 채널들이 합해져 들어갑니다</translation>
    </message>
    <message>
        <source>no valid picture</source>
        <translation>올바른 그림 없음</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <source>step %1 / %2: %3</source>
        <translation>단계 %1 / %2: %3</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>산포</translation>
    </message>
    <message>
        <source>crop padding</source>
        <translation>패딩 자르기</translation>
    </message>
    <message>
        <source>output_padding</source>
        <extracomment>the output_padding phase of the timeline</extracomment>
        <translation>output_padding</translation>
    </message>
    <message>
        <source>bias</source>
        <extracomment>the bias phase of the timeline</extracomment>
        <translation>편향</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Jump to the start</source>
        <translation>처음으로 이동</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Jump to the end</source>
        <translation>끝으로 이동</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Batch element n</source>
        <translation>배치 원소 n</translation>
    </message>
    <message>
        <source>Output channel co</source>
        <translation>출력 채널 co</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>sb::ViewSettings</name>
    <message>
        <source>&amp;Overlap Heat-map</source>
        <translation>겹침 히트맵(&amp;O)</translation>
    </message>
    <message>
        <source>Colour the output by how many contributions land on each cell: the checkerboard</source>
        <translation>각 셀에 도달하는 기여 수로 출력에 색을 칠합니다: 체커보드가 드러납니다</translation>
    </message>
    <message>
        <source>&amp;Colour-blind-safe Palette</source>
        <translation>색각 이상 안전 팔레트(&amp;C)</translation>
    </message>
    <message>
        <source>Okabe–Ito colours for the input elements</source>
        <translation>입력 원소에 Okabe–Ito 색상 사용</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
</context>
<context>
    <name>sb::ZipArchive</name>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>읽을 수 있는 zip 압축 파일이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>zip entry %1 cannot be read</source>
        <translation>zip 항목 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>zip entry %1 declares %2 bytes from %3 compressed: refused as a zip bomb</source>
        <translation>zip 항목 %1이(가) 압축된 %3바이트에서 %2바이트가 나온다고 선언합니다. zip 폭탄으로 보고 거부합니다</translation>
    </message>
    <message>
        <source>its entries declare more than %1 bytes together</source>
        <translation>항목들이 모두 합쳐 %1바이트를 넘는다고 선언합니다</translation>
    </message>
    <message>
        <source>the zip holds two entries named %1</source>
        <translation>zip에 이름이 %1인 항목이 두 개 있습니다</translation>
    </message>
    <message>
        <source>zip entry %1 is missing</source>
        <translation>zip 항목 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>zip entry %1 cannot be opened (%2)</source>
        <translation>zip 항목 %1을(를) 열 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>zip entry %1 is damaged or truncated (%2)</source>
        <translation>zip 항목 %1이(가) 손상되었거나 잘렸습니다(%2)</translation>
    </message>
</context>
</TS>
