/** Shared by the browser benchmarks: the built app on `vite preview`, and Debian's Chromium. */
import { spawn } from "node:child_process";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS } from "../../playwright.config.ts";

/** Serves dist/ on `port`, launches Chromium, runs `body`, and always stops both. */
export async function withPreview<T>(port: number, body: (origin: string, browser: Browser) => Promise<T>): Promise<T> {
  // Its own process group, so that stopping it also stops the vite process npx starts.
  const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    stdio: "ignore",
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`${origin}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    try {
      return await body(origin, browser);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}
