#pragma once

#ifndef Q_MOC_RUN
#include "bots/bot_status.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace es {

// The simulated clients (bots) and their live status, one row each, oldest first. A new
// list with the same bots only changes values; a bot added or removed resets the model.
// GUI thread only.
class BotsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, Target, Rate, Actual, Members, Records, Errors, ColumnCount };
    enum Role { BotIdRole = Qt::UserRole, KindRole, RunningRole };

    explicit BotsModel(QObject *parent = nullptr);

    void setStatus(std::vector<BotStatus> status);
    // The bot with this id, or nullptr.
    [[nodiscard]] const BotStatus *bot(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<BotStatus> m_bots;
};

} // namespace es
