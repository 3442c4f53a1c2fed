/** What the map paints, read from MapLibre itself (feature states, placed labels), against what the legend says. */
import { expect, test } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

function tally(fills: Map<string, string | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fill of fills.values()) {
    const key = fill === undefined ? "unpainted" : rgb(fill);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

test("every municipality is painted in its legend class's colour, as many as the legend counts", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  const legend = page.getByTestId("legend-class");
  await expect(legend.first()).toBeVisible();
  const expected = new Map<string, number>();
  for (const row of await legend.all()) {
    const colour = await row.locator(".swatch").evaluate((e) => getComputedStyle(e).backgroundColor);
    expected.set(colour, Number(await row.locator(".count").textContent()));
  }
  await expect.poll(async () => tally(await app.paintedFills())).toEqual(expected);
  // Zero is the lightest class: a municipality without projects is painted in the first swatch's colour
  const first = await legend
    .first()
    .locator(".swatch")
    .evaluate((e) => getComputedStyle(e).backgroundColor);
  await expect(legend.first().locator(".range")).toHaveText("0");
  const fills = await app.paintedFills();
  const zeroPainted = [...fills.values()].filter((f) => f !== undefined && rgb(f) === first).length;
  expect(zeroPainted).toBe(expected.get(first));
  expect(errors).toEqual([]);
});

test("a filter that leaves every municipality at 0 paints every one neutral", async ({ page }) => {
  const app = new AppDriver(page);
  await app.openReady("?activity=research");
  await expect(page.getByTestId("all-zero")).toBeVisible();
  await expect.poll(async () => tally(await app.paintedFills())).toEqual(new Map([[rgb("#f0f0f0"), 506]]));
});

test("no data is painted as no data, never as a class", async ({ page }) => {
  const app = new AppDriver(page);
  await app.openReady("?metric=fundingEur");
  const noData = page.getByTestId("legend-no-data");
  await expect(noData).toBeVisible();
  const count = Number((await noData.textContent())?.match(/\d+$/)?.[0]);
  expect(count).toBeGreaterThan(0);
  await expect.poll(async () => tally(await app.paintedFills()).get(rgb("#b9bec2"))).toBe(count);
  // Ohrid has projects with funding in the fixture: painted in a class, not grey
  const ohrid = (await app.paintedFills()).get(MUNICIPALITY.ohrid);
  expect(ohrid && rgb(ohrid)).not.toBe(rgb("#b9bec2"));
});

test("no data is cross-hatched and a reached zero hatched, as many as the legend counts", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  // Per 100,000 inhabitants: "no data" wherever the population is unknown.
  await app.openReady("?metric=projectsPer100k");
  const count = async (testId: string) =>
    Number((await page.getByTestId(testId).textContent())?.match(/\d+$/)?.[0] ?? "0");
  await expect(page.getByTestId("legend-no-data")).toBeVisible();
  await expect(page.getByTestId("legend-reached")).toBeVisible();
  const noData = await count("legend-no-data");
  const reached = await count("legend-reached");
  expect(noData).toBeGreaterThan(0);
  expect(reached).toBeGreaterThan(0);
  const patterns = async () => {
    const all = [...(await app.paintedPatterns()).values()];
    return { noData: all.filter((p) => p === "no-data").length, reached: all.filter((p) => p === "indirect").length };
  };
  await expect.poll(patterns).toEqual({ noData, reached });
  // the pattern layers have their images (MapLibre draws nothing and warns without them)
  expect(await app.hasImage("wb-pattern-no-data")).toBe(true);
  expect(await app.hasImage("wb-pattern-indirect")).toBe(true);
  // every no-data municipality is also painted grey, never in a class
  const fills = await app.paintedFills();
  for (const [id, pattern] of await app.paintedPatterns())
    if (pattern === "no-data") expect(fills.get(id) && rgb(fills.get(id)!), id).toBe(rgb("#b9bec2"));
  expect(errors).toEqual([]);
});

test("the six country labels are all placed at the start view, markers or not", async ({ page }) => {
  const app = new AppDriver(page);
  await app.openReady();
  await expect.poll(() => app.placedCountryLabels()).toEqual(["AL", "BA", "ME", "MK", "RS", "XK"]);
});
