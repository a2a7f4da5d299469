#!/bin/sh
# Install Advocaat for the current user, without root: run from the unpacked folder,
#   advocaat/linux/install.sh                  install (or update) this copy
#   advocaat/linux/install.sh --uninstall      remove the app; keep your data
#   advocaat/linux/install.sh --uninstall --remove-data   remove your data (~/.local/share/Advocaat) too
# The app is copied to ${XDG_DATA_HOME:-~/.local/share}/advocaat/app, the commands advocaat and
# advocaat-gui are linked in ~/.local/bin, and the menu entry, file types, icons and AppStream
# metadata go to the user's own XDG folders.
set -eu

APP_ID=nl.advocaat.Advocaat
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
bundle=$(dirname -- "$here")
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$data_home/advocaat/app
bin_dir=$HOME/.local/bin
user_data=$data_home/Advocaat
applications=$data_home/applications
hicolor=$data_home/icons/hicolor
portable_marker=advocaat-portable.txt

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

uninstall=no
remove_data=no
for argument in "$@"; do
    case $argument in
        --uninstall) uninstall=yes ;;
        --remove-data) remove_data=yes ;;
        *) fail "onbekende optie '$argument'; gebruik: install.sh [--uninstall [--remove-data]]" ;;
    esac
done
[ "$remove_data" = no ] || [ "$uninstall" = yes ] || fail "--remove-data hoort bij --uninstall"

# A portable copy keeps its data beside the program: replacing or removing it would lose that data.
[ ! -e "$app_dir/$portable_marker" ] ||
    fail "$app_dir is een draagbare kopie met eigen gegevens ($portable_marker); verplaats die eerst"

refresh() {
    if have update-desktop-database; then update-desktop-database -q "$applications" || true; fi
    if have update-mime-database; then update-mime-database "$data_home/mime" >/dev/null || true; fi
    if have gtk-update-icon-cache && [ -d "$hicolor" ]; then
        gtk-update-icon-cache -q -t -f "$hicolor" || true
    fi
}

icon_files() {  # The icons' paths below hicolor/, as the bundle holds them.
    (cd "$here/icons/hicolor" && find . -type f -name "$APP_ID.*" | sed 's|^\./||')
}

remove_link() {  # Only a link to this app, never a command of the same name from elsewhere.
    if [ -L "$bin_dir/$1" ] && [ "$(readlink "$bin_dir/$1")" = "$app_dir/$1" ]; then
        rm -f "$bin_dir/$1"
    fi
}

if [ "$uninstall" = yes ]; then
    remove_link advocaat
    remove_link advocaat-gui
    rm -f "$applications/$APP_ID.desktop" "$data_home/mime/packages/$APP_ID.xml" \
        "$data_home/metainfo/$APP_ID.metainfo.xml"
    for size in "$hicolor"/*/apps; do
        rm -f "$size/$APP_ID.png" "$size/$APP_ID.svg"
    done
    rm -rf "$app_dir"
    rmdir "$data_home/advocaat" 2>/dev/null || true
    refresh
    say "Advocaat is verwijderd."
    if [ "$remove_data" = yes ]; then
        rm -rf "$user_data"
        say "Je gegevens in $user_data zijn verwijderd."
    elif [ -d "$user_data" ]; then
        say "Je gegevens staan nog in $user_data."
    fi
    exit 0
fi

if [ ! -x "$bundle/advocaat-gui" ] || [ ! -x "$bundle/advocaat" ]; then
    fail "$bundle bevat geen advocaat en advocaat-gui; start install.sh uit de uitgepakte map"
fi
[ ! -e "$bundle/$portable_marker" ] ||
    fail "$bundle is een draagbare kopie ($portable_marker); installeer een nieuw uitgepakte map"
case $app_dir in
    *[\"\`\$\\\|\&%]*) fail "de map $app_dir bevat een teken dat een menu-item niet aankan" ;;
esac

if [ "$bundle" != "$app_dir" ]; then
    # Copy first, then swap: a failed copy leaves the installed version as it was.
    mkdir -p "$data_home/advocaat"
    fresh=$data_home/advocaat/app.new.$$
    rm -rf "$fresh"
    cp -R "$bundle/." "$fresh" || { rm -rf "$fresh"; fail "kopiëren naar $fresh mislukt"; }
    rm -rf "$app_dir"
    mv "$fresh" "$app_dir"
fi

mkdir -p "$bin_dir" "$applications" "$data_home/mime/packages" "$data_home/metainfo"
ln -sf "$app_dir/advocaat" "$bin_dir/advocaat"
ln -sf "$app_dir/advocaat-gui" "$bin_dir/advocaat-gui"

sed -e "s|^Exec=advocaat-gui|Exec=\"$app_dir/advocaat-gui\"|" \
    -e "s|^TryExec=.*|TryExec=$app_dir/advocaat-gui|" \
    "$here/$APP_ID.desktop" >"$applications/$APP_ID.desktop"
cp "$here/$APP_ID.xml" "$data_home/mime/packages/$APP_ID.xml"
cp "$here/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml"
icon_files | while IFS= read -r icon; do
    mkdir -p "$hicolor/$(dirname -- "$icon")"
    cp "$here/icons/hicolor/$icon" "$hicolor/$icon"
done
refresh

say "Advocaat is geïnstalleerd in $app_dir."
say "Start het vanuit het menu, of met: advocaat-gui"
case :${PATH-}: in
    *:"$bin_dir":*) ;;
    *) say "Let op: $bin_dir staat niet in je PATH; voeg het toe om advocaat als opdracht te gebruiken." ;;
esac
say "Verwijderen: $app_dir/linux/install.sh --uninstall"
