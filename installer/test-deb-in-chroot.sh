#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# The .deb on a clean Debian 12: builds it with cpack from a configured, built tree, installs it
# with apt into a fresh copy of a Debian 12 minbase chroot (nothing of our build dependencies in
# it) and starts both executables there. Run as root (ctest's package_deb_installs_on_clean_debian12):
#   installer/test-deb-in-chroot.sh <build-dir>
#
# - The pristine chroot lives in $LAGOON_CHROOT_CACHE/bookworm-clean (default
#   /var/cache/lagoon-desktop/bookworm-clean). Nothing ever runs inside it: every run copies it to a
#   scratch directory next to it, installs there and deletes the copy, so each run starts clean.
#   Its stamp file is written as the last step of its creation; without it, it is rebuilt.
#   The copy is a tmpfs (about 700 MB once installed): copying, unpacking and deleting it costs no
#   disk I/O, which the builds running meanwhile need.
# - /proc, /dev and /dev/pts are bind-mounted into the copy only while apt and the app run, and
#   always unmounted on exit (success, failure, Ctrl-C, SIGTERM), before anything is deleted; so
#   is $CACHE_DIR/bookworm-clean-archives, apt's download cache, kept between runs.
# - apt inside installs the .deb without Recommends: its Depends alone must be enough to start.
# shellcheck disable=SC2317  # functions called from traps
set -euo pipefail

BUILD="$(cd "${1:?usage: $0 <build-dir>}" && pwd)"
CACHE_DIR="${LAGOON_CHROOT_CACHE:-/var/cache/lagoon-desktop}"
SUITE=bookworm
MIRROR="${LAGOON_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
PRISTINE="$CACHE_DIR/$SUITE-clean"
ARCHIVES="$CACHE_DIR/$SUITE-clean-archives"
STAMP_NAME=.lagoon-chroot-complete
# Bump when the way the chroot is created changes: chroots with an older stamp are rebuilt.
RECIPE="1 debootstrap --variant=minbase $SUITE $MIRROR + apt-get update"
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
BINDS=(/proc /dev /dev/pts)   # parents before children
EXAMPLE=/usr/share/lagoon-desktop/examples/drupal-example
APP_ID=sh.lagoon.Desktop

