/**
 * Filter benchmark in the browser: with a synthetic dataset loaded (?data=),
 * the time from ticking a donor filter to the map having redrawn (MapLibre
 * `idle`), median of N changes, headless Chromium with software WebGL,
 * against the built app. The dataset is the largest synthetic one under the
 * 10 MB import limit (500 organisations, 16,000 projects).
 *
 *   npm run build && npm run bench:filter-browser [-- runs]
 */
import { spawnSync } from "node:child_process";
import { median, withPreview } from "./preview.ts";

const runs = Number(process.argv[2] ?? 7);
spawnSync(
  "npx",
  ["tsx", "data/scripts/sample.ts", "--organisations", "500", "--projects", "16000", "--out", "dist/sample/bench.json"],
  {
    stdio: "inherit",
  },
);

await withPreview(4198, async (origin, browser) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/?data=/sample/bench.json${process.env.BENCH_QUERY ?? ""}`);
  await page.getByTestId("sample-banner").waitFor({ timeout: 60_000 });
  await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByTestId("filters").locator("summary", { hasText: "Donor" }).click();
  const boxes = page.getByTestId("filters").getByRole("checkbox");
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.waitForTimeout(500);
    const t0 = await page.evaluate(() => performance.now());
    await boxes.nth(i % 5).click();
    // A string, not a function: tsx would add helpers the page does not have.
    const t1 = (await page.evaluate(`new Promise((resolve) => {
      const check = () => {
        const idle = performance.getEntriesByName("wb-radar:idle").filter((m) => m.startTime > ${t0});
        if (idle.length > 0) resolve(idle[0].startTime);
        else requestAnimationFrame(check);
      };
      check();
    })`)) as number;
    times.push(t1 - t0);
  }
  console.log(
    `filter change → map redrawn, 500 organisations / 16,000 projects: median ${median(times).toFixed(0)} ms over ${runs} (${times.map((t) => t.toFixed(0)).join(", ")})`,
  );
});
