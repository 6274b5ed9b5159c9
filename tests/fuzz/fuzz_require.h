#pragma once

// The property checks of the fuzz targets: a failed one prints itself and its line, then
// aborts, so that libFuzzer keeps the input and the report says which property broke.

#include <cstdio>
#include <cstdlib>

#define FUZZ_REQUIRE(condition)                                                            \
    do {                                                                                   \
        if (!(condition)) {                                                                \
            std::fprintf(stderr, "%s:%d: required: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                  \
        }                                                                                  \
    } while (false)
