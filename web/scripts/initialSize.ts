import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

type Chunk = { type: "chunk"; fileName: string; code: string; isEntry: boolean; imports: string[] };

/**
 * Prints the gzip size of the JavaScript a first visit downloads: the entry chunk and
 * everything it imports statically (lazy routes are left out, they load when needed).
 */
export function initialSize(limitKb = 500): Plugin {
  return {
    name: "zhoubao-initial-size",
    apply: "build",
    generateBundle(_opts, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [name, out] of Object.entries(bundle)) if (out.type === "chunk") chunks.set(name, out as unknown as Chunk);
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name) || !chunks.has(name)) return;
        seen.add(name);
        for (const i of chunks.get(name)!.imports) visit(i);
      };
      for (const [name, c] of chunks) if (c.isEntry) visit(name);
      const bytes = [...seen].reduce((sum, n) => sum + gzipSync(chunks.get(n)!.code, { level: 9 }).length, 0);
      const kb = Math.round(bytes / 1024);
      const verdict = kb <= limitKb ? `（上限 ${limitKb} KB 以内）` : `（超出上限 ${limitKb} KB！）`;
      // Printed on stdout so scripts and people see it after every build.
      console.log(`初始 JavaScript（gzip）：${kb} KB ${verdict}，共 ${seen.size} 个文件`);
      if (kb > limitKb) this.warn(`initial JavaScript ${kb} KB gzip exceeds ${limitKb} KB`);
    },
  };
}
