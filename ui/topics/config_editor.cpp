#include "ui/topics/config_editor.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace es {

ConfigEditor::ConfigEditor(const std::vector<ConfigEntry> &configs, const Options &options, QWidget *parent)
    : QWidget(parent), m_model(configs)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("configFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or description"));
    m_filter->setClearButtonEnabled(true);
    m_onlyOverridden = new QCheckBox(tr("Show only &overridden"), this);
    m_onlyOverridden->setObjectName(QStringLiteral("onlyOverridden"));
    m_onlyOverridden->setToolTip(tr("Show only the configs this topic sets itself"));
    connect(m_filter, &QLineEdit::textChanged, this, &ConfigEditor::applyFilter);
    connect(m_onlyOverridden, &QCheckBox::toggled, this, &ConfigEditor::applyFilter);

    auto *list = new QWidget;
    auto *rows = new QVBoxLayout(list);
    rows->setSpacing(4);
    std::vector<std::string> order = options.pinned;
    for (const auto &row : m_model.rows())
        if (std::find(order.begin(), order.end(), row.name) == order.end())
            order.push_back(row.name);
    const ConfigEditorRow::Options rowOptions{.readOnly = options.readOnly,
                                              .markNoEffect = options.markNoEffect};
    for (const std::string &name : order) {
        if (!m_model.row(name))
            continue;
        if (!options.pinned.empty() && m_rows.size() == options.pinned.size()) {
            auto *line = new QFrame(list);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            rows->addWidget(line);
        }
        auto *row = new ConfigEditorRow(m_model, name, rowOptions, list);
        connect(row, &ConfigEditorRow::changed, this, &ConfigEditor::changed);
        rows->addWidget(row);
        m_rows.push_back(row);
    }
    m_nothingShown = new QLabel(tr("No config matches."), list);
    m_nothingShown->setVisible(false);
    rows->addWidget(m_nothingShown);
    rows->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("configRows"));
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_onlyOverridden);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

void ConfigEditor::applyFilter()
{
    const QString filter = m_filter->text().trimmed().toLower();
    const bool onlyOverridden = m_onlyOverridden->isChecked();
    bool any = false;
    for (ConfigEditorRow *row : m_rows) {
        const ConfigEditorModel::Row &r = *m_model.row(row->config());
        const bool shown =
            row->matches(filter) && (!onlyOverridden || r.wanted || ConfigEditorModel::edited(r));
        row->setVisible(shown);
        any = any || shown;
    }
    m_nothingShown->setVisible(!any);
}

} // namespace es
