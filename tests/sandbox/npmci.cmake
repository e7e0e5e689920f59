# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# cmake -DNPM=npm -DDIR=tests/sandbox -DCACHE=<dir> -P npmci.cmake
# Runs `npm ci` unless node_modules was installed from this very package-lock.json (a stamp
# with the lock's SHA-256 is written after a successful install).
file(SHA256 "${DIR}/package-lock.json" lock_hash)
set(stamp "${DIR}/node_modules/.lagoon-desktop-lock.sha256")
if(EXISTS "${stamp}")
    file(READ "${stamp}" installed)
    if(installed STREQUAL lock_hash)
        message(STATUS "node_modules matches package-lock.json; npm ci skipped")
        return()
    endif()
endif()
execute_process(
    COMMAND "${NPM}" ci --no-audit --no-fund --cache "${CACHE}"
    WORKING_DIRECTORY "${DIR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${DIR} (exit ${result})")
endif()
file(WRITE "${stamp}" "${lock_hash}")
