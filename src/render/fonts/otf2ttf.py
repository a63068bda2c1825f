#!/usr/bin/env python3
"""Convert CFF-flavoured OpenType (.otf) to TrueType outlines (.ttf).

Why: chromium's PDF backend (Skia) embeds CFF fonts as Type 3 glyph procedures, which
readers and pdftotext handle badly; TrueType outlines are embedded as CID fonts. Cubic
curves become quadratic ones (cu2qu) within 1 font unit.

A bold face of a family whose weights the font does not tell apart (Fandol's Bold faces
say weight 400 like the Regular ones) becomes a family of its own, "FandolSong Bold", so
fontconfig never hands it out for regular text and chromium never fakes bold (fake bold
is embedded as Type 3 too); the print CSS asks for it by name at normal weight.

Tables the PDF never uses are dropped (positioning, baselines, vertical metrics): chromium
subsets every embedded font per PDF, and less to read makes printing faster. A .ttf given
as IN only gets that.

Usage: otf2ttf.py IN.otf OUT.ttf   (needs Debian's python3-fonttools)
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units
# Horizontal Chinese text with punctuation at full width (text-spacing-trim: space-all) needs
# none of these; without GPOS, HarfBuzz has no lookups to subset.
UNUSED_TABLES = ("GPOS", "BASE", "vhea", "vmtx", "VORG")
POST_FORMAT = 2.0  # keeps glyph names, as CID-keyed CFF has them (cid00001)


def split_bold_family(font: TTFont) -> None:
    names = font["name"]
    family = names.getDebugName(16) or names.getDebugName(1)
    style = names.getDebugName(17) or names.getDebugName(2)
    if style != "Bold" or font["OS/2"].usWeightClass >= 600:
        return
    for rec in list(names.names):
        if rec.nameID in (16, 17):
            names.removeNames(nameID=rec.nameID)
    names.setName(f"{family} Bold", 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(f"{family} Bold", 4, 3, 1, 0x409)
    names.names = [r for r in names.names if r.platformID == 3 or r.nameID not in (1, 2, 4)]


def convert(src: str, dst: str) -> None:
    font = TTFont(src)
    split_bold_family(font)
    for table in UNUSED_TABLES:
        if table in font:
            del font[table]
    if "CFF " not in font:
        font.save(dst)
        return
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = POST_FORMAT
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    convert(sys.argv[1], sys.argv[2])
