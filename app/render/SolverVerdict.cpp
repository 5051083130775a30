// SPDX-License-Identifier: MIT
#include "app/render/SolverVerdict.h"

#include <QCoreApplication>

namespace sb {

namespace {

struct SolverVerdictText {
    Q_DECLARE_TR_FUNCTIONS(SolverVerdict)
};

} // namespace

QString overlapName(AxisOverlap overlap)
{
    switch (overlap) {
    case AxisOverlap::Even: return QStringLiteral("even");
    case AxisOverlap::Uneven: return QStringLiteral("uneven");
    case AxisOverlap::Holes: return QStringLiteral("holes");
    }
    return {};
}

QString solverVerdict(const AxisSetting& a)
{
    QString text;
    switch (a.overlap) {
    case AxisOverlap::Even:
        // Every residue of k·d mod s holds as many taps: kernel_size / stride of them.
        text = a.kernel_size / a.stride == 1 ? SolverVerdictText::tr("even: 1 tap reaches every interior cell")
                                             //: %1 taps per output cell on this axis, 2 or more
                                             : SolverVerdictText::tr("even: %1 taps reach every interior cell").arg(a.kernel_size / a.stride);
        break;
    case AxisOverlap::Uneven:
        text = SolverVerdictText::tr("uneven: interior cells get different numbers of taps (a checkerboard)");
        break;
    case AxisOverlap::Holes:
        text = SolverVerdictText::tr("holes: some output cells get no tap (the kernel reaches less than the stride)");
        break;
    }
    if (a.cropsWholeCopies)
        //: %1 the padding, %2 how far one kernel copy reaches
        text += SolverVerdictText::tr("; padding %1 crops whole kernel copies (one reaches %2)")
                    .arg(a.padding)
                    .arg(a.dilation * (a.kernel_size - 1) + 1);
    return text;
}

QString solverVerdict(const AxisSetting& height, const AxisSetting& width)
{
    const QString h = solverVerdict(height), w = solverVerdict(width);
    if (h == w)
        return h;
    //: the verdicts of the height and the width axis
    return SolverVerdictText::tr("height %1 · width %2").arg(h, w);
}

} // namespace sb
