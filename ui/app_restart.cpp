#include "ui/app_restart.h"

#include <QApplication>

namespace es {

namespace {

bool g_requested = false;

} // namespace

void AppRestart::request()
{
    g_requested = true;
    QApplication::closeAllWindows();
}

bool AppRestart::requested() { return g_requested; }

} // namespace es
