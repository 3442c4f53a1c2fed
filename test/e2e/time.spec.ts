/**
 * Time on the shipped dataset, as a donor officer would use it: two periods compared (where work started and ended,
 * on the map, in the URL and as CSV), the period played through, and two editions of the Organized Crime Index.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { readGeoLayers } from "../../geo/read.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver } from "./driver.ts";

const { labels } = readGeoLayers();
const countryOf = new Map(labels.features.map((f) => [f.properties.id, f.properties.country]));
/** The change view's colours (src/map/changeStates.ts). */
const STARTED = "#009e73";
const ENDED = "#d55e00";

test("two periods compared: where work started and ended, on the map, in the address and as CSV", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady("?from=2019&to=2020");
  const change = page.getByTestId("period-change");
  const entries = await page.evaluate(() => history.length);
  await change.getByLabel("Compare two periods").check();
  // The years shown become the later period, against as many just before; the year filter goes, in one step.
  await expect(page).toHaveURL(/[?&]change=2017-2018,2019-2020$/);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  // The period bar belongs to the map of one period: the change view has its own.
  await expect(page.getByTestId("period-control")).toHaveCount(0);
  await page.getByTestId("change-earlier-from").selectOption("2016");
  await page.getByTestId("change-earlier-to").selectOption("2018");
  await page.getByTestId("change-later-from").selectOption("2021");
  await page.getByTestId("change-later-to").selectOption("2023");
  await expect(page).toHaveURL(/[?&]change=2016-2018,2021-2023(&|$)/);
  const bar = await new AxeBuilder({ page })
    .include('[data-testid="legend"]')
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(bar.violations.map((v) => v.id)).toEqual([]);

  // The key's counts are what the map paints.
  const count = async (category: string) =>
    Number(await change.getByTestId(`change-${category}`).locator(".count").textContent());
  const started = await count("started");
  const ended = await count("ended");
  expect(started).toBeGreaterThan(0);
  expect(ended).toBeGreaterThan(0);
  await expect
    .poll(async () => [...(await app.paintedFills()).values()].filter((f) => f === STARTED).length)
    .toBe(started);
  expect([...(await app.paintedFills()).values()].filter((f) => f === ENDED).length).toBe(ended);

  // Where work ended: a name opens the municipality.
  await change.getByTestId("change-list-ended").locator("summary").click();
  const place = change.getByTestId("change-list-ended").getByRole("button").first();
  const name = (await place.textContent())!.trim();
  await place.click();
  await expect(app.panelTitle).toHaveText(name);
  // Its panel says the same as its colour, for those who cannot hover: what happened, and the figures.
  await expect(page.getByTestId("panel-change")).toContainText("Work ended");
  await expect(page.getByTestId("panel-change")).toContainText("Projects at work – 2016–2018:");
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="period-change"]')
    .include('[data-testid="panel-change"]')
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // The CSV carries the figures behind every colour, and its periods.
  const [download] = await Promise.all([page.waitForEvent("download"), change.getByTestId("change-csv").click()]);
  expect(download.suggestedFilename()).toBe("wb-radar-change-2016-2018-2021-2023.csv");
  const rows = readFileSync((await download.path())!, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  expect(rows[0]).toContain("Earlier: 2016–2018. Later: 2021–2023.");
  const header = rows[1]!.split(",");
  const category = header.indexOf("category");
  const categories = rows.slice(2).map((r) => r.split(",")[category]);
  expect(categories.length).toBe(labels.features.length);
  expect(categories.filter((c) => c === "started").length).toBe(started);

  // The table, the map's text alternative, says the same: what happened, and the projects at work in each period.
  await page.getByTestId("tab-table").click();
  const table = page.getByTestId("table-view");
  await expect(table.getByTestId("table-summary")).toContainText(
    `Change map: what happened between 2016–2018 and 2021–2023. Work started in ${started} municipalities, ended in ${ended},`,
  );
  await expect(table.getByRole("columnheader", { name: "What happened" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Projects at work, 2016–2018" })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "Work ended" })).toHaveCount(ended);
  await page.getByTestId("tab-map").click();

  // The link opens the same comparison.
  await page.goto(page.url());
  await app.waitForMap();
  await expect(page.getByTestId("change-later-from")).toHaveValue("2021");
  expect(errors).toEqual([]);
});

test("the period is played through the years, rewriting the address in place, and paused", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady("?from=2015&to=2016");
  const bar = page.getByTestId("period-control");
  await expect(bar.getByTestId("period-shown")).toContainText("2015–2016");
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="period-control"]')
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  const entries = await page.evaluate(() => history.length);
  await bar.getByRole("button", { name: "Play through the years" }).click();
  // Each step keeps the width of the period, and the address follows.
  await expect(page).toHaveURL(/from=2017&to=2018/, { timeout: 15_000 });
  await bar.getByRole("button", { name: "Pause" }).click();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const shown = (await bar.getByTestId("period-shown").textContent())!;
  await page.waitForTimeout(2_000);
  expect(await bar.getByTestId("period-shown").textContent()).toBe(shown);
  // A step by hand is a change of its own: Back undoes it.
  await bar.getByRole("button", { name: "One year on" }).click();
  const from = Number(new URL(page.url()).searchParams.get("from"));
  await page.goBack();
  await expect.poll(() => Number(new URL(page.url()).searchParams.get("from"))).toBe(from - 1);
  await bar.getByRole("button", { name: "All years" }).click();
  await expect(page).not.toHaveURL(/from=/);
  expect(errors).toEqual([]);
});

test("two editions of the Organized Crime Index compared, countries without both left as no data", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady("?metric=oci-criminality");
  await page.getByTestId("period-change").getByLabel("Compare two periods").check();
  // Opens on the consecutive editions most countries have both of.
  await expect(page).toHaveURL(/change=2021,2023/);
  const table = page.getByTestId("edition-table");
  await expect(table.getByTestId("edition-row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /Albania/ })).toContainText("5.63");
  await expect(table.getByRole("row", { name: /Albania/ })).toContainText("Better");
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="period-change"]')
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // Kosovo is not in the index: hatched as no data, not coloured as a change.
  const patterns = await app.paintedPatterns();
  const kosovo = [...countryOf].filter(([, c]) => c === "XK").map(([id]) => id);
  expect(kosovo.length).toBeGreaterThan(0);
  for (const id of kosovo) expect(patterns.get(id)).toBe("no-data");
  const albania = [...countryOf].find(([, c]) => c === "AL")![0];
  expect(patterns.get(albania)).toBe("");
  // 2025: only Montenegro and Serbia have a criminality score in the data.
  await page.getByTestId("change-later-from").selectOption("2025");
  await page.getByTestId("change-earlier-from").selectOption("2023");
  await expect(page).toHaveURL(/change=2023,2025/);
  await expect(table.getByText("Not in both editions")).toHaveCount(3);
  // Every value shown comes with the page that states it.
  await expect(page.getByTestId("period-change").locator(".sources a").first()).toHaveAttribute("href", /^https:/);
  expect(errors).toEqual([]);
});
