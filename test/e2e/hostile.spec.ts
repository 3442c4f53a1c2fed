/**
 * The attacker: a partner page that floods the embed with commands or smuggles `__proto__` into one, a page whose
 * Back button the embed must not take over, and data built to make the map say something it does not (direction
 * overrides, addresses with a user name in front of the real host, invisible names, spreadsheet formulas).
 */
import { expect, test, type Page } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";

const PARTNER = "http://127.0.0.1:4174";

type Message = { type: string; payload: Record<string, unknown> };
const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Message[] }).messages);

/** The embed's state, once it has handled everything sent before (it answers getState after them). */
async function stateAfterAll(page: Page, timeout = 20_000): Promise<Record<string, unknown>> {
  const count = (await messages(page)).length;
  await page.evaluate(() => (window as unknown as { send: (t: string) => void }).send("getState"));
  await expect
    .poll(async () => (await messages(page)).slice(count).some((m) => m.type === "state"), { timeout })
    .toBe(true);
  return (await messages(page)).slice(count).find((m) => m.type === "state")!.payload;
}

test("an embed never writes the partner page's history: Back leaves the page", async ({ page }) => {
  await page.goto(`${PARTNER}/before.html`);
  await page.goto(`${PARTNER}/partner.html?controls=filters`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("map")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  const before = await page.evaluate(() => history.length);
  await frame.getByTestId("filters").locator("summary", { hasText: "Donor" }).click();
  const boxes = frame.getByTestId("filters").getByRole("checkbox");
  for (const i of [0, 1, 2, 3]) await boxes.nth(i).click();
  // the embed's own address follows the filters (its "open the full map" link carries them) …
  await expect(frame.getByTestId("open-full-map")).toHaveAttribute("href", /donor=/);
  // … but the partner's tab has no new entries, and Back leaves the partner page
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).toHaveURL(`${PARTNER}/before.html`);
});

test("a flood of commands is capped and merged: the embed keeps answering, and applies the last", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PARTNER}/partner.html?controls=legend`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("map")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  // 1,000 commands a second for 3 seconds, alternating donors, ending on gcerf
  await page.evaluate(async () => {
    const send = (window as unknown as { send: (t: string, p: unknown) => void }).send;
    for (let tick = 0; tick < 300; tick++) {
      for (let i = 0; i < 10; i++) send("setState", { donor: (tick * 10 + i) % 2 === 0 ? "usaid" : "gcerf" });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  const started = Date.now();
  const state = await stateAfterAll(page, 10_000);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(state.donor).toBe("gcerf");
  // and the map still answers the person in front of it
  await expect(frame.getByTestId("legend")).toBeVisible();
  expect(errors).toEqual([]);
});

test("a command with a __proto__ key anywhere in it is ignored whole", async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html?controls=legend`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("map")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  await page.evaluate(() => {
    // JSON.parse makes "__proto__" an own key, as a message from a hostile page would carry it
    const command = JSON.parse(
      '{"source":"wb-radar","version":1,"type":"setState","payload":{"donor":"gcerf","__proto__":{"polluted":true}}}',
    );
    document.querySelector("iframe")!.contentWindow!.postMessage(command, "http://127.0.0.1:4173");
  });
  const state = await stateAfterAll(page);
  expect(state.donor).toBeUndefined();
});

test("data cannot make the map say what it does not: direction overrides, disguised hosts, invisible names", async ({
  page,
}) => {
  const app = new AppDriver(page);
  await app.openReady();
  await app.openData();
  const org = (id: string, name: string, website?: string) => ({
    id,
    name: { en: name },
    kind: "cso",
    country: "XK",
    locationPrecision: "municipality",
    municipalityId: MUNICIPALITY.prizren,
    ...(website ? { website } : {}),
    // a right-to-left override inside the claim: it must not reverse the app's own "(example.org)"
    sources: [
      { url: "https://example.org/report", citation: "Report \u202Egro.live", claim: "Says so \u202E.tnetnoc" },
    ],
    confidence: "reported",
    lastVerified: "2026-11-20",
  });
  const dataset = {
    schemaVersion: 1,
    organisations: [
      org("plain", "Plain organisation"),
      org("disguised", "Disguised site", "https://google.com@evil.example/"),
      org("invisible", "\u200B\u200D\u2060"),
    ],
  };
  await app.importFiles([
    { name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(dataset)) },
  ]);
  // the address with a user name in front of its real host, and the invisible name, are refused by name
  await expect(app.importReview).toContainText("contains a user name or password");
  await expect(app.importReview).toContainText("has no visible character");
  await app.applyImport("replace");
  await app.closeData();
  await app.select(MUNICIPALITY.prizren);
  const organisation = app.panel.getByTestId("fact-organisation").filter({ hasText: "Plain organisation" });
  await expect(organisation).toBeVisible();
  await expect(app.panel.getByTestId("fact-organisation")).toHaveCount(1);
  // the data's text sits in isolates: its override cannot reach the app's own words around it
  const source = app.panel.locator("bdi", { hasText: "Says so" }).first();
  await expect(source).toBeVisible();
  await expect(app.panel.locator("bdi", { hasText: /^example\.org$/ }).first()).toBeVisible();
});

test("text that a spreadsheet would run as a formula is exported inert, meta included, and imports back as it was", async ({
  page,
}) => {
  const app = new AppDriver(page);
  await app.openReady();
  await app.openData();
  const formula = '=HYPERLINK("https://evil.example","Click")';
  const dataset = {
    schemaVersion: 1,
    name: formula,
    description: "+1 and '=quoted",
    organisations: [
      {
        id: "f1",
        name: { en: "@SUM(A1)" },
        kind: "cso",
        country: "XK",
        locationPrecision: "country",
        sources: [{ citation: "-2+3" }],
        confidence: "reported",
        lastVerified: "2026-11-20",
      },
    ],
  };
  await app.importFiles([
    { name: "formulas.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(dataset)) },
  ]);
  await app.applyImport("replace");
  const workbook = await app.download("Excel (.xlsx)");
  await app.importFiles([
    {
      name: "again.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: workbook.body,
    },
  ]);
  await app.applyImport("replace");
  const json = await app.download("JSON");
  const back = JSON.parse(json.body.toString("utf8")) as typeof dataset;
  expect(back.name).toBe(formula);
  expect(back.description).toBe("+1 and '=quoted");
  expect(back.organisations[0]!.name.en).toBe("@SUM(A1)");
  expect(back.organisations[0]!.sources[0]!.citation).toBe("-2+3");
});
