#include "ui/cluster/link_dialog.h"

#include "ui/cluster/broker_actions.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace es {

LinkDialog::LinkDialog(std::vector<std::int32_t> brokers, std::vector<LinkState> faults,
                       int preselectedBroker, QWidget *parent)
    : QDialog(parent), m_faults(std::move(faults))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link faults"));

    m_a = new QComboBox;
    m_a->setObjectName(QStringLiteral("linkEndpointA"));
    m_a->addItem(tr("Clients"), kClientsNode);
    m_a->addItem(tr("Controller"), kControllerNode);
    m_b = new QComboBox;
    m_b->setObjectName(QStringLiteral("linkEndpointB"));
    for (std::int32_t id : brokers) {
        m_a->addItem(tr("Broker %1").arg(id), id);
        m_b->addItem(tr("Broker %1").arg(id), id);
    }
    m_a->setToolTip(
        tr("Clients: every Kafka client and in-process producer or consumer. Controller: the node "
           "that keeps the metadata and elects leaders."));
    if (const int row = m_b->findData(preselectedBroker); row >= 0)
        m_b->setCurrentIndex(row);
    m_current = new QLabel;
    m_current->setObjectName(QStringLiteral("linkCurrentState"));

    m_latency = new QSpinBox;
    m_latency->setRange(1, 10'000);
    m_latency->setValue(200);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setAccessibleName(tr("Latency"));
    m_loss = new QSpinBox;
    m_loss->setRange(1, 99);
    m_loss->setValue(20);
    m_loss->setSuffix(tr(" %"));
    m_loss->setAccessibleName(tr("Loss"));

    auto *latency = new QRadioButton(tr("Add &latency"));
    latency->setToolTip(tr("Every message on the link waits this long before it is delivered."));
    auto *lossy = new QRadioButton(tr("Make l&ossy"));
    lossy->setToolTip(tr("This share of the messages on the link is dropped at random."));
    auto *cut = new QRadioButton(tr("C&ut"));
    cut->setToolTip(tr("Nothing gets through, in either direction."));
    auto *heal = new QRadioButton(tr("&Heal"));
    heal->setToolTip(tr("Remove every fault from this link."));
    m_change = new QButtonGroup(this);
    m_change->addButton(latency, AddLatency);
    m_change->addButton(lossy, MakeLossy);
    m_change->addButton(cut, Cut);
    m_change->addButton(heal, Heal);
    latency->setChecked(true);

    auto *changes = new QGroupBox(tr("Change"));
    auto *grid = new QGridLayout(changes);
    grid->addWidget(latency, 0, 0);
    grid->addWidget(m_latency, 0, 1);
    grid->addWidget(lossy, 1, 0);
    grid->addWidget(m_loss, 1, 1);
    grid->addWidget(cut, 2, 0);
    grid->addWidget(heal, 3, 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_a);
    form->addRow(tr("&To:"), m_b);
    form->addRow(tr("Now:"), m_current);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyLinkFault"));
    m_apply->setDefault(true);
    QPushButton *healAll = buttons->addButton(tr("Heal &all links"), QDialogButtonBox::ActionRole);
    healAll->setObjectName(QStringLiteral("healAllLinks"));
    healAll->setEnabled(!m_faults.empty());
    connect(healAll, &QPushButton::clicked, this, [this] { done(HealAll); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(changes);
    layout->addWidget(buttons);

    connect(m_a, &QComboBox::currentIndexChanged, this, &LinkDialog::refresh);
    connect(m_b, &QComboBox::currentIndexChanged, this, &LinkDialog::refresh);
    connect(m_change, &QButtonGroup::idClicked, this, &LinkDialog::refresh);
    refresh();
    setTabOrder(m_a, m_b);
    setTabOrder(m_b, latency);
}

NodeId LinkDialog::endpointA() const { return m_a->currentData().toInt(); }
NodeId LinkDialog::endpointB() const { return m_b->currentData().toInt(); }

LinkFault LinkDialog::currentFault() const
{
    for (const auto &l : m_faults)
        if ((l.a == endpointA() && l.b == endpointB()) || (l.a == endpointB() && l.b == endpointA()))
            return l.fault;
    return {};
}

LinkFault LinkDialog::fault() const
{
    LinkFault f = currentFault();
    switch (m_change->checkedId()) {
    case AddLatency:
        f.latencyMs = m_latency->value();
        f.cut = false;
        break;
    case MakeLossy:
        f.lossRate = m_loss->value() / 100.0;
        f.cut = false;
        break;
    case Cut: f.cut = true; break;
    default: f = {}; break;
    }
    return f;
}

void LinkDialog::choose(Change change)
{
    if (auto *button = m_change->button(change))
        button->setChecked(true);
    refresh();
}

void LinkDialog::setEndpoints(NodeId a, NodeId b)
{
    m_a->setCurrentIndex(std::max(0, m_a->findData(a)));
    m_b->setCurrentIndex(std::max(0, m_b->findData(b)));
    refresh();
}

void LinkDialog::refresh()
{
    const LinkFault f = currentFault();
    QString now;
    if (f.healthy())
        now = tr("healthy");
    else if (f.cut)
        now = tr("cut");
    else
        now = tr("latency %1 ms, loss %2%").arg(f.latencyMs).arg(qRound(f.lossRate * 100));
    m_current->setText(now);
    const bool sameNode = endpointA() == endpointB();
    m_apply->setEnabled(!sameNode && !(m_change->checkedId() == Heal && f.healthy()));
    m_apply->setToolTip(sameNode ? tr("Choose two different nodes.") : QString());
    m_latency->setEnabled(m_change->checkedId() == AddLatency);
    m_loss->setEnabled(m_change->checkedId() == MakeLossy);
}

} // namespace es
