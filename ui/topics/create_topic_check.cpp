#include "ui/topics/create_topic_check.h"

#ifndef Q_MOC_RUN
#include "cluster/topic_name.h"
#endif

namespace es {

QString CreateTopicCheck::problem(const Input &input, int liveBrokers, const QStringList &existingTopics)
{
    // The engine checks bytes; a non-ASCII character is already refused there, so UTF-8
    // keeps its answer and its length count honest for what a user can type.
    const QByteArray name = input.name.toUtf8();
    if (const Status s =
            validateTopicName(std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
        !s.isOk()) {
        if (input.name.isEmpty())
            return tr("Enter a name for the topic.");
        if (input.name == QLatin1String(".") || input.name == QLatin1String(".."))
            return tr("A topic cannot be named \".\" or \"..\".");
        if (name.size() > 249)
            return tr("A topic name can have at most 249 characters; this one has %1.").arg(name.size());
        for (const QChar c : input.name) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                 (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                                 (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                                 c == QLatin1Char('_') || c == QLatin1Char('-');
            if (!allowed)
                return c.isPrint() && !c.isSpace()
                           ? tr("A topic name may only contain letters, digits, '.', '_' and '-', not '%1'.")
                                 .arg(c)
                           : tr("A topic name may only contain letters, digits, '.', '_' and '-', not spaces "
                                "or "
                                "invisible characters.");
        }
        return QString::fromStdString(s.message());
    }
    for (const QString &existing : existingTopics) {
        if (existing == input.name)
            return tr("A topic named \"%1\" already exists.").arg(existing);
        const QByteArray other = existing.toUtf8();
        if (topicNamesCollide(std::string_view(name.constData(), static_cast<std::size_t>(name.size())),
                              std::string_view(other.constData(), static_cast<std::size_t>(other.size()))))
            return tr("\"%1\" differs from the existing topic \"%2\" only in '.' and '_', which Kafka treats "
                      "as "
                      "the same in metric names.")
                .arg(input.name, existing);
    }
    if (input.partitions < 1)
        return tr("A topic needs at least one partition.");
    if (input.replicationFactor < 1)
        return tr("The replication factor must be at least 1.");
    if (input.replicationFactor > liveBrokers)
        return tr("A replication factor of %1 needs at least %1 live brokers; the cluster has %2.")
            .arg(input.replicationFactor)
            .arg(liveBrokers);
    return {};
}

} // namespace es
