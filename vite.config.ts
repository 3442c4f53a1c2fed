/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { parseConfig } from "./src/config.ts";
import { contentSecurityPolicy } from "./src/csp.ts";
import { readFileSync } from "node:fs";
import i18next from "i18next";
import { DatasetSchema } from "./src/data/schema.ts";
import { decodeGeoFile, GEO_FILE } from "./src/geo/topology.ts";
import { LOCALES } from "./src/geo/schema.ts";
import { defaultViewFacts, pageSummaryHtml } from "./src/share/pageSummary.ts";
import { viewSummary, type Translate } from "./src/share/viewSummary.ts";

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

/**
 * The pages say what the map shows before it has loaded and where scripts are blocked: a <noscript> summary of the
 * opening view of the shipped dataset, in every language (src/share/pageSummary.ts). Built from the files the build
 * serves; left out, with a warning, when one of them cannot be read.
 */
function noscriptSummary(): Plugin {
  let html = "";
  let description = "";
  return {
    name: "wb-radar-noscript",
    apply: "build",
    async buildStart() {
      try {
        const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
        const dataset = DatasetSchema.parse(read("./data/dataset.json"));
        const geo = decodeGeoFile(read(`./public/${GEO_FILE}`));
        const translators = await Promise.all(
          LOCALES.map(async (lng) => {
            const i18n = i18next.createInstance();
            await i18n.init({
              lng,
              fallbackLng: "en",
              resources: { [lng]: { translation: read(`./src/i18n/locales/${lng}/translation.json`) as object } },
              interpolation: { escapeValue: false },
            });
            return [lng, i18n.t as unknown as Translate] as const;
          }),
        );
        const ids = new Set(geo.byId.keys());
        html = pageSummaryHtml(dataset, ids, translators);
        const en = translators.find(([lng]) => lng === "en")![1];
        description = viewSummary(defaultViewFacts(dataset, ids, en), en).join(" ");
      } catch (error) {
        this.warn(`no <noscript> summary: ${String(error)}`);
      }
    },
    // The link preview of the map's own address: its title and the opening view in words.
    transformIndexHtml: () =>
      html
        ? [
            { tag: "noscript", children: html, injectTo: "body-prepend" },
            { tag: "meta", attrs: { property: "og:type", content: "website" }, injectTo: "head" },
            { tag: "meta", attrs: { property: "og:title", content: "WB Radar" }, injectTo: "head" },
            { tag: "meta", attrs: { property: "og:description", content: description }, injectTo: "head" },
          ]
        : [],
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), securityPolicy(mode), noscriptSummary()],
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
