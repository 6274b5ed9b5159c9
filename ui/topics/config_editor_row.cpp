#include "ui/topics/config_editor_row.h"

#include "ui/topics/config_descriptions.h"
#include "ui/topics/config_editor_model.h"
#include "ui/topics/config_value_input.h"
#include "ui/topics/config_value_words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace es {

namespace {

// The values Kafka's validators accept for the configs that are a choice.
QStringList choicesOf(const std::string &config)
{
    if (config == "cleanup.policy")
        return {QStringLiteral("delete"), QStringLiteral("compact"), QStringLiteral("compact,delete")};
    if (config == "compression.type")
        return {QStringLiteral("producer"), QStringLiteral("uncompressed"), QStringLiteral("gzip"),
                QStringLiteral("snappy"),   QStringLiteral("lz4"),          QStringLiteral("zstd")};
    if (config == "message.timestamp.type")
        return {QStringLiteral("CreateTime"), QStringLiteral("LogAppendTime")};
    return {};
}

QString rawText(const std::string &config, const std::string &value)
{
    const QString v = QString::fromStdString(value);
    switch (configValueKindOf(config)) {
    case ConfigValueKind::Duration: return ConfigEditorRow::tr("%1 ms").arg(v);
    case ConfigValueKind::Size: return ConfigEditorRow::tr("%1 bytes").arg(v);
    case ConfigValueKind::Plain: break;
    }
    return v;
}

QString originText(ConfigOrigin origin)
{
    switch (origin) {
    case ConfigOrigin::TopicOverride: return ConfigEditorRow::tr("overridden");
    case ConfigOrigin::BrokerSetting: return ConfigEditorRow::tr("broker setting");
    case ConfigOrigin::Default: break;
    }
    return ConfigEditorRow::tr("default");
}

QString originToolTip(const ConfigEditorModel::Row &row)
{
    switch (ConfigEditorModel::origin(row)) {
    case ConfigOrigin::TopicOverride: return ConfigEditorRow::tr("Set on this topic.");
    case ConfigOrigin::BrokerSetting: {
        const std::string from = ConfigEditorModel::inheritedFrom(row);
        return from.empty() ? ConfigEditorRow::tr("Inherited from the brokers' settings.")
                            : ConfigEditorRow::tr("Inherited from the broker setting %1.")
                                  .arg(QString::fromStdString(from));
    }
    case ConfigOrigin::Default: break;
    }
    return ConfigEditorRow::tr("Kafka's default: neither the topic nor the brokers set it.");
}

} // namespace

