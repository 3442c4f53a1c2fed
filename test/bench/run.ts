/**
 * `npm run bench`: the app against a bare MapLibre page, and the budgets the app is held to.
 *
 * Builds the app and the baseline (test/bench/baseline: plain maplibre-gl, the app's municipality file, one
 * data-driven fill), serves both with `vite preview`, drives Debian's Chromium (software GL) and measures:
 * - navigation → first idle map with the choropleth, in alternating rounds (baseline, app, embed; a fresh browser
 *   context, so a cold cache, each time);
 * - the bytes each page fetches until then, gzipped as a server would send them, split by kind;
 * - filter → first frame drawn with the new colours at 1,000, 20,000 and 100,000 synthetic projects;
 * - the JS heap after load and after each of 50 filter changes (garbage collected before each reading);
 * - the geo build's time.
 * Writes test/bench/results.json and prints a table; exits 1 when a budget fails.
 *
 *   npm run bench [-- --rounds 5 --changes 21]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build as viteBuild } from "vite";
import { build as geoBuild } from "../../geo/build.ts";
import { withPreview } from "./preview.ts";
import { budget, budgetTable, growthPerStep, summarise, transferKind, type TransferKind } from "./stats.ts";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    changes: { type: "string", default: "21" },
    "skip-build": { type: "boolean", default: false },
    /** Only the first-idle rounds and the transfer (a quick check while working on load time). */
    "idle-only": { type: "boolean", default: false },
  },
});
const ROUNDS = Number(args.rounds);
const CHANGES = Number(args.changes);
const SIZES = [1_000, 20_000, 100_000] as const;
const DIST = resolve("dist");
const RESULTS = resolve("test/bench/results.json");

