#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# with-keyring.sh TEST [ARGS...]: runs the test program against a real Secret Service of their own:
# a private D-Bus session (dbus-run-session) with gnome-keyring-daemon, its login keyring made
# and unlocked with a throwaway password in a throwaway home. CTCT_REQUIRE_KEYCHAIN tells the
# tests that the keychain must store, read and forget for real (no session-only fallback).
# Without dbus-run-session or gnome-keyring-daemon the test is skipped (exit 77) and says so;
# scripts/test installs them and sets CTCT_REQUIRE_TOOLS, which turns that into a failure.
set -u
if [ "${1:-}" != "--inside" ]; then
    missing=
    command -v dbus-run-session >/dev/null 2>&1 || missing="$missing dbus-run-session (dbus-daemon)"
    command -v gnome-keyring-daemon >/dev/null 2>&1 || missing="$missing gnome-keyring-daemon (gnome-keyring)"
    if [ -n "$missing" ]; then
        echo "SKIPPED: not installed:$missing" >&2
        [ -n "${CTCT_REQUIRE_TOOLS:-}" ] && exit 1
        exit 77
    fi
    home=$(mktemp -d "${TMPDIR:-/tmp}/ctct-keyring.XXXXXX") || exit 1
    trap 'rm -rf "$home"' EXIT
    mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/runtime \
        dbus-run-session -- "$0" --inside "$@"
    exit $?
fi
shift

# Inside the private session: start the daemon with a new login keyring, unlocked.
eval "$(printf 'throwaway-test-password' | gnome-keyring-daemon --unlock --components=secrets)" || {
    echo "FAIL: gnome-keyring-daemon did not start" >&2
    exit 1
}
export GNOME_KEYRING_CONTROL
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
    sleep 0.1
done
export CTCT_REQUIRE_KEYCHAIN=1
echo "== $(basename "$1") against gnome-keyring"
"$@"
