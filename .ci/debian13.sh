#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# CI stage 2: build and test the same sources inside a Debian 13 "trixie" chroot (Qt 6.8, GCC 14,
# KF6 SyntaxHighlighting), by running `installer/setup.sh test` there. Run as root, no stdin needed:
#   .ci/debian13.sh
#
# - The chroot lives in $LAGOON_CHROOT_CACHE/trixie (default /var/cache/lagoon-desktop/trixie), reused
#   when its stamp file (written as the very last step of a successful creation) is present and
#   current; a chroot without the stamp is an interrupted creation and is deleted and rebuilt.
# - The checkout this script belongs to (plus ../shared next to it) is copied fresh into
#   <chroot>/work/main (and <chroot>/work/shared) on every run, without build/, build-*/, node_modules/.
# - /proc, /sys, /sys/fs/cgroup (recursively), /dev, /dev/pts, /dev/shm are bind-mounted only while
#   the tests run and are always unmounted on exit (success, failure, Ctrl-C, SIGTERM). Nothing is
#   ever deleted from the chroot while anything is mounted below it.
# - The stack tests inside talk to the host's Docker engine through its socket, bind-mounted at
#   <chroot>/run/docker.sock: a second engine in the chroot would fight the host's over docker0 and
#   iptables. If no engine answers on the host, this script starts Debian's dockerd for the stage
#   and stops it afterwards. (The daemon-loss test still runs a private dockerd of the chroot's.)
# The exit code is the one of `installer/setup.sh test` inside the chroot.
# shellcheck disable=SC2317  # functions called from traps
set -euo pipefail

CHECKOUT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="$(dirname "$CHECKOUT")/shared"
CACHE_DIR="${LAGOON_CHROOT_CACHE:-/var/cache/lagoon-desktop}"
SUITE=trixie
MIRROR="${LAGOON_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
CHROOT="$CACHE_DIR/$SUITE"
STAMP_NAME=.lagoon-chroot-complete
# Bump when the way the chroot is created changes: chroots with an older stamp are rebuilt.
RECIPE="2 debootstrap --variant=minbase $SUITE $MIRROR"
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
BINDS=(/proc /sys /dev /dev/pts /dev/shm)   # parents before children
# Bound with their submounts: dockerd needs every cgroup controller's hierarchy (cgroup v1 here).
RBINDS=(/sys/fs/cgroup)
DOCKER_SOCKET=/run/docker.sock

