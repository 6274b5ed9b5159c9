#pragma once

#include "ui/produce/template_store.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace es {

class InlineProblemLabel;

// The row above the record editor that lists the templates (built-in examples, then the
// saved ones), loads the chosen one into the editor, and saves, renames and deletes saved
// ones in the workspace's templates.json. GUI thread only.
class TemplateBar : public QWidget {
    Q_OBJECT

public:
    // `current` gives the record as the editor holds it now (its name is ignored).
    TemplateBar(const QString &dataDir, std::function<RecordTemplateSet()> current,
                QWidget *parent = nullptr);

    [[nodiscard]] const TemplateStore &store() const { return m_store; }
    [[nodiscard]] QComboBox *chooser() const { return m_chooser; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }

    // Loads the template named `name` (built-in or saved) into the editor; false if none.
    bool choose(const QString &name);

public slots:
    void saveCurrent();
    void renameSelected();
    void deleteSelected();

signals:
    void chosen(const es::RecordTemplateSet &set);

private:
    void refill(const QString &select);
    void onChosen(int index);
    void updateButtons();
    [[nodiscard]] QString selectedName() const;
    [[nodiscard]] bool selectedIsSaved() const;

    TemplateStore m_store;
    std::function<RecordTemplateSet()> m_current;
    QComboBox *m_chooser = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    InlineProblemLabel *m_problem = nullptr;
};

} // namespace es
