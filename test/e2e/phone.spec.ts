/** On a 360 × 740 phone, by touch: no sideways scroll; search, select, read the profile, open the filters, the table. */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver } from "./driver.ts";

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("a phone: search, select, read the profile in a bottom sheet, filters and table, with no sideways scroll", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  expect(await sideways(page)).toBe(0);
  // the header's actions are in a menu
  await expect(page.getByTestId("data-button")).toBeHidden();
  await page.getByTestId("menu-toggle").tap();
  await expect(page.getByTestId("data-button")).toBeVisible();
  await page.getByTestId("menu-toggle").tap();
  // search, by touch: the results open over the map and can be tapped
  await page.getByTestId("search").fill("kacanik");
  const result = page.locator(".search-results li").first();
  await expect(result).toBeVisible();
  await result.tap();
  await expect(app.panelTitle).toHaveText("Kaçanik");
  // the profile is a bottom sheet, the map above it still shows the selection
  const sheet = (await app.panel.boundingBox())!;
  const map = (await app.map.boundingBox())!;
  expect(sheet.y + sheet.height).toBeGreaterThan(map.y + map.height - 2);
  expect(sheet.height).toBeLessThan(map.height * 0.5);
  await expect(app.map).toHaveAttribute("data-view", /,(9|10)\.\d\d$/);
  // pulled up to read more
  await page.getByTestId("sheet-handle").tap();
  await expect.poll(async () => (await app.panel.boundingBox())!.height).toBeGreaterThan(map.height * 0.5);
  await expect(app.panel).toContainText("Coverage");
  expect(await sideways(page)).toBe(0);
  const axe = await new AxeBuilder({ page }).exclude(".maplibregl-canvas").withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  // the filters
  await app.panel.locator(".panel-close").tap();
  await expect(app.panel).toHaveCount(0);
  await page.getByRole("button", { name: "Filters and legend" }).tap();
  await expect(page.getByTestId("filters")).toBeVisible();
  expect(await sideways(page)).toBe(0);
  // the map as an image, from the legend
  const download = page.waitForEvent("download");
  await page.getByTestId("export-png").tap();
  const png = readFileSync((await (await download).path())!);
  // a PNG as wide as the map on screen (× the device's pixel ratio), taller for its title, legend and notes
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  expect(width).toBe(Math.round(360 * ratio));
  expect(height).toBeGreaterThan((await app.map.boundingBox())!.height * ratio);
  // the table, from the menu
  await page.getByTestId("menu-toggle").tap();
  await page.getByTestId("tab-table").tap();
  await expect(page.getByTestId("table-view")).toBeVisible();
  expect(await sideways(page)).toBe(0);
  expect(errors).toEqual([]);
});
