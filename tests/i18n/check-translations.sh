#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a committed .ts file is stale against the sources: a string that lupdate would add
# (new), mark unfinished or drop (vanished). English keeps only the plural forms.
#   check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$root"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    options=()
    case "$name" in *_en.ts) options+=(-pluralonly) ;; esac
    (cd "$root" && "$lupdate" "${options[@]}" -locations none -source-language en ui app/core app/main.cpp -ts "$work/$name") \
        >"$work/$name.log" 2>&1
    if ! cmp -s "$ts" "$work/$name"; then
        echo "$name is stale against the sources; update it with:"
        echo "  (cd $root && $lupdate ${options[*]} -locations none -no-obsolete -source-language en ui app/core app/main.cpp -ts translations/$name)"
        echo "  then fill in the forms marked unfinished."
        diff -u "$ts" "$work/$name" | head -40 || true
        status=1
    fi
    if grep -q 'type="unfinished"\|type="vanished"\|type="obsolete"' "$work/$name"; then
        echo "$name has unfinished or vanished entries:"
        grep -B3 'type="unfinished"\|type="vanished"\|type="obsolete"' "$work/$name" | grep '<source>' | head -20
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations are up to date"
exit $status
