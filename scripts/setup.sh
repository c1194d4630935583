# SPDX-License-Identifier: GPL-3.0-or-later
# Shared set-up for scripts/run and scripts/test: sourced, not executed.
# Installs the Debian packages that are missing (only then runs apt-get update), then
# configures and builds one CMake preset.

CTCT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Everything needed to build and run the project (Xvfb to run the app without a display).
CTCT_BUILD_PACKAGES=(
    g++ make cmake ninja-build ccache pkg-config ca-certificates
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libqt6sql6-sqlite
    qt6-translations-l10n
    xvfb xauth
)
# Extra for the test suite: clang and its runtime for the fuzzer, clang-format for the
# style check, the validators of the desktop file and the metainfo, and a Secret Service of the
# tests' own (D-Bus session, gnome-keyring) for the keychain tests. (Xvfb is in the list above:
# without a display, xvfb-run -a scripts/run.)
CTCT_TEST_PACKAGES=(clang libclang-rt-14-dev clang-format
    desktop-file-utils appstream
    dbus-daemon dbus-bin gnome-keyring)
# Extra for scripts/package: man pages from --help, dpkg-shlibdeps, lintian.
CTCT_PACKAGE_PACKAGES=(help2man dpkg-dev fakeroot file lintian desktop-file-utils appstream)

ctct_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ctct_missing_packages() {
    local pkg status
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = "installed" ] || printf '%s\n' "$pkg"
    done
}

ctct_install_packages() {
    local missing
    mapfile -t missing < <(ctct_missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    ctct_say "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: packages are missing (${missing[*]}) and this is neither root nor a user with sudo." >&2
            echo "       Run as root, or install them with: apt-get install ${missing[*]}" >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null || return 1
}

# ctct_build PRESET [extra cmake -D arguments...]
ctct_build() {
    local preset=$1
    shift
    cd "$CTCT_ROOT" || return 1
    ctct_say "Configuring (preset $preset)"
    cmake --preset "$preset" "$@" >/dev/null || return 1
    ctct_say "Building (preset $preset)"
    cmake --build --preset "$preset" || return 1
}
