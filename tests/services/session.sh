#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Runs a command (the test suite) inside the session the tests need, and tears it down after:
# a private D-Bus session bus (notifications and the keychain talk D-Bus), a Secret Service
# (gnome-keyring-daemon, unlocked with a throwaway password) for the keychain tests, a private HOME
# and XDG folders so no test touches the user's own settings or keyring, and a Docker engine for
# the stack tests: the one that answers already, or Debian's dockerd started here and stopped after.
set -euo pipefail

if [ "${1:-}" = "--inside-session" ]; then
    # Second stage, on the private bus that dbus-run-session started.
    shift
    keyring_pid=""
    if command -v gnome-keyring-daemon >/dev/null 2>&1; then
        # The keyring lives in the throwaway HOME; its password only has to unlock it once.
        password="$(head -c 18 /dev/urandom | base64)"
        if keyring_env="$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets)"; then
            # Only GNOME_KEYRING_CONTROL: no SSH_AUTH_SOCK, so ssh in the tests sees no agent of ours.
            eval "$(printf '%s\n' "$keyring_env" | grep '^GNOME_KEYRING_CONTROL=' || true)"
            export GNOME_KEYRING_CONTROL
            keyring_pid="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
                | awk '/uint32/ { print $2 }' || true)"
        else
            echo "session.sh: gnome-keyring-daemon did not start: the keychain tests will fail" >&2
        fi
    else
        echo "session.sh: gnome-keyring-daemon is missing (Debian package gnome-keyring): the keychain tests will fail" >&2
    fi
    status=0
    "$@" || status=$?
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null || true
    fi
    exit "$status"
fi

scratch="$(mktemp -d -t lagoon-test-session.XXXXXX)"
dockerd_pid=""

note() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

# Debian's 20.10 CLI matches the engine; a newer one earlier in PATH works too.
docker_cli() { if [ -x /usr/bin/docker ]; then /usr/bin/docker "$@"; else docker "$@"; fi; }
docker_answers() { docker_cli version --format '{{.Server.Version}}' >/dev/null 2>&1; }

start_docker_if_needed() {
    if docker_answers; then
        return 0
    fi
    # Only a local socket can be brought up from here; a tcp:// engine is someone else's.
    case "${DOCKER_HOST:-unix:///var/run/docker.sock}" in
    unix:///var/run/docker.sock | unix:///run/docker.sock) ;;
    *)
        note "nothing answers at DOCKER_HOST=$DOCKER_HOST; the stack tests will fail and say so"
        return 0
        ;;
    esac
    local dockerd
    dockerd="$(command -v dockerd || true)"
    if [ -z "$dockerd" ]; then
        note "Docker is not running and dockerd is not installed (installer/setup.sh deps test installs docker.io)"
        return 0
    fi
    local run=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! sudo -n true 2>/dev/null; then
            note "Docker is not running and starting dockerd needs root; the stack tests will fail and say so"
            return 0
        fi
        run=(sudo -n)
    fi
    note "starting dockerd (nothing answered on the Docker socket); it is stopped after the tests"
    # setsid: a Ctrl-C in the terminal goes to the tests, not to the engine they are using.
    # Its own pid file: with sudo, $! is sudo's (or gone at once when sudo runs it in a pty).
    "${run[@]}" setsid "$dockerd" --pidfile "$scratch/dockerd.pid" >"$scratch/dockerd.log" 2>&1 &
    dockerd_pid=$!
    local i
    for i in $(seq 1 300); do
        if docker_answers; then
            [ ! -s "$scratch/dockerd.pid" ] || dockerd_pid="$(cat "$scratch/dockerd.pid")"
            note "dockerd answers after $((i / 10)).$((i % 10)) s"
            return 0
        fi
        if [ ${#run[@]} -eq 0 ] && ! kill -0 "$dockerd_pid" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    note "dockerd did not come up; its log ends with:"
    tail -n 20 "$scratch/dockerd.log" >&2 || true
}

stop_docker_if_started() {
    [ -n "$dockerd_pid" ] || return 0
    note "stopping the dockerd this session started"
    local kill=(kill) i signal
    [ "$(id -u)" -eq 0 ] || kill=(sudo -n kill)
    # dockerd waits up to 15 s for containers and containerd; then it is killed.
    for signal in TERM KILL; do
        "${kill[@]}" "-$signal" "$dockerd_pid" 2>/dev/null || true
        for i in $(seq 1 250); do
            [ -d "/proc/$dockerd_pid" ] || break 2
            sleep 0.1
        done
    done
    dockerd_pid=""
}

cleanup() {
    stop_docker_if_started
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_docker_if_needed
# A second dockerd started with --bridge none in the host's network namespace deletes the host's
# docker0 (tst_dockerdaemonloss runs its own in a namespace of its own); say so if it happens.
had_docker0=no
[ -e /sys/class/net/docker0 ] && had_docker0=yes

export HOME="$scratch/home"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Not exec: the trap above has to run afterwards to stop what this session started.
status=0
dbus-run-session -- "$0" --inside-session "$@" || status=$?

if [ "$had_docker0" = yes ] && [ ! -e /sys/class/net/docker0 ]; then
    note "warning: the docker0 bridge is gone; restart the main dockerd before building or publishing ports"
fi
exit "$status"