log() { printf '\033[1;36m[deb-bookworm]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[deb-bookworm] error:\033[0m %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and bind mounts need it)"
[ -f "$BUILD/CPackConfig.cmake" ] || die "$BUILD is no configured build tree (no CPackConfig.cmake)"

# --- timing ------------------------------------------------------------------------------------
declare -A TOOK=()
PHASES=(cpack chroot copy install smoke cleanup)
declare -A PHASE_LABEL=([cpack]="cpack -G DEB" [chroot]="pristine chroot create/reuse"
    [copy]="fresh copy of it" [install]="apt-get install ./deb" [smoke]="smoke test" [cleanup]="unmount, delete the copy")
print_timings() {
    local p
    log "timings (seconds):"
    for p in "${PHASES[@]}"; do
        printf '    %-30s %s\n' "${PHASE_LABEL[$p]}" "${TOOK[$p]:-n/a}" >&2
    done
}

# --- mounts and cleanup --------------------------------------------------------------------------
CHROOT=""   # the scratch copy of this run
WORKDIR=""
mounts_below() {
    [ -n "$CHROOT" ] || return 0
    awk -v p="$CHROOT/" 'index($5, p) == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

kill_chroot_processes() {
    local sig pid root
    [ -n "$CHROOT" ] || return 0
    for sig in TERM KILL; do
        for pid in /proc/[0-9]*; do
            pid="${pid#/proc/}"
            [ "$pid" != "$$" ] || continue
            root="$(readlink "/proc/$pid/root" 2>/dev/null)" || continue
            if [ "$root" = "$CHROOT" ] || [ "${root#"$CHROOT"/}" != "$root" ]; then
                kill "-$sig" "$pid" 2>/dev/null || true
            fi
        done
        sleep 0.5
    done
}

unmount_all() {
    local round target
    for round in 1 2 3 4 5; do
        [ -n "$(mounts_below)" ] || return 0
        while IFS= read -r target; do
            [ -n "$target" ] || continue
            umount "$target" 2>/dev/null || { [ "$round" -lt 3 ] || umount -l "$target" 2>/dev/null || true; }
        done < <(mounts_below)
        [ -n "$(mounts_below)" ] || return 0
        sleep 1
    done
    [ -z "$(mounts_below)" ]
}

mount_binds() {
    local src dst
    for src in "${BINDS[@]}"; do
        dst="$CHROOT$src"
        mkdir -p "$dst"
        mount --bind "$src" "$dst"
        # Never propagate mounts/unmounts between the chroot's view and the host's own /dev etc.
        mount --make-private "$dst"
    done
    # The downloaded .debs outlive the copy: the next run installs without downloading them again.
    mkdir -p "$ARCHIVES/partial"
    mount --bind "$ARCHIVES" "$CHROOT/var/cache/apt/archives"
    mount --make-private "$CHROOT/var/cache/apt/archives"
}

# The scratch copy's own tmpfs, mounted on its directory (checked apart from the mounts below it).
copy_mounted() { awk -v p="$1" '$5 == p { found = 1 } END { exit !found }' /proc/self/mountinfo; }

# Unmounts what is below a scratch copy and its tmpfs, then removes its (empty) directory.
remove_copy() {
    CHROOT="$1"
    kill_chroot_processes
    unmount_all || return 1
    if copy_mounted "$CHROOT"; then
        umount "$CHROOT" 2>/dev/null || umount -l "$CHROOT" 2>/dev/null || true
        ! copy_mounted "$CHROOT" || return 1
    fi
    safe_rm_chroot "$CHROOT"
}

# The only way this script deletes a chroot: never with anything mounted below it.
safe_rm_chroot() {
    local dir="$1"
    case "$dir" in "$CACHE_DIR"/"$SUITE"-*) ;; *) die "refusing to delete $dir (not a chroot of ours)" ;; esac
    if awk -v p="$dir/" 'index($5, p) == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo; then
        die "refusing to delete $dir while something is mounted below it"
    fi
    rm -rf --one-file-system -- "$dir"
}

cleanup() {
    local rc=$?
    set +e
    trap '' INT TERM HUP
    # A signal runs this inside whatever command it interrupted, with that command's redirections.
    exec 1>&7 2>&8
    local t_clean
    t_clean=$(date +%s)
    if [ -n "$CHROOT" ] && [ -d "$CHROOT" ]; then
        if ! remove_copy "$CHROOT"; then
            printf '\033[1;31m[deb-bookworm] error:\033[0m could not unmount: %s (left %s)\n' \
                "$(mounts_below | tr '\n' ' ')" "$CHROOT" >&2
            [ "$rc" -ne 0 ] || rc=1
        fi
    fi
    [ -z "$WORKDIR" ] || rm -rf -- "$WORKDIR"
    TOOK[cleanup]=$(($(date +%s) - t_clean))
    print_timings
    if [ "$rc" -eq 0 ]; then log "the .deb installs and starts on a clean Debian 12"; else log "FAILED (exit $rc)"; fi
    exit "$rc"
}
# The script's own stdout and stderr, for cleanup (see there).
exec 7>&1 8>&2
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

WORKDIR="$(mktemp -d -t lagoon-deb.XXXXXX)"

# --- (a) the package -----------------------------------------------------------------------------
t0=$(date +%s)
log "cpack -G DEB in $BUILD"
# Packages and cpack's staging tree go to the scratch directory, not into the build tree.
(cd "$BUILD" && cpack -G DEB -B "$WORKDIR/pkg") >"$WORKDIR/cpack.log" 2>&1 ||
    { cat "$WORKDIR/cpack.log" >&2; die "cpack failed"; }
TOOK[cpack]=$(($(date +%s) - t0))
debs=("$WORKDIR"/pkg/lagoon-desktop_*_amd64.deb)
[ -f "${debs[0]}" ] || die "cpack wrote no lagoon-desktop_*_amd64.deb: $(ls "$WORKDIR/pkg")"
DEB="${debs[0]}"
log "$(basename "$DEB"): $(stat -c %s "$DEB") bytes"
dpkg-deb -f "$DEB" Depends Recommends >&2

