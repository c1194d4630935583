#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-versions.sh VERSION EXECUTABLE...: each executable's --version prints "NAME VERSION",
# the one version of project() in CMakeLists.txt, without a display (as help2man runs them).
set -u
expected=$1
shift
status=0
for exe in "$@"; do
    name=$(basename "$exe")
    err=$(mktemp)
    out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$exe" --version 2>"$err")
    rc=$?
    if [ "$rc" -ne 0 ] || [ "$out" != "$name $expected" ]; then
        echo "FAIL: $name --version printed '$out' (exit $rc), expected '$name $expected'" >&2
        cat "$err" >&2
        status=1
    else
        echo "$out"
    fi
    rm -f "$err"
done
exit "$status"
