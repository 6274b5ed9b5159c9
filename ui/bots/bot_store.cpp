#include "ui/bots/bot_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace es {

namespace {

constexpr int kVersion = 1;

QString keysName(KeyDistribution keys)
{
    switch (keys) {
    case KeyDistribution::Sequential: return QStringLiteral("sequential");
    case KeyDistribution::Random: return QStringLiteral("random");
    case KeyDistribution::HotKey: return QStringLiteral("hot-key");
    default: return QStringLiteral("none");
    }
}

KeyDistribution keysFrom(const QString &name)
{
    if (name == QLatin1String("sequential"))
        return KeyDistribution::Sequential;
    if (name == QLatin1String("random"))
        return KeyDistribution::Random;
    if (name == QLatin1String("hot-key"))
        return KeyDistribution::HotKey;
    return KeyDistribution::None;
}

QString str(const std::string &s) { return QString::fromStdString(s); }

QJsonObject toJson(const BotDefinition &d)
{
    QJsonObject o{{QStringLiteral("running"), d.running}};
    if (d.kind == BotKind::Producer) {
        const ProducerBotConfig &p = d.producer;
        o.insert(QStringLiteral("kind"), QStringLiteral("producer"));
        o.insert(QStringLiteral("name"), str(p.name));
        o.insert(QStringLiteral("topic"), str(p.topic));
        o.insert(QStringLiteral("rate"), p.ratePerSecond);
        o.insert(QStringLiteral("keys"), keysName(p.keys));
        o.insert(QStringLiteral("keyCount"), static_cast<qint64>(p.keyCount));
        o.insert(QStringLiteral("hotKeyShare"), p.hotKeyShare);
        o.insert(QStringLiteral("value"), str(p.valueTemplate));
        return o;
    }
    const ConsumerGroupBotConfig &g = d.group;
    QJsonArray topics;
    for (const auto &t : g.topics)
        topics.append(str(t));
    o.insert(QStringLiteral("kind"), QStringLiteral("consumer-group"));
    o.insert(QStringLiteral("name"), str(g.name));
    o.insert(QStringLiteral("group"), str(g.groupId));
    o.insert(QStringLiteral("topics"), topics);
    o.insert(QStringLiteral("members"), g.members);
    o.insert(QStringLiteral("processingMs"), g.processingMs);
    o.insert(QStringLiteral("errorRate"), g.errorRate);
    o.insert(QStringLiteral("fromLatest"), g.autoOffsetReset == OffsetReset::Latest);
    return o;
}

std::optional<BotDefinition> fromJson(const QJsonObject &o)
{
    BotDefinition d;
    d.running = o.value(QStringLiteral("running")).toBool();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("producer")) {
        d.kind = BotKind::Producer;
        ProducerBotConfig &p = d.producer;
        p.name = o.value(QStringLiteral("name")).toString().toStdString();
        p.topic = o.value(QStringLiteral("topic")).toString().toStdString();
        p.ratePerSecond = o.value(QStringLiteral("rate")).toDouble(p.ratePerSecond);
        p.keys = keysFrom(o.value(QStringLiteral("keys")).toString());
        p.keyCount = o.value(QStringLiteral("keyCount")).toInteger(p.keyCount);
        p.hotKeyShare = o.value(QStringLiteral("hotKeyShare")).toDouble(p.hotKeyShare);
        if (o.contains(QStringLiteral("value")))
            p.valueTemplate = o.value(QStringLiteral("value")).toString().toStdString();
        return p.topic.empty() ? std::nullopt : std::optional(d);
    }
    if (kind != QLatin1String("consumer-group"))
        return std::nullopt;
    d.kind = BotKind::ConsumerGroup;
    ConsumerGroupBotConfig &g = d.group;
    g.name = o.value(QStringLiteral("name")).toString().toStdString();
    g.groupId = o.value(QStringLiteral("group")).toString().toStdString();
    for (const QJsonValue &t : o.value(QStringLiteral("topics")).toArray())
        g.topics.push_back(t.toString().toStdString());
    g.members = o.value(QStringLiteral("members")).toInt(g.members);
    g.processingMs = o.value(QStringLiteral("processingMs")).toDouble(g.processingMs);
    g.errorRate = o.value(QStringLiteral("errorRate")).toDouble(g.errorRate);
    g.autoOffsetReset =
        o.value(QStringLiteral("fromLatest")).toBool() ? OffsetReset::Latest : OffsetReset::Earliest;
    return g.groupId.empty() || g.topics.empty() ? std::nullopt : std::optional(d);
}

} // namespace

BotStore::BotStore(const QString &dataDir) : m_path(QDir(dataDir).filePath(fileName())) {}

std::vector<BotDefinition> BotStore::load(QString *error) const
{
    std::vector<BotDefinition> out;
    QFile file(m_path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return out;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), parse.errorString());
        return out;
    }
    // Entries this version cannot make a bot of are skipped, not fatal.
    for (const QJsonValue &v : doc.object().value(QStringLiteral("bots")).toArray())
        if (auto d = fromJson(v.toObject()))
            out.push_back(std::move(*d));
    return out;
}

QString BotStore::save(const std::vector<BotDefinition> &bots) const
{
    QJsonArray list;
    for (const BotDefinition &d : bots)
        list.append(toJson(d));
    const QJsonObject root{{QStringLiteral("version"), kVersion}, {QStringLiteral("bots"), list}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return tr("Cannot save the simulated clients to %1: %2")
            .arg(QDir::toNativeSeparators(m_path), file.errorString());
    return {};
}

} // namespace es
