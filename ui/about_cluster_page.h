#pragma once

#include <QWidget>

namespace es {

struct ClusterSettings;

// States what the user asked for (data directory, brokers, ports) and, plainly, that this
// build runs no cluster.
class AboutClusterPage : public QWidget {
    Q_OBJECT

public:
    explicit AboutClusterPage(const ClusterSettings &settings, QWidget *parent = nullptr);
};

} // namespace es
