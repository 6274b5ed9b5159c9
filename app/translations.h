#pragma once

class QLocale;

namespace es {

// Installs on the running application the Eventscope translation for `locale` (compiled in
// under :/i18n) and, when the system has it, Qt's own. Without a translation the text stays
// English; that is not an error. `locale` also becomes the default QLocale, so numbers,
// sizes and dates are written as its language writes them. Returns whether an Eventscope translation was
// installed. Call after the application object exists, from the main thread.
bool installTranslations(const QLocale &locale);

} // namespace es
