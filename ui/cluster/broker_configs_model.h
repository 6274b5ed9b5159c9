#pragma once

#ifndef Q_MOC_RUN
#include "connection/broker_config_view.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace es {

// Every broker config as one scope shows it (all brokers, or one broker): its name, its
// value in words where Kafka counts time or bytes, where the value comes from as a short
// marker (its tooltip says it in full) and what the config does. Read-only configs are
// greyed, their tooltip saying why they cannot be changed here.
class BrokerConfigsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SourceColumn, DescriptionColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, RawValueRole, EditableRole };

    using QAbstractTableModel::QAbstractTableModel;

    // `forBroker`: the configs are one broker's (its own values are "this broker").
    void setConfigs(std::vector<BrokerConfigDescription> configs, bool forBroker);
    [[nodiscard]] const BrokerConfigDescription *config(int row) const;
    // The row of the config named `name`, or -1.
    [[nodiscard]] int rowOf(const QString &name) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A value in words as the table shows it: "2 days" for 172800000 of log.retention.ms.
    [[nodiscard]] static QString valueText(const BrokerConfigDescription &c);
    [[nodiscard]] static QString sourceMarker(ConfigSource source);
    [[nodiscard]] static QString sourceToolTip(ConfigSource source);

private:
    std::vector<BrokerConfigDescription> m_configs;
    bool m_forBroker = false;
};

} // namespace es
