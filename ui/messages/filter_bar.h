#pragma once

#ifndef Q_MOC_RUN
#include "browse/record_filter.h"
#endif

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace es {

// The search line: one condition on the key, the value or a header (substring, regular
// expression, or a JSON field that equals or contains a text) and an optional time range,
// with Search, Cancel and Clear, a progress bar and the scanned / matched counts.
// GUI thread only.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The filter the fields describe, or an error in words (checked by compiling it).
    [[nodiscard]] std::optional<RecordFilter> filter(QString *error) const;
    void setCondition(FilterTarget target, MatchKind kind, const QString &pattern,
                      const QString &jsonPath = {}, const QString &header = {});
    void setTimeRange(std::optional<std::int64_t> fromMs, std::optional<std::int64_t> toMs);

    // Shows a search running (Cancel enabled, progress) or not.
    void setRunning(bool running);
    // Progress: scanned of total (0 when not known yet), matched.
    void setProgress(std::uint64_t scanned, std::uint64_t total, std::uint64_t matched, bool capped);
    void setStatus(const QString &text);
    void setClearable(bool clearable);
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QLineEdit *patternEdit() const { return m_pattern; }

signals:
    void searchRequested();
    void cancelRequested();
    void clearRequested();

private:
    void updateFields();

    QComboBox *m_target = nullptr;
    QLineEdit *m_header = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_pattern = nullptr;
    QCheckBox *m_ignoreCase = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_search = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_clear = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace es
