// The control API in the desktop application (--control-port): its address in the status
// bar, and the demo it starts and stops shown in the Bots view, which refreshes through
// BotHost::botsChanged even while hidden.

#include "gui_fixture.h"

#include "ui/bots/bots_model.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <httplib.h>

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

int runningRows(const QAbstractItemModel &model)
{
    int running = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        running += model.index(row, 0).data(es::BotsModel::RunningRole).toBool() ? 1 : 0;
    return running;
}

} // namespace

class TestControlHost : public QObject {
    Q_OBJECT

private slots:
    void apiDemoShowsInTheBotsView()
    {
        QTemporaryDir dir;
        auto window = es::test::makeWindow(dir, 1);
        window->startCluster();
        window->startControlServer(0);

        QLabel *label = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((label = window->findChild<QLabel *>(QStringLiteral("controlApiLabel"))),
                                 30000);
        const QString url = readFile(dir.path() + QStringLiteral("/control-url"));
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(label->text(), QStringLiteral("Control API: ") + url);

        auto *table = window->findChild<QTableView *>(QStringLiteral("botsTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);

        httplib::Client client(url.toStdString());
        client.set_bearer_token_auth(readFile(dir.path() + QStringLiteral("/control-token")).toStdString());
        auto started = client.Post("/v1/demo/start");
        QVERIFY(started);
        QVERIFY2(started->status == 200, started->body.c_str());
        // Three producers and three groups, in the window's own registry.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(runningRows(*table->model()), 6, 10000);

        auto stopped = client.Post("/v1/demo/stop");
        QVERIFY(stopped);
        QVERIFY2(stopped->status == 200, stopped->body.c_str());
        QTRY_COMPARE_WITH_TIMEOUT(runningRows(*table->model()), 0, 10000);
        QCOMPARE(table->model()->rowCount(), 6);

        window.reset(); // the server stops before the bots and the cluster
        QVERIFY(!client.Get("/v1/status"));
    }
};

QTEST_MAIN(TestControlHost)
#include "test_control_host.moc"
