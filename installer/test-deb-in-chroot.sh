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
#   /var/cache/lagoon-desktop/bookworm-clean). It is debootstrapped into a scratch directory beside
#   it (bookworm-new.XXXXXX), gets its package lists there (apt-get update, without /proc or /dev:
#   the only thing that ever runs in it) and its stamp, and only then is moved into place. So
#   bookworm-clean is always complete; a run killed meanwhile leaves bookworm-new.*, which the next
#   run unmounts and deletes. A bookworm-clean with an older stamp is rebuilt the same way.
# - Every run copies it to a tmpfs next to it (bookworm-run.XXXXXX), installs there and deletes the
#   copy, so each run starts clean. Copying, unpacking and deleting the copy (about 700 MB once
#   installed) costs no disk I/O, which the builds running meanwhile need.
# - /proc, /dev and /dev/pts are bind-mounted into the copy only while apt and the app run, and
#   always unmounted on exit (success, failure, Ctrl-C, SIGTERM), before anything is deleted; so
#   is $CACHE_DIR/bookworm-clean-archives, apt's download cache, kept between runs. After a
#   SIGKILL (ctest's timeout) the next run finds the leftovers and does it.
# - Mounts are found by their path in /proc/self/mountinfo, so the cache directory is resolved
#   (realpath) and must contain no whitespace or backslash, which mountinfo writes escaped.
# - The long steps (cpack, the wait for the lock, debootstrap, apt, the copy) run in the background,
#   each in a process group of its own, and are waited for: bash runs a trap only once its
#   foreground command ends, but a signal interrupts `wait` at once; cleanup then ends the group.
# - apt inside installs the .deb without Recommends: its Depends alone must be enough to start.
#   shared-mime-info (a Recommends) is then installed explicitly, as every desktop has it, and the
#   MIME database must know our type.
# shellcheck disable=SC2317  # functions called from traps
set -euo pipefail

log() { printf '\033[1;36m[deb-bookworm]\033[0m %s\n' "$*" >&2; }
err() { printf '\033[1;31m[deb-bookworm] error:\033[0m %s\n' "$*" >&2; }
die() { err "$@"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and bind mounts need it)"
BUILD="$(cd "${1:?usage: $0 <build-dir>}" && pwd)"
[ -f "$BUILD/CPackConfig.cmake" ] || die "$BUILD is no configured build tree (no CPackConfig.cmake)"

CACHE_DIR="${LAGOON_CHROOT_CACHE:-/var/cache/lagoon-desktop}"
mkdir -p -- "$CACHE_DIR"
CACHE_DIR="$(realpath -e -- "$CACHE_DIR")"
case "$CACHE_DIR" in
*[[:space:]\\]*) die "the chroot cache directory must not contain whitespace or a backslash: '$CACHE_DIR'" ;;
/) die "the chroot cache directory must not be /" ;;
esac
SUITE=bookworm
MIRROR="${LAGOON_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
PRISTINE="$CACHE_DIR/$SUITE-clean"
ARCHIVES="$CACHE_DIR/$SUITE-clean-archives"
STAMP_NAME=.lagoon-chroot-complete
# Bump when the way the chroot is created changes: chroots with an older stamp are rebuilt.
RECIPE="1 debootstrap --variant=minbase $SUITE $MIRROR + apt-get update"
# How long to wait for another run; tests/package/CMakeLists.txt's TIMEOUT allows for it.
LOCK_WAIT=600
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
BINDS=(/proc /dev /dev/pts /dev/shm)   # parents before children
EXAMPLE=/usr/share/lagoon-desktop/examples/drupal-example
APP_ID=sh.lagoon.Desktop
# debootstrap installs the host's architecture, and so does apt in the copy.
ARCH="$(dpkg --print-architecture)"
MULTIARCH="$(dpkg-architecture -a"$ARCH" -qDEB_HOST_MULTIARCH 2>/dev/null)" ||
    die "dpkg-architecture failed (it is in dpkg-dev, which cpack needs too)"

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

# --- background steps ------------------------------------------------------------------------------
BGPID=""   # the process group of the step running now
# Runs a command in its own process group and waits for it (see the header). --keep-lock: the
# command gets fd 9, the lock file; nothing else may hold it after this script ends.
bg_wait() {
    local rc=0
    if [ "$1" = --keep-lock ]; then
        shift
        setsid "$@" 7>&- 8>&- &
    else
        setsid "$@" 7>&- 8>&- 9>&- &
    fi
    BGPID=$!
    wait "$BGPID" || rc=$?
    BGPID=""
    return "$rc"
}

stop_background() {
    local tries=10
    [ -n "$BGPID" ] || return 0
    kill -TERM -- "-$BGPID" 2>/dev/null || true
    while [ "$tries" -gt 0 ] && kill -0 -- "-$BGPID" 2>/dev/null; do
        sleep 0.5
        tries=$((tries - 1))
    done
    kill -KILL -- "-$BGPID" 2>/dev/null || true
    BGPID=""
}

