#pragma once

#ifndef Q_MOC_RUN
#include "produce/record_template.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace es {

// The record templates a user saved, kept in the cluster's data directory as
// templates.json, plus a few built-in examples that are never written there.
// Every change rewrites the file atomically (a temporary file, then a rename), so a crash
// leaves the old or the new list, never half of one. GUI thread only.
class TemplateStore {
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(const QString &dataDir);

    static QString fileName() { return QStringLiteral("templates.json"); }
    [[nodiscard]] QString path() const { return m_path; }

    // Examples to start from ("order created" JSON...); read-only.
    static const std::vector<RecordTemplateSet> &builtIns();
    static bool isBuiltIn(const QString &name);

    // Reads the file. A missing file is an empty list; an unreadable or damaged one is an
    // error in words (and an empty list; the file is left alone until the next save).
    QString load();
    [[nodiscard]] const std::vector<RecordTemplateSet> &saved() const { return m_saved; }
    [[nodiscard]] const RecordTemplateSet *find(const QString &name) const;

    // Each returns an error in words, or an empty string when done and written.
    QString save(const RecordTemplateSet &set); // adds, or replaces the one with its name
    QString rename(const QString &from, const QString &to);
    QString remove(const QString &name);

private:
    QString checkName(const QString &name) const;
    QString write(const std::vector<RecordTemplateSet> &sets);

    QString m_path;
    std::vector<RecordTemplateSet> m_saved;
};

} // namespace es