# --- (b) the clean chroot ------------------------------------------------------------------------
mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR/$SUITE-clean.lock"
if ! flock -n 9; then
    log "another run holds $CACHE_DIR/$SUITE-clean.lock, waiting (up to 15 min)"
    flock -w 900 9 || die "timed out waiting for $CACHE_DIR/$SUITE-clean.lock"
fi

# Scratch copies left by a run killed with SIGKILL: we hold the lock, so nobody uses them.
for stale in "$CACHE_DIR/$SUITE"-run.*; do
    [ -d "$stale" ] || continue
    log "removing the leftover copy $stale"
    remove_copy "$stale" || die "stale mounts below $stale cannot be removed"
    CHROOT=""
done

pristine_is_complete() {
    [ -f "$PRISTINE/$STAMP_NAME" ] && [ "$(head -n1 "$PRISTINE/$STAMP_NAME")" = "$RECIPE" ] &&
        [ -x "$PRISTINE/usr/bin/apt-get" ] && [ -x "$PRISTINE/bin/bash" ]
}

create_pristine() {
    command -v debootstrap >/dev/null || die "debootstrap is not installed (installer/setup.sh test installs it)"
    if [ -e "$PRISTINE" ]; then
        log "$PRISTINE is incomplete or outdated (no current stamp): deleting it"
        safe_rm_chroot "$PRISTINE"
    fi
    local dblog="$CACHE_DIR/$SUITE-clean-debootstrap.log"
    log "debootstrap --variant=minbase $SUITE $PRISTINE $MIRROR (log: $dblog)"
    if ! debootstrap --variant=minbase "$SUITE" "$PRISTINE" "$MIRROR" </dev/null >"$dblog" 2>&1; then
        tail -n 40 "$dblog" >&2
        die "debootstrap failed (full log: $dblog; the next run starts over)"
    fi
    # No daemons started by package scripts inside the copies.
    printf '#!/bin/sh\n# Installed by installer/test-deb-in-chroot.sh: never start services here.\nexit 101\n' \
        >"$PRISTINE/usr/sbin/policy-rc.d"
    chmod 0755 "$PRISTINE/usr/sbin/policy-rc.d"
    rm -f "$PRISTINE/etc/resolv.conf"
    cp -L /etc/resolv.conf "$PRISTINE/etc/resolv.conf"
    # The package lists, once: each copy then installs without an update of its own.
    chroot "$PRISTINE" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 \
        apt-get -q update </dev/null >>"$dblog" 2>&1 || die "apt-get update failed in the new chroot (log: $dblog)"
    printf '%s\ncreated %s\n' "$RECIPE" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$PRISTINE/$STAMP_NAME"
}

t0=$(date +%s)
if pristine_is_complete; then
    log "reusing the pristine Debian 12 chroot at $PRISTINE ($(sed -n 2p "$PRISTINE/$STAMP_NAME"))"
else
    create_pristine
fi
TOOK[chroot]=$(($(date +%s) - t0))

t0=$(date +%s)
CHROOT="$(mktemp -d "$CACHE_DIR/$SUITE-run.XXXXXX")"
mount -t tmpfs -o size=2g,mode=0755 lagoon-deb-test "$CHROOT"
cp -a "$PRISTINE/." "$CHROOT/"
rm -f "$CHROOT/etc/resolv.conf"
cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# The copy is thrown away after the run: dpkg need not fsync every file it unpacks.
printf 'force-unsafe-io\n' >"$CHROOT/etc/dpkg/dpkg.cfg.d/90lagoon-unsafe-io"
TOOK[copy]=$(($(date +%s) - t0))
log "fresh copy at $CHROOT in ${TOOK[copy]}s ($(du -sm "$CHROOT" | cut -f1) MB)"

# In the background, waited for: bash runs a trap only once its foreground command ends, so a
# SIGTERM during a long apt run would wait for it; `wait` returns at once and cleanup kills it.
in_chroot() {
    chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        XDG_RUNTIME_DIR=/run/user/0 "$@" </dev/null 7>&- 8>&- 9>&- &
    wait $!
}

