#include "ui/security/security_reading.h"

namespace es {

namespace {

// Keeps the value, or the first error of the reading.
template <typename T>
void take(Result<T> result, T &into, std::string &error)
{
    if (result.isOk())
        into = std::move(result).value();
    else if (error.empty())
        error = result.status().message();
}

} // namespace

SecurityReading readSecurity(SecurityAdmin &admin)
{
    SecurityReading out;
    out.abilities = admin.abilities();
    if (out.abilities.listeners) {
        SecurityDescription description;
        take(admin.describeSecurity(), description, out.error);
        out.description = std::move(description);
    }
    if (out.abilities.users)
        take(admin.describeUsers(), out.users, out.error);
    if (out.abilities.acls)
        take(admin.describeAcls(security::AclBindingFilter{}), out.acls, out.error);
    if (out.abilities.denials) {
        take(admin.recentDenials(), out.denials, out.error);
        take(admin.recentRequests(), out.requests, out.error);
    }
    return out;
}

} // namespace es
