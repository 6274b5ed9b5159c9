#pragma once

#ifndef Q_MOC_RUN
#include "bots/bot_definition.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace es {

// The cluster's simulated clients, kept in its data directory as bots.json (format in
// bots_format.md), so that they come back, running or stopped as they were, when the
// cluster is opened again. Every save rewrites the file atomically (a temporary file, then
// a rename). GUI thread only.
class BotStore {
    Q_DECLARE_TR_FUNCTIONS(BotStore)

public:
    explicit BotStore(const QString &dataDir);

    static QString fileName() { return QStringLiteral("bots.json"); }
    [[nodiscard]] QString path() const { return m_path; }

    // The bots saved. A missing file is an empty list; an unreadable or damaged one is an
    // empty list and an error in words in `error` (the file is left alone until the next save).
    std::vector<BotDefinition> load(QString *error = nullptr) const;
    // An error in words, or an empty string when written.
    QString save(const std::vector<BotDefinition> &bots) const;

private:
    QString m_path;
};

} // namespace es
