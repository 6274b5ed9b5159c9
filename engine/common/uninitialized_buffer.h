#pragma once

// A byte vector whose resize() leaves new bytes uninitialised, for buffers that a read is
// about to fill: a socket's input buffer grows by a chunk before each read, and zeroing
// the chunk first cost as much as copying the bytes in.

#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace es {

template <typename T>
class DefaultInitAllocator : public std::allocator<T> {
public:
    template <typename U>
    struct rebind {
        using other = DefaultInitAllocator<U>;
    };

    DefaultInitAllocator() = default;
    template <typename U>
    DefaultInitAllocator(const DefaultInitAllocator<U> &) noexcept // NOLINT(google-explicit-constructor)
    {
    }

    // Value-initialisation (what resize() asks for) becomes default-initialisation.
    template <typename U>
    void construct(U *p) noexcept
    {
        ::new (static_cast<void *>(p)) U;
    }
    template <typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

using UninitializedBuffer = std::vector<std::uint8_t, DefaultInitAllocator<std::uint8_t>>;

} // namespace es
