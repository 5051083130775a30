// SPDX-License-Identifier: MIT
// core's value types as Qt Test data columns (QTest::addColumn<sb::Layer>), declared once for every
// test file: a second Q_DECLARE_METATYPE of a type in the same unity batch would be a redefinition.
#pragma once

#include "core/Layer.h"
#include "core/Size2.h"
#include "core/Tensor.h"

#include <QMetaType>

Q_DECLARE_METATYPE(sb::Layer)
Q_DECLARE_METATYPE(sb::Shape)
Q_DECLARE_METATYPE(sb::Size2)
Q_DECLARE_METATYPE(sb::Tensor)
