#include "ui/cluster/broker_configs_model.h"

#include "ui/topics/config_value_words.h"

#include <QApplication>
#include <QPalette>

#include <limits>

namespace es {

namespace {

// Kafka's hours, minutes and seconds configs in the words of a *.ms one.
QString inWords(const BrokerConfigDescription &c, const QString &value)
{
    qint64 factor = 0;
    switch (c.unit) {
    case ConfigUnit::Hours: factor = 3'600'000; break;
    case ConfigUnit::Minutes: factor = 60'000; break;
    case ConfigUnit::Seconds: factor = 1'000; break;
    case ConfigUnit::Milliseconds: return configValueInWords("x.ms", value);
    case ConfigUnit::SizeInBytes: return configValueInWords("x.bytes", value);
    case ConfigUnit::None: return {};
    }
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0 || n > std::numeric_limits<qint64>::max() / factor)
        return {};
    return configValueInWords("x.ms", QString::number(n * factor));
}

} // namespace

void BrokerConfigsModel::setConfigs(std::vector<BrokerConfigDescription> configs, bool forBroker)
{
    beginResetModel();
    m_configs = std::move(configs);
    m_forBroker = forBroker;
    endResetModel();
}

const BrokerConfigDescription *BrokerConfigsModel::config(int row) const
{
    return row >= 0 && row < rowCount() ? &m_configs[static_cast<std::size_t>(row)] : nullptr;
}

int BrokerConfigsModel::rowOf(const QString &name) const
{
    const std::string wanted = name.toStdString();
    for (std::size_t row = 0; row < m_configs.size(); ++row)
        if (m_configs[row].name == wanted)
            return static_cast<int>(row);
    return -1;
}

int BrokerConfigsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_configs.size());
}

int BrokerConfigsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BrokerConfigsModel::valueText(const BrokerConfigDescription &c)
{
    if (c.sensitive)
        return tr("(hidden)");
    if (!c.value) {
        // Unset, a synonym decides: log.retention.ms by log.retention.hours.
        for (const ConfigSynonym &s : c.synonyms)
            if (s.value && s.name != c.name) {
                BrokerConfigDescription synonym;
                synonym.name = s.name;
                synonym.value = s.value;
                synonym.unit = configUnitOf(s.name);
                return tr("%1 (by %2)").arg(valueText(synonym), QString::fromStdString(s.name));
            }
        return tr("(none)");
    }
    const QString raw = QString::fromStdString(*c.value);
    const QString words = inWords(c, raw);
    return words.isEmpty() ? raw : words;
}

QString BrokerConfigsModel::sourceMarker(ConfigSource source)
{
    switch (source) {
    case ConfigSource::DynamicBroker: return tr("this broker");
    case ConfigSource::DynamicDefaultBroker: return tr("all brokers");
    case ConfigSource::StaticBroker: return tr("command line");
    case ConfigSource::DynamicTopic:
    case ConfigSource::Default:
    case ConfigSource::Unknown: break;
    }
    return tr("default");
}

QString BrokerConfigsModel::sourceToolTip(ConfigSource source)
{
    switch (source) {
    case ConfigSource::DynamicBroker: return tr("Set for this broker alone; it wins over every other value.");
    case ConfigSource::DynamicDefaultBroker:
        return tr("Set for all brokers while the cluster runs; a broker's own value would win over it.");
    case ConfigSource::StaticBroker:
        return tr("Given with --config when the cluster started; a value set while it runs wins over it.");
    case ConfigSource::DynamicTopic:
    case ConfigSource::Default:
    case ConfigSource::Unknown: break;
    }
    return tr("Nobody set it: the broker's default.");
}

QVariant BrokerConfigsModel::data(const QModelIndex &index, int role) const
{
    const BrokerConfigDescription *c = config(index.row());
    if (!c)
        return {};
    ConfigSource source = c->source;
    // All brokers' view has no broker of its own: what a broker set is not shown there.
    if (!m_forBroker && source == ConfigSource::DynamicBroker)
        source = ConfigSource::Unknown;
    switch (role) {
    case NameRole: return QString::fromStdString(c->name);
    case RawValueRole: return c->value && !c->sensitive ? QString::fromStdString(*c->value) : QString();
    case EditableRole: return !c->readOnly;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return QString::fromStdString(c->name);
        case ValueColumn: return valueText(*c);
        case SourceColumn: return sourceMarker(source);
        case DescriptionColumn: return QString::fromStdString(c->documentation);
        default: return {};
        }
    case Qt::ToolTipRole: {
        if (c->readOnly)
            return tr("Read-only: Kafka reads this setting only when a broker starts, so it cannot be "
                      "changed while the cluster runs.");
        if (index.column() == SourceColumn)
            return sourceToolTip(source);
        if (index.column() == ValueColumn && c->value && !c->sensitive)
            return QString::fromStdString(*c->value);
        if (index.column() == DescriptionColumn)
            return QString::fromStdString(c->documentation);
        return {};
    }
    case Qt::ForegroundRole:
        if (c->readOnly)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

QVariant BrokerConfigsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Config");
    case ValueColumn: return tr("Value");
    case SourceColumn: return tr("From");
    case DescriptionColumn: return tr("Description");
    default: return {};
    }
}

} // namespace es
