import AxeBuilder from "@axe-core/playwright";
import { expect, sampleDataset, test } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";

const SHOTS = process.env.WB_RADAR_SCREENSHOTS;
const json = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)),
});
const source = [{ url: "https://example.org/mapping-2026", citation: "Partner mapping 2026" }];
const record = { sources: source, confidence: "reported", lastVerified: "2026-11-20" };

test.describe("the dataset", () => {
  test("starts on the cited seed dataset: a municipality shows what the sources say, with sources", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady();
    // when the user selects Kaçanik
    await app.select(MUNICIPALITY.kacanik);
    // then the panel quotes the report, names the kind of mention and cites it
    const place = app.panel.getByTestId("fact-place").first();
    await expect(place).toContainText("Named in public reporting");
    await expect(place).toContainText("at least 24 local men");
    await expect(place).toContainText("RFE/RL, as reported");
    // the projects there, with their donors, and the country's indicators with their year
    await expect(app.panel.getByTestId("fact-project").first()).toContainText("Preventing violent extremism in Kosovo");
    await expect(app.panel.getByTestId("fact-project").first()).toContainText("United States Government");
    await expect(app.panel.getByTestId("fact-indicator").first()).toContainText("4.97 (2023)");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-kacanik.png` });
    // Tirana: organisations based there, linked safely to their websites
    await app.select(MUNICIPALITY.tirana);
    const idm = app.panel.getByTestId("fact-organisation").filter({ hasText: "Institute for Democracy and Mediation" });
    await expect(idm.getByRole("link", { name: /Institute for Democracy/ })).toHaveAttribute(
      "href",
      "https://idmalbania.org/",
    );
    await expect(idm.getByRole("link").first()).toHaveAttribute("rel", "noopener noreferrer");
    // and no sample banner: this is real data
    await expect(page.getByTestId("sample-banner")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("imports a partner's CSV: report by row and column, merge, then exports JSON that imports back unchanged", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    // datasets and files are read and checked in a background worker, not on the page's thread
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const app = new AppDriver(page);
    await app.openReady();
    await app.openData();
    await expect.poll(() => app.count("Organisations")).toBe(25);
    // given a CSV saved by Excel with ";" separators, a byte-order mark, Cyrillic, and one bad row
    const csv =
      "\uFEFF" +
      [
        "id;name_sr-Cyrl;name_en;kind;country;municipalityId;locationPrecision;source1_url;confidence;lastVerified",
        "youth-np;Омладински центар;Youth centre;youth;RS;1108810003;municipality;https://example.org/a;reported;2026-11-20",
        "bad-row;Лоше;Bad;gang;RS;1108810003;municipality;https://example.org/b;reported;2026-11-20",
      ].join("\r\n");
    await app.importFiles([{ name: "organisations.csv", mimeType: "text/csv", buffer: Buffer.from(csv) }]);
    // then the report counts what is valid and names the bad cell
    await expect(app.importReview).toContainText("organisations.csv, row 3, column kind");
    await expect(app.importReview).toContainText('"gang" is not allowed for kind');
    await expect(app.importReview.getByRole("row", { name: /Organisations/ }).first()).toContainText("1");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-import-report.png` });
    // when it is added to the current data
    await app.importReview.getByRole("button", { name: "Add to the current data" }).click();
    await expect(app.dataDialog).toContainText("Imported: 1 new and 0 updated records.");
    await expect.poll(() => app.count("Organisations")).toBe(26);
    // then an export gives a JSON file that imports back to the same data
    const first = await app.download("JSON");
    expect(first.fileName).toBe("wb-radar.json");
    const exported = JSON.parse(first.body.toString("utf8")) as { organisations: Array<{ id: string; name: object }> };
    expect(exported.organisations.find((o) => o.id === "youth-np")?.name).toEqual({
      "sr-Cyrl": "Омладински центар",
      en: "Youth centre",
    });
    await app.importFiles([json("wb-radar.json", first.body.toString("utf8"))]);
    await expect(app.importReview).toContainText("No problems found.");
    await app.importReview.getByRole("button", { name: "Replace the current data" }).click();
    const second = await app.download("JSON");
    expect(second.body.equals(first.body)).toBe(true);
    expect(workers.some((url) => url.includes("ingest.worker"))).toBe(true);
    expect(errors).toEqual([]);
  });

  test("an Excel round trip: the template downloads, a filled workbook imports", async ({ page }) => {
    const app = new AppDriver(page);
    await app.openReady();
    await app.openData();
    const template = await app.download("Download the Excel template");
    expect(template.fileName).toBe("wb-radar-template.xlsx");
    // the export of the current data is a workbook the import reads back whole
    const workbook = await app.download("Excel (.xlsx)");
    await app.importFiles([
      {
        name: "wb-radar.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: workbook.body,
      },
    ]);
    await expect(app.importReview).toContainText("No problems found.");
    await expect(app.importReview.getByRole("row", { name: /Indicator values/ }).first()).toContainText("44");
  });

  test("a file that cannot be used changes nothing, and hostile text stays text", async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady();
    await app.openData();
    await app.importFiles([json("broken.json", '{"organisations": [')]);
    await expect(app.importReview).toContainText("broken.json could not be read");
    await expect(app.importReview).toContainText("This cannot be used. Nothing has changed.");
    await expect(app.importReview.getByRole("button", { name: /Replace/ })).toHaveCount(0);
    await app.importReview.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => app.count("Organisations")).toBe(25);
    // a record whose name is HTML and whose website is a javascript: link
    const hostile = {
      schemaVersion: 1,
      organisations: [
        {
          id: "html-name",
          name: { en: '<img src=x onerror="window.pwned=1">Tirana group' },
          locationPrecision: "municipality",
          municipalityId: MUNICIPALITY.tirana,
          ...record,
        },
        {
          id: "js-link",
          name: { en: "Link" },
          locationPrecision: "country",
          website: "javascript:alert(1)",
          ...record,
        },
      ],
    };
    await app.importFiles([json("hostile.json", hostile)]);
    await expect(app.importReview).toContainText('website: "javascript:alert(1)" is not a web address');
    await app.importReview.getByRole("button", { name: "Add to the current data" }).click();
    await page.keyboard.press("Escape");
    await expect(app.dataDialog).toBeHidden();
    await app.select(MUNICIPALITY.tirana);
    await expect(app.panel).toContainText('<img src=x onerror="window.pwned=1">Tirana group');
    await expect(app.panel.locator("img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test("?data= loads a dataset from this site; sample data always shows its banner", async ({ page }) => {
    const app = new AppDriver(page);
    const sample = sampleDataset({ locationPrecision: "municipality", municipalityId: MUNICIPALITY.ohrid });
    await page.route(
      (url) => url.pathname === "/partner/sample.json",
      (route) => route.fulfill({ json: sample }),
    );
    await app.openReady("?data=/partner/sample.json");
    await expect(page.getByTestId("sample-banner")).toContainText("Sample data");
    await app.select(MUNICIPALITY.ohrid);
    await expect(app.panel.getByTestId("fact-organisation")).toContainText("Sample organisation 1");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-sample.png` });
  });

  test("?data= on an origin that is not allowed is refused with a message; the map still works", async ({ page }) => {
    const app = new AppDriver(page);
    await app.openReady("?data=https://evil.example.org/data.json");
    await expect(page.getByTestId("data-error")).toContainText("is not an allowed data address");
    await app.select(MUNICIPALITY.ohrid);
    await expect(app.panelTitle).toHaveText("Ohrid");
  });

  test("by keyboard and by drag and drop, with no accessibility violations", async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.openReady("?lang=sq");
    // the Data button is reached with the keyboard and opens the dialog with focus inside
    await page.getByTestId("data-button").focus();
    await page.keyboard.press("Enter");
    await expect(app.dataDialog).toBeVisible();
    await expect(page.getByRole("heading", { name: "Të dhënat", level: 2 })).toBeFocused();
    // Tab stays in the dialog
    for (let i = 0; i < 25; i++) await page.keyboard.press("Tab");
    expect(await app.dataDialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    // a file dropped on the drop zone is read like a chosen one
    const dataset = {
      schemaVersion: 1,
      donors: [{ id: "new-donor", name: { en: "New donor" }, type: "other", ...record }],
    };
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return transfer;
    }, JSON.stringify(dataset));
    await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: drop });
    await expect(app.importReview).toContainText("dropped.json");
    await expect(app.importReview).toContainText("Nuk u gjet asnjë problem.");
    // no violations of WCAG A/AA rules in the open dialog
    const results = await new AxeBuilder({ page })
      .include('[data-testid="data-dialog"]')
      .withTags(["wcag2a", "wcag2aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-dialog-sq.png` });
    // Escape closes it and focus goes back to the button
    await page.keyboard.press("Escape");
    await expect(app.dataDialog).toBeHidden();
    await expect(page.getByTestId("data-button")).toBeFocused();
    expect(errors).toEqual([]);
  });

  test("the municipality panel with its facts has no accessibility violations", async ({ page }) => {
    const app = new AppDriver(page);
    await app.openReady("?lang=mk");
    await app.select(MUNICIPALITY.kacanik);
    await expect(app.panel.getByTestId("fact-place").first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-testid="municipality-panel"]')
      .withTags(["wcag2a", "wcag2aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-kacanik-mk.png` });
  });
});
