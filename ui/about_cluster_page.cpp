#include "ui/about_cluster_page.h"

#include "ui/cluster_settings.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace es {

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutClusterPage::AboutClusterPage(const ClusterSettings &settings, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(tr("About this cluster"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Data directory:"), valueLabel(QDir::toNativeSeparators(settings.dataDir), "dataDir"));
    form->addRow(tr("Brokers:"), valueLabel(QString::number(settings.brokerCount), "brokerCount"));
    form->addRow(tr("Base port:"), valueLabel(QString::number(settings.basePort), "basePort"));
    form->addRow(tr("Bind address:"), valueLabel(settings.bindAddress, "bindAddress"));
    form->addRow(tr("Broker addresses:"),
                 valueLabel(settings.brokerAddresses().join(QLatin1Char('\n')), "brokerAddresses"));

    auto *note = new QLabel(tr("The embedded cluster engine is not part of this build yet. No broker is "
                               "running, nothing listens on these ports and nothing is written to the "
                               "data directory."));
    note->setObjectName("engineNote");
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace es
