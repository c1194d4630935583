#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# validate-metadata.sh DESKTOP_FILE METAINFO VERSION: desktop-file-validate and appstreamcli
# validate --strict (offline), and what a software centre needs that the validator lets pass:
# a description, screenshots, the licences, the content rating and a release of VERSION. Without the validators the test is skipped (exit 77) and says so; scripts/test
# installs them and sets CTCT_REQUIRE_TOOLS, which turns a missing validator into a failure.
set -u
desktop=$1
metainfo=$2
version=$3
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
for needed in '<description>' '<screenshot type="default">' '<project_license>GPL-3.0-or-later</project_license>' \
    '<metadata_license>' '<content_rating type="oars-1.1"' "<release version=\"$version\"" '<url type="homepage">'; do
    grep -qF "$needed" "$metainfo" || {
        echo "the metainfo lacks $needed" >&2
        status=1
    }
done
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
