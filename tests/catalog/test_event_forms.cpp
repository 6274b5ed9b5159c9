// The timeline's sentence forms: each has one stored name that reads back, and its English
// (the engine's logs and stored messages) names every argument it takes.

#ifndef Q_MOC_RUN
#include "catalog/event_forms.h"
#include "catalog/event_sentence.h"
#endif

#include <QTest>

#include <set>
#include <string>

using namespace es;

class TestEventForms : public QObject {
    Q_OBJECT

private slots:
    void namesAreUniqueAndReadBack()
    {
        std::set<std::string_view> names;
        for (EventForm form : allEventForms()) {
            const std::string_view name = eventFormName(form);
            QVERIFY(!name.empty());
            QVERIFY2(names.insert(name).second, name.data());
            QCOMPARE(eventFormFromName(name), std::optional<EventForm>(form));
        }
        QCOMPARE(eventFormName(EventForm::Unknown), std::string_view());
        QCOMPARE(eventFormFromName(""), std::optional<EventForm>());
        QCOMPARE(eventFormFromName("BrokerTeleported"), std::optional<EventForm>());
        QVERIFY(eventFormArguments(EventForm::Unknown).empty());
    }

    void englishNamesEveryArgument()
    {
        for (EventForm form : allEventForms()) {
            EventSentence sentence{form};
            int next = 1001;
            for (std::string_view name : eventFormArguments(form))
                sentence.args.emplace_back(std::string(name), next++);
            QVERIFY(isComplete(sentence));
            const std::string english = englishSentence(sentence);
            QVERIFY2(!english.empty(), eventFormName(form).data());
            for (const EventArg &a : sentence.args)
                QVERIFY2(english.find(a.value) != std::string::npos, (english + " lacks " + a.name).c_str());
        }
        QCOMPARE(englishSentence({}), std::string());
    }

    void englishReadsAsBefore()
    {
        QCOMPARE(englishSentence({EventForm::BrokerStarted, {{"broker", 2}, {"address", "127.0.0.1:9093"}}}),
                 std::string("broker 2 started on 127.0.0.1:9093"));
        QCOMPARE(englishSentence({EventForm::LinkDegraded,
                                  {{"a", -1}, {"b", 2}, {"latencyMs", 250}, {"lossPercent", 30}}}),
                 std::string("link clients <-> broker 2: latency 250 ms, loss 30%"));
        QCOMPARE(englishSentence({EventForm::LinkHealed, {{"a", 0}, {"b", 1}}}),
                 std::string("link controller <-> broker 1: healed"));
        QCOMPARE(englishSentence({EventForm::IsrShrunkBrokerShuttingDown,
                                  {{"partition", "orders-0"}, {"isr", eventIdList({1, 3})}, {"broker", 2}}}),
                 std::string("ISR of orders-0 shrank to [1,3]: broker 2 is shutting down"));
        QCOMPARE(englishSentence({EventForm::TopicConfigChanged,
                                  {{"topic", "t"}, {"set", "retention.ms=1"}, {"reset", "cleanup.policy"}}}),
                 std::string("topic t config changed: retention.ms=1; back to default: cleanup.policy"));
        QCOMPARE(englishSentence(
                     {EventForm::TopicConfigChanged, {{"topic", "t"}, {"set", ""}, {"reset", "a, b"}}}),
                 std::string("topic t config back to default: a, b"));
    }

    void completeNeedsTheFormAndEveryArgument()
    {
        QVERIFY(!isComplete({}));
        QVERIFY(!isComplete({EventForm::BrokerStarted, {{"broker", 1}}}));
        QVERIFY(isComplete({EventForm::BrokerStarted, {{"address", "h:1"}, {"broker", 1}}}));
        QVERIFY(isComplete({EventForm::AllLinksHealed}));
        QCOMPARE(eventArg({EventForm::BrokerAdded, {{"broker", 4}}}, "broker"), std::string_view("4"));
        QCOMPARE(eventArg({EventForm::BrokerAdded, {{"broker", 4}}}, "topic"), std::string_view());
        QCOMPARE(eventIdList({}), std::string());
    }
};

QTEST_GUILESS_MAIN(TestEventForms)
#include "test_event_forms.moc"
