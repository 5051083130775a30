// SPDX-License-Identifier: MIT
// ShapeLayout: where every part of the shape view sits, in world coordinates — the title; per axis
// row the formula's term boxes (each as wide as the widest of its texts on every row) with the
// label in front of them; per axis row the round trip with Conv2d (its output_padding, size and
// Conv2d columns, the input-size box the candidates converge on, the explanation beside them);
// seed 000's table with columns as wide as their widest cell; and the footer. Measured from the
// texts the picture writes; shared by painting and hit testing.
#pragma once

#include "app/render/PictureChrome.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace sb {

class ShapeLayout {
public:
    static constexpr int kTermCount = 6;
    static constexpr double kOperatorWidth = 44.0;
    static constexpr double kTermBox = 68.0;    // height of a term box
    static constexpr double kLinePitch = 48.0;  // one candidate of the round trip
    static constexpr double kTripHeader = 26.0;
    static constexpr double kTableRow = 34.0;
    static constexpr double kPieceSize = 17.0;   // a term with the layer's numbers
    static constexpr double kResultSize = 24.0;  // the result in its box
    static constexpr double kOperatorSize = 20.0;

    // What the layout measures of an axis row: each term's label, its piece with the layer's
    // numbers and its value ("= 6"; the last term, the result, has none), every line the round trip
    // can write, its candidates and the one output_padding picks (−1: none), and the explanation.
    struct AxisTexts {
        std::array<QString, kTermCount> labels, pieces, values;
        QStringList tripLines;
        std::int64_t candidates = 0, picked = -1;
        QString why;
    };
    struct Texts {
        QString title;
        std::vector<AxisTexts> axes;
        QString termsCaption, tripCaption, tableCaption;
        QString tripHeader;  // the Conv2d formula over the round trip's lines
        QStringList tableHeaders;
        std::vector<QStringList> tableRows;
    };
    // An axis row placed: its term row, its round-trip block, and the candidates drawn in it (in
    // order; −1 for a "⋮" line standing for those left out).
    struct Row {
        double termTop = 0, tripTop = 0, tripHeight = 0;
        std::vector<std::int64_t> shown;
    };

    ShapeLayout() = default;
    explicit ShapeLayout(const Texts& texts);

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    const std::vector<Row>& rows() const { return rows_; }
    // The captions' baselines.
    double termsCaptionY() const { return termsCaption_; }
    double tripCaptionY() const { return tripCaption_; }
    double tableCaptionY() const { return tableCaption_; }

    // The term row: the label in front of the boxes, and each term's box.
    QRectF termLabelRect(std::size_t row) const;
    QRectF termRect(std::size_t row, int term) const;
    // The round trip: its header line and columns, each candidate line, the box of candidate
    // `index` (empty when not drawn), the input-size box and the explanation beside them.
    double tripPadWidth() const { return tripPad_; }
    double tripBoxLeft() const { return tripBox_; }
    double tripTextLeft() const { return tripText_; }
    double tripTextWidth() const { return tripTextWidth_; }
    double candidateRowTop(std::size_t row, std::size_t line) const;
    QRectF candidateRect(std::size_t row, std::int64_t index) const;
    QRectF inputSizeRect(std::size_t row) const;
    QRectF whyRect(std::size_t row) const;
    // Seed 000's table: row 0 is the layer's (the header sits above it), and a cell's text box.
    QRectF tableRowRect(std::size_t row) const;
    QRectF tableCellRect(double top, int column) const;

private:
    static constexpr double kPreferredWidth = 1360.0;  // the picture's width unless its texts need more
    static constexpr double kCaptionRoom = 30.0;       // a caption's line

    std::vector<Row> rows_;
    std::array<double, kTermCount> termWidths_{};
    std::array<double, 8> columnWidths_{};
    double width_ = 0, labelWidth_ = 0, termRow_ = 0;
    double tripPad_ = 0, tripBox_ = 0, tripText_ = 0, tripTextWidth_ = 0, tripTarget_ = 0, tripWhy_ = 0;
    QRectF bounds_, title_, footer_;
    double termsCaption_ = 0, tripCaption_ = 0, tableCaption_ = 0, tableTop_ = 0;
};

}  // namespace sb
