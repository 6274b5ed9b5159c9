#include "ui/topics/topic_configs_dialog.h"

#include <QComboBox>
#include <QFormLayout>
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
                                       QWidget *parent)
    : SubmitDialog(tr("Apply"), parent)
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
            connect(f.edit, &QLineEdit::textChanged, this, &TopicConfigsDialog::revalidate);
            editor = f.edit;
        } else {
            f.combo = new QComboBox(this);
            f.combo->addItems(e.choices);
            f.combo->setCurrentText(QString::fromStdString(it->value));
            connect(f.combo, &QComboBox::currentTextChanged, this, &TopicConfigsDialog::revalidate);
            editor = f.combo;
        }
        editor->setObjectName(QString::fromLatin1(e.name));
        editor->setToolTip(doc);
        form->addRow(QString::fromLatin1(e.name) + QLatin1Char(':'), editor);
        m_fields.push_back(std::move(f));
    }
    setForm(form);
    revalidate();
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

bool TopicConfigsDialog::ready() const { return !changes().empty(); }

} // namespace es
