// SPDX-License-Identifier: MIT
#include "app/render/views/ImagePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"
#include "app/render/views/HeatMap.h"
#include "core/OverlapAnalysis.h"

#include <QCoreApplication>
#include <QPainter>

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <set>

namespace sb {

namespace {

struct ImagePictureText {
    Q_DECLARE_TR_FUNCTIONS(ImagePicture)
};

QString legendLabel()
{
    //: The heat-map legend's label: contributions per output pixel
    return ImagePictureText::tr("contributions");
}

QString sizeText(std::int64_t w, std::int64_t h)
{
    return QStringLiteral("%1×%2").arg(w).arg(h);
}

} // namespace

ImagePicture::ImagePicture(std::shared_ptr<const ImageExperiment> experiment) : experiment_(std::move(experiment))
{
    const ImageConvTransposeResult& r = experiment_->result;
    const OverlapMap& map = r.overlap;
    const double lo = map.minimum(), hi = map.maximum();
    overlapLevels_ = QImage(static_cast<int>(map.width()), static_cast<int>(map.height()), QImage::Format_Indexed8);
    for (std::int64_t y = 0; y < map.height(); ++y) {
        uchar* line = overlapLevels_.scanLine(static_cast<int>(y));
        for (std::int64_t x = 0; x < map.width(); ++x)
            line[x] = static_cast<uchar>(hi > lo ? std::lround((map.at(y, x) - lo) / (hi - lo) * 255.0) : 0);
    }
    const OverlapAnalysis analysis(r.geometry);
    overlapEven_ = analysis.even();
    // The interior counts, "1, 2 or 4", as OverlapAnalysis::verdict() lists them.
    std::set<std::int32_t> counts;
    for (std::int32_t row : analysis.rowPattern())
        for (std::int32_t column : analysis.columnPattern())
            counts.insert(row * column);
    QStringList listed;
    for (std::int32_t c : counts)
        listed.append(QString::number(c));
    //: Lists counts: %1 is "1, 2" and %2 is "4" in "1, 2 or 4"
    overlapCounts_ = listed.size() > 1 ? ImagePictureText::tr("%1 or %2").arg(listed.mid(0, listed.size() - 1).join(QStringLiteral(", ")),
                                                                              listed.back())
                                       : listed.value(0);

    // Row contrast: (largest − smallest phase mean) / largest magnitude, 0 for even rows.
    const std::int64_t border = r.geometry.dilation.h * (r.geometry.kernel.h - 1) + r.geometry.stride.h;
    const std::array<const Tensor*, 2> outputs{&r.output, &r.resized};
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const std::vector<double> means = rowPhaseMeans(*outputs[i], r.geometry.stride.h, border);
        const auto [lo, hi] = std::minmax_element(means.begin(), means.end());
        const double scale = std::max(std::abs(*lo), std::abs(*hi));
        rowContrast_[i] = scale > 0 ? (*hi - *lo) / scale : 0.0;
    }

    // The region magnified: kDetail output pixels square around the centre, on whole input pixels.
    const Size2 out = r.geometry.output;
    const int w = static_cast<int>(std::min<std::int64_t>(kDetail, out.w)), h = static_cast<int>(std::min<std::int64_t>(kDetail, out.h));
    region_ = QRect(static_cast<int>(out.w / 2) - w / 2, static_cast<int>(out.h / 2) - h / 2, w, h);
    layout();
}

