#include "app/command_line.h"
#include "app/translations.h"
#include "ui/events/event_message.h"
#include "ui/main_window.h"

#ifndef Q_MOC_RUN
#include "catalog/event_forms.h"
#endif

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = true;
    bool numerus = false;
    QStringList forms; // a plural message's forms, singular first
};

// Reads the messages of a Qt Linguist .ts file, obsolete ones left out.
QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context, {}, {}, true, false, {}};
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
                message.translation = message.forms.join(QLatin1Char('|'));
            } else {
                message.translation = xml.readElementText();
            }
            if (!type.startsWith(QLatin1String("vanished")) && type != QLatin1String("obsolete"))
                messages << message;
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%\\d"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// An event of each sentence form, every argument a number (group states their names).
std::vector<es::EventRecord> eventOfEveryForm()
{
    std::vector<es::EventRecord> events;
    for (es::EventForm form : es::allEventForms()) {
        es::EventRecord e;
        e.sentence.form = form;
        int next = 1;
        for (std::string_view name : es::eventFormArguments(form)) {
            const bool state =
                form == es::EventForm::GroupAppeared || form == es::EventForm::GroupStateChanged;
            if (state)
                e.sentence.args.emplace_back(std::string(name), std::string("Stable"));
            else
                e.sentence.args.emplace_back(std::string(name), next++);
        }
        events.push_back(e);
    }
    return events;
}

es::ClusterSettings demoSettings()
{
    es::ClusterSettings s;
    s.dataDir = QDir::homePath() + QStringLiteral("/eventscope-test/clusters/demo");
    return s;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << "de";
        QTest::newRow("Spanish") << "es";
    }

    // The .ts file is complete, keeps every placeholder, and the compiled-in .qm agrees with it.
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> messages =
            readTs(QStringLiteral(ES_TRANSLATIONS_DIR "/eventscope_%1.ts").arg(language));
        QVERIFY(!messages.isEmpty());

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/eventscope_%1.qm").arg(language)));
        for (const Message &m : messages) {
            const QByteArray where = (m.context + QStringLiteral(": ") + m.source).toUtf8();
            QVERIFY2(m.finished && !m.translation.isEmpty(), where.constData());
            if (m.numerus) {
                // German and Spanish have two forms: one, and everything else.
                QVERIFY2(m.forms.size() == 2, where.constData());
                for (const QString &form : m.forms)
                    QVERIFY2(placeholders(form) == placeholders(m.source), where.constData());
                const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8();
                QVERIFY2(translator.translate(context.constData(), source.constData(), nullptr, 1) == m.forms[0],
                         where.constData());
                QVERIFY2(translator.translate(context.constData(), source.constData(), nullptr, 5) == m.forms[1],
                         where.constData());
                continue;
            }
            QVERIFY2(placeholders(m.translation) == placeholders(m.source), where.constData());
            QVERIFY2(translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData()) ==
                         m.translation,
                     where.constData());
        }
    }

    void englishNeedsNoTranslation() { QVERIFY(!es::installTranslations(QLocale(QLocale::English))); }

    // Last: the installed translator stays for the rest of the process.
    void germanLocaleTranslatesWindowAndCommandLine()
    {
        const std::vector<es::EventRecord> events = eventOfEveryForm();
        QStringList english;
        for (const es::EventRecord &e : events)
            english << es::EventMessage::text(e);
        QVERIFY(es::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        es::MainWindow window(demoSettings());
        QCOMPARE(window.windowTitle(), QStringLiteral("Eventscope — Cluster „demo“"));
        const es::CommandLine cl = es::parseCommandLine(
            {QStringLiteral("eventscope"), QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(cl.action, es::CommandLine::Action::Fail);
        QVERIFY2(cl.text.contains(QStringLiteral("--port")) && !cl.text.contains(QStringLiteral("takes")),
                 qPrintable(cl.text));
        // The timeline speaks German too, every sentence of it.
        QCOMPARE(es::EventMessage::text({.kind = es::EventKind::BrokerFenced,
                                         .subject = "broker:2",
                                         .sentence = {es::EventForm::BrokerFencedStopped, {{"broker", 2}}},
                                         .message = "broker 2 fenced: the broker was stopped"}),
                 QStringLiteral("Broker 2 abgeschottet: der Broker wurde gestoppt."));
        for (std::size_t i = 0; i < events.size(); ++i)
            QVERIFY2(es::EventMessage::text(events[i]) != english[static_cast<qsizetype>(i)],
                     english[static_cast<qsizetype>(i)].toUtf8().constData());
    }

    // German numbers, sizes and shortcut names, as a German reader writes them.
    void germanNumbersSizesAndKeys()
    {
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(QLocale().formattedDataSize(1536, 1, QLocale::DataSizeIecFormat), QStringLiteral("1,5 KiB"));
        // Qt's own German (installed with the application's packages) names the keys.
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText),
                 QStringLiteral("Strg+K"));
        const QList<Message> messages = readTs(QStringLiteral(ES_TRANSLATIONS_DIR "/eventscope_de.ts"));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages)
            if (m.source.contains(QStringLiteral("Ctrl+")))
                QVERIFY2(m.translation.contains(QStringLiteral("Strg+")) &&
                             !m.translation.contains(QStringLiteral("Ctrl")),
                         qPrintable(m.translation));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
