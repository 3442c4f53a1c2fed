import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";

const SHOTS = process.env.WB_RADAR_SCREENSHOTS;

test.describe("filters, legend and the URL", () => {
  test("a donor filter redraws the legend and counts, and the URL shares it", async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady();
    const summary = page.getByTestId("filter-summary");
    await expect(summary).toHaveText("Matching: 14 projects, 25 organisations");
    // when the user picks GCERF as donor
    const filters = page.getByTestId("filters");
    await filters.locator("summary", { hasText: "Donor" }).click();
    const gcerf = filters.getByRole("checkbox", { name: /Global Community Engagement and Resilience Fund/ });
    await expect(gcerf.locator("xpath=..")).toContainText("4");
    await gcerf.check();
    // then the counts, the chip and the URL follow
    await expect(summary).toHaveText("Matching: 4 projects, 4 organisations");
    await expect(filters.getByRole("button", { name: /Remove filter: Global Community/ })).toBeVisible();
    await expect(page).toHaveURL(/[?&]donor=gcerf(&|$)/);
    // the legend counts municipalities per class: GCERF names Mitrovica and Pogradec only
    const legend = page.getByTestId("legend");
    await expect(legend.getByTestId("legend-class").last()).toContainText("2");
    // and its concentration beside all donors: Mitrovica twice, Pogradec once
    const concentration = page.getByTestId("concentration");
    await expect(concentration.getByRole("row", { name: /Municipalities reached/ })).toHaveText(/2\s*13/);
    await expect(concentration.getByRole("row", { name: /HHI/ })).toContainText("5,556");
    await expect(concentration.getByRole("row", { name: /Whole-country projects/ })).toContainText("2");
    await expect(concentration.getByRole("listitem").first()).toContainText("South Mitrovica");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/analysis-gcerf.png` });
    // a fresh page on that URL shows the same
    await page.reload();
    await app.waitForMap();
    await expect(summary).toHaveText("Matching: 4 projects, 4 organisations");
    // back goes to the view before the filter
    await page.goBack();
    await expect(summary).toHaveText("Matching: 14 projects, 25 organisations");
    await expect(page).not.toHaveURL(/donor=/);
    expect(errors).toEqual([]);
  });

  test("metric, classification, selection and view come from the URL; invalid values are ignored", async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady(
      `?metric=fundingEur&class=natural,4&donor=%3Cscript%3E&kind=gang&sel=${MUNICIPALITY.ohrid}&view=20.8,41.1,8`,
    );
    await expect(page.getByTestId("metric-picker")).toHaveValue("fundingEur");
    await expect(page.getByTestId("legend")).toContainText("Converted to euros at ECB annual average rates");
    await expect(app.panelTitle).toHaveText("Ohrid");
    await expect(app.map).toHaveAttribute("data-view", /^20\.8000,41\.1000,8\.00$/);
    await expect(page.getByTestId("filter-summary")).toHaveText("Matching: 14 projects, 25 organisations");
    // choosing another metric is written back
    await page.getByTestId("metric-picker").selectOption("organisations");
    await expect(page).toHaveURL(/metric=organisations/);
    await expect(page).toHaveURL(/class=natural,4/);
    expect(errors).toEqual([]);
  });

  test("a filter that leaves every municipality at 0 paints a neutral map and says so", async ({ page }) => {
    const app = new AppDriver(page);
    await app.openReady("?activity=research");
    await expect(page.getByTestId("all-zero")).toContainText("Every municipality is at 0");
    const swatch = page.getByTestId("legend-class").first().locator(".swatch");
    await expect(swatch).toHaveCSS("background-color", "rgb(240, 240, 240)");
    await expect(page.getByTestId("legend-class")).toHaveCount(1);
  });

  test("filters that match nothing explain it instead of a blank map", async ({ page }) => {
    const app = new AppDriver(page);
    await app.openReady("?donor=gcerf&country=BA");
    await expect(page.getByTestId("filter-empty")).toContainText("No projects match these filters");
    await page.getByTestId("filters").getByRole("button", { name: "Reset filters" }).click();
    await expect(page.getByTestId("filter-summary")).toHaveText("Matching: 14 projects, 25 organisations");
    await expect(page).not.toHaveURL(/donor=|country=/);
  });
});

test.describe("gap analysis", () => {
  test("lists overlooked municipalities next to named places, follows the filters, and the layers toggle", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady();
    const list = page.getByTestId("overlooked");
    // Chucher-Sandevo borders Kaçanik and Skopje's municipalities, and no project names it
    await expect(list.getByRole("button", { name: "Chucher-Sandevo" })).toBeVisible();
    // why: the evidence a reader can check — Kaçanik's mention, in the source's key term, with the source
    const item = list.getByRole("listitem").filter({ hasText: "Chucher-Sandevo" });
    await item.getByText("Why listed: the evidence").click();
    const why = item.getByTestId("overlooked-why");
    await expect(why).toContainText("Kaçanik is named:");
    await expect(why.getByTestId("place-evidence").first().locator("blockquote")).toContainText("“");
    await expect(why.getByTestId("place-evidence").first().locator(".sources")).toContainText("RFE/RL, as reported");
    await expect(why).toContainText("No cited source names this municipality");
    // Hani i Elezit borders Kaçanik but has a KCSS project: not overlooked
    await list.getByRole("button", { name: /Show all/ }).click();
    await expect(list.getByRole("button", { name: "Hani i Elezit" })).toHaveCount(0);
    const before = Number((await list.locator("h2 .count").textContent())?.replace(/\D/g, ""));
    // choosing it selects it on the map
    await list.getByRole("button", { name: "Chucher-Sandevo" }).click();
    await expect(app.panelTitle).toHaveText("Chucher-Sandevo");
    // a filter that leaves Hani i Elezit without a matching project does not make it overlooked: a cited project
    // names it, and a municipality a source names is never listed
    await page.goto(`/?donor=gcerf`);
    await app.waitForMap();
    await list.getByRole("button", { name: /Show all/ }).click();
    await expect(list.getByRole("button", { name: "Chucher-Sandevo" })).toBeVisible();
    await expect(list.getByRole("button", { name: "Hani i Elezit" })).toHaveCount(0);
    const after = Number((await list.locator("h2 .count").textContent())?.replace(/\D/g, ""));
    expect(after).toBe(before);
    // hiding a layer is shareable
    await page.getByRole("checkbox", { name: /Overlooked next to named places/ }).uncheck();
    await expect(page).toHaveURL(/layer=organisations,places/);
    expect(errors).toEqual([]);
  });
});

test.describe("search", () => {
  test("finds a municipality in another script and an organisation by acronym, by keyboard, and moves the map there", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady();
    const box = page.getByTestId("search");
    await box.focus();
    await page.keyboard.type("приштина");
    const results = page.getByRole("listbox", { name: "Search municipalities and organisations" });
    await expect(results.getByRole("option").first()).toContainText("Prishtinë");
    await page.keyboard.press("Enter");
    await expect(app.panelTitle).toHaveText("Prishtinë");
    await expect(page).toHaveURL(/sel=1108809557/);
    // the map moved to it, and the view is shareable
    await expect(page).toHaveURL(/view=21\.\d+,42\.\d+,\d/);
    // an organisation by its acronym selects its municipality
    await box.focus();
    await page.keyboard.type("idm");
    await page.keyboard.press("ArrowDown");
    await expect(results.getByRole("option", { selected: true })).toContainText("Organisation · Tirana");
    await page.keyboard.press("Enter");
    await expect(app.panelTitle).toHaveText("Tirana");
    await expect(app.panel.getByTestId("fact-organisation").first()).toContainText(
      "Institute for Democracy and Mediation",
    );
    // nothing found says so
    await box.fill("zzzz");
    await expect(results).toContainText("No match");
    expect(errors).toEqual([]);
  });
});

test("the whole page, with filters, legend and lists open, has no accessibility violations", async ({ page }) => {
  const app = new AppDriver(page);
  await app.openReady(`?donor=gcerf&sel=${MUNICIPALITY.kacanik}`);
  await page.getByTestId("filters").locator("summary", { hasText: "Donor" }).click();
  await page.getByTestId("search").fill("pri");
  const results = await new AxeBuilder({ page })
    .exclude(".maplibregl-canvas")
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the selected municipality shows its coverage with ranks, and says when the filters leave it out", async ({
  page,
}) => {
  const app = new AppDriver(page);
  await app.openReady(`?sel=${MUNICIPALITY.kacanik}`);
  const coverage = app.panel.getByTestId("municipality-coverage");
  // one project names Kaçanik; Mitrovica, with three, ranks first; eleven others share Kaçanik's 1; zeros have no rank
  await expect(coverage.locator("div", { hasText: "Projects targeting the municipality" })).toContainText(
    "1 joint #2 of 13",
  );
  await expect(coverage.locator("div", { hasText: "Organisations based there" })).not.toContainText("#");
  await expect(coverage.locator("div", { hasText: "Projects per 100,000 inhabitants" })).toContainText("no data");
  await app.openReady(`?country=AL&sel=${MUNICIPALITY.kacanik}`);
  await expect(app.panel.getByTestId("outside-filter")).toContainText("outside the countries in the filter");
  await expect(app.panelTitle).toHaveText("Kaçanik");
});

test("the gap map crosses a need indicator with coverage, explains itself and lists high need without coverage", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  await page.getByTestId("need-picker").selectOption("oci-criminality");
  await expect(page).toHaveURL(/need=oci-criminality/);
  const legend = page.getByTestId("gap-legend");
  // need is measured per country: thirds of the six countries in one edition (2023), not of 506 municipalities
  await expect(legend).toContainText("in thirds of the countries");
  await expect(legend.getByTestId("need-edition")).toContainText("Country-level need");
  await expect(legend.getByTestId("need-edition")).toContainText("2023 edition");
  await expect(legend).toContainText("GI-TOC, Global Organized Crime Index");
  // Serbia (6.22) and Montenegro (5.90) make the top third of the countries
  const high = page.getByTestId("high-need");
  await expect(legend.getByTestId("gap-cell-20")).toHaveText("185");
  await expect(high).toContainText("Country-level need: these municipalities lie in the countries");
  // Serbia and Montenegro both have whole-country projects in this dataset: none of the 185 is "without coverage"
  await expect(high.locator("h3")).toContainText("(0)");
  await expect(high.getByTestId("high-need-left-out")).toContainText("185 more are named by a cited source");
  // the coverage classes give way to the 3 × 3 key
  await expect(page.getByTestId("legend-class")).toHaveCount(0);
  // cells count municipalities; all 506 have a need value here, so only the 9 cells
  const cells = await legend.locator("td").allTextContents();
  expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(506);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/analysis-gap.png` });
  await page.getByTestId("need-picker").selectOption("");
  await expect(page).not.toHaveURL(/need=/);
  await expect(page.getByTestId("legend-class").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("an indicator can be mapped itself: a country-level one colours each country, with its sources", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  const picker = page.getByTestId("metric-picker");
  await picker.selectOption("oci-criminality");
  await expect(page).toHaveURL(/metric=oci-criminality/);
  // the classes count the six countries, not 504 municipalities
  const classes = page.getByRole("list", { name: "Countries per class" });
  await expect(classes).toBeVisible();
  const counts = await classes.getByTestId("legend-class").locator(".count").allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(6);
  const notes = page.getByTestId("indicator-notes");
  await expect(notes).toContainText("A country-level indicator");
  await expect(notes).toContainText("Higher is worse");
  await expect(notes.getByRole("link", { name: "GI-TOC, Global Organized Crime Index" })).toBeVisible();
  // coverage-only settings step aside
  await expect(page.getByTestId("count-country-wide")).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/analysis-country-indicator.png` });
  // the shared URL gives the same map
  await page.reload();
  await app.waitForMap();
  await expect(picker).toHaveValue("oci-criminality");
  await expect(page.getByRole("list", { name: "Countries per class" })).toBeVisible();
  // the gap map needs a coverage measure: choosing a need brings it back
  await page.getByTestId("need-picker").selectOption("oci-criminality");
  await expect(picker).toHaveValue("projects");
  await expect(page).not.toHaveURL(/metric=/);
  await page.getByTestId("need-picker").selectOption("");
  // counting whole-country projects everywhere is shareable too
  await page.getByTestId("count-country-wide").check();
  await expect(page).toHaveURL(/countrywide=1/);
  await page.reload();
  await app.waitForMap();
  await expect(page.getByTestId("count-country-wide")).toBeChecked();
  expect(errors).toEqual([]);
});

test("an organisation's profile: from search or from a municipality, with its projects and sources", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  // BCSP is placed only at country level: found by search, its profile says so
  await page.getByTestId("search").fill("bcsp");
  await page.keyboard.press("Enter");
  const profile = page.getByTestId("organisation-panel");
  await expect(profile.getByRole("heading", { level: 2 })).toHaveText("Belgrade Centre for Security Policy (BCSP)");
  await expect(profile).toContainText("Belgrade, Serbia");
  await expect(profile).toContainText("Country only");
  await expect(profile.getByTestId("organisation-project")).toContainText("Western Balkans Organised Crime Radar");
  await expect(profile.getByRole("button", { name: "Balkan Security Platform" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(profile).toBeHidden();
  // from Tirana's panel to IDM's profile (a click on Tirana's centre would hit its organisations' cluster)
  await page.getByTestId("search").fill("Tirana");
  await page.keyboard.press("Enter");
  await expect(app.panelTitle).toHaveText("Tirana");
  await app.panel
    .getByTestId("fact-organisation")
    .filter({ hasText: "IDM" })
    .getByRole("button", { name: "Profile" })
    .click();
  await expect(profile.getByTestId("organisation-project").filter({ hasText: "SMART Balkans" })).toContainText("Lead");
  await expect(profile).toContainText("Founded");
  expect(errors).toEqual([]);
});

test("a place marker opens the source's wording and the source beside it", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady(`?view=21.1,42.25,9`);
  // Kaçanik's marker sits on its label point
  await app.select(MUNICIPALITY.kacanik);
  const popup = page.getByTestId("place-popup");
  await expect(popup).toContainText("Named in public reporting");
  await expect(popup).toContainText("“at least 24 local men”");
  await expect(popup).toContainText("RFE/RL, as reported");
  await expect(app.panelTitle).toHaveText("Kaçanik");
  // with the places layer hidden, a click there only selects
  await page.getByRole("checkbox", { name: /Places named in sources/ }).uncheck();
  await page.getByRole("button", { name: "Close popup" }).click();
  await app.select(MUNICIPALITY.kacanik);
  await expect(popup).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("an organisation cluster zooms in when clicked; a single organisation names itself on hover and opens its profile", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  // Tirana's three organisations share its label point: a cluster at this zoom
  await app.openReady(`?view=19.8,41.33,9&layer=organisations`);
  await app.clickLabelPoint(MUNICIPALITY.tirana);
  // it zooms to where the cluster falls apart (past the clustering zoom), and selects nothing
  await expect(app.map).toHaveAttribute("data-view", /,1[2-9]\.\d\d$/);
  await expect(app.panel).toHaveCount(0);
  await app.hover(MUNICIPALITY.tirana);
  await expect(app.tooltip).toContainText(
    /Institute for Democracy and Mediation|Albanian Helsinki Committee|Coordination Centre for Countering Violent Extremism/,
  );
  await expect(app.tooltip).toContainText("Tirana, Albania");
  await app.clickLabelPoint(MUNICIPALITY.tirana);
  await expect(page.getByTestId("organisation-panel")).toBeVisible();
  expect(errors).toEqual([]);
});
