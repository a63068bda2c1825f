#!/usr/bin/env bash
# Installs the free stand-ins for the official fonts of GB/T 9704: the Fandol faces
# (FandolFang 仿宋, FandolHei 黑体, FandolKai 楷体, FandolSong 宋体 and its Bold for 小标宋;
# GPL with font exception) from Debian's texlive-lang-chinese — only the font files, not TeX.
# They are converted to TrueType outlines (otf2ttf.py) because chromium embeds CFF fonts in
# PDFs as Type 3 glyphs. fonts.conf looks in both places this script installs to.
#
# Usage: install-fonts.sh [DIR]
#   DIR defaults to /usr/local/share/fonts/zhoubao when run as root, else <project>/.fonts.
#   FANDOL_OTF_DIR=dir  takes the .otf files from there instead of downloading the package.
# Needs: apt-get and dpkg-deb (Debian), /usr/bin/python3 with python3-fonttools.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(cd "$HERE/../../.." && pwd)"
if [ "$(id -u)" = 0 ]; then DEFAULT_DIR=/usr/local/share/fonts/zhoubao; else DEFAULT_DIR="$PROJECT/.fonts"; fi
DIR="${1:-$DEFAULT_DIR}"
FACES=(FandolFang-Regular FandolHei-Regular FandolKai-Regular FandolSong-Regular FandolSong-Bold)
# Bumped when otf2ttf.py changes what it writes; older files are then brought up to date.
STAMP="$DIR/.zhoubao-fonts-2"

# As root, the same official-name aliases go into the system's fontconfig too, so LibreOffice
# (or anything else on the server) opening a DOCX that names 仿宋_GB2312 or 黑体 gets the
# Fandol stand-ins rather than a sans fallback. One source: the lines of fonts.conf.
write_system_aliases() {
  if [ "$(id -u)" = 0 ] && [ -d /etc/fonts/conf.d ]; then
    {
      echo '<?xml version="1.0"?>'
      echo '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
      echo '<!-- Written by zhoubao install-fonts.sh from src/render/fonts/fonts.conf: official fonts -> Fandol stand-ins. -->'
      echo '<fontconfig>'
      sed -n '/BEGIN official aliases/,/END official aliases/p' "$HERE/fonts.conf"
      echo '</fontconfig>'
    } > /etc/fonts/conf.d/65-zhoubao-official.conf
  fi
}

todo=()
for f in "${FACES[@]}"; do [ -s "$DIR/$f.ttf" ] && [ -e "$STAMP" ] || todo+=("$f"); done
if [ ${#todo[@]} -eq 0 ]; then write_system_aliases; echo "公文字体已安装：$DIR"; exit 0; fi

PY=/usr/bin/python3
if ! "$PY" -c 'import fontTools' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq --no-install-recommends python3-fonttools >/dev/null
  else
    echo "缺少 python3-fonttools：请先执行 sudo apt-get install python3-fonttools" >&2; exit 1
  fi
fi

WORK="$(mktemp -d /tmp/zhoubao-fonts.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DIR"
# Files converted by an older version only need their tables trimmed: quick.
left=()
for f in "${todo[@]}"; do
  if [ -s "$DIR/$f.ttf" ]; then "$PY" "$HERE/otf2ttf.py" "$DIR/$f.ttf" "$WORK/$f.ttf" && mv "$WORK/$f.ttf" "$DIR/$f.ttf"; else left+=("$f"); fi
done
todo=("${left[@]}")
SRC="${FANDOL_OTF_DIR:-}"
if [ ${#todo[@]} -eq 0 ]; then :; elif [ -z "$SRC" ]; then
  echo "下载 texlive-lang-chinese（只取其中的 Fandol 字体文件）…"
  # On a machine whose package lists were never fetched (or are stale), update them once and retry.
  if ! (cd "$WORK" && apt-get download texlive-lang-chinese >/dev/null 2>&1); then
    [ "$(id -u)" = 0 ] && apt-get update -qq
    (cd "$WORK" && apt-get download texlive-lang-chinese >/dev/null)
  fi
  dpkg-deb -x "$WORK"/texlive-lang-chinese_*.deb "$WORK/pkg"
  SRC="$(dirname "$(find "$WORK/pkg" -name FandolFang-Regular.otf | head -n 1)")"
fi

for f in "${todo[@]}"; do
  echo "转换 $f.otf → TrueType…"
  "$PY" "$HERE/otf2ttf.py" "$SRC/$f.otf" "$WORK/$f.ttf"
  mv "$WORK/$f.ttf" "$DIR/$f.ttf"
done
# The licence travels with the fonts.
cat > "$DIR/README" <<'TXT'
Fandol fonts (FandolFang, FandolHei, FandolKai, FandolSong), converted to TrueType outlines.
License: GNU GPL v3 with the font exception; source: https://ctan.org/pkg/fandol
TXT
touch "$STAMP"
write_system_aliases
fc-cache -f "$DIR" >/dev/null 2>&1 || true
echo "公文字体已安装：$DIR"
