#include "ui/security/security_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace es {

QString kafkaText(std::string_view name)
{
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString resourceText(security::ResourceType type, const std::string &name)
{
    return kafkaText(security::resourceTypeName(type)) + QLatin1Char(':') + QString::fromStdString(name);
}

QString credentialsText(const ScramUserDescription &user)
{
    QStringList parts;
    for (const ScramUserDescription::Credential &c : user.credentials)
        parts << QCoreApplication::translate("SecurityText", "%1 (%2 iterations)")
                     .arg(kafkaText(security::scramMechanismName(c.mechanism)))
                     .arg(c.iterations);
    return parts.join(QStringLiteral(", "));
}

QString aclKey(const security::AclBinding &binding)
{
    return QString::fromStdString(security::describeAcl(binding));
}

} // namespace es
