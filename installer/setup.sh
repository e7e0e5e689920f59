#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# The two README commands, on a fresh Debian 12 (or 13) machine:
#   installer/setup.sh app    install what is missing, build, open the example project
#   installer/setup.sh test   install what is missing, build, start test services, run every test
# Other verbs: deps [build|test]... (install only), build [preset].
# Root runs apt directly; anyone else is asked for sudo only when a package is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXAMPLE="$ROOT/resources/examples/drupal-example"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

package_installed() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q '^install ok installed$'; }

distro_codename() {
    # shellcheck disable=SC1091
    . /etc/os-release 2>/dev/null || true
    echo "${VERSION_CODENAME:-unknown}"
}

# --- packages_for_distro: the only place that names Debian packages -------------------------
packages_for_distro() {
    local profile="$1" codename
    codename="$(distro_codename)"
    case "$profile" in
    build)
        echo g++ cmake ninja-build pkg-config git ca-certificates \
            qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
            qt6-networkauth-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libsecret-1-dev \
            libyaml-cpp-dev libgit2-dev libcurl4-openssl-dev \
            qt6-translations-l10n breeze-icon-theme fonts-noto-cjk
        if [ "$codename" != bookworm ]; then
            # KSyntaxHighlighting exists for Qt 6 (KF6) only from Debian 13 on; there the SVG
            # icon engine (every breeze icon is an SVG) is a package of its own.
            echo libkf6syntaxhighlighting-dev qt6-svg-plugins
        fi
        ;;
    test)
        echo xvfb xauth dbus dbus-x11 binutils
        # Desktop notifications: dunst is the notification server the tests show theirs on, and
        # trayer the tray under Xvfb (tests/notify).
        echo dunst trayer
        # The stack tests run a real engine: Debian's dockerd, compose v1 (the only compose
        # Debian 12 packages) and a static busybox to build their images FROM scratch, since
        # nothing can be pulled. util-linux's unshare gives the daemon-loss test's second
        # dockerd a network namespace of its own.
        echo busybox-static util-linux
        # A Docker that is there already (Docker CE, a hand-built one) is used as it is: docker.io
        # conflicts with docker-ce, and apt would remove it to install ours.
        if ! command -v dockerd >/dev/null 2>&1 && ! package_installed docker-ce; then
            echo docker.io
        fi
        # From Debian 13 on the docker CLI is a package of its own (docker.io only recommends it).
        if [ "$codename" != bookworm ] && ! command -v docker >/dev/null 2>&1 && ! package_installed docker-ce-cli; then
            echo docker-cli
        fi
        if ! command -v docker-compose >/dev/null 2>&1 && ! docker compose version >/dev/null 2>&1; then
            echo docker-compose
        fi
        # The keychain tests store secrets through a real Secret Service: tests/services/session.sh
        # starts gnome-keyring-daemon, unlocked in a throwaway HOME.
        echo gnome-keyring
        # tests/sandbox: the Lagoon API stand-in runs on Node.js >= 18.12 (Debian 12 has 18.20,
        # Debian 13 20.19) and serves its SSH token endpoint with OpenSSH's sshd, driven by the
        # ssh client.
        # curl: the sandbox's documented login examples, run by its own tests.
        echo nodejs openssh-server openssh-client curl
        # NodeSource's nodejs bundles npm and conflicts with Debian's npm package: ask for npm
        # only when no npm is there, or apt would replace the installed Node.js.
        if ! command -v npm >/dev/null 2>&1; then
            echo npm
        fi
        # tests/package: the desktop entry, AppStream and MIME checks (desktop-file-utils, appstream,
        # shared-mime-info, gio of libglib2.0-bin), the Flatpak manifest (python3-yaml), and the .deb
        # built with CPack (dpkg-shlibdeps of dpkg-dev) and installed into a Debian 12 debootstrap chroot.
        echo desktop-file-utils appstream shared-mime-info libglib2.0-bin python3-yaml dpkg-dev debootstrap
        # The fuzz test builds with clang and libFuzzer (libclang-rt). Debian 12's default clang
        # (14) cannot compile libstdc++'s std::expected, so there it is the newest clang Debian 12
        # ships; later releases get their default clang through the version-less packages.
        if [ "$codename" = bookworm ]; then
            echo clang-19 libclang-rt-19-dev
        else
            echo clang libclang-rt-dev
        fi
        ;;
    *) die "unknown package profile '$profile'" ;;
    esac
}
# ---------------------------------------------------------------------------------------------

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! package_installed "$pkg"; then
            echo "$pkg"
        fi
    done
}

