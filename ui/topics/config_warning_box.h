#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace es {

class InlineProblemLabel;

// The cross-checks' warnings under a config form (ConfigCrossChecks), with the checkbox that
// confirms them: settings Kafka accepts but that will surprise are applied only once the
// user has said so. A warning that changes must be confirmed afresh.
class ConfigWarningBox : public QWidget {
    Q_OBJECT

public:
    // `confirmText` labels the checkbox ("Apply anyway").
    ConfigWarningBox(const QString &confirmText, QWidget *parent = nullptr);

    void setWarnings(const QStringList &warnings);
    // True when there is nothing to confirm, or the user confirmed it.
    [[nodiscard]] bool confirmed() const;

signals:
    void confirmationChanged();

private:
    QStringList m_warnings;
    InlineProblemLabel *m_text = nullptr;
    QCheckBox *m_confirm = nullptr;
};

} // namespace es
