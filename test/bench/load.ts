/**
 * Load benchmark: navigation start → the map's first `idle` (municipalities drawn),
 * median of N runs in headless Chromium with software WebGL, against the built app.
 * Compare with the bare-MapLibre baseline in shared/guide/NOTES.md (~2.3 s here).
 *
 *   npm run build && npm run bench:load [-- runs]
 *   BENCH_QUERY="?layer=none" npm run bench:load   (with URL parameters, e.g. without overlays)
 */
import { median, withPreview } from "./preview.ts";

const runs = Number(process.argv[2] ?? 5);

await withPreview(4199, async (origin, browser) => {
  const times: number[] = [];
  const geoTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/${process.env.BENCH_QUERY ?? ""}`);
    await page.waitForSelector('[data-testid=map][data-ready="true"]', { timeout: 60_000 });
    const t = await page.evaluate(() => ({
      idle: performance.getEntriesByName("wb-radar:first-idle")[0]?.startTime ?? Number.NaN,
      marks: performance
        .getEntriesByType("mark")
        .map((m) => `${m.name.replace("wb-radar:", "")} ${(m.startTime / 1000).toFixed(2)}`)
        .join(", "),
      geo:
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) =>
          e.name.endsWith("municipalities.geojson"),
        )?.responseEnd ?? Number.NaN,
    }));
    times.push(t.idle);
    geoTimes.push(t.geo);
    if (process.env.VERBOSE) console.log(t.marks);
    await context.close();
  }
  console.log(`municipalities.geojson received: median ${(median(geoTimes) / 1000).toFixed(2)} s`);
  console.log(
    `first idle map: median ${(median(times) / 1000).toFixed(2)} s over ${runs} runs (${times.map((t) => (t / 1000).toFixed(2)).join(", ")})`,
  );
});
