// SPDX-License-Identifier: MIT
#include "app/render/Inspection.h"

#include "app/render/NumberFormat.h"

namespace sb {

QString formatValue(double v)
{
    return NumberFormat::plain(v);
}

} // namespace sb
