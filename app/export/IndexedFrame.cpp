// SPDX-License-Identifier: MIT
#include "app/export/IndexedFrame.h"

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <limits>

namespace sb {

namespace {

// An open-addressing map colour → number (a pixel count, then a palette index), growing as
// needed: a frame has a few thousand colours at most, and a lookup per pixel must be cheap.
class ColorMap {
public:
    static constexpr int kNone = -1;

    int* find(QRgb c)
    {
        std::size_t slot = hash(c);
        while (used_[slot]) {
            if (keys_[slot] == c)
                return &values_[slot];
            slot = (slot + 1) & mask_;
        }
        return nullptr;
    }
    int& operator[](QRgb c)
    {
        if (int* value = find(c))
            return *value;
        if ((size_ + 1) * 2 > keys_.size())
            grow();
        std::size_t slot = hash(c);
        while (used_[slot])
            slot = (slot + 1) & mask_;
        used_[slot] = true;
        keys_[slot] = c;
        values_[slot] = 0;
        ++size_;
        return values_[slot];
    }
    std::size_t size() const { return size_; }
    template <typename F>
    void forEach(F f) const
    {
        for (std::size_t i = 0; i < keys_.size(); ++i)
            if (used_[i])
                f(keys_[i], values_[i]);
    }

private:
    std::size_t hash(QRgb c) const { return static_cast<std::uint32_t>(c * 2654435761u) >> shift_; }  // Fibonacci hashing
    void grow()
    {
        ColorMap bigger;
        bigger.resize(keys_.size() * 2);
        forEach([&](QRgb c, int v) { bigger[c] = v; });
        *this = std::move(bigger);
    }
    void resize(std::size_t capacity)  // a power of two
    {
        keys_.assign(capacity, 0);
        values_.assign(capacity, 0);
        used_.assign(capacity, false);
        mask_ = capacity - 1;
        shift_ = 32;
        for (std::size_t s = capacity; s > 1; s /= 2)
            --shift_;
    }

public:
    ColorMap() { resize(1024); }

private:
    std::vector<QRgb> keys_;
    std::vector<int> values_;
    std::vector<bool> used_;
    std::size_t size_ = 0, mask_ = 0;
    int shift_ = 0;
};

} // namespace

IndexedFrame IndexedFrame::quantize(const QImage& source, const QRect& area, bool transparent, const QImage* previous)
{
    // Straight (not premultiplied) colours: a half-transparent edge keeps its hue in the palette.
    const QImage image = source.format() == QImage::Format_ARGB32 || source.format() == QImage::Format_RGB32
                             ? source
                             : source.convertToFormat(transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    IndexedFrame frame;
    frame.area_ = area;
    const int w = area.width(), h = area.height();
    const auto count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    frame.indices_.assign(count, 0);
    const bool seeThrough = transparent || previous;
    const int maxColors = seeThrough ? 255 : 256;

    // The area's pixels as opaque colours, and which take the transparent index: those less than
    // half opaque, and those the previous frame already shows.
    std::vector<QRgb> pixels(count);
    std::vector<bool> clear(count, false);
    for (int y = 0; y < h; ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(area.top() + y)) + area.left();
        const auto* before = previous ? reinterpret_cast<const QRgb*>(previous->constScanLine(area.top() + y)) + area.left() : nullptr;
        for (int x = 0; x < w; ++x) {
            const auto i = static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
            pixels[i] = row[x] | 0xff000000u;
            clear[i] = (transparent && qAlpha(row[x]) < 128) || (before && before[x] == row[x]);
        }
    }

    // How often each colour is used (runs of one colour are counted without a lookup each).
    ColorMap uses;
    {
        QRgb last = 0;
        int* lastCount = nullptr;
        for (std::size_t i = 0; i < count; ++i) {
            if (clear[i])
                continue;
            if (!lastCount || pixels[i] != last) {
                last = pixels[i];
                lastCount = &uses[last];
            }
            ++*lastCount;
        }
    }

    // The exact colours: all of them when they fit, else the most used.
    std::vector<std::pair<int, QRgb>> byUse;
    byUse.reserve(uses.size());
    uses.forEach([&](QRgb c, int n) { byUse.emplace_back(n, c); });
    frame.exact_ = static_cast<int>(byUse.size()) <= maxColors;
    const int exactCount = frame.exact_ ? static_cast<int>(byUse.size()) : std::min(kExactEntries, maxColors);
    std::partial_sort(byUse.begin(), byUse.begin() + exactCount, byUse.end(), std::greater<>());
    std::vector<QRgb> colors;
    ColorMap indexOf;
    for (int i = 0; i < exactCount; ++i) {
        colors.push_back(byUse[static_cast<std::size_t>(i)].second);
        indexOf[colors.back()] = i + 1;  // 0 stands for "not an exact colour"
    }

    // The rest: giflib's median cut over the pixels left, as one row.
    std::vector<std::size_t> rest;
    {
        QRgb last = 0;
        int lastIndex = -1;
        for (std::size_t i = 0; i < count; ++i) {
            if (clear[i])
                continue;
            if (lastIndex < 0 || pixels[i] != last) {
                last = pixels[i];
                const int* found = indexOf.find(last);
                lastIndex = found ? *found : 0;
            }
            if (lastIndex > 0)
                frame.indices_[i] = static_cast<std::uint8_t>(lastIndex - 1);
            else
                rest.push_back(i);
        }
    }
    if (!rest.empty()) {
        std::vector<GifByteType> red(rest.size()), green(rest.size()), blue(rest.size()), out(rest.size());
        for (std::size_t k = 0; k < rest.size(); ++k) {
            red[k] = static_cast<GifByteType>(qRed(pixels[rest[k]]));
            green[k] = static_cast<GifByteType>(qGreen(pixels[rest[k]]));
            blue[k] = static_cast<GifByteType>(qBlue(pixels[rest[k]]));
        }
        int size = maxColors - exactCount;
        std::vector<GifColorType> map(256);
        if (GifQuantizeBuffer(static_cast<unsigned>(rest.size()), 1, &size, red.data(), green.data(), blue.data(),
                              out.data(), map.data())
            == GIF_ERROR) {
            size = 1;  // out of memory in giflib: the rest all take one colour
            std::fill(out.begin(), out.end(), GifByteType{0});
        }
        // Each quantised entry becomes the mean of the pixels it stands for.
        std::vector<std::array<std::uint64_t, 4>> sums(static_cast<std::size_t>(size), {0, 0, 0, 0});
        for (std::size_t k = 0; k < rest.size(); ++k) {
            auto& s = sums[out[k]];
            s[0] += red[k];
            s[1] += green[k];
            s[2] += blue[k];
            s[3] += 1;
            frame.indices_[rest[k]] = static_cast<std::uint8_t>(exactCount + out[k]);
        }
        for (const auto& s : sums) {
            const std::uint64_t n = std::max<std::uint64_t>(s[3], 1);
            colors.push_back(qRgb(static_cast<int>((s[0] + n / 2) / n), static_cast<int>((s[1] + n / 2) / n),
                                  static_cast<int>((s[2] + n / 2) / n)));
        }
        // The cut boxes are coarse; an antialiased edge is a blend of two exact colours and often
        // lies nearer one of them. Each remaining colour takes its nearest entry of the whole palette.
        ColorMap nearest;
        for (std::size_t k = 0; k < rest.size(); ++k) {
            const QRgb c = pixels[rest[k]];
            int& entry = nearest[c];
            if (entry == 0) {
                int best = 0, bestDistance = std::numeric_limits<int>::max();
                for (std::size_t e = 0; e < colors.size(); ++e) {
                    const int dr = qRed(c) - qRed(colors[e]), dg = qGreen(c) - qGreen(colors[e]), db = qBlue(c) - qBlue(colors[e]);
                    const int d = dr * dr + dg * dg + db * db;
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = static_cast<int>(e);
                    }
                }
                entry = best + 1;  // 0 stands for "not looked up yet"
            }
            frame.indices_[rest[k]] = static_cast<std::uint8_t>(entry - 1);
        }
    }

    if (seeThrough) {
        frame.transparentIndex_ = static_cast<int>(colors.size());
        colors.push_back(qRgb(0, 0, 0));
        for (std::size_t i = 0; i < count; ++i)
            if (clear[i])
                frame.indices_[i] = static_cast<std::uint8_t>(frame.transparentIndex_);
    }
    std::size_t padded = 2;
    while (padded < colors.size())
        padded *= 2;
    colors.resize(padded, qRgb(0, 0, 0));
    frame.palette_ = std::move(colors);
    return frame;
}

} // namespace sb
