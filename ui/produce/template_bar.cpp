#include "ui/produce/template_bar.h"

#include "ui/topics/inline_problem_label.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace es {

namespace {

constexpr int kSavedRole = Qt::UserRole + 1; // true for a saved template, false for a built-in

} // namespace

TemplateBar::TemplateBar(const QString &dataDir, std::function<RecordTemplateSet()> current, QWidget *parent)
    : QWidget(parent), m_store(dataDir), m_current(std::move(current))
{
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("templates"));
    m_chooser->setToolTip(tr("A template is a record with placeholders such as {{seq}} or {{uuid}}, "
                             "filled in anew for every record sent."));
    auto *chooserLabel = new QLabel(tr("&Template:"), this);
    chooserLabel->setBuddy(m_chooser);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("Name to save under"));
    m_name->setToolTip(
        tr("The name to save the editor's record under, or to rename the chosen template to."));
    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_save->setToolTip(tr("Saves the record in the editor as a template under the name, replacing one "
                          "with the same name."));
    m_rename = new QPushButton(tr("Re&name"), this);
    m_rename->setObjectName(QStringLiteral("renameTemplate"));
    m_rename->setToolTip(tr("Gives the chosen saved template the name in the name field."));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteTemplate"));
    m_delete->setToolTip(tr("Deletes the chosen saved template (built-in examples stay)."));

    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("templateStoreProblem"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chooserLabel, 0, 0);
    layout->addWidget(m_chooser, 0, 1);
    layout->addWidget(nameLabel, 0, 2);
    layout->addWidget(m_name, 0, 3);
    layout->addWidget(m_save, 0, 4);
    layout->addWidget(m_rename, 0, 5);
    layout->addWidget(m_delete, 0, 6);
    layout->addWidget(m_problem, 1, 0, 1, 7);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 1);

    connect(m_chooser, &QComboBox::activated, this, &TemplateBar::onChosen);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateBar::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, &TemplateBar::saveCurrent);
    connect(m_save, &QPushButton::clicked, this, &TemplateBar::saveCurrent);
    connect(m_rename, &QPushButton::clicked, this, &TemplateBar::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &TemplateBar::deleteSelected);

    m_problem->setProblem(m_store.load());
    refill({});
}

void TemplateBar::refill(const QString &select)
{
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    for (const auto &s : TemplateStore::builtIns())
        m_chooser->addItem(tr("%1 (example)").arg(QString::fromStdString(s.name)),
                           QString::fromStdString(s.name));
    for (int i = 0; i < m_chooser->count(); ++i)
        m_chooser->setItemData(i, false, kSavedRole);
    if (!m_store.saved().empty())
        m_chooser->insertSeparator(m_chooser->count());
    for (const auto &s : m_store.saved()) {
        m_chooser->addItem(QString::fromStdString(s.name), QString::fromStdString(s.name));
        m_chooser->setItemData(m_chooser->count() - 1, true, kSavedRole);
    }
    int index = -1;
    for (int i = 0; i < m_chooser->count(); ++i)
        if (m_chooser->itemData(i, kSavedRole).toBool() && m_chooser->itemData(i).toString() == select)
            index = i;
    m_chooser->setCurrentIndex(index);
    updateButtons();
}

bool TemplateBar::choose(const QString &name)
{
    for (int i = 0; i < m_chooser->count(); ++i)
        if (m_chooser->itemData(i).toString() == name) {
            m_chooser->setCurrentIndex(i);
            onChosen(i);
            return true;
        }
    return false;
}

void TemplateBar::onChosen(int index)
{
    const QString name = m_chooser->itemData(index).toString();
    const RecordTemplateSet *set = nullptr;
    for (const auto &s : TemplateStore::builtIns())
        if (s.name == name.toStdString())
            set = &s;
    if (m_chooser->itemData(index, kSavedRole).toBool())
        set = m_store.find(name);
    if (!set)
        return;
    m_problem->setProblem({});
    // A built-in example is a starting point: saving it asks for a new name.
    m_name->setText(m_chooser->itemData(index, kSavedRole).toBool() ? name : QString());
    updateButtons();
    emit chosen(*set);
}

QString TemplateBar::selectedName() const { return m_chooser->currentData().toString(); }

bool TemplateBar::selectedIsSaved() const
{
    return m_chooser->currentIndex() >= 0 && m_chooser->currentData(kSavedRole).toBool();
}

void TemplateBar::updateButtons()
{
    const QString name = m_name->text().trimmed();
    m_save->setEnabled(!name.isEmpty());
    m_rename->setEnabled(selectedIsSaved() && !name.isEmpty() && name != selectedName());
    m_delete->setEnabled(selectedIsSaved());
}

void TemplateBar::saveCurrent()
{
    RecordTemplateSet set = m_current();
    const QString name = m_name->text().trimmed();
    set.name = name.toStdString();
    const QString problem = m_store.save(set);
    m_problem->setProblem(problem);
    if (problem.isEmpty())
        refill(name);
}

void TemplateBar::renameSelected()
{
    if (!selectedIsSaved())
        return;
    const QString name = m_name->text().trimmed();
    const QString problem = m_store.rename(selectedName(), name);
    m_problem->setProblem(problem);
    if (problem.isEmpty())
        refill(name);
}

void TemplateBar::deleteSelected()
{
    if (!selectedIsSaved())
        return;
    const QString problem = m_store.remove(selectedName());
    m_problem->setProblem(problem);
    if (problem.isEmpty()) {
        m_name->clear();
        refill({});
    }
}

} // namespace es
