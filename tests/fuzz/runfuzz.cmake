# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# cmake -DSOURCE_DIR=... -DFUZZ_BUILD_DIR=... -DSHARED_DIR=... -DFUZZ_SECONDS=60 -P runfuzz.cmake
#
# Configures a clang build of the fuzzers in FUZZ_BUILD_DIR (reused between runs), builds
# fuzz_yamldocument and runs it for FUZZ_SECONDS on a seed corpus: every YAML file of the Lagoon
# fixtures and of resources/examples, plus tests/fuzz/corpus and tests/fuzz/regressions. Fails on
# a build error, a crash, a leak, a timeout or running out of memory; the failing input is left
# in FUZZ_BUILD_DIR/artifacts and belongs in tests/fuzz/regressions once fixed.
#
# FUZZ_RUNS (default 100000) and FUZZ_SEED (default 1) make the test's run the same every time:
# the suite must not pass or fail by luck. Explore with more runs or another seed by hand, e.g.
#   cmake ... -DFUZZ_SECONDS=900 -DFUZZ_RUNS=-1 -DFUZZ_SEED=0 -P runfuzz.cmake   (0 = random)
cmake_minimum_required(VERSION 3.25)
if(NOT DEFINED FUZZ_RUNS)
    set(FUZZ_RUNS 100000)
endif()
if(NOT DEFINED FUZZ_SEED)
    set(FUZZ_SEED 1)
endif()

foreach(var SOURCE_DIR FUZZ_BUILD_DIR SHARED_DIR FUZZ_SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzz.cmake: ${var} is not set")
    endif()
endforeach()

# Newest first: Debian 12's default clang (14) cannot compile libstdc++'s std::expected.
find_program(CLANGXX NAMES clang++-22 clang++-21 clang++-20 clang++-19 clang++-18 clang++-17 clang++ NO_CACHE)
if(NOT CLANGXX)
    message(FATAL_ERROR "clang++ was not found; `installer/setup.sh deps test` installs it")
endif()

# A clear message instead of a failed build when the toolchain cannot do it.
set(probe_dir "${FUZZ_BUILD_DIR}/probe")
file(MAKE_DIRECTORY "${probe_dir}")
file(WRITE "${probe_dir}/probe.cpp"
    "#include <cstddef>\n#include <cstdint>\n#include <expected>\n"
    "extern \"C\" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t size)\n"
    "{ std::expected<int, int> e = int(size); return e.has_value() ? 0 : 1; }\n")
execute_process(COMMAND "${CLANGXX}" -std=c++2b -fsanitize=fuzzer,address,undefined probe.cpp -o probe
    WORKING_DIRECTORY "${probe_dir}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLANGXX} cannot build a libFuzzer target with std::expected (a clang >= 19 and "
        "its libclang-rt-*-dev are needed; `installer/setup.sh deps test` installs them):\n${out}")
endif()

string(TIMESTAMP t0 "%s")
execute_process(
    COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${FUZZ_BUILD_DIR}" -G Ninja
        -DCMAKE_BUILD_TYPE=RelWithDebInfo
        # Line tables are all a sanitizer report needs to name file:line; full debug info only
        # costs build time and disk.
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG"
        -DCMAKE_CXX_COMPILER=${CLANGXX}
        -DLAGOON_BUILD_GUI=OFF -DLAGOON_BUILD_TESTS=OFF -DLAGOON_BUILD_FUZZERS=ON
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz build in ${FUZZ_BUILD_DIR} failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${FUZZ_BUILD_DIR}" --target fuzz_yamldocument --parallel 2
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building fuzz_yamldocument with ${CLANGXX} failed")
endif()
string(TIMESTAMP t1 "%s")

# The seeds, flattened into one folder with unique names (libFuzzer only reads file contents).
set(seeds "${FUZZ_BUILD_DIR}/fuzz-seeds")
set(work "${FUZZ_BUILD_DIR}/fuzz-corpus")
set(artifacts "${FUZZ_BUILD_DIR}/artifacts")
file(REMOVE_RECURSE "${seeds}" "${work}")
file(MAKE_DIRECTORY "${seeds}" "${work}" "${artifacts}")
file(GLOB_RECURSE yaml_seeds LIST_DIRECTORIES false
    "${SHARED_DIR}/lagoon-research/fixtures/*.yml" "${SHARED_DIR}/lagoon-research/fixtures/*.yaml"
    "${SOURCE_DIR}/resources/examples/*.yml" "${SOURCE_DIR}/resources/examples/*.yaml")
file(GLOB committed_seeds LIST_DIRECTORIES false "${SOURCE_DIR}/tests/fuzz/corpus/*" "${SOURCE_DIR}/tests/fuzz/regressions/*")
set(n 0)
foreach(seed IN LISTS yaml_seeds committed_seeds)
    math(EXPR n "${n} + 1")
    get_filename_component(name "${seed}" NAME)
    file(COPY_FILE "${seed}" "${seeds}/${n}-${name}")
endforeach()
if(n LESS 20)
    message(FATAL_ERROR "only ${n} seed files found (is ${SHARED_DIR} missing?)")
endif()
message(STATUS "fuzzing with ${n} seeds for ${FUZZ_SECONDS} s")

set(ENV{UBSAN_OPTIONS} "halt_on_error=1:print_stacktrace=1")
get_filename_component(clang_dir "${CLANGXX}" DIRECTORY)
get_filename_component(clang_real "${CLANGXX}" REALPATH)
get_filename_component(clang_real_dir "${clang_real}" DIRECTORY)
find_program(SYMBOLIZER NAMES llvm-symbolizer HINTS "${clang_real_dir}" NO_CACHE NO_DEFAULT_PATH)
if(SYMBOLIZER)
    set(ENV{ASAN_SYMBOLIZER_PATH} "${SYMBOLIZER}")
endif()
execute_process(
    COMMAND "${FUZZ_BUILD_DIR}/tests/fuzz/fuzz_yamldocument"
        -runs=${FUZZ_RUNS} -seed=${FUZZ_SEED} -max_total_time=${FUZZ_SECONDS}
        -rss_limit_mb=2048 -timeout=10 -max_len=16384
        -print_final_stats=1 -print_funcs=0 -dict=${SOURCE_DIR}/tests/fuzz/yaml.dict
        -artifact_prefix=${artifacts}/
        "${work}" "${seeds}"
    RESULT_VARIABLE rc)
string(TIMESTAMP t2 "%s")
math(EXPR build_seconds "${t1} - ${t0}")
math(EXPR fuzz_seconds "${t2} - ${t1}")
message(STATUS "fuzz build ${build_seconds} s, fuzzing ${fuzz_seconds} s")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "fuzz_yamldocument failed (exit ${rc}): the input is in ${artifacts}/. Fix the bug, "
        "then add the input to tests/fuzz/regressions/ so tst_yamldocument keeps checking it.")
endif()
