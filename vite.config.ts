/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: {
    target: "es2022",
    // MapLibre is one large chunk on purpose (it is cached separately from the app).
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "geo/**/*.test.ts", "test/unit/**/*.test.{ts,tsx}"],
    css: false,
  },
});
