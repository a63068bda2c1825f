/**
 * Font subsetting with HarfBuzz (harfbuzzjs's hb-subset WebAssembly build): the official
 * CJK faces are 6–9 MB each, and chromium, given the whole files, spends most of a PDF's
 * time subsetting them itself. Each font file is read and parsed once per process; HarfBuzz
 * keeps its lookup tables on that face, so every later subset of it takes milliseconds.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Hb = {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
};

// Writable: HarfBuzz may then use the bytes in place instead of copying them.
const HB_MEMORY_MODE_WRITABLE = 2;

let wasm: WebAssembly.Module | null = null;
/** HarfBuzz instances, each with its own 64 MB heap (the build cannot grow it). */
const instances: Hb[] = [];
function newInstance(): Hb {
  wasm ??= new WebAssembly.Module(readFileSync(createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm")));
  const exports = new WebAssembly.Instance(wasm, {}).exports as unknown as Hb;
  exports._initialize();
  instances.push(exports);
  return exports;
}

/**
 * Parsed faces by "file#index", with the instance holding them; the font bytes stay in
 * its heap for the process's life. The five Fandol files (34 MB) fill most of one heap, so
 * a face that no longer fits (a 20 MB stand-in collection) goes into a new instance.
 */
const faces = new Map<string, { h: Hb; face: number }>();

function face(file: string, index: number): { h: Hb; face: number } {
  const key = `${file}#${index}`;
  const known = faces.get(key);
  if (known) return known;
  const data = readFileSync(file);
  let h = instances.find((i) => fits(i, data.length));
  h ??= newInstance();
  const ptr = h.malloc(data.length);
  if (!ptr) throw new Error(`字体文件过大，无法载入：${file}`);
  new Uint8Array(h.memory.buffer).set(data, ptr);
  const blob = h.hb_blob_create(ptr, data.length, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const created = { h, face: h.hb_face_create(blob, index) };
  h.hb_blob_destroy(blob);
  faces.set(key, created);
  return created;
}

/** Room for `size` bytes and some for HarfBuzz's work on them; the probe is freed at once. */
function fits(h: Hb, size: number): boolean {
  const probe = h.malloc(size + WORK_BYTES);
  if (probe) h.free(probe);
  return probe !== 0;
}

/** Heap HarfBuzz needs beside the font bytes to parse a face and cut a subset of it. */
const WORK_BYTES = 4 * 1024 * 1024;

/**
 * The font (face `index` of `file`, a TrueType/OpenType file or collection) cut down to the
 * glyphs of `text`, as a standalone sfnt; names, metrics and outlines kept as they are.
 *
 * @example
 * subsetFont("/usr/local/share/fonts/zhoubao/FandolFang-Regular.ttf", 0, "窗口工作周报").length; // a few kB
 */
export function subsetFont(file: string, index: number, text: string): Buffer {
  const { h, face: source } = face(file, index);
  const input = h.hb_subset_input_create_or_fail();
  if (!input) throw new Error("hb_subset_input_create_or_fail");
  let subset = 0;
  try {
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) h.hb_set_add(unicodes, ch.codePointAt(0)!);
    subset = h.hb_subset_or_fail(source, input);
  } finally {
    h.hb_subset_input_destroy(input);
  }
  if (!subset) throw new Error(`无法截取字体子集：${file}`);
  const blob = h.hb_face_reference_blob(subset);
  try {
    const start = h.hb_blob_get_data(blob, 0);
    // Copied out: the wasm memory may grow (and move) on the next call.
    return Buffer.from(new Uint8Array(h.memory.buffer, start, h.hb_blob_get_length(blob)));
  } finally {
    h.hb_blob_destroy(blob);
    h.hb_face_destroy(subset);
  }
}
