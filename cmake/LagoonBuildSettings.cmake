# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# lagoon_build_settings: the one place for language level, warnings and Qt hygiene.
# Every target links it PRIVATE; nothing here is global state.

add_library(lagoon_build_settings INTERFACE)
add_library(Lagoon::BuildSettings ALIAS lagoon_build_settings)

# C++23 for std::expected (GCC 12 ships it); the code must also build on Debian 13's GCC 14.
target_compile_features(lagoon_build_settings INTERFACE cxx_std_23)

target_compile_options(lagoon_build_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        -Wshadow -Wcast-qual -Wformat=2 -Wundef>)

target_compile_definitions(lagoon_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    # Only has an effect from Qt 6.7 on; harmless on the 6.4 floor.
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(LAGOON_SANITIZE)
    target_compile_options(lagoon_build_settings INTERFACE -fsanitize=${LAGOON_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(lagoon_build_settings INTERFACE -fsanitize=${LAGOON_SANITIZE})
endif()
