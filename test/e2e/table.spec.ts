/** The table view: the map's figures as rows, selection in step with the map, exports; by keyboard alone. */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would; fails after `max`. */
async function tabTo(page: Page, matches: string, { back = false, max = 250 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`focus never reached ${matches}`);
}

test("by keyboard alone: a donor, an overlooked municipality opened, the table read and exported", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  // the skip link to the filters
  await tabTo(page, "button.skip-link:nth-child(2)");
  await expect(page.locator(":focus")).toHaveText("Skip to the filters");
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-skip-target="filters"]')).toBeFocused();
  // the donor filter
  await tabTo(page, '[data-testid="filters"] summary');
  await expect(page.locator(":focus")).toContainText("Donor");
  await page.keyboard.press("Enter");
  await tabTo(page, '[data-testid="filters"] input[type="checkbox"]');
  await page.keyboard.press("Space");
  await expect(page.getByTestId("filter-summary")).not.toContainText("14 projects");
  // the overlooked list, its first municipality opened
  await tabTo(page, '[data-testid="overlooked"] .overlooked-list button');
  const name = (await page.locator(":focus").textContent())!;
  await page.keyboard.press("Enter");
  await expect(app.panelTitle).toHaveText(name);
  // the table, from the Map / Table switch
  await tabTo(page, '[data-testid="tab-table"]', { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tab=table/);
  await expect(page.getByTestId("table-summary")).toContainText("municipalities:");
  // the selected municipality's row is marked
  await expect(page.locator('[data-testid="table-row"][aria-selected="true"]')).toContainText(name);
  // export it
  await tabTo(page, '[data-testid="export-csv"]');
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^wb-radar-municipalities-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await file.path())!, "utf8");
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/);
  expect(header).toMatch(/^id,name,name_en,country,projects,/);
  expect(lines.length).toBeGreaterThan(400);
  // cited: the dataset and this view's address on every row
  expect(lines[0]).toMatch(
    /,"WB Radar seed dataset, CC BY 4\.0","http:\/\/127\.0\.0\.1:4173\/\?donor=gcerf&[^"]*tab=table",/,
  );
  expect(errors).toEqual([]);
});

test("the table follows the filters and the selection, both ways, and has no accessibility violations", async ({
  page,
}) => {
  const app = new AppDriver(page);
  await app.openReady(`?tab=table&country=XK&sel=${MUNICIPALITY.prizren}`);
  const rows = page.getByTestId("table-row");
  await expect(rows).toHaveCount(38);
  await expect(page.locator('[data-testid="table-row"][aria-selected="true"]')).toContainText("Prizren");
  // sorting by name
  await page.getByRole("button", { name: "Municipality", exact: true }).click();
  await expect(rows.first()).toContainText("Deçan");
  // a row selects the municipality; the map (back on its tab) shows it
  await rows.filter({ hasText: "Kaçanik" }).click();
  await expect(app.panelTitle).toHaveText("Kaçanik");
  const results = await new AxeBuilder({ page })
    .exclude(".maplibregl-canvas")
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.getByTestId("tab-map").click();
  await expect(page).not.toHaveURL(/tab=/);
  await expect(page.getByTestId("table-view")).toHaveCount(0);
  await expect(app.panelTitle).toHaveText("Kaçanik");
});

test("Enter on the focused map selects the municipality at its centre", async ({ page }) => {
  const app = new AppDriver(page);
  await app.openReady("?view=21.2113,42.2319,10");
  await tabTo(page, "button.skip-link:nth-child(1)");
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-testid="map"] canvas')).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(app.panelTitle).toHaveText("Kaçanik");
});

test("on a 360 px phone with the keyboard alone: a donor, the map as PNG, the table read, a row selected, the table exported", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new AppDriver(page);
  await app.openReady();
  const sideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // a donor, from the skip link to the filters
  await tabTo(page, "button.skip-link:nth-child(2)");
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-skip-target="filters"]')).toBeFocused();
  await tabTo(page, '[data-testid="filters"] summary');
  await page.keyboard.press("Enter");
  await tabTo(page, '[data-testid="filters"] input[type="checkbox"]');
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/donor=/);
  // the map as an image
  await tabTo(page, '[data-testid="export-png"]');
  const image = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await image).suggestedFilename()).toMatch(/^wb-radar-map-.*\.png$/);
  // the table, from the skip link; a row selected with the keyboard
  await tabTo(page, "button.skip-link:nth-child(3)", { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-testid="table-row"]').first()).toBeFocused();
  const second = page.getByTestId("table-row").nth(1);
  await page.keyboard.press("ArrowDown");
  await expect(second).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(second).toHaveAttribute("aria-selected", "true");
  expect(await sideways()).toBe(0);
  // and exported
  await tabTo(page, '[data-testid="export-csv"]', { back: true });
  const table = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await table).suggestedFilename()).toMatch(/\.csv$/);
  expect(await sideways()).toBe(0);
});

test("printing shows the open profile, without the map and its controls", async ({ page }) => {
  const app = new AppDriver(page);
  await app.openReady(`?sel=${MUNICIPALITY.kacanik}`);
  await expect(app.panelTitle).toHaveText("Kaçanik");
  await page.emulateMedia({ media: "print" });
  await expect(app.map).toBeHidden();
  await expect(page.getByTestId("controls")).toBeHidden();
  await expect(app.panel).toBeVisible();
  await expect(app.panel).toContainText("Coverage");
});
