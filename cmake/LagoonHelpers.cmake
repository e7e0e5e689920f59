# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0

# lagoon_add_test(NAME tst_x SOURCES ... LIBS ... [GUI] LABELS ...)
# One executable per unit; GUI tests run on the offscreen platform so they need no display.
function(lagoon_add_test)
    cmake_parse_arguments(arg "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test lagoon_build_settings ${arg_LIBS})
    target_compile_definitions(${arg_NAME} PRIVATE
        LAGOON_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        LAGOON_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        LAGOON_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" ${arg_ENVIRONMENT})
    if(arg_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        ENVIRONMENT "${env}"
        TIMEOUT ${arg_TIMEOUT})
endfunction()
