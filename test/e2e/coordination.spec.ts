/**
 * Donor coordination on the shipped dataset, as a donor officer would use it: possible duplications with their
 * evidence, a municipality opened from one, the 3W table downloaded, and the filtered projects in open formats.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { collectErrors } from "./browser.ts";
import { AppDriver } from "./driver.ts";

const downloaded = async (path: Promise<string | null>) => readFileSync((await path)!, "utf8").replace(/^\uFEFF/, "");

test("possible duplications with their evidence, one opened on the map, the 3W table and open formats downloaded", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  const coordination = page.getByTestId("donor-overlap");
  await coordination.getByRole("button", { name: "Possible duplication" }).click();
  const first = coordination.getByTestId("duplication-row").first();
  await expect(first).toContainText("both:");
  // each pair shows both projects with their donors and periods
  await expect(first.locator("li")).toHaveCount(2);
  // the list downloads as CSV: each pair with both projects, their donors and dates; two different donors funding
  // the same activity in the same municipality among them
  const [pairs] = await Promise.all([
    page.waitForEvent("download"),
    coordination.getByTestId("duplication-csv").click(),
  ]);
  const [note, header, ...pairRows] = Papa.parse<string[]>((await downloaded(pairs.path())).trim(), {
    delimiter: ",",
  }).data;
  expect(note![0]).toContain("Possible duplication");
  expect(header).toEqual(expect.arrayContaining(["place", "activity_types", "project_a_donors", "project_b_donors"]));
  const at = (row: string[], column: string) => row[header!.indexOf(column)]!;
  const twoDonors = pairRows
    .filter((r) => at(r, "place_kind") === "municipality" && at(r, "period") === "overlap")
    .filter((r) => at(r, "project_a_donors") !== "" && at(r, "project_b_donors") !== "")
    .filter((r) => at(r, "project_a_donors") !== at(r, "project_b_donors"));
  expect(twoDonors.length).toBeGreaterThan(0);
  // every pair the two lists count, the ones not shown yet included
  const counted = await coordination.getByTestId("duplication").locator("h4 .count").allTextContents();
  expect(pairRows.length).toBe(counted.reduce((n, c) => n + Number(c.replace(/\D/g, "")), 0));

  // the place opens on the map
  const place = first.getByRole("button").first();
  const name = (await place.textContent())!.trim();
  await place.click();
  await expect(app.panelTitle).toHaveText(name);

  // the 3W table, as CSV, says what its figures are
  await coordination.getByRole("button", { name: "Who funds what where (3W)" }).click();
  const [matrix] = await Promise.all([page.waitForEvent("download"), coordination.getByTestId("matrix-csv").click()]);
  const table = await downloaded(matrix.path());
  expect(table.split("\n")[0]).toContain("Who funds what where (3W)");
  expect(table.split("\n")[1]).toMatch(/^donor_id,donor,activity_type_id/);

  // the filtered projects for HXL tools and GIS
  await app.openData();
  const [hxl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-hxl").click()]);
  const rows = (await downloaded(hxl.path())).split("\n");
  expect(rows[1]).toMatch(/^#activity\+code,#activity\+name,#org\+impl,#org\+funder,#sector/);
  expect(rows.length).toBeGreaterThan(400);
  const [geojson] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-projects-geojson").click(),
  ]);
  const collection = JSON.parse(await downloaded(geojson.path())) as { features: unknown[]; unplaced: unknown[] };
  expect(collection.features.length).toBeGreaterThan(50);
  expect(collection.unplaced.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test("records the latest version changed are marked, with what changed; the Data dialog counts them", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  // Derventa: the women's association's sources were revised in this version.
  await app.openReady("?sel=1108759051");
  const item = page.getByTestId("fact-organisation").filter({ hasText: "Women's Association Derventa" });
  const badge = item.getByTestId("update-badge");
  await expect(badge).toContainText("Updated in 2026-11-26");
  await expect(badge).toHaveAttribute("title", "changed since version 2026-11-25: sources");
  // Records this version left as they were carry no mark.
  const facts = page.getByTestId("municipality-facts");
  await expect(facts.getByTestId("update-badge")).toHaveCount(1);
  expect(await facts.locator("li").count()).toBeGreaterThan(1);
  await item.getByRole("button", { name: "Profile" }).click();
  await expect(page.getByTestId("organisation-panel").getByRole("heading").getByTestId("update-badge")).toBeVisible();
  await app.openData();
  await expect(page.getByTestId("version-changes")).toContainText("Version 2026-11-26, against 2026-11-25");
  // As many as the dataset records as changed.
  const shipped = JSON.parse(readFileSync("data/dataset.json", "utf8")) as {
    changes: { changed: { organisations: Record<string, string[]> } };
  };
  const updated = Object.keys(shipped.changes.changed.organisations).length;
  expect(updated).toBeGreaterThan(1);
  await expect(page.getByTestId("version-changes")).toContainText(`Organisations: 0 new, ${updated} updated`);
  expect(errors).toEqual([]);
});