void ImagePicture::layout()
{
    const ImageExperiment& e = *experiment_;
    const LayerGeometry& g = e.result.geometry;
    const QSize in = e.photoImage.size();
    ImageLayout::Texts texts;
    //: %1 is the photo's file name, %2 its size like 320×240
    QString inputCaption = ImagePictureText::tr("input x: %1, %2").arg(e.imageName, sizeText(in.width(), in.height()));
    if (e.originalSize.isValid() && e.originalSize != in)
        //: After the input's size: the photo's size before it was scaled down
        inputCaption += ImagePictureText::tr(" (from %1)").arg(sizeText(e.originalSize.width(), e.originalSize.height()));
    texts.captions = {inputCaption,
                      ImagePictureText::tr("ConvTranspose2d output, %1").arg(sizeText(g.output.w, g.output.h)),
                      ImagePictureText::tr("nearest upsample + Conv2d, %1").arg(sizeText(g.output.w, g.output.h)),
                      ImagePictureText::tr("contributions per output pixel")};
    texts.notes = {ImagePictureText::tr("shown at the output's size"),
                   ImagePictureText::tr("values %1 … %2 → black … white")
                       .arg(NumberFormat::plain(e.outputMin), NumberFormat::plain(e.outputMax)),
                   ImagePictureText::tr("values %1 … %2 → black … white")
                       .arg(NumberFormat::plain(e.resizedMin), NumberFormat::plain(e.resizedMax)),
                   QString()};
    texts.detailCaption = ImagePictureText::tr("magnified: the %1 output pixels in the frames above, pixel by pixel")
                              .arg(sizeText(region_.width(), region_.height()));
    const OverlapMap& map = e.result.overlap;
    // The legend measures the same in either theme.
    texts.legend = HeatMap::legendSize(HeatScale::overlap(Theme::light(), map.minimum(), map.maximum()), legendLabel(),
                                       kLegendBar);
    texts.title = moduleCall(g, false);
    layout_ = ImageLayout(g.output, region_, texts);
    captions_ = texts.captions;
    notes_ = texts.notes;
    detailCaption_ = texts.detailCaption;
}

QImage ImagePicture::image(Panel panel, const Theme& theme) const
{
    switch (panel) {
    case Input: return experiment_->photoImage;
    case Output: return experiment_->outputImage;
    case Resized: return experiment_->resizedImage;
    case Overlap: break;
    }
    const OverlapMap& map = experiment_->result.overlap;
    const HeatScale scale = HeatScale::overlap(theme, map.minimum(), map.maximum());
    QVector<QRgb> colours(256);
    for (int i = 0; i < 256; ++i)
        colours[i] = GridPainter::mix(scale.low, scale.high, i / 255.0).rgb();
    QImage coloured = overlapLevels_;
    coloured.setColorTable(colours);
    return coloured;
}

QRectF ImagePicture::sourceRegion(Panel panel) const
{
    if (panel != Input)
        return QRectF(region_);
    // The photo is shown stretched over the output's box, so the same fraction of it.
    const Size2 out = experiment_->result.geometry.output;
    const QSize in = experiment_->photoImage.size();
    const double sx = in.width() / static_cast<double>(out.w), sy = in.height() / static_cast<double>(out.h);
    return QRectF(region_.x() * sx, region_.y() * sy, region_.width() * sx, region_.height() * sy);
}

QString ImagePicture::narration(qint64 step) const
{
    Q_UNUSED(step);
    const LayerGeometry& g = experiment_->result.geometry;
    QString kernel = experiment_->kernelName;
    kernel[0] = kernel[0].toUpper();
    const bool one = overlapCounts_ == QLatin1String("1");
    // Stride 1 on one axis makes stripes along it, not a checkerboard.
    const bool stripes = g.stride.h == 1 || g.stride.w == 1;
    QString counts;
    if (overlapEven_)
        counts = one ? ImagePictureText::tr("every interior output pixel receives 1 contribution")
                     //: %1 is a count like 4
                     : ImagePictureText::tr("every interior output pixel receives %1 contributions").arg(overlapCounts_);
    else if (stripes)
        //: %1 lists counts like "1 or 2", %2 the stride like 2 or (1, 2)
        counts = (one ? ImagePictureText::tr("output pixels receive 1 contribution (stripes of period %2)")
                      : ImagePictureText::tr("output pixels receive %1 contributions (stripes of period %2)").arg(overlapCounts_))
                     .arg(pairText(g.stride));
    else
        //: %1 lists counts like "1, 2 or 4", %2 the stride like 2 or (2, 3)
        counts = (one ? ImagePictureText::tr("output pixels receive 1 contribution (a checkerboard of period %2)")
                      : ImagePictureText::tr("output pixels receive %1 contributions (a checkerboard of period %2)").arg(overlapCounts_))
                     .arg(pairText(g.stride));
    // Rows of one phase cannot differ from another when the rows have one phase (stride 1).
    if (g.stride.h == 1)
        //: %1 names the kernel ("The all-ones kernel"), %2 is the stride, %3 a clause on the contributions
        return ImagePictureText::tr("%1, stride %2: %3; with stride 1 down the rows there is no row pattern to measure.")
            .arg(kernel, pairText(g.stride), counts);
    // What the photo shows, measured: how much the rows of each phase differ on average.
    //: %1 names the kernel ("The all-ones kernel"), %2 is the stride, %3 a clause on the contributions; %4% and %5% are percentages
    return ImagePictureText::tr("%1, stride %2: %3, and the output's rows alternate in brightness by %4%; the resize-convolution's "
                          "(every pixel covered alike) by %5%.")
        .arg(kernel, pairText(g.stride), counts)
        .arg(std::lround(rowContrast_[0] * 100))
        .arg(std::lround(rowContrast_[1] * 100));
}

