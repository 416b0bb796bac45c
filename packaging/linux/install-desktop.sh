#!/bin/sh
# Put OD Notes in this user's desktop menu: the .desktop file, the AppStream
# metainfo, the .odvault file type and the icons, under $XDG_DATA_HOME
# (~/.local/share). No root needed; `--uninstall` takes it all away again.
#
# The menu entry starts, in this order of preference: $ODNOTES_EXEC if set,
# the bundle built by `make dist` (dist/odnotes/odnotes), or this checkout's
# virtual environment (.venv/bin/python main.py).
set -eu

ID=org.odnotes.ODNotes
MIME_ICON=application-x-odnotes-vault
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 32 48 64 128 256"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml" \
        "$DATA/mime/packages/$ID.xml" "$DATA/icons/hicolor/scalable/apps/$ID.svg" \
        "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png" \
            "$DATA/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
    done
    refresh
    echo "OD Notes removed from the desktop menu (your vaults are untouched)."
    exit 0
fi

if [ -n "${ODNOTES_EXEC:-}" ]; then
    EXEC=$ODNOTES_EXEC
elif [ -x "$ROOT/dist/odnotes/odnotes" ]; then
    EXEC="\"$ROOT/dist/odnotes/odnotes\""
elif [ -x "$ROOT/.venv/bin/python" ]; then
    EXEC="\"$ROOT/.venv/bin/python\" \"$ROOT/main.py\""
else
    echo "Build OD Notes first (make dist), or set ODNOTES_EXEC." >&2
    exit 1
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" \
    "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
sed "s|^Exec=odnotes |Exec=$EXEC |" "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"
cp "$HERE/$ID.mime.xml" "$DATA/mime/packages/$ID.xml"
cp "$ROOT/resources/icons/odnotes.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
cp "$ROOT/resources/icons/odnotes.svg" "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps" "$DATA/icons/hicolor/${size}x${size}/mimetypes"
    cp "$ROOT/resources/icons/odnotes-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
    cp "$ROOT/resources/icons/odnotes-$size.png" \
        "$DATA/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
done
if command -v xdg-mime >/dev/null 2>&1; then
    XDG_DATA_HOME=$DATA xdg-mime default "$ID.desktop" application/x-odnotes-vault || true
fi
refresh
echo "OD Notes is in the desktop menu; double-clicking a .odvault file opens it."
