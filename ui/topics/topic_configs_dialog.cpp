#include "ui/topics/topic_configs_dialog.h"

#include "ui/topics/config_value_words.h"
#include "ui/topics/inline_problem_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace es {

namespace {

struct Editable {
    const char *name;
    QStringList choices; // empty: a number
};

// The configs this dialog offers, in the order a user thinks of them.
const std::vector<Editable> &editable()
{
    static const std::vector<Editable> list = {
        {"retention.ms", {}},
        {"retention.bytes", {}},
        {"segment.bytes", {}},
        {"segment.ms", {}},
        {"cleanup.policy",
         {QStringLiteral("delete"), QStringLiteral("compact"), QStringLiteral("compact,delete")}},
        {"min.insync.replicas", {}},
        {"max.message.bytes", {}},
        {"message.timestamp.type", {QStringLiteral("CreateTime"), QStringLiteral("LogAppendTime")}},
        {"flush.messages", {}},
        {"flush.ms", {}},
    };
    return list;
}

} // namespace

TopicConfigsDialog::TopicConfigsDialog(const QString &topic, const std::vector<ConfigEntry> &configs,
                                       int replicationFactor, QWidget *parent)
    : SubmitDialog(tr("Apply"), parent), m_replicationFactor(replicationFactor)
{
    setWindowTitle(tr("Configs of %1").arg(topic));
    auto *form = new QFormLayout;
    for (const auto &e : editable()) {
        auto it = std::find_if(configs.begin(), configs.end(),
                               [&](const ConfigEntry &c) { return c.name == e.name; });
        if (it == configs.end())
            continue; // the engine does not know it (an older engine): nothing to edit
        Field f;
        f.name = e.name;
        f.current = *it;
        const QString doc = QString::fromStdString(it->documentation);
        QWidget *editor = nullptr;
        if (e.choices.isEmpty()) {
            f.edit = new QLineEdit(this);
            f.edit->setPlaceholderText(
                it->isDefault ? tr("default: %1").arg(QString::fromStdString(it->value)) : tr("default"));
            if (!it->isDefault)
                f.edit->setText(QString::fromStdString(it->value));
            f.edit->setClearButtonEnabled(true);
            connect(f.edit, &QLineEdit::textChanged, this, &TopicConfigsDialog::onEdited);
            editor = f.edit;
        } else {
            f.combo = new QComboBox(this);
            f.combo->addItems(e.choices);
            f.combo->setCurrentText(QString::fromStdString(it->value));
            connect(f.combo, &QComboBox::currentTextChanged, this, &TopicConfigsDialog::onEdited);
            editor = f.combo;
        }
        editor->setObjectName(QString::fromLatin1(e.name));
        editor->setToolTip(doc);
        if (f.edit && !configValueInWords(f.name, QStringLiteral("0")).isEmpty()) {
            f.words = new QLabel(this);
            f.words->setObjectName(QString::fromLatin1(e.name) + QStringLiteral("Words"));
            // Room for "1,023.9 MiB" kept from the start, so the fields do not jump as one types.
            f.words->setMinimumWidth(f.words->fontMetrics().horizontalAdvance(QStringLiteral("1,023.9 MiB")));
            auto *row = new QHBoxLayout;
            row->addWidget(f.edit, 1);
            row->addWidget(f.words);
            form->addRow(QString::fromLatin1(e.name) + QLatin1Char(':'), row);
        } else {
            form->addRow(QString::fromLatin1(e.name) + QLatin1Char(':'), editor);
        }
        m_fields.push_back(std::move(f));
    }
    m_warning = new InlineProblemLabel(this);
    m_warning->setObjectName(QStringLiteral("configWarning"));
    m_confirm = new QCheckBox(tr("Apply an&yway"), this);
    m_confirm->setObjectName(QStringLiteral("confirmWarning"));
    m_confirm->setVisible(false);
    connect(m_confirm, &QCheckBox::toggled, this, &TopicConfigsDialog::recheck);
    form->addRow(m_warning);
    form->addRow(m_confirm);
    setForm(form);
    onEdited();
}

void TopicConfigsDialog::onEdited()
{
    for (const Field &f : m_fields) {
        if (!f.words)
            continue;
        const QString text = f.edit->text().trimmed();
        f.words->setText(configValueInWords(
            f.name,
            text.isEmpty() ? QString::fromStdString(f.current.isDefault ? f.current.value : "") : text));
    }
    const QString why = warning();
    if (why != m_warning->text())
        m_confirm->setChecked(false); // a new warning is confirmed afresh
    m_warning->setProblem(why);
    m_confirm->setVisible(!why.isEmpty());
    revalidate();
}

std::string TopicConfigsDialog::effective(const std::string &name) const
{
    for (const Field &f : m_fields)
        if (f.name == name) {
            const auto value = wanted(f);
            return value ? *value : (f.current.isDefault ? f.current.value : std::string());
        }
    return {};
}

QString TopicConfigsDialog::warning() const
{
    bool ok = false;
    const int minInsync = QString::fromStdString(effective("min.insync.replicas")).toInt(&ok);
    if (!ok || m_replicationFactor <= 0 || minInsync <= m_replicationFactor)
        return {};
    return tr("min.insync.replicas %1 is more than the topic's %2 replicas: every send with acks=all "
              "(the default of most producers) will wait for its timeout and then fail with "
              "NOT_ENOUGH_REPLICAS. Producers with acks=0 or 1 are not affected.")
        .arg(minInsync)
        .arg(m_replicationFactor);
}

std::optional<std::string> TopicConfigsDialog::wanted(const Field &field) const
{
    if (field.combo)
        return field.combo->currentText().toStdString();
    const QString text = field.edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text.toStdString();
}

std::map<std::string, std::optional<std::string>> TopicConfigsDialog::changes() const
{
    std::map<std::string, std::optional<std::string>> out;
    for (const auto &f : m_fields) {
        const auto value = wanted(f);
        if (!value) {
            if (!f.current.isDefault)
                out[f.name] = std::nullopt;
            continue;
        }
        // A number typed into a default field is an override even when it equals today's
        // default, so that a later change of the default does not move it.
        const bool typedIntoDefault = f.edit && f.current.isDefault;
        if (typedIntoDefault || *value != f.current.value)
            out[f.name] = value;
    }
    return out;
}

QString TopicConfigsDialog::problem() const
{
    TopicConfig scratch;
    for (const auto &f : m_fields)
        if (const auto value = wanted(f))
            if (const Status s = scratch.set(f.name, value); !s.isOk())
                return QString::fromStdString(s.message());
    return {};
}

bool TopicConfigsDialog::ready() const
{
    return !changes().empty() && (warning().isEmpty() || m_confirm->isChecked());
}

} // namespace es
