#!/bin/sh
# Check the Linux desktop files with the freedesktop tools; exits non-zero on any failure.
# Needs the Debian/Ubuntu packages desktop-file-utils, appstream, shared-mime-info, libxml2-utils.
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
APP_ID=nl.advocaat.Advocaat
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM

echo "desktop-file-validate $APP_ID.desktop"
desktop-file-validate "$here/$APP_ID.desktop"
# Without --strict: errors and warnings fail, infos (a tag newer than the installed AppStream) do not.
appstreamcli validate --no-net "$here/$APP_ID.metainfo.xml"
echo "xmllint $APP_ID.xml"
xmllint --noout "$here/$APP_ID.xml"
echo "update-mime-database ($APP_ID.xml)"
mkdir -p "$scratch/mime/packages"
cp "$here/$APP_ID.xml" "$scratch/mime/packages/"
# update-mime-database reports a bad rule on stderr but still exits 0: any output is a failure.
XDG_DATA_HOME="$scratch" update-mime-database "$scratch/mime" >"$scratch/log" 2>&1
if [ -s "$scratch/log" ]; then
    cat "$scratch/log" >&2
    exit 1
fi
for kind in export profile feedback; do
    [ -f "$scratch/mime/application/x-advocaat-$kind.xml" ] ||
        { echo "update-mime-database made no application/x-advocaat-$kind" >&2; exit 1; }
done
echo "All Linux desktop files are valid."
