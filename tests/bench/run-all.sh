#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Runs every benchmark of tests/bench and prints one table with a row per budget of
# shared/design/architecture.md (bench_table), also written as <build>/bench-results/report.json.
#
#   tests/bench/run-all.sh [BUILD_DIR]        (default: build/release, configured as Release if new)
#
# It builds what is missing, then runs the benchmarks inside tests/services/session.sh: a private
# D-Bus session and XDG folders, and a Docker engine (the one that answers, or Debian's dockerd
# started for the run and stopped after). A benchmark that cannot run (no Docker, no node, no
# docker-compose) leaves <name>.notrun with the reason, its row says "not run: <reason>", and the
# script exits non-zero at the end. Timings are never pass/fail: a row outside its budget is
# reported, and does not change the exit code. It takes 15-20 minutes on 2 cores, most of it
# bench_remote's polling fallback (~7 min) and bench_logview's QPlainTextEdit baseline (~1 min).
set -eu

if [ "${1:-}" = "--inside-session" ]; then
    build=$2
    results=$3
    status=0
    note() { printf '\n==> %s\n' "$*"; }
    not_run() { printf '%s\n' "$2" >"$results/$1.notrun"; note "$1 not run: $2"; status=1; }
    # run NAME ARGS...: the benchmark's output goes to the terminal and to NAME.txt.
    run() {
        name=$1
        shift
        note "$name $*"
        rc_file="$results/$name.rc"
        # set -e would end the group at a failing benchmark before its exit code is kept.
        { "$build/tests/bench/$name" --json "$results/$name.json" "$@" 2>&1 && echo 0 >"$rc_file" || echo $? >"$rc_file"; } |
            tee "$results/$name.txt"
        rc=$(cat "$rc_file")
        rm -f "$rc_file"
        if [ "$rc" -ne 0 ]; then
            status=1
            if [ ! -s "$results/$name.json" ]; then
                not_run "$name" "it exited with code $rc and wrote no JSON (see $name.txt)"
            fi
        fi
    }

    run bench_validate
    run bench_editor
    run bench_logview
    run bench_startup
    if docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
        run bench_stack
    else
        not_run bench_stack "no Docker engine answers (session.sh could not start dockerd)"
    fi
    if command -v node >/dev/null 2>&1; then
        run bench_remote
        run bench_rollout
    else
        not_run bench_remote "node is not installed (the sandbox in tests/sandbox needs it)"
        not_run bench_rollout "node is not installed (the sandbox in tests/sandbox needs it)"
    fi
    exit "$status"
fi

src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build/release}
results=$build/bench-results
benches="bench_validate bench_editor bench_logview bench_startup bench_stack bench_remote bench_rollout bench_table"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt"; then
    echo "run-all.sh: warning: $build is not a Release build; the figures will not be representative" >&2
fi
# shellcheck disable=SC2086 # the list is meant to split
cmake --build "$build" --target $benches

# Old figures must never show up in this run's table.
mkdir -p "$results"
rm -f "$results"/bench_*.json "$results"/bench_*.notrun "$results"/bench_*.txt "$results/report.json"

echo "==> $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
started=$(date +%s)
status=0
"$src/tests/services/session.sh" "$0" --inside-session "$build" "$results" || status=$?

echo
echo "==> all benchmarks in $(($(date +%s) - started)) s; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo
table=0
"$build/tests/bench/bench_table" --json "$results/report.json" "$results" | tee "$results/report.txt" || table=$?
# tee hides bench_table's exit code; report.json says whether every budget has a figure.
if ! grep -q '"complete": true' "$results/report.json" 2>/dev/null; then
    table=1
fi
[ "$status" -eq 0 ] && [ "$table" -eq 0 ]
