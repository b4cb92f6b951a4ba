#pragma once

#include "analysis/Finding.h"

#include <QIcon>

namespace cn {

// A round badge in the severity's colour with !, ! or i; drawn, so it needs no icon theme.
QIcon severityIcon(Severity s);

} // namespace cn
