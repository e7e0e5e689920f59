#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Runs a command (the test suite) inside the session the tests need, and tears it down after:
# a private D-Bus session bus (notifications and the keychain talk D-Bus) and a private HOME
# and XDG folders so no test touches the user's own settings.
set -euo pipefail

scratch="$(mktemp -d -t lagoon-test-session.XXXXXX)"
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

exec dbus-run-session -- "$@"
