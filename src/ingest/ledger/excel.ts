import { createRequire } from "node:module";
import { dirname } from "node:path";
import { PassThrough } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type ExcelJSType from "exceljs";

const require = createRequire(import.meta.url);
type SaxEvent = { eventType: string; value: unknown };

/**
 * exceljs 4.4's XML reader decodes every chunk of a zip entry on its own, so a Chinese
 * character whose UTF-8 bytes straddle two chunks turns into "��" (四川省��场监督管理局).
 * This is its parse-sax with one StringDecoder per entry, which carries the split bytes
 * over to the next chunk. It must be in place before exceljs loads, hence `loadExcel`.
 */
function utf8SafeParseSax(): (iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }) => AsyncGenerator<SaxEvent[]> {
  const { SaxesParser } = require(require.resolve("saxes", { paths: [dirname(require.resolve("exceljs"))] })) as {
    SaxesParser: new () => { on(e: string, f: (v: unknown) => void): void; write(s: string): void };
  };
  return async function* parseSax(input) {
    let iterable: AsyncIterable<Buffer | string> = input;
    if (typeof input.pipe === "function" && !(Symbol.asyncIterator in input)) iterable = (input as unknown as NodeJS.ReadableStream).pipe(new PassThrough());
    const parser = new SaxesParser();
    const decoder = new StringDecoder("utf8");
    let error: unknown = null;
    let events: SaxEvent[] = [];
    parser.on("error", (e) => (error = e));
    for (const eventType of ["opentag", "text", "closetag"]) parser.on(eventType, (value) => events.push({ eventType, value }));
    const feed = (s: string) => {
      parser.write(s);
      if (error) throw error;
      const out = events;
      events = [];
      return out;
    };
    for await (const chunk of iterable) yield feed(typeof chunk === "string" ? chunk : decoder.write(chunk));
    const tail = decoder.end();
    if (tail) yield feed(tail);
  };
}

let loaded: Promise<typeof ExcelJSType> | null = null;

/**
 * exceljs, loaded on first use (it is large) with the UTF-8 fix above.
 *
 * @example
 * const ExcelJS = await loadExcel(); new ExcelJS.stream.xlsx.WorkbookReader(file, {});
 */
export function loadExcel(): Promise<typeof ExcelJSType> {
  return (loaded ??= (async () => {
    const id = require.resolve("exceljs/lib/utils/parse-sax.js");
    if (require.cache[require.resolve("exceljs")])
      throw new Error("exceljs 已在修正前加载：请只通过 loadExcel() 使用 exceljs。");
    require(id);
    require.cache[id]!.exports = utf8SafeParseSax();
    return require("exceljs") as typeof ExcelJSType;
  })());
}
