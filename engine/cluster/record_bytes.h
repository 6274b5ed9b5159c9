#pragma once

// The record batches of a fetch answer: bytes of their own (read from the log), or the
// very bytes a leader appended a moment ago, shared with its recent-appends cache so that
// followers in the same process replicate them without a read or a copy.

#include "common/buffer.h"

#include <memory>
#include <utility>

namespace es {

class RecordBytes {
public:
    RecordBytes() = default;
    RecordBytes(Bytes owned) : m_owned(std::move(owned)) {} // NOLINT(google-explicit-constructor)
    explicit RecordBytes(std::shared_ptr<const Bytes> appended) : m_appended(std::move(appended)) {}

    [[nodiscard]] ByteView view() const { return m_appended ? ByteView(*m_appended) : ByteView(m_owned); }
    operator ByteView() const { return view(); } // NOLINT(google-explicit-constructor)
    [[nodiscard]] const std::uint8_t *data() const { return view().data(); }
    [[nodiscard]] std::size_t size() const { return view().size(); }
    [[nodiscard]] bool empty() const { return size() == 0; }

    // True for bytes shared from the leader's memory: the leader checked their CRCs, or
    // wrote them, and they have not been through a file or a socket since.
    [[nodiscard]] bool sharedFromLeader() const { return m_appended != nullptr; }

    // The bytes as a vector of their own (a copy only where they are shared).
    [[nodiscard]] Bytes take() &&
    {
        if (m_appended)
            return Bytes(m_appended->begin(), m_appended->end());
        return std::move(m_owned);
    }

private:
    Bytes m_owned;
    std::shared_ptr<const Bytes> m_appended;
};

} // namespace es
