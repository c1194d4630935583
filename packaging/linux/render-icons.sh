#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon (resources/icons/org.ctctmanager.CtctManager.svg) into the
# hicolor PNG sizes committed under packaging/linux/icons/ (run after changing the SVG; needs
# rsvg-convert from librsvg2-bin).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/org.ctctmanager.CtctManager.svg"
for size in 16 24 32 48 64 128 256; do
    out="$here/icons/${size}x${size}/org.ctctmanager.CtctManager.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out"
done
