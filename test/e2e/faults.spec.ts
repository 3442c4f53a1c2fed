/**
 * The unlucky user: a part of the app that fails to download, a dataset address that hangs or redirects, files
 * built to hang or exhaust the reader, MapLibre's worker or glyphs missing. Nothing hangs, nothing is lost, and
 * each fault is said in words with a way out. Also: the built app under its own Content Security Policy.
 */
import { zipSync } from "fflate";
import { expect, test, type Page } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";

const json = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)),
});

const imported = {
  schemaVersion: 1,
  name: "Our own mapping",
  organisations: [
    {
      id: "ours-1",
      name: { en: "Our youth centre" },
      kind: "youth",
      country: "XK",
      locationPrecision: "municipality",
      municipalityId: MUNICIPALITY.prizren,
      sources: [{ url: "https://example.org/our-mapping", citation: "Our mapping" }],
      confidence: "reported",
      lastVerified: "2026-11-20",
    },
  ],
};

/** Every Content Security Policy violation the page reports, from its first script on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

test("a part that fails to download says so in its place; imported data survives it and a reload, until discarded", async ({
  page,
}) => {
  const app = new AppDriver(page);
  await app.openReady();
  await app.openData();
  await app.importFiles([json("ours.json", imported)]);
  await app.applyImport("replace");
  await expect(app.dataOrigin).toContainText("Showing data imported in this browser (ours.json)");
  await expect(app.dataOrigin).toContainText("kept in this browser");
  await app.closeData();

  // the site is redeployed (or the connection drops): the embed dialog's code is no longer there
  await page.route(/\/assets\/EmbedDialog-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.getByTestId("embed-button").click();
  const failed = page.getByTestId("part-failed");
  await expect(failed).toContainText("could not be loaded");
  await expect(failed.getByRole("button", { name: "Reload the page" })).toBeVisible();
  // the rest of the page is still there and still works
  await app.select(MUNICIPALITY.prizren);
  await expect(app.panel.getByTestId("fact-organisation")).toContainText("Our youth centre");

  // the reload it offers keeps the view and the imported data
  await page.unroute(/\/assets\/EmbedDialog-[\w-]+\.js$/);
  await failed.getByRole("button", { name: "Reload the page" }).click();
  await app.waitForMap();
  await expect(app.panelTitle).toHaveText("Prizren");
  await expect(app.dataOrigin).toContainText("ours.json");
  await expect(app.panel.getByTestId("fact-organisation")).toContainText("Our youth centre");

  // until the person discards it: then the map's own data, also after another reload
  await app.dataOrigin.getByRole("button", { name: "Discard the imported data" }).click();
  await expect(app.dataOrigin).toHaveCount(0);
  await page.reload();
  await app.waitForMap();
  await expect(app.dataOrigin).toHaveCount(0);
  await app.openData();
  await expect.poll(() => app.count("Organisations")).toBe(25);
});

test("a dataset address that hangs says it is loading, can be cancelled, and loads on retry", async ({ page }) => {
  const errors = collectErrors(page);
  let release: (() => void) | undefined;
  await page.route(
    (url) => url.pathname === "/slow.json",
    async (route) => {
      if (!release) await new Promise<void>((resolve) => (release = resolve));
      await route.fulfill({ contentType: "application/json", body: JSON.stringify(imported) });
    },
  );
  const app = new AppDriver(page);
  await app.open("?data=/slow.json");
  const loading = page.getByTestId("data-loading");
  await expect(loading).toContainText("Loading the dataset…");
  await loading.getByRole("button", { name: "Cancel" }).click();
  const error = page.getByTestId("data-error");
  await expect(error).toContainText("was cancelled");
  // the server answers now: Try again loads it
  release?.();
  await error.getByRole("button", { name: "Try again" }).click();
  await expect(app.dataOrigin).toContainText("slow.json");
  await expect(page.getByTestId("data-error")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("files built to hang or exhaust the reader are refused quickly, with a reason, and change nothing", async ({
  page,
}) => {
  const app = new AppDriver(page);
  await app.openReady();
  await app.openData();
  // 2,000 levels of nesting in a 4 KB file, inside a field the schema does not know
  const deep = `{"schemaVersion":1,"extra":${"[".repeat(2000)}${"]".repeat(2000)}}`;
  await app.importFiles([json("deep.json", deep)]);
  await expect(app.importReview).toContainText("nests values more than 32 levels deep");
  await expect(app.importReview.getByRole("button", { name: "Replace the current data" })).toHaveCount(0);
  await app.importReview.getByRole("button", { name: "Cancel" }).click();

  // a workbook of ~60 KB that unpacks to 64 MB of zeros
  const bomb = Buffer.from(zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(64 * 1024 * 1024) }, { level: 9 }));
  expect(bomb.length).toBeLessThan(100 * 1024);
  const started = Date.now();
  await app.importFiles([
    { name: "bomb.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bomb },
  ]);
  await expect(app.importReview).toContainText("unpacks to far more than a workbook of its size would");
  expect(Date.now() - started).toBeLessThan(15_000);
  await app.importReview.getByRole("button", { name: "Cancel" }).click();
  await expect.poll(() => app.count("Organisations")).toBe(25);
});

test("a dataset link that redirects to another origin is refused; the map keeps its own data", async ({ page }) => {
  await page.route(
    (url) => url.pathname === "/moved.json",
    (route) => route.fulfill({ status: 302, headers: { location: "http://127.0.0.1:4175/their-data.json" } }),
  );
  await page.route("http://127.0.0.1:4175/their-data.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      headers: { "access-control-allow-origin": "*" },
      body: JSON.stringify({ ...imported, name: "Not this map's" }),
    }),
  );
  const app = new AppDriver(page);
  await app.open("?data=/moved.json");
  await expect(page.getByTestId("data-error")).toBeVisible();
  await expect(app.dataOrigin).toHaveCount(0);
  await app.openData();
  await expect(app.dataDialog).not.toContainText("Not this map's");
});

test("without MapLibre's worker the map says it cannot draw, instead of staying blank", async ({ page }) => {
  await page.route(/maplibre-gl-worker-[\w-]+\.mjs$/, (route) => route.fulfill({ status: 404, body: "" }));
  const app = new AppDriver(page);
  await app.open();
  await expect(page.getByTestId("map-fault")).toContainText("The map cannot be drawn", { timeout: 40_000 });
  await expect(page.getByTestId("map-fault").getByRole("button", { name: "Reload the page" })).toBeVisible();
});

test("without its glyphs the map still names places, drawn with the browser's own fonts", async ({ page }) => {
  await page.route("**/glyphs/**", (route) => route.fulfill({ status: 404, body: "" }));
  const app = new AppDriver(page);
  await app.openReady();
  await expect(app.map).toHaveAttribute("data-overlays", "true");
  await expect.poll(() => app.placedCountryLabels()).toContain("AL");
  await expect(page.getByTestId("map-fault")).toHaveCount(0);
  await app.select(MUNICIPALITY.ohrid);
  await expect(app.panelTitle).toHaveText("Ohrid");
});

test("the built app runs under its strict Content Security Policy without a single violation", async ({ page }) => {
  const violations = await watchPolicy(page);
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("unsafe-eval");
  // everything that loads code, data, workers, frames or images
  await app.select(MUNICIPALITY.kacanik);
  await app.openData();
  await app.importFiles([json("ours.json", imported)]);
  await app.applyImport("merge");
  await app.closeData();
  await page.getByTestId("embed-button").click();
  await expect(page.frameLocator("iframe").getByTestId("map")).toHaveAttribute("data-ready", "true", {
    timeout: 40_000,
  });
  await page.keyboard.press("Escape");
  await page.getByTestId("tab-table").click();
  await expect(page.getByTestId("table-row").first()).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
