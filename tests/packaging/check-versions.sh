#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-versions.sh VERSION EXECUTABLE...: each executable's --version prints "NAME VERSION",
# the one version of project() in CMakeLists.txt, and its --help prints a help text; both
# without a display (as help2man runs them), and nothing else: no log line on stderr.
set -u
expected=$1
shift
status=0
fail() {
    echo "FAIL: $1" >&2
    cat "$err" >&2
    status=1
}
for exe in "$@"; do
    name=$(basename "$exe")
    err=$(mktemp)
    out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$exe" --version 2>"$err")
    rc=$?
    if [ "$rc" -ne 0 ] || [ "$out" != "$name $expected" ]; then
        fail "$name --version printed '$out' (exit $rc), expected '$name $expected'"
    elif [ -s "$err" ]; then
        fail "$name --version wrote to stderr:"
    else
        echo "$out"
    fi
    help=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$exe" --help 2>"$err")
    rc=$?
    if [ "$rc" -ne 0 ] || [ -z "$help" ]; then
        fail "$name --help printed no help (exit $rc)"
    elif [ -s "$err" ]; then
        fail "$name --help wrote to stderr:"
    fi
    rm -f "$err"
done
exit "$status"
