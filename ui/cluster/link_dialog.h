#pragma once

#ifndef Q_MOC_RUN
#include "cluster/network.h"
#endif

#include <QDialog>

#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QSpinBox;

namespace es {

// Chooses a link (between two brokers, or between the clients or the controller and a
// broker) and what to do to it: add latency, make it lossy, cut it, or heal it. The
// other faults already on the link are kept: adding latency to a lossy link keeps the loss.
// Closes with Accepted (apply fault() to link()) or HealAll.
class LinkDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int HealAll = 2;

    // `brokers` are the ids to offer, `faults` the links that have one now.
    LinkDialog(std::vector<std::int32_t> brokers, std::vector<LinkState> faults, int preselectedBroker,
               QWidget *parent = nullptr);

    [[nodiscard]] NodeId endpointA() const;
    [[nodiscard]] NodeId endpointB() const;
    // The fault the link will have.
    [[nodiscard]] LinkFault fault() const;

    enum Change { AddLatency, MakeLossy, Cut, Heal };
    void choose(Change change);
    void setEndpoints(NodeId a, NodeId b);

private:
    [[nodiscard]] LinkFault currentFault() const;
    void refresh();

    std::vector<LinkState> m_faults;
    QComboBox *m_a = nullptr;
    QComboBox *m_b = nullptr;
    QLabel *m_current = nullptr;
    QButtonGroup *m_change = nullptr;
    QSpinBox *m_latency = nullptr;
    QSpinBox *m_loss = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace es
