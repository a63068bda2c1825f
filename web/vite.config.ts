import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { initialSize } from "./scripts/initialSize.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The web app. Shared schemas, types and presentation functions come from the domain
 * (pure TypeScript) through the @domain alias, so server and browser agree by construction.
 */
export default defineConfig({
  root: here("."),
  base: "/",
  plugins: [react(), initialSize()],
  resolve: { alias: { "@domain": here("../src/domain"), "@src": here("../src") } },
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: process.env.ZHOUBAO_API ?? "http://127.0.0.1:8080", changeOrigin: false } },
  },
});
