/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
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
});
