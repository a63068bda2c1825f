/**
 * The character and line measures of the DOCX, in whole twips (OOXML measures are integers).
 *
 * Why no character grid: with `w:docGrid w:type="linesAndChars"` and the negative charSpace
 * that GB/T 9704's 28 characters need (16 pt glyphs in 15.8 pt cells), LibreOffice gives each
 * glyph two cells — 18 characters a line, running into the margin. A line grid plus runs
 * condensed by 5 twips (0.25 pt, styles.ts) sets characters 15.75 pt apart: 28 fill the
 * 156 mm line and a 29th does not fit, by the same arithmetic in Word, WPS and LibreOffice
 * (measured with LibreOffice 7.4: 28 on every full line; officeLayout.test.ts).
 */
import { BODY_SIZE_PT, CHARS_PER_LINE, LINE_PITCH_TWIPS, TEXT_WIDTH_TWIPS } from "../layout.js";

/** One character of body text: the largest whole-twip pitch that fits 28 on a line (315). */
export const CHAR_TWIPS = Math.floor(TEXT_WIDTH_TWIPS / CHARS_PER_LINE);
/** The run spacing that sets 16 pt glyphs at CHAR_TWIPS: −5 twips. */
export const CHAR_SPACING_TWIPS = CHAR_TWIPS - BODY_SIZE_PT * 20;
/** Half a line (masthead rule, attachment title), rounded to a whole twip: 290. */
export const HALF_LINE_TWIPS = Math.round(LINE_PITCH_TWIPS / 2);
