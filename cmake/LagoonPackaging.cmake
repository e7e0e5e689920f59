# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# The Debian package: `cpack -G DEB` in a build tree writes lagoon-desktop_<version>_<arch>.deb.
# It targets the distribution it is built on (Debian 12 for the released .deb): dpkg-shlibdeps
# derives the library dependencies from the binaries, so they are the build machine's versions.

# VERSION_CODENAME of the build machine ("bookworm", "trixie"...), empty elsewhere.
function(lagoon_distro_codename out)
    set(codename "")
    if(EXISTS /etc/os-release)
        file(STRINGS /etc/os-release line REGEX "^VERSION_CODENAME=")
        string(REGEX REPLACE "^VERSION_CODENAME=\"?([^\"]*)\"?$" "\\1" codename "${line}")
    endif()
    set(${out} "${codename}" PARENT_SCOPE)
endfunction()

set(LAGOON_PACKAGE_MAINTAINER "Lagoon Desktop contributors <lagoon-desktop@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lagoon-desktop)
set(CPACK_PACKAGE_VENDOR "Lagoon Desktop contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Only what the install rules name: no source tree, no test binaries (they have no install rules).
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LAGOON_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Lagoon Desktop opens a project hosted on Lagoon, edits its .lagoon.yml and
docker-compose.yml with forms or as text and validates them the way Lagoon's
build does, runs the local stack with Docker Compose, deploys environments
and follows their rollout live, with desktop notifications.
.
The lagoon-desktop-cli command does the same from scripts.")
# Library dependencies come from the binaries (dpkg-shlibdeps, in dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

lagoon_distro_codename(_lagoon_codename)
set(_lagoon_depends "")
if(LAGOON_BUILD_GUI)
    # Qt's SVG icon engine and image plugin draw the window icon and every breeze icon. Qt loads
    # them as plugins, so dpkg-shlibdeps cannot see them: on Debian 12 they are in libqt6svg6, from
    # Debian 13 on in a package of their own.
    if(_lagoon_codename STREQUAL "bookworm")
        list(APPEND _lagoon_depends libqt6svg6)
    else()
        list(APPEND _lagoon_depends qt6-svg-plugins)
    endif()
endif()
list(JOIN _lagoon_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

# What the app runs or loads by name at run time; it says what is missing when one is not there.
set(_lagoon_recommends
    # The local stack: the docker CLI and engine, and compose v1 or the v2 plugin.
    "docker.io | docker-ce"
    "docker-compose | docker-compose-plugin"
    # Deploy pushes with libgit2 but asks git's credential helpers for passwords.
    git
    # Sign-in with an SSH key and the build logs over SSH.
    openssh-client
    # The browser sign-in of lagoon-desktop-cli opens the default browser.
    xdg-utils
    ca-certificates)
if(LAGOON_BUILD_GUI)
    list(APPEND _lagoon_recommends
        # qtbase_ja.qm: Qt's own dialogs and buttons in Japanese.
        qt6-translations-l10n
        # The icon theme the app falls back to when the desktop names none.
        breeze-icon-theme
        # Sign-ins are kept in a Secret Service keyring (QtKeychain over libsecret).
        "gnome-keyring | keepassxc | kwalletmanager"
        # Native Wayland windows, and the GTK/portal platform themes (file dialogs).
        qt6-wayland
        qt6-qpa-plugins
        # Its trigger compiles our MIME XML: file managers then open a .lagoon.yml with us.
        # (libqt6core6 depends on it anyway; every desktop has it.)
        shared-mime-info)
    # The terminal the local stack's "Open shell" starts.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "x-terminal-emulator")
endif()
list(JOIN _lagoon_recommends ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)

include(CPack)
