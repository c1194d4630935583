#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# validate-metadata.sh DESKTOP_FILE METAINFO VERSION HOMEPAGE SCREENSHOT_BASE: desktop-file-validate
# and appstreamcli validate --strict (offline), and what a software centre needs that the
# validator lets pass: a description, the licences, the content rating and a release of VERSION;
# the home page and the screenshots exactly when CMake was given where they are published
# (HOMEPAGE, SCREENSHOT_BASE; empty: not published, and then none is named). Without the
# validators the test is skipped (exit 77) and says so; scripts/test installs them and sets
# CTCT_REQUIRE_TOOLS, which turns a missing validator into a failure.
set -u
desktop=$1
metainfo=$2
version=$3
homepage=$4
screenshots=$5
missing=
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-validate (desktop-file-utils)"
command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstreamcli (appstream)"
if [ -n "$missing" ]; then
    echo "SKIPPED: not installed:$missing" >&2
    [ -n "${CTCT_REQUIRE_TOOLS:-}" ] && exit 1
    exit 77
fi
status=0
desktop-file-validate "$desktop" || status=1
appstreamcli validate --no-net --strict --explain "$metainfo" || status=1
needed="<description>|<project_license>GPL-3.0-or-later</project_license>|<metadata_license>"
needed="$needed|<content_rating type=\"oars-1.1\"|<release version=\"$version\""
unwanted=
if [ -n "$homepage" ]; then
    needed="$needed|<url type=\"homepage\">$homepage</url>"
else
    unwanted="<url type=\"homepage\">"
fi
if [ -n "$screenshots" ]; then
    needed="$needed|<screenshot type=\"default\">|<image>$screenshots/"
else
    unwanted="$unwanted|<screenshot"
fi
IFS='|'
for text in $needed; do
    grep -qF "$text" "$metainfo" || {
        echo "the metainfo lacks $text" >&2
        status=1
    }
done
for text in $unwanted; do
    [ -n "$text" ] || continue
    ! grep -qF "$text" "$metainfo" || {
        echo "the metainfo has $text, but no public address was configured for it" >&2
        status=1
    }
done
unset IFS
# The metainfo names the desktop file and the icon the package installs.
id=$(basename "$desktop" .desktop)
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || {
    echo "the metainfo does not launch $id.desktop" >&2
    status=1
}
grep -q "^Icon=$id\$" "$desktop" || {
    echo "the desktop file's Icon is not $id" >&2
    status=1
}
[ "$status" -eq 0 ] && echo "$desktop and $metainfo are valid"
exit "$status"
