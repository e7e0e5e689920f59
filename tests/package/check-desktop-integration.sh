#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# The package tests that need no chroot (tests/package/CMakeLists.txt registers one per check):
#   desktop  <source-dir> <app-id>                 desktop-file-validate, and the entry names our icon and types
#   metainfo <source-dir> <app-id> <version>       appstreamcli validate --no-net, screenshots and release
#   mime     <source-dir> <app-id>                 a .lagoon.yml is our type and opens with us, a folder too
#   icons    <build-dir> <app-id> <iconrender> <size>...   cmake --install into a DESTDIR, the hicolor tree
#   flatpak  <source-dir> <app-id>                 the Flatpak manifest parses and names our id and command
set -euo pipefail

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed (Debian package $2; installer/setup.sh test installs it)"; }

TMP="$(mktemp -d -t lagoon-package.XXXXXX)"
trap 'rm -rf -- "$TMP"' EXIT

check_desktop() {
    local src="$1" id="$2" file out
    file="$src/installer/$id.desktop"
    need desktop-file-validate desktop-file-utils
    # Warnings count too: a desktop may ignore an entry it only warns about.
    out="$(desktop-file-validate "$file" 2>&1)" || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate complains: $out"
    grep -qx "Icon=$id" "$file" || fail "Icon= is not the app id $id"
    grep -qx 'Exec=lagoon-desktop %F' "$file" || fail "Exec= does not start lagoon-desktop with the files"
    local mime
    mime="$(sed -n 's/^MimeType=//p' "$file")"
    for t in inode/directory "$(mime_type "$src" "$id")"; do
        case ";$mime" in *";$t;"*) ;; *) fail "MimeType= lacks $t" ;; esac
    done
    echo "ok: $file is valid, with Icon=$id and MimeType=$mime"
}

