#pragma once

#include "ui/topics/config_editor_model.h"
#include "ui/topics/config_editor_row.h"

#include <QWidget>

#include <string>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace es {

// Every config of a topic, one row each (ConfigEditorRow), under a filter box and a
// "show only overridden" switch: what the Edit configs dialog shows of a topic and the
// Create topic dialog of a topic to be. The rows named in `pinned` come first, the others
// in name order. GUI thread only.
class ConfigEditor : public QWidget {
    Q_OBJECT

public:
    struct Options {
        bool readOnly = false;
        bool markNoEffect = false;
        std::vector<std::string> pinned = {};
    };
    // `configs` as the connection describes the topic's; empty for a topic to be created.
    ConfigEditor(const std::vector<ConfigEntry> &configs, const Options &options, QWidget *parent = nullptr);

    [[nodiscard]] const ConfigEditorModel &model() const { return m_model; }

signals:
    // A value was typed, chosen or reset.
    void changed();

private:
    void applyFilter();

    ConfigEditorModel m_model;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyOverridden = nullptr;
    QLabel *m_nothingShown = nullptr;
    std::vector<ConfigEditorRow *> m_rows;
};

} // namespace es
