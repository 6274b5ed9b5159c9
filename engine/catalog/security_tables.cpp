#include "catalog/security_tables.h"

#include "catalog/sqlite_db.h"

#include <optional>
#include <string>
#include <string_view>

namespace es {

namespace {

using namespace security;

constexpr std::string_view kAllowEveryone = "allow.everyone.if.no.acl.found"; // spelled out in SQL below
// The listeners, as Kafka's `listeners` config writes them ("SASL_SSL://127.0.0.1:9192,..."),
// and the TLS settings by the names of Kafka's ssl.* configs.
constexpr std::string_view kListeners = "listeners";
// Their names' protocols, as Kafka's listener.security.protocol.map writes them, for names
// of the user's own ("CLIENTS:SASL_SSL"); absent in catalogs of builds before such names.
constexpr std::string_view kListenerProtocols = "listener.security.protocol.map";
constexpr std::string_view kTlsCertificate = "ssl.certificate.location";
constexpr std::string_view kTlsKey = "ssl.key.location";
constexpr std::string_view kTlsClientCa = "ssl.truststore.location";
constexpr std::string_view kTlsClientAuth = "ssl.client.auth";

std::string_view clientAuthName(ClientAuth auth)
{
    switch (auth) {
    case ClientAuth::Requested: return "requested";
    case ClientAuth::Required: return "required";
    case ClientAuth::None: break;
    }
    return "none";
}

Status run(SqliteDb &db, std::string_view sql)
{
    Result<SqliteStatement> stmt = db.prepare(sql);
    if (!stmt)
        return stmt.status();
    return stmt->run();
}

Status writeCredentials(SqliteDb &db, const SecurityState &state)
{
    for (const auto &[user, credentials] : state.users)
        for (const auto &[mechanism, credential] : credentials) {
            Result<SqliteStatement> stmt =
                db.prepare("INSERT INTO scram_credentials (user, mechanism, iterations, salt, stored_key, "
                           "server_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            if (!stmt)
                return stmt.status();
            stmt->bindText(1, user);
            stmt->bindText(2, scramMechanismName(mechanism));
            stmt->bindInt64(3, credential.iterations);
            stmt->bindBlob(4, credential.salt);
            stmt->bindBlob(5, credential.storedKey);
            stmt->bindBlob(6, credential.serverKey);
            ES_RETURN_IF_ERROR(stmt->run());
        }
    return Status::ok();
}

Status writeAcls(SqliteDb &db, const SecurityState &state)
{
    std::int64_t position = 0;
    for (const AclBinding &acl : state.acls) {
        Result<SqliteStatement> stmt = db.prepare(
            "INSERT INTO acls (position, resource_type, resource_name, pattern_type, principal, host, "
            "operation, permission) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!stmt)
            return stmt.status();
        stmt->bindInt64(1, position++);
        stmt->bindText(2, resourceTypeName(acl.pattern.type));
        stmt->bindText(3, acl.pattern.name);
        stmt->bindText(4, patternTypeName(acl.pattern.patternType));
        stmt->bindText(5, acl.entry.principal);
        stmt->bindText(6, acl.entry.host);
        stmt->bindText(7, aclOperationName(acl.entry.operation));
        stmt->bindText(8, aclPermissionName(acl.entry.permission));
        ES_RETURN_IF_ERROR(stmt->run());
    }
    return Status::ok();
}

Status writeOption(SqliteDb &db, std::string_view name, const std::string &value)
{
    Result<SqliteStatement> stmt = db.prepare("INSERT INTO security_options (name, value) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.status();
    stmt->bindText(1, name);
    stmt->bindText(2, value);
    return stmt->run();
}

Status writeOptions(SqliteDb &db, const SavedSecurity &saved)
{
    for (const std::string &principal : saved.state.options.superUsers) {
        Result<SqliteStatement> stmt = db.prepare("INSERT INTO super_users (principal) VALUES (?1)");
        if (!stmt)
            return stmt.status();
        stmt->bindText(1, principal);
        ES_RETURN_IF_ERROR(stmt->run());
    }
    if (saved.allowEveryoneChosen)
        ES_RETURN_IF_ERROR(writeOption(db, kAllowEveryone,
                                       saved.state.options.allowEveryoneIfNoAclFound ? "true" : "false"));
    return Status::ok();
}

Status writeListenerOptions(SqliteDb &db, const std::vector<ListenerConfig> &listeners,
                            const TlsSettings &tls)
{
    // Every option but the one writeSecurity() keeps: those are the listeners' (and any an
    // older build wrote that this one no longer has).
    ES_RETURN_IF_ERROR(
        run(db, "DELETE FROM security_options WHERE name <> 'allow.everyone.if.no.acl.found'"));
    std::string joined;
    for (const ListenerConfig &listener : listeners)
        joined += (joined.empty() ? "" : ",") + formatListener(listener);
    ES_RETURN_IF_ERROR(writeOption(db, kListeners, joined));
    ES_RETURN_IF_ERROR(writeOption(db, kListenerProtocols, formatListenerProtocolMap(listeners)));
    ES_RETURN_IF_ERROR(writeOption(db, kTlsCertificate, tls.certificateFile.string()));
    ES_RETURN_IF_ERROR(writeOption(db, kTlsKey, tls.keyFile.string()));
    ES_RETURN_IF_ERROR(writeOption(db, kTlsClientCa, tls.clientCaFile.string()));
    return writeOption(db, kTlsClientAuth, std::string(clientAuthName(tls.clientAuth)));
}

Status unknown(const SqliteDb &db, std::string_view table, std::string_view what, const std::string &value)
{
    return Status::corruption("catalog " + db.file().string() + ": unknown " + std::string(what) + " \"" +
                              value + "\" in table " + std::string(table));
}

Status loadListeners(const SqliteDb &db, const std::string &value, const std::string &protocolsText,
                     std::vector<ListenerConfig> &out)
{
    const Result<ListenerProtocolMap> protocols = parseListenerProtocolMap(protocolsText);
    if (!protocols)
        return unknown(db, "security_options", kListenerProtocols, protocolsText);
    std::string_view rest = value;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        Result<ListenerConfig> listener = parseListener(rest.substr(0, comma), *protocols);
        if (!listener)
            return unknown(db, "security_options", "listener", value);
        out.push_back(std::move(*listener));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    return Status::ok();
}

Status loadOption(const SqliteDb &db, const std::string &name, const std::string &value, SavedSecurity &saved)
{
    if (name == kAllowEveryone) {
        if (value != "true" && value != "false")
            return unknown(db, "security_options", kAllowEveryone, value);
        saved.allowEveryoneChosen = true;
        saved.state.options.allowEveryoneIfNoAclFound = value == "true";
    } else if (name == kTlsCertificate) {
        saved.tls.certificateFile = value;
    } else if (name == kTlsKey) {
        saved.tls.keyFile = value;
    } else if (name == kTlsClientCa) {
        saved.tls.clientCaFile = value;
    } else if (name == kTlsClientAuth) {
        if (value == "required")
            saved.tls.clientAuth = ClientAuth::Required;
        else if (value == "requested")
            saved.tls.clientAuth = ClientAuth::Requested;
        else if (value != "none")
            return unknown(db, "security_options", kTlsClientAuth, value);
    }
    // Options of a newer build are skipped: each has a default that holds without it.
    return Status::ok();
}

Status loadCredentials(SqliteDb &db, SecurityState &state)
{
    Result<SqliteStatement> stmt =
        db.prepare("SELECT user, mechanism, iterations, salt, stored_key, server_key FROM scram_credentials");
    if (!stmt)
        return stmt.status();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return Status::ok();
        const std::string name = stmt->textAt(1);
        const std::optional<ScramMechanism> mechanism = parseScramMechanism(name);
        if (!mechanism)
            return unknown(db, "scram_credentials", "mechanism", name);
        state.users[stmt->textAt(0)][*mechanism] =
            ScramCredential{.mechanism = *mechanism,
                            .iterations = static_cast<std::int32_t>(stmt->int64At(2)),
                            .salt = stmt->blobAt(3),
                            .storedKey = stmt->blobAt(4),
                            .serverKey = stmt->blobAt(5)};
    }
}

// One column of an ACL row, parsed by `parse`, or Corruption naming the column.
template <typename Parse>
auto aclColumn(SqliteDb &db, const SqliteStatement &stmt, int column, std::string_view name, Parse parse)
    -> Result<typename decltype(parse(std::string_view()))::value_type>
{
    const std::string text = stmt.textAt(column);
    const auto value = parse(text);
    if (!value)
        return unknown(db, "acls", name, text);
    return *value;
}

Status loadAcls(SqliteDb &db, SecurityState &state)
{
    Result<SqliteStatement> stmt = db.prepare(
        "SELECT resource_type, resource_name, pattern_type, principal, host, operation, permission "
        "FROM acls ORDER BY position");
    if (!stmt)
        return stmt.status();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return Status::ok();
        auto type = aclColumn(db, *stmt, 0, "resource type", parseResourceType);
        auto pattern = aclColumn(db, *stmt, 2, "pattern type", parsePatternType);
        auto operation = aclColumn(db, *stmt, 5, "operation", parseAclOperation);
        auto permission = aclColumn(db, *stmt, 6, "permission", parseAclPermission);
        for (const Status &s : {type.status(), pattern.status(), operation.status(), permission.status()})
            ES_RETURN_IF_ERROR(s);
        state.acls.push_back(
            AclBinding{.pattern = {.type = *type, .name = stmt->textAt(1), .patternType = *pattern},
                       .entry = {.principal = stmt->textAt(3),
                                 .host = stmt->textAt(4),
                                 .operation = *operation,
                                 .permission = *permission}});
    }
}

Status loadOptions(SqliteDb &db, SavedSecurity &saved)
{
    Result<SqliteStatement> users = db.prepare("SELECT principal FROM super_users");
    if (!users)
        return users.status();
    for (;;) {
        Result<bool> row = users->step();
        if (!row)
            return row.status();
        if (!*row)
            break;
        saved.state.options.superUsers.insert(users->textAt(0));
    }
    Result<SqliteStatement> options = db.prepare("SELECT name, value FROM security_options");
    if (!options)
        return options.status();
    // The listeners need their names' protocols, which may come in any row.
    std::string listeners;
    std::string protocols;
    for (;;) {
        Result<bool> row = options->step();
        if (!row)
            return row.status();
        if (!*row)
            break;
        const std::string name = options->textAt(0);
        if (name == kListeners)
            listeners = options->textAt(1);
        else if (name == kListenerProtocols)
            protocols = options->textAt(1);
        else
            ES_RETURN_IF_ERROR(loadOption(db, name, options->textAt(1), saved));
    }
    return loadListeners(db, listeners, protocols, saved.listeners);
}

} // namespace

Status writeSecurity(SqliteDb &db, const SavedSecurity &saved)
{
    for (const char *table : {"DELETE FROM scram_credentials", "DELETE FROM acls", "DELETE FROM super_users"})
        ES_RETURN_IF_ERROR(run(db, table));
    ES_RETURN_IF_ERROR(run(db, "DELETE FROM security_options WHERE name = 'allow.everyone.if.no.acl.found'"));
    ES_RETURN_IF_ERROR(writeCredentials(db, saved.state));
    ES_RETURN_IF_ERROR(writeAcls(db, saved.state));
    ES_RETURN_IF_ERROR(writeOptions(db, saved));
    return saved.listeners.empty() ? Status::ok() : writeListenerOptions(db, saved.listeners, saved.tls);
}

Status writeListeners(SqliteDb &db, const std::vector<ListenerConfig> &listeners, const TlsSettings &tls)
{
    return writeListenerOptions(db, listeners, tls);
}

Result<SavedSecurity> loadSecurity(SqliteDb &db)
{
    // One read transaction: the tables come from the same commit.
    SqliteTransaction snapshot(db);
    ES_RETURN_IF_ERROR(snapshot.begin("loading the security state"));
    SavedSecurity saved;
    ES_RETURN_IF_ERROR(loadCredentials(db, saved.state));
    ES_RETURN_IF_ERROR(loadAcls(db, saved.state));
    ES_RETURN_IF_ERROR(loadOptions(db, saved));
    return saved;
}

} // namespace es
