/** The shipped reference dataset (data/dataset.json) in the browser: every country has projects on the map. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { collectErrors } from "./browser.ts";
import { AppDriver } from "./driver.ts";
import { readGeoLayers } from "../../geo/read.ts";

interface Shipped {
  projects: Array<{ targetMunicipalities: string[] }>;
  organisations: unknown[];
}
const shipped = JSON.parse(readFileSync(new URL("../../data/dataset.json", import.meta.url), "utf8")) as Shipped;
const layer = readGeoLayers().municipalities;

/** For each country, the municipality the most projects name. */
function busiest(country: string) {
  const counts = new Map<string, number>();
  for (const p of shipped.projects)
    for (const id of new Set(p.targetMunicipalities)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const inCountry = layer.features.filter((f) => f.properties.country === country);
  return inCountry.map((f) => ({ f, n: counts.get(f.properties.id) ?? 0 })).sort((a, b) => b.n - a.n)[0]!;
}

test("the default dataset loads, and every country has a municipality with projects, each with its sources", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  await expect(page.getByTestId("filter-summary")).toHaveText(
    `Matching: ${shipped.projects.length} projects, ${shipped.organisations.length} organisations`,
  );
  for (const country of ["AL", "BA", "ME", "MK", "RS", "XK"]) {
    const { f, n } = busiest(country);
    expect(n, country).toBeGreaterThan(0);
    await app.openReady(`?sel=${f.properties.id}`);
    await expect(app.panelTitle).toHaveText(f.properties["name:en"]);
    const coverage = app.panel.getByTestId("municipality-coverage");
    await expect(coverage.locator("div", { hasText: "Projects targeting the municipality" })).toContainText(String(n));
    // each project shows what its page states
    const first = app.panel.getByTestId("fact-project").first();
    await expect(first.locator(".source-claim").first()).toContainText("what the page states:");
  }
  expect(errors).toEqual([]);
});
