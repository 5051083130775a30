// SPDX-License-Identifier: MIT
// AdjointLayout: where every line of the adjoint view sits, in world coordinates — the title, the
// paragraphs wrapped to the picture's measure with the font that draws them and stacked (a
// heading with air above it), and the footer. Shared by painting and tests.
#pragma once

#include <QRectF>
#include <QString>

#include <vector>

namespace sb {

class AdjointLayout {
public:
    static constexpr double kWidth = 980.0;

    struct Paragraph {
        QString text;
        double px = 0;
        bool bold = false;
        bool muted = false;
    };
    // A wrapped line of a paragraph, placed.
    struct Line {
        QString text;
        double px = 0;
        bool bold = false;
        bool muted = false;
        QRectF rect;
    };

    AdjointLayout() = default;
    AdjointLayout(const QString& title, const std::vector<Paragraph>& paragraphs);

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const;
    const std::vector<Line>& lines() const { return lines_; }

private:
    std::vector<Line> lines_;
    QRectF bounds_, title_;
};

}  // namespace sb