# Clean means clean: none of what the .deb depends on is there before apt installs it.
# shellcheck disable=SC2016  # dpkg-query's format, not the shell's
if in_chroot dpkg-query -W -f='${Status}\n' libqt6core6 2>/dev/null | grep -q 'ok installed'; then
    die "the chroot is not clean: Qt is installed in it already"
fi

# --- (c) apt installs the .deb and what it depends on ----------------------------------------------
mount_binds
mkdir -p "$CHROOT/tmp/deb" "$CHROOT/run/user/0"
chmod 0700 "$CHROOT/run/user/0"
cp "$DEB" "$CHROOT/tmp/deb/"
DEB_IN="/tmp/deb/$(basename "$DEB")"
t0=$(date +%s)
apt_install() {
    in_chroot apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=60 "$DEB_IN" >"$WORKDIR/apt.log" 2>&1
}
log "apt-get install --no-install-recommends $DEB_IN"
if ! apt_install; then
    # The pristine chroot's package lists may name versions the mirror has dropped since.
    log "apt-get install failed; apt-get update and once more"
    in_chroot apt-get -q update >>"$WORKDIR/apt.log" 2>&1 || true
    apt_install || { tail -n 40 "$WORKDIR/apt.log" >&2; die "apt-get install of the .deb failed"; }
fi
TOOK[install]=$(($(date +%s) - t0))
log "installed with $(grep -c '^Setting up ' "$WORKDIR/apt.log") packages set up, in ${TOOK[install]}s"

# --- (d) the smoke test ----------------------------------------------------------------------------
t0=$(date +%s)
failures=0
check() { # description, command...
    local what="$1"
    shift
    if "$@"; then log "ok: $what"; else log "FAIL: $what"; failures=$((failures + 1)); fi
}
run() { # name, command... — output to $WORKDIR/<name>.out, echoed; exit status kept
    local name="$1" rc=0
    shift
    in_chroot timeout 120 "$@" >"$WORKDIR/$name.out" 2>"$WORKDIR/$name.err" || rc=$?
    printf '    $ %s\n' "$*" >&2
    sed 's/^/    | /' "$WORKDIR/$name.out" >&2
    if [ "$rc" -ne 0 ]; then
        sed 's/^/    ! /' "$WORKDIR/$name.err" >&2
        log "exit status $rc"
    fi
    return "$rc"
}

check "lagoon-desktop-cli --version" run cli-version lagoon-desktop-cli --version
check "it prints its version" grep -q '^lagoon-desktop-cli [0-9]' "$WORKDIR/cli-version.out"
check "lagoon-desktop-cli validate on the example project" run cli-validate lagoon-desktop-cli validate "$EXAMPLE"
check "lagoon-desktop --version (offscreen)" run gui-version env QT_QPA_PLATFORM=offscreen lagoon-desktop --version
check "it prints its version" grep -q '^lagoon-desktop [0-9]' "$WORKDIR/gui-version.out"
check "lagoon-desktop paints its first frame with the example project (offscreen)" \
    run gui-first-frame env QT_QPA_PLATFORM=offscreen lagoon-desktop --exit-after-first-frame "$EXAMPLE"
check "the first-frame line names the example project" \
    grep -q "\"event\":\"first-frame\".*\"project\":\"$EXAMPLE\"" "$WORKDIR/gui-first-frame.out"

for f in "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "/usr/share/mime/packages/$APP_ID.xml" "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png" "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
    "$EXAMPLE/.lagoon.yml" /usr/share/doc/lagoon-desktop/copyright; do
    check "$f installed" test -s "$CHROOT$f"
done
# Qt loads it as a plugin, so only the package's own Depends bring it: without it the window
# icon and every themed icon are blank.
check "Qt's SVG icon engine is installed" test -e "$CHROOT/usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so"
check "dpkg owns the desktop entry" run dpkg-owner dpkg -S "/usr/share/applications/$APP_ID.desktop"
TOOK[smoke]=$(($(date +%s) - t0))

[ "$failures" -eq 0 ] || die "$failures smoke checks failed"
