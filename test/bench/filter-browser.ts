/**
 * Filter benchmark in the browser, against the built app in headless Chromium
 * with software WebGL: with 500 organisations and 20,000 synthetic projects
 * loaded (?data=), tick donor filters one after another and measure, from the
 * click event:
 * - until the first map frame drawn with the new colours (metrics, classes,
 *   panels and feature states recomputed; the `wb-radar:choropleth-drawn` mark);
 * - until the map is idle (organisation clusters recomputed by MapLibre's
 *   worker and their symbols faded in; `wb-radar:idle`).
 *
 *   npm run build && npm run bench:filter-browser [-- runs]
 */
import { spawnSync } from "node:child_process";
import { median, withPreview } from "./preview.ts";

const runs = Number(process.argv[2] ?? 9);
const projects = 20_000;
spawnSync(
  "npx",
  [
    "tsx",
    "data/scripts/sample.ts",
    "--organisations",
    "500",
    "--projects",
    String(projects),
    "--out",
    "dist/sample/bench.json",
  ],
  { stdio: "inherit" },
);

await withPreview(4198, async (origin, browser) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = Date.now();
  await page.goto(`${origin}/?data=/sample/bench.json${process.env.BENCH_QUERY ?? ""}`);
  await page.getByTestId("sample-banner").waitFor({ timeout: 60_000 });
  await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
  console.log(`loaded and drawn in ${Date.now() - t0} ms`);
  await page.evaluate(`document.addEventListener("click", (e) => { window.__inputAt = e.timeStamp; }, true)`);
  await page.getByTestId("filters").locator("summary", { hasText: "Donor" }).click();
  const boxes = page.getByTestId("filters").getByRole("checkbox");
  const drawn: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.waitForTimeout(1500);
    await boxes.nth(i % 6).click();
    // A string, not a function: tsx would add helpers the page does not have.
    const [d, s] = (await page.evaluate(`new Promise((resolve) => {
      const at = window.__inputAt;
      const first = (name) => performance.getEntriesByName(name).find((m) => m.startTime > at);
      const check = () => {
        const idle = first("wb-radar:idle");
        if (idle) resolve([first("wb-radar:choropleth-drawn").startTime - at, idle.startTime - at]);
        else requestAnimationFrame(check);
      };
      check();
    })`)) as [number, number];
    drawn.push(d);
    idle.push(s);
  }
  const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(", ");
  console.log(
    `500 organisations, ${projects.toLocaleString("en")} projects; ${runs} donor filter changes, from the click:`,
  );
  console.log(`  map drawn with the new colours: median ${median(drawn).toFixed(0)} ms (${list(drawn)})`);
  console.log(`  map idle (markers re-clustered): median ${median(idle).toFixed(0)} ms (${list(idle)})`);
});
