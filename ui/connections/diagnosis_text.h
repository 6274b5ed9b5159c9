#pragma once

#ifndef Q_MOC_RUN
#include "remote/connection_diagnosis.h"
#endif

#include <QString>

namespace es {

// What a connection test found, in words a person can act on, and whether it is good news.
struct DiagnosisText {
    QString text;
    bool ok = false;
};

DiagnosisText diagnosisText(const ConnectionDiagnosis &diagnosis);

} // namespace es
