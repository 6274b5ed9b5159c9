#include "client/record_writer.h"

#include <memory>

namespace es {

std::future<DeliveryReport> RecordWriter::send(ProducerRecord record, std::nullptr_t)
{
    auto promise = std::make_shared<std::promise<DeliveryReport>>();
    auto future = promise->get_future();
    send(std::move(record), [promise](const DeliveryReport &r) { promise->set_value(r); });
    return future;
}

} // namespace es