log() { printf '\033[1;35m[debian13]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[debian13] error:\033[0m %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and bind mounts need it)"

# --- timing ------------------------------------------------------------------------------------
declare -A TOOK=()
PHASES=("chroot" "sources" "packages" "build" "tests")
declare -A PHASE_LABEL=([chroot]="chroot creation/reuse" [sources]="copy sources"
    [packages]="package install" [build]="configure + build" [tests]="tests")
print_timings() {
    local p
    log "timings (seconds):"
    for p in "${PHASES[@]}"; do
        printf '    %-24s %s\n' "${PHASE_LABEL[$p]}" "${TOOK[$p]:-n/a}" >&2
    done
}

# --- mounts ------------------------------------------------------------------------------------
# Mount points strictly below the chroot, deepest first (from this mount namespace's view).
mounts_below() {
    awk -v p="$CHROOT/" 'index($5, p) == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

# Processes whose root directory is the chroot (test services, daemons left behind by a test...).
kill_chroot_processes() {
    local sig pid root found
    for sig in TERM KILL; do
        found=0
        for pid in /proc/[0-9]*; do
            pid="${pid#/proc/}"
            [ "$pid" != "$$" ] || continue
            root="$(readlink "/proc/$pid/root" 2>/dev/null)" || continue
            if [ "$root" = "$CHROOT" ] || [ "${root#"$CHROOT"/}" != "$root" ]; then
                kill "-$sig" "$pid" 2>/dev/null && found=1
            fi
        done
        [ "$found" -eq 1 ] || return 0
        log "sent SIG$sig to processes still running inside the chroot"
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            sleep 0.5
            local alive=0
            for pid in /proc/[0-9]*; do
                root="$(readlink "$pid/root" 2>/dev/null)" || continue
                if [ "$root" = "$CHROOT" ] || [ "${root#"$CHROOT"/}" != "$root" ]; then alive=1; break; fi
            done
            [ "$alive" -eq 1 ] || return 0
        done
    done
}

unmount_all() {
    local round target
    for round in 1 2 3 4 5; do
        [ -n "$(mounts_below)" ] || return 0
        while IFS= read -r target; do
            [ -n "$target" ] || continue
            # mountinfo escapes blanks as octal; the chroot path has none, so use it verbatim.
            if ! umount "$target" 2>/dev/null; then
                if [ "$round" -ge 3 ]; then
                    log "umount $target busy, detaching it lazily"
                    umount -l "$target" 2>/dev/null || true
                fi
            fi
        done < <(mounts_below)
        [ -n "$(mounts_below)" ] || return 0
        sleep 1
    done
    [ -z "$(mounts_below)" ]
}

# The chroot bound onto itself, so that / inside is a mount point: dockerd and unshare change the
# propagation of /, which fails on a plain directory ("remount /: invalid argument").
root_bound() { awk -v p="$CHROOT" '$5 == p { found = 1 } END { exit !found }' /proc/self/mountinfo; }
unbind_root() {
    root_bound || return 0
    umount "$CHROOT" 2>/dev/null || umount -l "$CHROOT" 2>/dev/null || true
    ! root_bound
}

mount_binds() {
    local src dst
    mount --bind "$CHROOT" "$CHROOT"
    mount --make-private "$CHROOT"
    for src in "${BINDS[@]}"; do
        dst="$CHROOT$src"
        mkdir -p "$dst"
        mount --bind "$src" "$dst"
        # Never propagate mounts/unmounts between the chroot's view and the host's own /dev etc.
        mount --make-private "$dst"
    done
    for src in "${RBINDS[@]}"; do
        [ -d "$src" ] || continue
        dst="$CHROOT$src"
        mkdir -p "$dst"
        mount --rbind "$src" "$dst"
        mount --make-rprivate "$dst"
    done
    if [ -S "$DOCKER_SOCKET" ]; then
        dst="$CHROOT$DOCKER_SOCKET"
        mkdir -p "$(dirname "$dst")"
        [ -e "$dst" ] || : >"$dst"
        mount --bind "$DOCKER_SOCKET" "$dst"
        mount --make-private "$dst"
    fi
}

# --- the host's Docker engine, shared with the chroot ----------------------------------------
HOST_DOCKERD_PID=""
host_docker_answers() {
    if command -v curl >/dev/null; then
        curl -fsS --max-time 2 --unix-socket "$DOCKER_SOCKET" http://localhost/_ping >/dev/null 2>&1
    else
        docker -H "unix://$DOCKER_SOCKET" version >/dev/null 2>&1
    fi
}
ensure_host_docker() {
    host_docker_answers && return 0
    if ! command -v dockerd >/dev/null; then
        log "warning: no Docker engine answers on the host and dockerd is not installed; the stack tests will fail"
        return 0
    fi
    log "starting the host's dockerd for this stage (nothing answered on $DOCKER_SOCKET)"
    setsid dockerd >"$WORKDIR/dockerd.log" 2>&1 </dev/null 9>&- &
    HOST_DOCKERD_PID=$!
    for _ in $(seq 1 300); do
        host_docker_answers && return 0
        kill -0 "$HOST_DOCKERD_PID" 2>/dev/null || break
        sleep 0.1
    done
    log "warning: the host's dockerd did not come up; its log ends with:"
    tail -n 20 "$WORKDIR/dockerd.log" >&2 || true
}
stop_host_docker() {
    [ -n "$HOST_DOCKERD_PID" ] || return 0
    log "stopping the dockerd this stage started"
    local signal
    # dockerd waits up to 15 s for containers and containerd; a leftover would be reused next run.
    for signal in TERM KILL; do
        kill "-$signal" "$HOST_DOCKERD_PID" 2>/dev/null || true
        for _ in $(seq 1 250); do
            kill -0 "$HOST_DOCKERD_PID" 2>/dev/null || break 2
            sleep 0.1
        done
    done
    HOST_DOCKERD_PID=""
}

# The only ways this script deletes things inside the chroot go through here.
safe_rm_rf() {
    [ -z "$(mounts_below)" ] || die "refusing to delete $* while something is mounted below $CHROOT: $(mounts_below | tr '\n' ' ')"
    local path
    for path in "$@"; do
        case "$path" in "$CHROOT" | "$CHROOT"/*) ;; *) die "refusing to delete $path (outside $CHROOT)" ;; esac
    done
    rm -rf --one-file-system -- "$@"
}

# Splits the time of the run inside the chroot at the installer's log lines (see stamp_phases).
T_START=""
compute_run_timings() {
    [ -n "$T_START" ] && [ -n "$WORKDIR" ] || return 0
    local t_end t_build t_tests
    t_end=$(date +%s)
    t_build=$(cat "$WORKDIR/t_build" 2>/dev/null || true)
    t_tests=$(cat "$WORKDIR/t_tests" 2>/dev/null || true)
    if [ -z "$t_build" ]; then
        TOOK[packages]="$((t_end - T_START)) (did not finish)"
    elif [ -z "$t_tests" ]; then
        TOOK[packages]=$((t_build - T_START))
        TOOK[build]="$((t_end - t_build)) (did not finish)"
    else
        TOOK[packages]=$((t_build - T_START))
        TOOK[build]=$((t_tests - t_build))
        TOOK[tests]=$((t_end - t_tests))
    fi
    T_START=""
}

# --- cleanup, always -----------------------------------------------------------------------------
WORKDIR=""
cleanup() {
    local rc=$?
    set +e
    trap '' INT TERM HUP
    compute_run_timings
    if [ -d "$CHROOT" ]; then
        kill_chroot_processes
        if ! unmount_all || ! unbind_root; then
            printf '\033[1;31m[debian13] error:\033[0m could not unmount: %s\n' "$(mounts_below | tr '\n' ' ')" >&2
            [ "$rc" -ne 0 ] || rc=1
        fi
    fi
    stop_host_docker
    [ -z "$WORKDIR" ] || rm -rf -- "$WORKDIR"
    print_timings
    if [ "$rc" -eq 0 ]; then log "Debian 13 stage passed"; else log "Debian 13 stage FAILED (exit $rc)"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# One run at a time: a second run must never delete or re-mount what the first one is using.
mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR/$SUITE.lock"
if ! flock -n 9; then
    log "another Debian 13 stage holds $CACHE_DIR/$SUITE.lock, waiting (up to 1 h)"
    flock -w 3600 9 || die "timed out waiting for $CACHE_DIR/$SUITE.lock"
fi
WORKDIR="$(mktemp -d -t lagoon-debian13.XXXXXX)"

# Leftovers of a run killed with SIGKILL: we hold the lock, so nobody else uses them.
if [ -n "$(mounts_below)" ] || root_bound; then
    log "removing stale mounts below $CHROOT"
    kill_chroot_processes
    unmount_all || die "stale mounts below $CHROOT cannot be removed: $(mounts_below | tr '\n' ' ')"
    unbind_root || die "$CHROOT is still bound onto itself"
fi

# --- phase 1: the chroot -----------------------------------------------------------------------
ensure_debootstrap() {
    command -v debootstrap >/dev/null && return 0
    log "installing debootstrap on the host"
    export DEBIAN_FRONTEND=noninteractive
    local apt=(apt-get -y -q --no-install-recommends -o DPkg::Lock::Timeout=300)
    if ! "${apt[@]}" install debootstrap debian-archive-keyring </dev/null; then
        apt-get -q -o DPkg::Lock::Timeout=300 update </dev/null
        "${apt[@]}" install debootstrap debian-archive-keyring </dev/null
    fi
}

chroot_is_complete() {
    [ -f "$CHROOT/$STAMP_NAME" ] && [ "$(head -n1 "$CHROOT/$STAMP_NAME")" = "$RECIPE" ] &&
        [ -x "$CHROOT/usr/bin/apt-get" ] && [ -x "$CHROOT/bin/bash" ]
}

create_chroot() {
    ensure_debootstrap
    if [ -e "$CHROOT" ]; then
        log "$CHROOT is incomplete or outdated (no current stamp): deleting it"
        safe_rm_rf "$CHROOT"
    fi
    local dblog="$CACHE_DIR/$SUITE-debootstrap.log"
    log "debootstrap --variant=minbase $SUITE $CHROOT $MIRROR (log: $dblog)"
    if ! debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" </dev/null >"$dblog" 2>&1; then
        tail -n 40 "$dblog" >&2
        die "debootstrap failed (full log: $dblog; the next run starts over)"
    fi
    # No daemons started by package scripts inside the chroot.
    printf '#!/bin/sh\n# Installed by .ci/debian13.sh: never start services inside this chroot.\nexit 101\n' \
        >"$CHROOT/usr/sbin/policy-rc.d"
    chmod 0755 "$CHROOT/usr/sbin/policy-rc.d"
    # apt-get deletes the .debs once installed (~450 MB less in the cache).
    printf 'APT::Keep-Downloaded-Packages "false";\n' >"$CHROOT/etc/apt/apt.conf.d/90lagoon-no-archives"
    # Written last: its presence means the chroot is complete.
    printf '%s\ncreated %s\n' "$RECIPE" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$CHROOT/$STAMP_NAME"
}

t0=$(date +%s)
if chroot_is_complete; then
    log "reusing the Debian 13 chroot at $CHROOT ($(sed -n 2p "$CHROOT/$STAMP_NAME"))"
else
    create_chroot
fi
# DNS may have changed since creation. Never follow a symlink: it would point into the host.
rm -f "$CHROOT/etc/resolv.conf"
cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# The host may reach the npm registry (the sandbox's `npm ci`) through a proxy with a CA of its
# own: the chroot trusts the certificates the host added, and Node.js is told to use that bundle.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null &&
    [ -x "$CHROOT/usr/sbin/update-ca-certificates" ]; then
    mkdir -p "$CHROOT/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$CHROOT/usr/local/share/ca-certificates/"
    chroot "$CHROOT" /usr/sbin/update-ca-certificates >/dev/null 2>&1 ||
        log "warning: update-ca-certificates failed inside the chroot"
fi
TOOK[chroot]=$(($(date +%s) - t0))
log "chroot ready in ${TOOK[chroot]}s"

# --- phase 2: fresh copy of the sources ------------------------------------------------------
# Files of the checkout: tracked (as in the index) plus untracked-not-ignored, minus build trees.
list_checkout_files() {
    (
        cd "$CHECKOUT"
        git -c safe.directory='*' ls-files -z --cached --others --exclude-standard --deduplicate |
            while IFS= read -r -d '' f; do
                case "$f" in
                build/* | build-*/* | node_modules/* | */node_modules/*) continue ;;
                esac
                # Skip files deleted in the working tree but still in the index.
                [ -e "$f" ] || [ -L "$f" ] || continue
                printf '%s\0' "$f"
            done
    )
}

t0=$(date +%s)
safe_rm_rf "$CHROOT/work/main" "$CHROOT/work/shared"
mkdir -p "$CHROOT/work/main"
if command -v git >/dev/null &&
    [ "$(git -c safe.directory='*' -C "$CHECKOUT" rev-parse --show-toplevel 2>/dev/null)" = "$CHECKOUT" ]; then
    list_checkout_files >"$WORKDIR/files"
    log "copying $(tr -cd '\0' <"$WORKDIR/files" | wc -c) files of $CHECKOUT (git ls-files) to $CHROOT/work/main"
    tar -C "$CHECKOUT" --null --no-recursion -T "$WORKDIR/files" -cf - |
        tar -C "$CHROOT/work/main" --no-same-owner -xf -
else
    log "copying $CHECKOUT (not a git checkout: everything but build trees) to $CHROOT/work/main"
    tar -C "$CHECKOUT" --exclude=./.git --exclude=./build --exclude='./build-*' --exclude=node_modules -cf - . |
        tar -C "$CHROOT/work/main" --no-same-owner -xf -
fi
if [ -d "$SHARED" ]; then
    mkdir -p "$CHROOT/work/shared"
    log "copying $SHARED to $CHROOT/work/shared"
    tar -C "$SHARED" --exclude=./.git --exclude=node_modules -cf - . |
        tar -C "$CHROOT/work/shared" --no-same-owner -xf -
else
    log "warning: $SHARED does not exist; tests reading LAGOON_SOURCE_DIR/../shared will not find it"
fi
TOOK[sources]=$(($(date +%s) - t0))

# --- phases 3-5: installer/setup.sh test inside the chroot ------------------------------------
# The output is passed through unchanged; the installer's own log lines mark where package
# installation ends and the build and the tests start.
stamp_phases() {
    local line
    while IFS= read -r line || [ -n "$line" ]; do
        printf '%s\n' "$line"
        case "$line" in
        *"configuring and building"*) [ -e "$WORKDIR/t_build" ] || date +%s >"$WORKDIR/t_build" ;;
        *"running the test suite"*) [ -e "$WORKDIR/t_tests" ] || date +%s >"$WORKDIR/t_tests" ;;
        esac
    done
}

in_chroot() {
    chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        "$@" </dev/null 9>&-
}

ensure_host_docker
mount_binds
T_START=$(date +%s)
# A run killed while apt was installing leaves dpkg half done; apt-get refuses to work until repaired.
if [ -n "$(in_chroot dpkg --audit 2>&1)" ]; then
    log "dpkg inside the chroot was interrupted: dpkg --configure -a; apt-get -f install"
    in_chroot dpkg --configure -a || true
    in_chroot apt-get -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 -f install ||
        log "warning: apt-get -f install failed inside the chroot"
fi
# Tests labelled distro-independent prove properties of the sources that no distribution changes,
# and stage 1 runs them on the same sources: the GUI-less rebuild of core and the CLI (~8 min) and
# the fuzzing (an instrumented build, then 120 s of fuzzing; ~5 min). Leaving them to stage 1 keeps
# the whole of .ci/run inside its time limit.
log "running installer/setup.sh test inside $(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$CHROOT/etc/os-release")"
(
    set +e
    chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH="$CHROOT_PATH" LANG=C.UTF-8 \
        NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
        bash -lc "cd /work/main && installer/setup.sh test -LE '^distro-independent\$'" </dev/null 2>&1 | stamp_phases
    exit "${PIPESTATUS[0]}"
) 9>&- &
# Waiting on a background job keeps SIGTERM/SIGINT responsive; cleanup kills what runs inside.
# The job does not hold the lock (9>&-): if this script is SIGKILLed, the next run gets the lock at
# once and treats what is left running in the chroot, and the mounts, as stale.
rc=0
wait $! || rc=$?
compute_run_timings
exit "$rc"
