#include "ui/topics/admin_error_text.h"

#include <QCoreApplication>

namespace es {

QString adminErrorText(ErrorCode error, const std::string &message)
{
    if (error == ErrorCode::None)
        return {};
    const QString name =
        QString::fromLatin1(errorName(error).data(), static_cast<qsizetype>(errorName(error).size()));
    QString words = QString::fromStdString(message);
    if (words.isEmpty())
        words = QString::fromStdString(std::string(errorMessage(error)));
    return QCoreApplication::translate("es::AdminError", "%1 (%2)").arg(words, name);
}

} // namespace es
