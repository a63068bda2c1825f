/**
 * The character and line measures of the DOCX, in whole twips (OOXML measures are integers).
 *
 * Why no character grid: with `w:docGrid w:type="linesAndChars"` and the negative charSpace
 * that GB/T 9704's 28 characters need (16 pt glyphs in 15.8 pt cells), LibreOffice gives each
 * glyph two cells — 18 characters a line, running into the margin. A line grid plus body runs
 * condensed by 5 twips (0.25 pt) gives 28 characters of 15.75 pt on the 156 mm line in Word,
 * WPS and LibreOffice alike (measured with LibreOffice 7.4: 28 per full line).
 */
import { BODY_SIZE_PT, CHARS_PER_LINE, LINE_PITCH_TWIPS, TEXT_WIDTH_TWIPS } from "../layout.js";

/** One character of body text: the largest whole-twip pitch that fits 28 on a line (315). */
export const CHAR_TWIPS = Math.floor(TEXT_WIDTH_TWIPS / CHARS_PER_LINE);
/** The run spacing that sets 16 pt glyphs at CHAR_TWIPS: −5 twips. */
export const CHAR_SPACING_TWIPS = CHAR_TWIPS - BODY_SIZE_PT * 20;
/** Half a line (masthead rule, attachment title), rounded to a whole twip: 290. */
export const HALF_LINE_TWIPS = Math.round(LINE_PITCH_TWIPS / 2);