function run(cmd: string, cmdArgs: string[]) {
  const r = spawnSync(cmd, cmdArgs, { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} failed`);
}

// 1. The geo build, timed into a scratch folder (public/geo is left alone).
const geoTimes: number[] = [];
for (let i = 0; i < 2; i++) {
  const out = mkdtempSync(join(tmpdir(), "wb-geo-"));
  const t0 = performance.now();
  await geoBuild({ force: true, outDir: out, log: () => {} });
  geoTimes.push(performance.now() - t0);
  rmSync(out, { recursive: true, force: true });
}
console.log(`geo build: ${geoTimes.map((t) => (t / 1000).toFixed(1)).join(", ")} s`);

// 2. The production build, the baseline beside it (dist/bench/), and the synthetic datasets.
if (!args["skip-build"]) {
  run("npx", ["vite", "build", "--logLevel", "warn"]);
  await viteBuild({
    configFile: false,
    root: resolve("test/bench/baseline"),
    base: "/bench/",
    logLevel: "warn",
    build: { outDir: join(DIST, "bench"), emptyOutDir: true, target: "es2022" },
  });
  for (const n of SIZES)
    run("npx", [
      "tsx",
      "data/scripts/sample.ts",
      "--organisations",
      "500",
      "--projects",
      String(n),
      "--out",
      join(DIST, `sample/bench-${n}.json`),
    ]);
}

// Gzipped size of a served file (vite preview sends files as they are; a production server gzips them).
const gzipCache = new Map<string, number>();
function gzipBytes(path: string): number {
  const file = path === "/" ? "/index.html" : decodeURIComponent(path);
  let size = gzipCache.get(file);
  if (size === undefined) {
    try {
      size = gzipSync(readFileSync(join(DIST, file))).length;
    } catch {
      size = 0; // not a file of the build (an API answer, a 404)
    }
    gzipCache.set(file, size);
  }
  return size;
}

type Transfer = Record<TransferKind | "total", number>;
function transfer(paths: readonly string[]): Transfer {
  const t: Transfer = { html: 0, js: 0, css: 0, geometry: 0, data: 0, glyphs: 0, other: 0, total: 0 };
  for (const p of new Set(paths)) {
    const bytes = gzipBytes(p);
    t[transferKind(p)] += bytes;
    t.total += bytes;
  }
  return t;
}

const PAGES = {
  baseline: { path: "/bench/", mark: "wb:choropleth" },
  app: { path: "/", mark: "wb-radar:first-idle" },
  embed: { path: "/embed.html", mark: "wb-radar:first-idle" },
} as const;
type PageName = keyof typeof PAGES;

/** Opens `url` in a fresh context; resolves when `mark` is in the page's timeline, with every path fetched so far. */
async function firstIdle(browser: Browser, url: string, mark: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const paths: string[] = [];
  // Context-wide: the workers' own fetches (MapLibre's worker script) count too.
  context.on("requestfinished", (r) => paths.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
  const ms = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
  const initial = [...paths];
  // Then the overlays (labels, markers: the app marks data-overlays once they are drawn) and anything after them.
  if (mark !== PAGES.baseline.mark)
    await page.locator('[data-testid=map][data-overlays="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  const settled = [...paths];
  await context.close();
  return { ms, initial: transfer(initial), settled: transfer(settled) };
}

/** Clicks donor filters one after another; the time from each click to the first frame with the new colours. */
async function filterChanges(page: Page, count: number): Promise<number[]> {
  await page.evaluate(`document.addEventListener("click", (e) => { window.__inputAt = e.timeStamp; }, true)`);
  await page.getByTestId("filters").locator("summary", { hasText: "Donor" }).click();
  const boxes = page.getByTestId("filters").getByRole("checkbox");
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    // From a map at rest, as a reader clicks after looking at the last result.
    await page.evaluate(`new Promise((done) => {
      const last = () => performance.getEntriesByName("wb-radar:idle").at(-1)?.startTime ?? 0;
      const drawn = () => performance.getEntriesByName("wb-radar:choropleth-drawn").at(-1)?.startTime ?? 0;
      const check = () => (last() >= drawn() ? done() : requestAnimationFrame(check));
      check();
    })`);
    await page.waitForTimeout(200);
    await boxes.nth(i % 6).click();
    // A string, not a function: tsx would add helpers (__name) the page does not have.
    const ms = (await page.evaluate(`new Promise((done) => {
      const at = window.__inputAt;
      const check = () => {
        const drawn = performance.getEntriesByName("wb-radar:choropleth-drawn").find((m) => m.startTime > at);
        if (drawn) done(drawn.startTime - at);
        else requestAnimationFrame(check);
      };
      check();
    })`)) as number;
    times.push(ms);
  }
  return times;
}

async function openApp(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid=map][data-ready="true"]').waitFor({ timeout: 120_000 });
  return { context, page };
}

const results = await withPreview(4197, async (origin, browser) => {
  // 3. First idle, alternating.
  const idle: Record<PageName, number[]> = { baseline: [], app: [], embed: [] };
  const initial: Partial<Record<PageName, Transfer>> = {};
  const settled: Partial<Record<PageName, Transfer>> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(PAGES) as PageName[]) {
      const r = await firstIdle(browser, origin + PAGES[name].path, PAGES[name].mark);
      idle[name].push(r.ms);
      initial[name] = r.initial;
      settled[name] = r.settled;
    }
    console.log(
      `round ${round + 1}: ${(Object.keys(idle) as PageName[]).map((n) => `${n} ${idle[n].at(-1)!.toFixed(0)} ms`).join(", ")}`,
    );
  }

  if (args["idle-only"]) {
    const med = (n: PageName) => summarise(idle[n]).median;
    console.log(
      `first idle, median: baseline ${med("baseline").toFixed(0)} ms, app ${(med("app") / med("baseline")).toFixed(2)} ×, ` +
        `embed ${(med("embed") / med("baseline")).toFixed(2)} ×; transfer app ${Math.round(initial.app!.total / 1024)} KB, ` +
        `embed ${Math.round(initial.embed!.total / 1024)} KB`,
    );
    return null;
  }

  // 4. Filter → repaint at three sizes (one warm-up change, not counted).
  const filter: Record<string, ReturnType<typeof summarise>> = {};
  for (const n of SIZES) {
    const { context, page } = await openApp(browser, `${origin}/?data=/sample/bench-${n}.json`);
    await page.getByTestId("sample-banner").waitFor({ timeout: 120_000 });
    const times = (await filterChanges(page, CHANGES + 1)).slice(1);
    filter[n] = summarise(times);
    console.log(`filter at ${n} projects: p50 ${filter[n].median.toFixed(0)} ms, p95 ${filter[n].p95.toFixed(0)} ms`);
    await context.close();
  }

  // 5. Heap after load, then after each of 50 filter changes with garbage collected first.
  const { context, page } = await openApp(browser, `${origin}/`);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  const afterLoad = await heap();
  const samples: number[] = [];
  await page.getByTestId("filters").locator("summary", { hasText: "Donor" }).click();
  const boxes = page.getByTestId("filters").getByRole("checkbox");
  for (let i = 0; i < 50; i++) {
    await boxes.nth(i % 6).click();
    await page.waitForTimeout(150);
    samples.push(await heap());
  }
  await context.close();
  return { idle, initial, settled, filter, heap: { afterLoad, samples } };
});

if (!results) process.exit(0);

// 6. Summaries and budgets.
const idle = Object.fromEntries(Object.entries(results.idle).map(([k, v]) => [k, summarise(v)])) as Record<
  PageName,
  ReturnType<typeof summarise>
>;
const ratio = (name: PageName) => idle[name].median / idle.baseline.median;
const geometryGzip = readdirSafe(join(DIST, "geo"))
  .filter((f) => f.startsWith("municipalities"))
  .reduce((sum, f) => sum + gzipBytes(`/geo/${f}`), 0);
// Later changes leave the first ten out: the first few warm caches up (memoised analysis, tiles).
const growth = growthPerStep(results.heap.samples.slice(10));
const kb = (n: number) => Math.round(n / 1024);
const budgets = [
  budget("first idle, app", Math.round(idle.app.median), Math.round(1.5 * idle.baseline.median), "ms", {
    ratio: ratio("app"),
  }),
  budget("first idle, embed", Math.round(idle.embed.median), Math.round(1.3 * idle.baseline.median), "ms", {
    ratio: ratio("embed"),
  }),
  budget("initial transfer, app", kb(results.initial.app!.total), 800, "KB"),
  budget("initial transfer, embed", kb(results.initial.embed!.total), 600, "KB"),
  budget("filter p95 at 20,000 projects", Math.round(results.filter[20_000]!.p95), 50, "ms"),
  budget("filter p95 at 100,000 projects", Math.round(results.filter[100_000]!.p95), 150, "ms"),
  // "No growth trend": under 10 KB a change, i.e. under half a megabyte over the 50.
  budget("heap growth per filter change", Math.round(growth / 1024), 10, "KB"),
  budget("municipality geometry, gzip", kb(geometryGzip), 300, "KB"),
];

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const chromium = spawnSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8" });
writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      machine: { cpus: cpus().length, browser: chromium.stdout.trim(), rounds: ROUNDS },
      firstIdleMs: idle,
      ratio: { app: ratio("app"), embed: ratio("embed") },
      transferGzipBytes: { untilFirstIdle: results.initial, afterLoad: results.settled },
      filterMs: results.filter,
      heapBytes: { afterLoad: results.heap.afterLoad, afterChanges: results.heap.samples, growthPerChange: growth },
      geoBuildMs: geoTimes,
      budgets,
    },
    null,
    1,
  )}\n`,
);

const row = (t: Transfer) =>
  (["js", "css", "geometry", "data", "glyphs", "html", "other"] as const)
    .filter((k) => t[k] > 0)
    .map((k) => `${k} ${kb(t[k])}`)
    .join(", ");
console.log("\nfirst idle (median, min–max):");
for (const name of Object.keys(PAGES) as PageName[])
  console.log(
    `  ${name.padEnd(8)} ${idle[name].median.toFixed(0)} ms (${idle[name].min.toFixed(0)}–${idle[name].max.toFixed(0)})`,
  );
console.log("transfer until first idle, KB gzip:");
for (const name of Object.keys(PAGES) as PageName[]) {
  const t = results.initial[name]!;
  const after = results.settled[name]!;
  console.log(`  ${name.padEnd(8)} ${kb(t.total)} (${row(t)}); ${kb(after.total)} once the network is quiet`);
}
console.log(
  `heap: ${(results.heap.afterLoad / 2 ** 20).toFixed(1)} MB after load, ${(results.heap.samples.at(-1)! / 2 ** 20).toFixed(1)} MB after 50 filter changes`,
);
console.log(`\n${budgetTable(budgets)}\n\nwritten to ${RESULTS}`);
if (budgets.some((b) => !b.pass)) process.exitCode = 1;