mime_type() { sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$1/installer/$2.mime.xml" | head -n1; }

check_metainfo() {
    local src="$1" id="$2" version="$3" file out
    file="$src/installer/$id.metainfo.xml"
    need appstreamcli appstream
    need python3 python3
    out="$(appstreamcli validate --no-net "$file" 2>&1)" || fail "appstreamcli validate: $out"
    printf '%s\n' "$out"
    ! printf '%s\n' "$out" | grep -q '^[EW]:' || fail "appstreamcli reports errors or warnings"
    # The screenshots are the committed PNGs, at the sizes the metainfo claims; the newest release
    # is the project's version.
    python3 - "$file" "$src" "$id" "$version" <<'PY'
import struct, sys, xml.etree.ElementTree as ET
path, src, app_id, version = sys.argv[1:]
root = ET.parse(path).getroot()
assert root.findtext("id") == app_id, f"id is {root.findtext('id')}, not {app_id}"
assert root.find("launchable").text == app_id + ".desktop", "launchable is not the desktop file"
binaries = {b.text for b in root.iter("binary")}
assert binaries == {"lagoon-desktop", "lagoon-desktop-cli"}, f"provides {binaries}"
prefix = "https://raw.githubusercontent.com/lagoon-desktop/lagoon-desktop/main/"
images = list(root.iter("image"))
assert images, "no screenshots"
for image in images:
    url = image.text.strip()
    assert url.startswith(prefix), f"{url} is not under {prefix}"
    with open(f"{src}/{url[len(prefix):]}", "rb") as png:
        head = png.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{url} is no PNG in the checkout"
    size = struct.unpack(">II", head[16:24])
    claimed = (int(image.get("width")), int(image.get("height")))
    assert size == claimed, f"{url} is {size}, the metainfo says {claimed}"
    print(f"ok: screenshot {url} {size[0]}x{size[1]}")
release = root.find("releases/release")
assert release.get("version") == version, f"newest release {release.get('version')}, project {version}"
print(f"ok: release {version} of {release.get('date')}")
PY
}

check_mime() {
    local src="$1" id="$2" type data got apps
    type="$(mime_type "$src" "$id")"
    need update-mime-database shared-mime-info
    need update-desktop-database desktop-file-utils
    need gio libglib2.0-bin
    data="$TMP/data"
    mkdir -p "$data/mime/packages" "$data/applications" "$TMP/config" "$TMP/project" "$TMP/bin"
    # Only our data on top of the system's MIME database; no user's own choices.
    export XDG_DATA_HOME="$data" XDG_DATA_DIRS=/usr/share XDG_CONFIG_HOME="$TMP/config" HOME="$TMP"
    # GLib hides entries whose TryExec is not in PATH: a stand-in for the installed executable.
    printf '#!/bin/sh\nexit 0\n' >"$TMP/bin/lagoon-desktop"
    chmod +x "$TMP/bin/lagoon-desktop"
    export PATH="$TMP/bin:$PATH"
    cp "$src/installer/$id.mime.xml" "$data/mime/packages/$id.xml"
    update-mime-database "$data/mime"
    cp "$src/installer/$id.desktop" "$data/applications/"
    # A YAML-capable editor: the subclass chain must offer it for .lagoon.yml as well.
    printf '[Desktop Entry]\nType=Application\nName=Plain Editor\nExec=true %%F\nMimeType=text/plain;\n' \
        >"$data/applications/test-plain-editor.desktop"
    update-desktop-database "$data/applications"
    cp "$src/resources/examples/drupal-example/.lagoon.yml" "$src/resources/examples/drupal-example/docker-compose.yml" \
        "$TMP/project/"
    got="$(gio info -a standard::content-type "$TMP/project/.lagoon.yml" | sed -n 's/^ *standard::content-type: //p')"
    [ "$got" = "$type" ] || fail ".lagoon.yml is detected as '$got', not $type"
    echo "ok: .lagoon.yml is $got"
    got="$(gio info -a standard::content-type "$TMP/project/docker-compose.yml" | sed -n 's/^ *standard::content-type: //p')"
    [ "$got" != "$type" ] || fail "any .yml is taken for $type"
    echo "ok: docker-compose.yml stays $got"
    apps="$(gio mime "$type")"
    printf '%s\n' "$apps"
    printf '%s\n' "$apps" | grep -q "$id.desktop" || fail "$id.desktop is not offered for $type"
    printf '%s\n' "$apps" | grep -q 'test-plain-editor.desktop' ||
        fail "a text editor is not offered for $type: it is no sub-class of YAML/text"
    apps="$(gio mime inode/directory)"
    printf '%s\n' "$apps" | grep -q "$id.desktop" || fail "$id.desktop is not offered for folders"
    echo "ok: $id.desktop opens $type and folders"
}

check_icons() {
    local build="$1" id="$2" iconrender="$3" root
    shift 3
    root="$TMP/root"
    DESTDIR="$root" cmake --install "$build" --prefix /usr >"$TMP/install.log" ||
        { cat "$TMP/install.log" >&2; fail "cmake --install failed"; }
    local f
    for f in "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
        "usr/share/mime/packages/$id.xml" usr/share/lagoon-desktop/examples/drupal-example/.lagoon.yml \
        usr/share/doc/lagoon-desktop/copyright usr/bin/lagoon-desktop usr/bin/lagoon-desktop-cli; do
        [ -e "$root/$f" ] || fail "cmake --install did not install /$f"
    done
    echo "ok: desktop entry, metainfo, MIME package, example project and both executables installed"
    QT_QPA_PLATFORM=offscreen "$iconrender" --check "$root/usr/share/icons/hicolor" "$id" "$@"
}

check_flatpak() {
    local src="$1" id="$2"
    need python3 python3
    python3 - "$src/installer/flatpak/$id.yml" "$id" <<'PY'
import sys
try:
    import yaml
except ImportError:
    sys.exit("FAIL: python3-yaml is not installed (installer/setup.sh test installs it)")
path, app_id = sys.argv[1:]
with open(path) as f:
    m = yaml.safe_load(f)
assert m["id"] == app_id, f"id is {m['id']}"
assert m["command"] == "lagoon-desktop", f"command is {m['command']}"
assert m["runtime"] == "org.kde.Platform" and m["sdk"] == "org.kde.Sdk", "not the KDE runtime"
args = set(m["finish-args"])
for a in ("--socket=wayland", "--socket=fallback-x11", "--share=network", "--share=ipc",
          "--talk-name=org.freedesktop.Notifications", "--talk-name=org.freedesktop.secrets",
          "--filesystem=/run/docker.sock"):
    assert a in args, f"finish-args lack {a}"
names = [mod["name"] for mod in m["modules"]]
assert names[-1] == "lagoon-desktop", f"the app is not the last module: {names}"
for dep in ("yaml-cpp", "libgit2", "qtkeychain"):
    assert dep in names, f"no {dep} module"
app = m["modules"][-1]
assert "-DLAGOON_BUILD_TESTS=OFF" in app.get("config-opts", []), "the app module builds the tests"
for mod in m["modules"][:-1]:
    for s in mod["sources"]:
        assert s["url"].startswith("https://") and len(s.get("sha256", "")) == 64, f"{mod['name']}: unpinned source"
print(f"ok: {path}: {app_id}, command lagoon-desktop, modules {names}")
PY
}

case "${1:-}" in
desktop) shift; check_desktop "$@" ;;
metainfo) shift; check_metainfo "$@" ;;
mime) shift; check_mime "$@" ;;
icons) shift; check_icons "$@" ;;
flatpak) shift; check_flatpak "$@" ;;
*) echo "usage: $0 desktop|metainfo|mime|icons|flatpak ..." >&2; exit 2 ;;
esac
