/**
 * Each language shows the whole app in that language: UI, taxonomy labels,
 * map names, panels, legend and errors, with no English left over; switching
 * language keeps the view.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures.ts";
import { TAXONOMY } from "../../src/data/taxonomy.ts";
import type { Locale } from "../../src/geo/schema.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";
import { flatten } from "../../src/i18n/flatten.ts";

const SHOTS = process.env.WB_RADAR_SCREENSHOTS;

// Read as files: Playwright's loader does not import JSON modules.
const resources = Object.fromEntries(
  (["en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs"] as const).map((lng) => [
    lng,
    { translation: JSON.parse(readFileSync(`src/i18n/locales/${lng}/translation.json`, "utf8")) as object },
  ]),
) as Record<Locale, { translation: object }>;

/**
 * English phrases (three words or more, placeholders cut out) of every UI
 * string and taxonomy label: none may show on a page in another language
 * (the languages share no phrase that long with English).
 */
function englishPhrases(): string[] {
  const english = Object.values(flatten(resources.en.translation));
  for (const vocabulary of Object.values(TAXONOMY))
    for (const labels of Object.values(vocabulary.labels) as Array<Record<Locale, string>>) english.push(labels.en);
  return [
    ...new Set(
      english
        .flatMap((e) => e.split(/\{\{[^}]+\}\}|_one|_other/))
        .map((s) =>
          s
            .trim()
            .replace(/^[(:,.–-]+|[):,.…–-]+$/g, "")
            .trim(),
        )
        .filter((s) => s.split(/\s+/).length >= 3),
    ),
  ];
}

const CASES: Array<{ lng: Locale; kacanik: string; prizren: string; kosovo: string }> = [
  { lng: "sq", kacanik: "Kaçanik", prizren: "Prizren", kosovo: "Kosova" },
  { lng: "sr-Cyrl", kacanik: "Качаник", prizren: "Призрен", kosovo: "Косово" },
  { lng: "mk", kacanik: "Качаник", prizren: "Призрен", kosovo: "Косово" },
];

/** The phrases of `phrases` found in `text`. */
const found = (text: string, phrases: readonly string[]) => phrases.filter((p) => text.includes(p));

for (const c of CASES) {
  const t = flatten(resources[c.lng].translation);
  test(`the whole app in ${c.lng}: map names, panels, legend, filters, errors; no English left`, async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady(`?lang=${c.lng}&sel=${MUNICIPALITY.kacanik}&donor=gcerf`);
    await expect(page.locator("html")).toHaveAttribute("lang", c.lng);
    // names on the map and in the panel
    await app.hover(MUNICIPALITY.prizren);
    await expect(app.tooltip).toContainText(c.prizren);
    await expect(app.panelTitle).toHaveText(c.kacanik);
    await expect(app.panel).toContainText(c.kosovo);
    // every part of the interface open: filters, legend, concentration, the data dialog
    const filters = page.getByTestId("filters");
    for (const summary of await filters.locator("summary").all()) await summary.click();
    await expect(page.getByTestId("legend")).toContainText(t["legend.title"]!);
    await expect(page.getByTestId("concentration")).toBeVisible();
    const phrases = englishPhrases();
    expect(phrases.length).toBeGreaterThan(100);
    const english = (text: string) => found(text, phrases);
    expect(english(await page.locator("body").innerText())).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/language-${c.lng}.png` });
    await page.getByTestId("data-button").click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    expect(english(await dialog.innerText())).toEqual([]);
    // aria-labels and titles are read out: in the language too
    const labels = await page
      .locator("[aria-label], [title]")
      .evaluateAll((els) => els.flatMap((e) => [e.getAttribute("aria-label") ?? "", e.getAttribute("title") ?? ""]));
    expect(english(labels.join("\n"))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`errors in ${c.lng}`, async ({ page }) => {
    await page.route("**/geo/municipalities.topo.json", (route) => route.fulfill({ status: 503, body: "unavailable" }));
    await page.route(
      (url) => url.pathname === "/missing.json",
      (route) => route.fulfill({ status: 404, body: "not found" }),
    );
    await page.goto(`/?lang=${c.lng}&data=/missing.json`);
    const alerts = page.getByRole("alert");
    await expect(alerts.filter({ hasText: t["map.loadError"]! })).toBeVisible();
    await expect(alerts.filter({ hasText: t["data.loadError"]! })).toBeVisible();
    expect(found(await page.locator("body").innerText(), englishPhrases())).toEqual([]);
  });
}

test("switching language keeps the view: selection, filters, metric and camera", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  const query = `?lang=sq&sel=${MUNICIPALITY.kacanik}&donor=gcerf&metric=donors&view=21.2,42.3,8`;
  await app.openReady(query);
  await expect(app.panelTitle).toHaveText("Kaçanik");
  const view = await app.map.getAttribute("data-view");
  await page.getByLabel("Gjuha").selectOption("sr-Cyrl");
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Cyrl");
  await expect(app.panelTitle).toHaveText("Качаник");
  await expect(page.getByTestId("filter-summary")).toContainText("4");
  await expect(page.getByTestId("metric-picker")).toHaveValue("donors");
  expect(await app.map.getAttribute("data-view")).toBe(view);
  const url = new URL(page.url());
  expect(url.searchParams.get("lang")).toBe("sr-Cyrl");
  for (const key of ["sel", "donor", "metric", "view"]) expect(url.searchParams.get(key)).not.toBeNull();
  // and a reload comes back in the chosen language
  await page.reload();
  await app.waitForMap();
  await expect(app.panelTitle).toHaveText("Качаник");
  expect(errors).toEqual([]);
});