# --- mounts and cleanup --------------------------------------------------------------------------
CHROOT=""    # the scratch copy of this run
NEWROOT=""   # a pristine chroot being created
WORKDIR=""

mounts_below() { # dir
    awk -v p="$1/" 'index($5, p) == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

# Something is mounted on the directory itself (the copy's tmpfs).
is_mounted() { awk -v p="$1" '$5 == p { found = 1 } END { exit !found }' /proc/self/mountinfo; }

kill_chroot_processes() { # dir
    local dir="$1" sig pid root
    for sig in TERM KILL; do
        for pid in /proc/[0-9]*; do
            pid="${pid#/proc/}"
            [ "$pid" != "$$" ] || continue
            root="$(readlink "/proc/$pid/root" 2>/dev/null)" || continue
            if [ "$root" = "$dir" ] || [ "${root#"$dir"/}" != "$root" ]; then
                kill "-$sig" "$pid" 2>/dev/null || true
            fi
        done
        sleep 0.5
    done
}

unmount_all() { # dir
    local round target
    for round in 1 2 3 4 5; do
        [ -n "$(mounts_below "$1")" ] || return 0
        while IFS= read -r target; do
            [ -n "$target" ] || continue
            umount "$target" 2>/dev/null || { [ "$round" -lt 3 ] || umount -l "$target" 2>/dev/null || true; }
        done < <(mounts_below "$1")
        [ -n "$(mounts_below "$1")" ] || return 0
        sleep 1
    done
    [ -z "$(mounts_below "$1")" ]
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

# Ends what runs inside a chroot of ours and unmounts everything below it and on it.
release_chroot() { # dir
    local dir="$1"
    kill_chroot_processes "$dir"
    unmount_all "$dir" || { err "could not unmount below $dir: $(mounts_below "$dir" | tr '\n' ' ')"; return 1; }
    if is_mounted "$dir"; then
        umount "$dir" 2>/dev/null || umount -l "$dir" 2>/dev/null || true
        ! is_mounted "$dir" || { err "could not unmount $dir"; return 1; }
    fi
}

# The only way this script deletes a chroot: never with anything mounted on or below it. Returns 1
# with a message instead of dying: cleanup calls it, and must go on to its end.
safe_rm_chroot() { # dir
    local dir="$1" name="${1#"$CACHE_DIR"/}"
    case "$dir" in
    "$PRISTINE" | "$CACHE_DIR/$SUITE"-run.?* | "$CACHE_DIR/$SUITE"-new.?*) ;;
    *) err "refusing to delete $dir (not a chroot of ours)"; return 1 ;;
    esac
    case "$name" in */* | *..*) err "refusing to delete $dir (not directly in $CACHE_DIR)"; return 1 ;; esac
    if [ -n "$(mounts_below "$dir")" ] || is_mounted "$dir" || mountpoint -q -- "$dir"; then
        err "refusing to delete $dir while something is mounted on or below it"
        return 1
    fi
    rm -rf --one-file-system -- "$dir"
}

remove_chroot() { # dir
    release_chroot "$1" && safe_rm_chroot "$1"
}

cleanup() {
    local rc=$?
    set +e
    trap '' INT TERM HUP
    # A signal runs this inside whatever command it interrupted, with that command's redirections.
    exec 1>&7 2>&8
    local t_clean
    t_clean=$(date +%s)
    stop_background
    if [ -n "$CHROOT" ] && [ -d "$CHROOT" ]; then
        remove_chroot "$CHROOT" || { err "left $CHROOT (the next run removes it)"; [ "$rc" -ne 0 ] || rc=1; }
    fi
    if [ -n "$NEWROOT" ] && [ -d "$NEWROOT" ]; then
        log "deleting the unfinished chroot $NEWROOT"
        remove_chroot "$NEWROOT" || { err "left $NEWROOT (the next run removes it)"; [ "$rc" -ne 0 ] || rc=1; }
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
bg_wait env -C "$BUILD" cpack -G DEB -B "$WORKDIR/pkg" </dev/null >"$WORKDIR/cpack.log" 2>&1 ||
    { cat "$WORKDIR/cpack.log" >&2; die "cpack failed"; }
TOOK[cpack]=$(($(date +%s) - t0))
debs=("$WORKDIR"/pkg/lagoon-desktop_*_"$ARCH".deb)
[ -f "${debs[0]}" ] || die "cpack wrote no lagoon-desktop_*_$ARCH.deb: $(ls "$WORKDIR/pkg")"
DEB="${debs[0]}"
log "$(basename "$DEB"): $(stat -c %s "$DEB") bytes"
dpkg-deb -f "$DEB" Depends Recommends >&2

# --- (b) the clean chroot ------------------------------------------------------------------------
exec 9>"$CACHE_DIR/$SUITE-clean.lock"
if ! flock -n 9; then
    log "another run holds $CACHE_DIR/$SUITE-clean.lock, waiting (up to $((LOCK_WAIT / 60)) min)"
    bg_wait --keep-lock flock -w "$LOCK_WAIT" 9 || die "timed out waiting for $CACHE_DIR/$SUITE-clean.lock"
fi

t0=$(date +%s)
# Leftovers of a run killed with SIGKILL: we hold the lock, so nobody uses them.
for stale in "$CACHE_DIR/$SUITE"-run.* "$CACHE_DIR/$SUITE"-new.*; do
    [ -d "$stale" ] || continue
    log "removing the leftover $stale"
    remove_chroot "$stale" || die "$stale cannot be removed"
done
# Left by an earlier version of this script, which debootstrapped in place.
if [ -d "$PRISTINE" ] && [ -n "$(mounts_below "$PRISTINE")" ]; then
    log "unmounting what is left mounted below $PRISTINE"
    release_chroot "$PRISTINE" || die "stale mounts below $PRISTINE cannot be removed"
fi

pristine_is_complete() {
    [ -f "$PRISTINE/$STAMP_NAME" ] && [ "$(head -n1 "$PRISTINE/$STAMP_NAME")" = "$RECIPE" ] &&
        [ -x "$PRISTINE/usr/bin/apt-get" ] && [ -x "$PRISTINE/bin/bash" ]
}

create_pristine() {
    command -v debootstrap >/dev/null || die "debootstrap is not installed (installer/setup.sh test installs it)"
    local dblog="$CACHE_DIR/$SUITE-clean-debootstrap.log"
    NEWROOT="$(mktemp -d "$CACHE_DIR/$SUITE-new.XXXXXX")"
    # The chroot's / (mktemp makes it 0700); the copies take this mode too.
    chmod 0755 "$NEWROOT"
    log "debootstrap --variant=minbase $SUITE $NEWROOT $MIRROR (log: $dblog)"
    if ! bg_wait debootstrap --variant=minbase "$SUITE" "$NEWROOT" "$MIRROR" </dev/null >"$dblog" 2>&1; then
        tail -n 40 "$dblog" >&2
        die "debootstrap failed (full log: $dblog; the next run starts over)"
    fi
    # debootstrap unmounts its /proc and /sys (and /dev in a container) when it succeeds; make sure.
    release_chroot "$NEWROOT" || die "debootstrap left mounts below $NEWROOT"
    # No daemons started by package scripts inside the copies.
    printf '#!/bin/sh\n# Installed by installer/test-deb-in-chroot.sh: never start services here.\nexit 101\n' \
        >"$NEWROOT/usr/sbin/policy-rc.d"
    chmod 0755 "$NEWROOT/usr/sbin/policy-rc.d"
    rm -f "$NEWROOT/etc/resolv.conf"
    cp -L /etc/resolv.conf "$NEWROOT/etc/resolv.conf"
    # The package lists, once: each copy then installs without an update of its own.
    bg_wait chroot "$NEWROOT" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 \
        apt-get -q update </dev/null >>"$dblog" 2>&1 || die "apt-get update failed in the new chroot (log: $dblog)"
    printf '%s\ncreated %s\n' "$RECIPE" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$NEWROOT/$STAMP_NAME"
    if [ -e "$PRISTINE" ]; then
        log "$PRISTINE is incomplete or outdated (no current stamp): replacing it"
        remove_chroot "$PRISTINE" || die "$PRISTINE cannot be removed"
    fi
    mv -T -- "$NEWROOT" "$PRISTINE"
    NEWROOT=""
}

if pristine_is_complete; then
    log "reusing the pristine Debian 12 chroot at $PRISTINE ($(sed -n 2p "$PRISTINE/$STAMP_NAME"))"
else
    create_pristine
fi
TOOK[chroot]=$(($(date +%s) - t0))

t0=$(date +%s)
CHROOT="$(mktemp -d "$CACHE_DIR/$SUITE-run.XXXXXX")"
mount -t tmpfs -o size=2g,mode=0755 lagoon-deb-test "$CHROOT"
bg_wait cp -a "$PRISTINE/." "$CHROOT/" </dev/null || die "copying $PRISTINE failed"
rm -f "$CHROOT/etc/resolv.conf"
cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# The copy is thrown away after the run: dpkg need not fsync every file it unpacks.
printf 'force-unsafe-io\n' >"$CHROOT/etc/dpkg/dpkg.cfg.d/90lagoon-unsafe-io"
TOOK[copy]=$(($(date +%s) - t0))
log "fresh copy at $CHROOT in ${TOOK[copy]}s ($(du -sm "$CHROOT" | cut -f1) MB)"

in_chroot() {
    bg_wait chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive XDG_RUNTIME_DIR=/run/user/0 "$@" </dev/null
}
# shellcheck disable=SC2016  # dpkg-query's format, not the shell's
is_installed() { in_chroot dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q 'ok installed'; }

# Clean means clean: none of what the .deb depends on is there before apt installs it.
! is_installed libqt6core6 || die "the chroot is not clean: Qt is installed in it already"

# --- (c) apt installs the .deb and what it depends on ----------------------------------------------
mount_binds
mkdir -p "$CHROOT/tmp/deb" "$CHROOT/run/user/0"
chmod 0700 "$CHROOT/run/user/0"
cp "$DEB" "$CHROOT/tmp/deb/"
DEB_IN="/tmp/deb/$(basename "$DEB")"
t0=$(date +%s)
apt_install() {
    in_chroot apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=60 "$@" >>"$WORKDIR/apt.log" 2>&1
}
log "apt-get install --no-install-recommends $DEB_IN"
if ! apt_install "$DEB_IN"; then
    # The pristine chroot's package lists may name versions the mirror has dropped since.
    log "apt-get install failed; apt-get update and once more"
    in_chroot apt-get -q update >>"$WORKDIR/apt.log" 2>&1 || true
    apt_install "$DEB_IN" || { tail -n 40 "$WORKDIR/apt.log" >&2; die "apt-get install of the .deb failed"; }
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
lacks() { ! grep -q "$1" "$2"; } # pattern, file

check "lagoon-desktop-cli --version" run cli-version lagoon-desktop-cli --version
check "it prints its version" grep -q '^lagoon-desktop-cli [0-9]' "$WORKDIR/cli-version.out"
check "lagoon-desktop-cli validate on the example project" run cli-validate lagoon-desktop-cli validate "$EXAMPLE"
check "lagoon-desktop --version (offscreen)" run gui-version env QT_QPA_PLATFORM=offscreen lagoon-desktop --version
check "it prints its version" grep -q '^lagoon-desktop [0-9]' "$WORKDIR/gui-version.out"
check "lagoon-desktop starts with the example project (offscreen)" \
    run gui-first-frame env QT_QPA_PLATFORM=offscreen lagoon-desktop --exit-after-first-frame "$EXAMPLE"
check "it paints its first frame" grep -q '"event":"first-frame"' "$WORKDIR/gui-first-frame.out"
check "it loads the example project" \
    grep -q "\"event\":\"project-loaded\".*\"project\":\"$EXAMPLE\"" "$WORKDIR/gui-first-frame.out"
check "it reports no project-failed" lacks '"event":"project-failed"' "$WORKDIR/gui-first-frame.out"

for f in "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "/usr/share/mime/packages/$APP_ID.xml" "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png" "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
    "$EXAMPLE/.lagoon.yml" /usr/share/doc/lagoon-desktop/copyright; do
    check "$f installed" test -s "$CHROOT$f"
done
# Qt loads it as a plugin, so only the package's own Depends bring it: without it the window
# icon and every themed icon are blank.
check "Qt's SVG icon engine is installed" test -e "$CHROOT/usr/lib/$MULTIARCH/qt6/plugins/iconengines/libqsvgicon.so"
check "dpkg owns the desktop entry" run dpkg-owner dpkg -S "/usr/share/applications/$APP_ID.desktop"

# The MIME database: shared-mime-info's file trigger (or its postinst, when it comes only now) runs
# update-mime-database over our XML. Debian 12's libqt6core6 depends on it; it is our Recommends too.
if is_installed shared-mime-info; then
    log "shared-mime-info came with the Depends"
else
    log "shared-mime-info is not among the Depends: installing it"
fi
check "apt-get install shared-mime-info" apt_install shared-mime-info
mime_type="$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$CHROOT/usr/share/mime/packages/$APP_ID.xml" 2>/dev/null | head -n1)" || mime_type=""
mime_db="$CHROOT/usr/share/mime"
check "our MIME XML names a type ($mime_type)" test -n "$mime_type"
check "the MIME database knows $mime_type by the name .lagoon.yml (globs2)" \
    grep -Eq "^[0-9]+:${mime_type//./\\.}:\\.lagoon\\.yml(:|\$)" "$mime_db/globs2"
check "… as a kind of YAML (subclasses)" grep -Eq "^${mime_type//./\\.} application/(x-)?yaml\$" "$mime_db/subclasses"
check "… in mime.cache, which applications read" grep -aqF "$mime_type" "$mime_db/mime.cache"
TOOK[smoke]=$(($(date +%s) - t0))

[ "$failures" -eq 0 ] || die "$failures smoke checks failed"
