#pragma once

#include <QWidget>

#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace es {

class ConfigEditorModel;

// One config in the config editor: its name and one-line description, its value in a field
// that suits its type (a list of choices, a checkbox, or text that takes figures with units),
// the value in words with the exact figure on hover, a marker of where the value comes from,
// and a button that takes the topic's override away. What the user changes goes into the
// model at once. GUI thread only; `model` must outlive the row.
class ConfigEditorRow : public QWidget {
    Q_OBJECT

public:
    struct Options {
        bool readOnly = false;
        bool markNoEffect = false; // mark configs the cluster accepts but does not obey
    };
    ConfigEditorRow(ConfigEditorModel &model, const std::string &config, Options options,
                    QWidget *parent = nullptr);

    [[nodiscard]] const std::string &config() const { return m_config; }
    // True when `filter` (lower case) is in the name or the description.
    [[nodiscard]] bool matches(const QString &filter) const;

signals:
    void changed();

private:
    void buildEditor(bool readOnly);
    // Shows the model's value in the field (at the start and after a reset).
    void showValue();
    // Brings the words, the marker and the reset button up to date with the model.
    void refresh();
    void onReset();

    ConfigEditorModel &m_model;
    std::string m_config;
    QLabel *m_name = nullptr;
    QLabel *m_description = nullptr;
    QLineEdit *m_edit = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_origin = nullptr;
    QToolButton *m_reset = nullptr;
};

} // namespace es
