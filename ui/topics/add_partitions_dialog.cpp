#include "ui/topics/add_partitions_dialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace es {

AddPartitionsDialog::AddPartitionsDialog(const QString &topic, int currentPartitions, QWidget *parent)
    : SubmitDialog(tr("Add partitions"), parent), m_current(currentPartitions)
{
    setWindowTitle(tr("Add partitions to %1").arg(topic));

    m_total = new QSpinBox(this);
    m_total->setObjectName(QStringLiteral("totalPartitions"));
    m_total->setRange(1, 10'000);
    m_total->setValue(currentPartitions + 1);

    auto *note =
        new QLabel(tr("Partitions of %1 now: %2. Records with a key go to the partition their key hashes "
                      "to, so after adding partitions some keys land on a different partition than before.")
                       .arg(topic)
                       .arg(currentPartitions),
                   this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout;
    layout->addWidget(note);
    auto *form = new QFormLayout;
    form->addRow(tr("&New total:"), m_total);
    layout->addLayout(form);
    setForm(layout);

    connect(m_total, &QSpinBox::valueChanged, this, &AddPartitionsDialog::revalidate);
    revalidate();
}

int AddPartitionsDialog::totalPartitions() const { return m_total->value(); }

QString AddPartitionsDialog::problem() const
{
    if (m_total->value() <= m_current)
        return tr("A topic's partitions can only grow: enter more than %1.").arg(m_current);
    return {};
}

} // namespace es
