// A record composed in the Produce view shows up in the Messages view with the same key,
// value and headers: the two views a user works with side by side, on one cluster.

#include "view_test_cluster.h"

#include "ui/messages/messages_model.h"
#include "ui/messages/messages_view.h"
#include "ui/messages/record_detail.h"
#include "ui/produce/headers_editor.h"
#include "ui/produce/produce_view.h"

#ifndef Q_MOC_RUN
#include "client/partition_reader.h"
#include "cluster/cluster.h"
#endif

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace es;

namespace {

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QString text(const std::optional<Bytes> &b)
{
    return b ? QString::fromUtf8(reinterpret_cast<const char *>(b->data()), static_cast<qsizetype>(b->size()))
             : QStringLiteral("<null>");
}

} // namespace

class TestProduceThenBrowse : public QObject {
    Q_OBJECT

private slots:
    void aProducedRecordIsBrowsedAsItWasSent()
    {
        QTemporaryDir dir;
        auto bridge = test::startBridge(dir);
        QVERIFY2(bridge, "the cluster did not start");
        const auto created = test::runAndWait(*bridge, [](Cluster &c) {
            CreateTopicSpec spec;
            spec.name = "payments";
            spec.partitions = 3;
            return c.createTopic(spec).ok() && c.waitUntilReady(std::chrono::seconds(10));
        });
        QVERIFY(created && *created);

        auto produce = std::make_unique<ProduceView>(*bridge);
        auto messages = std::make_unique<MessagesView>(*bridge);
        produce->show();
        messages->resize(1200, 700);
        messages->show();
        QVERIFY(QTest::qWaitForWindowExposed(messages.get()));

        auto *topic = child<QComboBox>(*produce, "topic");
        QTRY_VERIFY_WITH_TIMEOUT(topic->findText(QStringLiteral("payments")) >= 0, 5000);
        topic->setEditText(QStringLiteral("payments"));
        child<QLineEdit>(*produce, "key")->setText(QStringLiteral("invoice-9"));
        child<QPlainTextEdit>(*produce, "value")
            ->setPlainText(QStringLiteral(R"({"paid":true,"sum":"12,50 €"})"));
        child<HeadersEditor>(*produce, "headers")->setHeaders({{"trace", "t-77"}, {"origin", "checkout"}});
        QTest::mouseClick(child<QPushButton>(*produce, "send"), Qt::LeftButton);

        const QRegularExpression where(QStringLiteral("partition (\\d+) at offset (\\d+)"));
        auto *result = child<QLabel>(*produce, "result");
        QTRY_VERIFY2_WITH_TIMEOUT(where.match(result->text()).hasMatch(), qPrintable(result->text()), 15000);
        const auto match = where.match(result->text());
        const int partition = match.captured(1).toInt();
        const qint64 offset = match.captured(2).toLongLong();

        messages->showPartitionAt(QStringLiteral("payments"), partition, offset);
        MessagesModel *model = messages->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1 && model->record(0) != nullptr, 10000);
        const FetchedRecord *r = model->record(0);
        QCOMPARE(r->offset, offset);
        QCOMPARE(r->tp.partition, partition);
        QCOMPARE(text(r->key), QStringLiteral("invoice-9"));
        QCOMPARE(text(r->value), QStringLiteral(R"({"paid":true,"sum":"12,50 €"})"));
        QCOMPARE(r->headers.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(r->headers[0].key), QStringLiteral("trace"));
        QCOMPARE(text(r->headers[0].value), QStringLiteral("t-77"));
        QCOMPARE(QString::fromStdString(r->headers[1].key), QStringLiteral("origin"));
        QCOMPARE(text(r->headers[1].value), QStringLiteral("checkout"));

        // The detail pane shows the same record.
        messages->table()->setCurrentIndex(model->index(0, MessagesModel::Key));
        QTRY_VERIFY(messages->detail()->record() && messages->detail()->record()->offset == offset);

        messages.reset(); // views go before the bridge
        produce.reset();
    }
};

QTEST_MAIN(TestProduceThenBrowse)
#include "test_produce_then_browse.moc"
