#include "ui/cluster/crash_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace es {

CrashDialog::CrashDialog(int brokerId, QWidget *parent) : QDialog(parent), m_brokerId(brokerId)
{
    setObjectName(QStringLiteral("crashDialog"));
    setWindowTitle(tr("Crash broker %1").arg(brokerId));

    auto *text =
        new QLabel(tr("Broker %1 will stop at once, without handing over its leadership. The controller "
                      "notices when its session times out and elects new leaders for its partitions.")
                       .arg(brokerId));
    text->setWordWrap(true);

    m_loseUnflushed = new QCheckBox(tr("&Lose data not yet flushed to disk, as after a power cut"));
    m_loseUnflushed->setObjectName(QStringLiteral("loseUnflushed"));
    m_loseUnflushed->setToolTip(
        tr("Records acknowledged by the leader but not yet written to disk are gone when it "
           "comes back; in-sync followers still hold them."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *crash = buttons->addButton(tr("&Crash"), QDialogButtonBox::AcceptRole);
    crash->setObjectName(QStringLiteral("confirmCrash"));
    crash->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_loseUnflushed);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool CrashDialog::loseUnflushed() const { return m_loseUnflushed->isChecked(); }

} // namespace es
