#include "ui/produce/template_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace es {

namespace {

QJsonObject toJson(const RecordTemplateSet &set)
{
    QJsonArray headers;
    for (const auto &[name, value] : set.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(name)},
                                   {QStringLiteral("value"), QString::fromStdString(value)}});
    return QJsonObject{{QStringLiteral("name"), QString::fromStdString(set.name)},
                       {QStringLiteral("key"), QString::fromStdString(set.key)},
                       {QStringLiteral("value"), QString::fromStdString(set.value)},
                       {QStringLiteral("headers"), headers}};
}

RecordTemplateSet fromJson(const QJsonObject &o)
{
    RecordTemplateSet set;
    set.name = o.value(QStringLiteral("name")).toString().toStdString();
    set.key = o.value(QStringLiteral("key")).toString().toStdString();
    set.value = o.value(QStringLiteral("value")).toString().toStdString();
    for (const QJsonValue &h : o.value(QStringLiteral("headers")).toArray()) {
        const QJsonObject header = h.toObject();
        set.headers.emplace_back(header.value(QStringLiteral("name")).toString().toStdString(),
                                 header.value(QStringLiteral("value")).toString().toStdString());
    }
    return set;
}

} // namespace

TemplateStore::TemplateStore(const QString &dataDir) : m_path(QDir(dataDir).filePath(fileName())) {}

const std::vector<RecordTemplateSet> &TemplateStore::builtIns()
{
    static const std::vector<RecordTemplateSet> sets = [] {
        std::vector<RecordTemplateSet> v;
        v.push_back({"order created",
                     "order-{{seq}}",
                     R"({"orderId":"{{uuid}}","customer":"customer-{{int 1 50}}","amount":{{int 5 500}},)"
                     R"("currency":"{{pick EUR|USD|GBP}}","createdAt":"{{now_iso}}"})",
                     {{"event-type", "order.created"}, {"source", "eventscope"}}});
        v.push_back({"page view",
                     "user-{{int 1 20}}",
                     R"({"user":"user-{{int 1 20}}","page":"/{{pick home|products|cart|checkout}}",)"
                     R"("at":{{now}}})",
                     {{"event-type", "page.viewed"}}});
        v.push_back({"log line", "", "{{now_iso}} {{pick INFO|INFO|INFO|WARN|ERROR}} {{words 8}}", {}});
        return v;
    }();
    return sets;
}

bool TemplateStore::isBuiltIn(const QString &name)
{
    const std::string n = name.toStdString();
    return std::any_of(builtIns().begin(), builtIns().end(), [&](const auto &s) { return s.name == n; });
}

const RecordTemplateSet *TemplateStore::find(const QString &name) const
{
    const std::string n = name.toStdString();
    for (const auto &s : m_saved)
        if (s.name == n)
            return &s;
    return nullptr;
}

QString TemplateStore::load()
{
    m_saved.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return tr("%1 is damaged (%2); its templates are not shown.")
            .arg(QDir::toNativeSeparators(m_path), error.errorString());
    for (const QJsonValue &v : doc.object().value(QStringLiteral("templates")).toArray()) {
        RecordTemplateSet set = fromJson(v.toObject());
        if (!set.name.empty() && !find(QString::fromStdString(set.name)))
            m_saved.push_back(std::move(set));
    }
    return {};
}

QString TemplateStore::checkName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return tr("Give the template a name.");
    if (isBuiltIn(name))
        return tr("\"%1\" is the name of a built-in example; choose another name.").arg(name);
    return {};
}

QString TemplateStore::save(const RecordTemplateSet &set)
{
    if (QString problem = checkName(QString::fromStdString(set.name)); !problem.isEmpty())
        return problem;
    auto sets = m_saved;
    auto it = std::find_if(sets.begin(), sets.end(), [&](const auto &s) { return s.name == set.name; });
    if (it != sets.end())
        *it = set;
    else
        sets.push_back(set);
    return write(sets);
}

QString TemplateStore::rename(const QString &from, const QString &to)
{
    if (QString problem = checkName(to); !problem.isEmpty())
        return problem;
    auto sets = m_saved;
    auto it =
        std::find_if(sets.begin(), sets.end(), [&](const auto &s) { return s.name == from.toStdString(); });
    if (it == sets.end())
        return tr("There is no saved template \"%1\".").arg(from);
    if (from != to && find(to))
        return tr("A template named \"%1\" exists already.").arg(to);
    it->name = to.toStdString();
    return write(sets);
}

QString TemplateStore::remove(const QString &name)
{
    auto sets = m_saved;
    const auto removed = std::erase_if(sets, [&](const auto &s) { return s.name == name.toStdString(); });
    if (removed == 0)
        return tr("There is no saved template \"%1\".").arg(name);
    return write(sets);
}

QString TemplateStore::write(const std::vector<RecordTemplateSet> &sets)
{
    QJsonArray array;
    for (const auto &s : sets)
        array.append(toJson(s));
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("templates"), array}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // QSaveFile writes a temporary file next to the target and renames it over on commit.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return tr("Cannot save the templates to %1: %2")
            .arg(QDir::toNativeSeparators(m_path), file.errorString());
    m_saved = sets;
    return {};
}

} // namespace es