// One frame's painting, section by section over the layout.
class ImagePicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const ImagePicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture), L_(picture.layout_)
    {}

    void paint()
    {
        fillBackground(L_.bounds());
        paintTitle();
        for (int p = Input; p <= Overlap; ++p)
            paintPanel(static_cast<Panel>(p));
        const OverlapMap& map = pic_.experiment_->result.overlap;
        HeatMap::paintLegend(gp_, L_.legendRect().topLeft(), kLegendBar,
                             HeatScale::overlap(theme_, map.minimum(), map.maximum()), legendLabel());
        gp_.caption(L_.detailRect(Input).topLeft(), pic_.detailCaption_, true, Typography::kLabel);
        paintNarration(pic_, L_.footerRect());
    }

private:
    void paintTitle()
    {
        const ImageExperiment& e = *pic_.experiment_;
        const LayerGeometry& g = e.result.geometry;
        // A whole 3-channel layer (groups 1) mixes the colours; every other kernel keeps them apart.
        const QString subtitle =
            g.groups == 1 && g.in_channels > 1
                //: The view's subtitle when a whole layer mixes the colour channels: %1 is the view's name ("image"),
                //: %2 the photo's file name, %3 names the kernel
                ? ImagePictureText::tr(
                    "%1: %2 through %3, the channels mixed — Distill's checkerboard artifacts on a real photo, "
                    "and the resize-convolution that avoids them")
                //: The view's subtitle: %1 is the view's name ("image"), %2 the photo's file name, %3 names the kernel
                //: ("the all-ones kernel")
                : ImagePictureText::tr("%1: %2 through %3, channel by channel — Distill's checkerboard artifacts on a "
                                       "real photo, and the resize-convolution that avoids them");
        PictureChrome::paintTitle(gp_, L_.titleRect(), moduleCall(g, false),
                                  subtitle.arg(viewTitle(ViewId::Image), e.imageName, e.kernelName));
    }

    // A panel's whole image with its caption and note, where its detail comes from, and the detail.
    void paintPanel(Panel panel)
    {
        const QRectF box = L_.panelRect(panel), detail = L_.detailRect(panel);
        const QColor regionFrame = theme_.highlight;
        const QImage picture = pic_.image(panel, theme_);
        const QString& note = pic_.notes_[panel];
        // Nearest-neighbour scaling (no smoothing): the pattern is in single pixels.
        p_.drawImage(box, picture);
        gp_.frameRect(box, theme_.gridStrong, 1.0);
        gp_.caption(box.topLeft(), pic_.captions_[panel], true, Typography::kLabel);
        if (!note.isEmpty())
            gp_.text(
                QRectF(box.left(), box.bottom() + 4, Typography::width(note, Typography::kSmall) + 2, L_.noteHeight()),
                note, theme_.mutedText, Typography::kSmall, false,
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);

        // Where the detail below comes from, and the detail itself.
        const QRectF source = pic_.sourceRegion(panel);
        const double fx = box.width() / picture.width(), fy = box.height() / picture.height();
        gp_.frameRect(QRectF(box.left() + source.left() * fx, box.top() + source.top() * fy, source.width() * fx,
                             source.height() * fy),
                      regionFrame, 1.5);
        p_.drawImage(detail, picture, source);
        gp_.frameRect(detail, regionFrame, 1.5);
    }

    const ImagePicture& pic_;
    const ImageLayout& L_;
};

void ImagePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}

} // namespace sb
