/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { parseConfig } from "./src/config.ts";
import { contentSecurityPolicy } from "./src/csp.ts";

/**
 * The built pages carry the app's Content Security Policy as a <meta> (src/csp.ts), from the same deployment
 * settings the app reads. Not in `npm run dev`: Vite's dev server injects inline scripts of its own.
 */
function securityPolicy(mode: string): Plugin {
  return {
    name: "wb-radar-csp",
    apply: "build",
    transformIndexHtml() {
      const policy = contentSecurityPolicy(parseConfig(loadEnv(mode, process.cwd(), "VITE_")));
      return [
        { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" },
      ];
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), securityPolicy(mode)],
  // zod in jitless mode from its first schema on, so the strict policy sees no eval probe (src/lib/zod.ts).
  resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL("./src/lib/zod.ts", import.meta.url)) }] },
  build: {
    target: "es2022",
    // MapLibre alone is ~1 MB minified (~300 KB gzip); the app chunk with it is ~1.5 MB (~427 KB gzip).
    chunkSizeWarningLimit: 1600,
    // Two pages: the full app, and the map for partner websites (its own entry, loading only what it shows).
    rollupOptions: { input: { main: "index.html", embed: "embed.html" } },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "geo/**/*.test.ts", "data/**/*.test.ts", "test/unit/**/*.test.{ts,tsx}"],
    css: false,
  },
}));
