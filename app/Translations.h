#pragma once

class QCoreApplication;

namespace cn {

// Installs the Dutch or German translation (and Qt's own) on `app`: the language of the
// setting ui/language, or else the system's. English needs none.
void installTranslations(QCoreApplication &app);

} // namespace cn
