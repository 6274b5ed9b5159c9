#pragma once

// One librdkafka client instance made from RemoteSettings, and the small owners the C API
// needs. The errors librdkafka reports on the instance (resolving, connecting, TLS, SASL)
// are kept, so that a failure can be explained to a person rather than timed out.

#include "common/error_code.h"
#include "common/status.h"
#include "remote/remote_settings.h"

#include <librdkafka/rdkafka.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace es {

struct RdDeleter {
    void operator()(rd_kafka_topic_partition_list_t *p) const { rd_kafka_topic_partition_list_destroy(p); }
    void operator()(const rd_kafka_metadata_t *p) const { rd_kafka_metadata_destroy(p); }
    void operator()(rd_kafka_queue_t *p) const { rd_kafka_queue_destroy(p); }
    void operator()(rd_kafka_event_t *p) const { rd_kafka_event_destroy(p); }
    void operator()(rd_kafka_AdminOptions_t *p) const { rd_kafka_AdminOptions_destroy(p); }
    void operator()(rd_kafka_conf_t *p) const { rd_kafka_conf_destroy(p); }
    void operator()(rd_kafka_error_t *p) const { rd_kafka_error_destroy(p); }
};
template <typename T>
using RdPtr = std::unique_ptr<T, RdDeleter>;

// An error librdkafka reported on its own (not as the answer to a call).
struct ReportedError {
    rd_kafka_resp_err_t code = RD_KAFKA_RESP_ERR_NO_ERROR;
    std::string text;
};

class KafkaHandle {
public:
    enum class Kind { Producer, Consumer };
    // A producer's delivery report callback (rd_kafka_conf_set_dr_msg_cb): it runs in
    // whichever thread serves the instance's queue (rd_kafka_poll, rd_kafka_flush).
    using DeliveryCallback = void (*)(rd_kafka_t *rk, const rd_kafka_message_t *message, void *opaque);

    // `extra` adds or overrides librdkafka properties. InvalidArgument when librdkafka
    // refuses a setting (a missing CA file, an unknown property...), with its words.
    static Result<std::unique_ptr<KafkaHandle>> create(const RemoteSettings &settings, Kind kind,
                                                       const std::map<std::string, std::string> &extra = {},
                                                       DeliveryCallback onDelivery = nullptr);
    ~KafkaHandle(); // destroy(0) when not destroyed yet
    KafkaHandle(const KafkaHandle &) = delete;
    KafkaHandle &operator=(const KafkaHandle &) = delete;

    // Null once destroyed.
    [[nodiscard]] rd_kafka_t *get() const { return m_rk; }
    // Destroys the instance now, with rd_kafka_destroy_flags' `flags` (a consumer given
    // RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE neither commits nor leaves its group). No call
    // may be using the instance.
    void destroy(int flags);

    // Serves librdkafka's callbacks (errors, logs) without waiting.
    void serveCallbacks();
    // The errors reported since the last call, oldest first (at most 64 are kept).
    std::vector<ReportedError> takeErrors();

private:
    KafkaHandle() = default;
    static void onError(rd_kafka_t *rk, int err, const char *reason, void *opaque);
    static void onLog(const rd_kafka_t *rk, int level, const char *facility, const char *message);

    rd_kafka_t *m_rk = nullptr;
    std::mutex m_mutex;
    std::vector<ReportedError> m_errors; // guarded by m_mutex
};

// A Status for a librdkafka error code, with `what` in front of its words.
Status rdStatus(rd_kafka_resp_err_t err, const std::string &what);

// Kafka's error code for a librdkafka one: a broker's error is Kafka's own code; librdkafka's
// local errors (negative) map to the code a Kafka client would report for the same failure,
// UnknownServerError where none fits.
ErrorCode rdErrorCode(rd_kafka_resp_err_t err);

} // namespace es