ConfigEditorRow::ConfigEditorRow(ConfigEditorModel &model, const std::string &config, Options options,
                                 QWidget *parent)
    : QWidget(parent), m_model(model), m_config(config)
{
    const QString name = QString::fromStdString(config);
    setObjectName(name + QStringLiteral("Row"));
    const ConfigEditorModel::Row &row = *m_model.row(config);

    m_name = new QLabel(name, this);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString description = configDescription(config);
    if (description.isEmpty())
        description = QString::fromStdString(row.current.documentation);
    m_description = new QLabel(description, this);
    m_description->setObjectName(name + QStringLiteral("Description"));
    m_description->setWordWrap(true);
    m_description->setToolTip(description);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_description->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_description->setFont(small);

    buildEditor(options.readOnly);
    m_words = new QLabel(this);
    m_words->setObjectName(name + QStringLiteral("Words"));
    m_words->setMinimumWidth(m_words->fontMetrics().horizontalAdvance(QStringLiteral("1,023.9 MiB")));
    m_origin = new QLabel(this);
    m_origin->setObjectName(name + QStringLiteral("Origin"));
    int originWidth = 0;
    for (ConfigOrigin o : {ConfigOrigin::Default, ConfigOrigin::TopicOverride, ConfigOrigin::BrokerSetting})
        originWidth = std::max(originWidth, m_origin->fontMetrics().horizontalAdvance(originText(o)));
    m_origin->setFixedWidth(originWidth + 8);
    m_reset = new QToolButton(this);
    m_reset->setObjectName(name + QStringLiteral("Reset"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Back to the default: remove the topic's own value of %1").arg(name));
    m_reset->setVisible(!options.readOnly);
    connect(m_reset, &QToolButton::clicked, this, &ConfigEditorRow::onReset);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_edit    ? static_cast<QWidget *>(m_edit)
                    : m_combo ? static_cast<QWidget *>(m_combo)
                              : static_cast<QWidget *>(m_check),
                    0, 1);
    grid->addWidget(m_words, 0, 2);
    grid->addWidget(m_origin, 0, 3);
    grid->addWidget(m_reset, 0, 4);
    auto *second = new QHBoxLayout;
    second->addWidget(m_description, 1);
    if (options.markNoEffect && row.spec && !row.spec->hasEffect) {
        auto *noEffect = new QLabel(tr("no effect here"), this);
        noEffect->setObjectName(name + QStringLiteral("NoEffect"));
        noEffect->setToolTip(configNoEffectExplanation());
        noEffect->setFont(small);
        QFont italic = small;
        italic.setItalic(true);
        noEffect->setFont(italic);
        second->addWidget(noEffect, 0, Qt::AlignTop);
        m_name->setForegroundRole(QPalette::PlaceholderText);
        m_name->setToolTip(configNoEffectExplanation());
    }
    grid->addLayout(second, 1, 0, 1, 5);
    grid->setColumnStretch(0, 1);
    showValue();
    refresh();
}

void ConfigEditorRow::buildEditor(bool readOnly)
{
    const ConfigEditorModel::Row &row = *m_model.row(m_config);
    const QString name = QString::fromStdString(m_config);
    const QStringList choices = choicesOf(m_config);
    QWidget *editor = nullptr;
    if (row.spec && row.spec->type == TopicConfigType::Boolean) {
        m_check = new QCheckBox(this);
        m_check->setEnabled(!readOnly);
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            m_model.setValue(m_config, on ? "true" : "false");
            refresh();
        });
        editor = m_check;
    } else if (!choices.isEmpty()) {
        m_combo = new QComboBox(this);
        m_combo->addItems(choices);
        m_combo->setEnabled(!readOnly);
        connect(m_combo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
            m_model.setValue(m_config, text.toStdString());
            refresh();
        });
        editor = m_combo;
    } else {
        m_edit = new QLineEdit(this);
        m_edit->setReadOnly(readOnly);
        m_edit->setClearButtonEnabled(!readOnly);
        connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_model.setText(m_config, text);
            refresh();
        });
        editor = m_edit;
    }
    editor->setObjectName(name);
    editor->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
}

void ConfigEditorRow::showValue()
{
    const ConfigEditorModel::Row &row = *m_model.row(m_config);
    const QString value = QString::fromStdString(m_model.effective(m_config));
    // Showing the model's value is no edit of it.
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockCombo(m_combo);
    const QSignalBlocker blockEdit(m_edit);
    if (m_check) {
        m_check->setChecked(value == QLatin1String("true"));
    } else if (m_combo) {
        if (m_combo->findText(value) < 0)
            m_combo->addItem(value);
        m_combo->setCurrentText(value);
    } else {
        m_edit->setText(row.wanted ? QString::fromStdString(*row.wanted) : QString());
        m_edit->setPlaceholderText(QString::fromStdString(ConfigEditorModel::defaultValue(row)));
    }
}

void ConfigEditorRow::refresh()
{
    const ConfigEditorModel::Row &row = *m_model.row(m_config);
    const std::string value = m_model.effective(m_config);
    const QString raw = rawText(m_config, value);
    QFont bold = m_name->font();
    bold.setBold(ConfigEditorModel::edited(row));
    m_name->setFont(bold);
    m_words->setText(configValueInWords(m_config, QString::fromStdString(value)));
    m_words->setToolTip(raw);
    m_words->setForegroundRole(row.wanted ? QPalette::WindowText : QPalette::PlaceholderText);
    m_origin->setText(originText(ConfigEditorModel::origin(row)));
    m_origin->setToolTip(originToolTip(row));
    m_reset->setEnabled(row.wanted.has_value() || !row.problem.isEmpty());
    QWidget *editor = m_edit    ? static_cast<QWidget *>(m_edit)
                      : m_combo ? static_cast<QWidget *>(m_combo)
                                : static_cast<QWidget *>(m_check);
    editor->setToolTip(row.problem.isEmpty() ? raw : row.problem);
    if (m_edit)
        m_edit->setStyleSheet(
            row.problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d32f2f; }"));
    emit changed();
}

void ConfigEditorRow::onReset()
{
    m_model.reset(m_config);
    showValue();
    refresh();
}

bool ConfigEditorRow::matches(const QString &filter) const
{
    return filter.isEmpty() || QString::fromStdString(m_config).contains(filter) ||
           m_description->text().toLower().contains(filter);
}

} // namespace es