install_deps() {
    local profiles=("$@") wanted=() missing
    [ ${#profiles[@]} -gt 0 ] || profiles=(build)
    for p in "${profiles[@]}"; do
        # shellcheck disable=SC2207
        wanted+=($(packages_for_distro "$p"))
    done
    missing="$(missing_packages "${wanted[@]}" | tr '\n' ' ')"
    if [ -z "${missing// /}" ]; then
        log "all ${#wanted[@]} packages present"
        return 0
    fi
    log "installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    local apt=(apt-get -y -q --no-install-recommends -o DPkg::Lock::Timeout=300)
    # shellcheck disable=SC2086
    if ! as_root "${apt[@]}" install $missing; then
        as_root apt-get -q -o DPkg::Lock::Timeout=300 update
        # shellcheck disable=SC2086
        as_root "${apt[@]}" install $missing
    fi
}

# A full disk shows up minutes later as a compiler, CMake or Docker error that names no cause, and
# half of the test suite fails with it. Say it before starting. A tree that exists already counts
# as space this run has: an incremental build needs little more.
need_free_space() {
    local gib="$1" tree="$2" what="$3" free_kib have_kib need_kib
    free_kib="$(df -Pk "$ROOT" 2>/dev/null | awk 'NR == 2 { print $4 }')" || free_kib=""
    have_kib="$(du -sk "$tree" 2>/dev/null | awk '{ print $1 }')" || have_kib=0
    have_kib="${have_kib:-0}"
    need_kib=$((gib * 1024 * 1024 - have_kib))
    [ -n "$free_kib" ] && [ "$free_kib" -lt "$need_kib" ] || return 0
    die "$(printf '%s needs about %d GiB free on the disk of %s; %.1f GiB is free. Free some space and run it again.' \
        "$what" "$gib" "$ROOT" "$(awk -v k="$free_kib" 'BEGIN { print k / 1048576 }')")"
}

# build PRESET [TARGET...]: every target unless some are named.
build() {
    local preset="${1:-dev}" targets=()
    shift || true
    [ $# -eq 0 ] || targets=(--target "$@")
    log "configuring and building (preset $preset${*:+: $*})"
    cmake --preset "$preset" -S "$ROOT" >/dev/null
    cmake --build --preset "$preset" "${targets[@]}"
}

run_app() {
    need_free_space 3 "$ROOT/build/dev" "Building the app"
    install_deps build
    # The two programs only: the test suite is most of the build and command 1 never runs it.
    build dev lagoon-desktop lagoon-desktop-cli
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        die "no display: run this from a desktop session (or set QT_QPA_PLATFORM=offscreen to try it headless)"
    fi
    log "starting lagoon-desktop on $EXAMPLE"
    exec "$ROOT/build/dev/app/gui/lagoon-desktop" "$EXAMPLE"
}

run_tests() {
    # The build tree, and inside it the GUI-less rebuild, the fuzzing build and the .deb.
    need_free_space 5 "$ROOT/build/ci" "Building and running the tests"
    install_deps build test
    build ci
    log "running the test suite"
    cd "$ROOT/build/ci"
    # The services the tests need are started (and stopped) by tests/services/session.sh.
    "$ROOT/tests/services/session.sh" ctest -j2 --output-on-failure "$@"
}

case "${1:-}" in
app) shift; run_app "$@" ;;
test) shift; run_tests "$@" ;;
deps) shift; install_deps "$@" ;;
build) shift; install_deps build; build "${1:-dev}" ;;
*)
    echo "usage: $0 app | test [ctest args] | deps [build|test]... | build [preset]" >&2
    exit 2
    ;;
esac
