#include "ui/security/listeners_panel.h"

#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/security/client_settings.h"
#include "ui/security/rows_model.h"
#include "ui/security/security_text.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace es {

namespace {

QLabel *selectableLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true); // a long path wraps rather than widening the view
    return label;
}

} // namespace

ListenersPanel::ListenersPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new RowsModel({tr("Listener"), tr("Protocol"), tr("Host"), tr("Port of each broker")}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("listenersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Listeners"));
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("security/listeners"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListenersPanel::showSettings);

    m_edit = new QPushButton(tr("&Edit listeners…"), this);
    m_edit->setObjectName(QStringLiteral("editListeners"));
    m_edit->setToolTip(tr("Change the listeners and their TLS settings for the cluster's next start"));
    connect(m_edit, &QPushButton::clicked, this, &ListenersPanel::editRequested);
    m_edit->hide();
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addStretch();

    // The certificate authority, shown when a listener uses TLS.
    auto *tls = new QGroupBox(tr("Certificate authority"), this);
    m_tls = tls;
    m_tls->setObjectName(QStringLiteral("caBox"));
    m_caFile = selectableLabel(QStringLiteral("caFile"), tls);
    m_fingerprint = selectableLabel(QStringLiteral("caFingerprint"), tls);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_caHint = new QLabel(tls);
    m_caHint->setObjectName(QStringLiteral("caHint"));
    m_caHint->setWordWrap(true);
    auto *copyPath = new QPushButton(tr("Copy path"), tls);
    copyPath->setObjectName(QStringLiteral("copyCaPath"));
    copyPath->setToolTip(tr("Copy the CA file's path to the clipboard"));
    connect(copyPath, &QPushButton::clicked, this, [this] {
        copy(QString::fromStdString(m_description.caCertificate),
             tr("The CA file's path is on the clipboard."));
    });
    auto *copyFingerprint = new QPushButton(tr("Copy fingerprint"), tls);
    copyFingerprint->setObjectName(QStringLiteral("copyCaFingerprint"));
    copyFingerprint->setToolTip(tr("Copy the CA's SHA-256 fingerprint to the clipboard"));
    connect(copyFingerprint, &QPushButton::clicked, this, [this] {
        copy(QString::fromStdString(m_description.caFingerprint), tr("The fingerprint is on the clipboard."));
    });
    auto *tlsForm = new QFormLayout;
    tlsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    tlsForm->addRow(tr("File:"), m_caFile);
    tlsForm->addRow(tr("SHA-256:"), m_fingerprint);
    auto *tlsButtons = new QHBoxLayout;
    tlsButtons->addWidget(copyPath);
    tlsButtons->addWidget(copyFingerprint);
    tlsButtons->addStretch();
    auto *tlsLayout = new QVBoxLayout(tls);
    tlsLayout->addLayout(tlsForm);
    tlsLayout->addLayout(tlsButtons);
    tlsLayout->addWidget(m_caHint);

    // The selected listener's client settings.
    m_settingsTitle = new QLabel(this);
    m_settingsTitle->setObjectName(QStringLiteral("clientSettingsTitle"));
    m_settingsTitle->setWordWrap(true);
    m_settings = new QPlainTextEdit(this);
    m_settings->setObjectName(QStringLiteral("clientSettings"));
    m_settings->setReadOnly(true);
    m_settings->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_settings->setAccessibleName(tr("Client settings"));
    m_settings->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_settings->setMinimumHeight(m_settings->fontMetrics().lineSpacing() * 4);
    auto *copySettings = new QPushButton(tr("Copy settings"), this);
    copySettings->setObjectName(QStringLiteral("copyClientSettings"));
    copySettings->setToolTip(
        tr("Copy these settings to the clipboard, to paste into a client's configuration"));
    connect(copySettings, &QPushButton::clicked, this,
            [this] { copy(settingsText(), tr("The client settings are on the clipboard.")); });
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("copiedNote"));
    auto *settingsButtons = new QHBoxLayout;
    settingsButtons->addWidget(copySettings);
    settingsButtons->addWidget(m_copied, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(editRow);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_tls);
    layout->addWidget(m_settingsTitle);
    layout->addWidget(m_settings, 1);
    layout->addLayout(settingsButtons);
    m_tls->hide();
}

void ListenersPanel::setDescription(const SecurityDescription &description)
{
    m_description = description;
    std::vector<RowsModel::Row> rows;
    for (const ListenerDescription &l : description.listeners) {
        QStringList ports;
        for (const auto &[broker, port] : l.brokerPorts)
            ports << tr("%1 on broker %2").arg(port).arg(broker);
        rows.push_back(
            {{QString::fromStdString(l.name), kafkaText(security::securityProtocolName(l.protocol)),
              clientHost(l.host), ports.join(QStringLiteral(", "))},
             QString::fromStdString(l.name)});
    }
    setRowsKeepingView(m_model, m_table, std::move(rows));
    if (m_table->selectionModel()->selectedRows().isEmpty() && m_model->rowCount() > 0)
        m_table->selectRow(0);

    const bool tls = std::any_of(description.listeners.begin(), description.listeners.end(),
                                 [](const ListenerDescription &l) { return security::usesTls(l.protocol); });
    m_tls->setVisible(tls && !description.caCertificate.empty());
    const QString caFile = QString::fromStdString(description.caCertificate);
    m_caFile->setText(caFile);
    m_fingerprint->setText(QString::fromStdString(description.caFingerprint));
    m_caHint->setText(
        (description.ownCertificate
             ? tr("The brokers present your own certificate, signed by this CA.")
             : tr("The brokers present certificates signed by this local CA, made for this cluster.")) +
        QLatin1Char(' ') +
        tr("A client trusts them with ssl.ca.location=%1 (librdkafka), or with the CA imported into its "
           "trust store (Java: ssl.truststore.location).")
            .arg(caFile));
    showSettings();
}

void ListenersPanel::setEditable(bool editable) { m_edit->setVisible(editable); }

QString ListenersPanel::settingsText() const { return m_settings->toPlainText(); }

void ListenersPanel::showSettings()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.front().row();
    if (row < 0 || row >= static_cast<int>(m_description.listeners.size())) {
        m_settingsTitle->setText(tr("Select a listener to see the settings a client needs to reach it."));
        m_settings->clear();
        return;
    }
    const ListenerDescription &listener = m_description.listeners[static_cast<std::size_t>(row)];
    m_settingsTitle->setText(tr("Client settings for %1:").arg(QString::fromStdString(listener.name)));
    const QString text = clientSettings(listener, QString::fromStdString(m_description.caCertificate));
    if (text != m_settings->toPlainText())
        m_settings->setPlainText(text);
}

void ListenersPanel::copy(const QString &text, const QString &note)
{
    QGuiApplication::clipboard()->setText(text);
    m_copied->setText(note);
    QTimer::singleShot(3000, m_copied, [label = m_copied] { label->clear(); });
}

} // namespace es
