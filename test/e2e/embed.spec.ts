/**
 * The embed on a partner page of another origin, through embed.js and the
 * postMessage API. The map is at http://127.0.0.1:4173 (vite preview); the
 * partner's page at http://127.0.0.1:4174, the only other origin the e2e
 * build (.env.e2e) takes commands from; http://127.0.0.1:4175 stands for
 * anyone else (both from partner-server.ts).
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { MUNICIPALITY } from "./driver.ts";

const MAP = "http://127.0.0.1:4173";
const PARTNER = "http://127.0.0.1:4174";
const SOMEONE_ELSE = "http://127.0.0.1:4175";
const SHOTS = process.env.WB_RADAR_SCREENSHOTS;

/** A partner's page (partner-server.ts): one embed through embed.js, every message from the map kept in window.messages. */
async function openHost(page: Page, origin: string, embedQuery = "") {
  await page.goto(`${origin}/partner.html${embedQuery}`);
}

type Message = { type: string; payload: Record<string, unknown> };
const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Message[] }).messages);
const send = (page: Page, type: string, payload?: unknown) =>
  page.evaluate(([t, p]) => (window as unknown as { send: (t: unknown, p: unknown) => void }).send(t, p), [
    type,
    payload,
  ] as const);
const waitFor = (page: Page, match: (m: Message) => boolean) =>
  expect.poll(async () => (await messages(page)).some(match), { timeout: 30_000 }).toBe(true);
/**
 * Waits until the map has handled every command sent before: it answers commands in order, so once the answer to
 * a getState sent now has arrived, the earlier ones are done. Returns that state.
 */
async function roundTrip(page: Page): Promise<Record<string, unknown>> {
  const count = (await messages(page)).length;
  await send(page, "getState");
  await expect.poll(async () => (await messages(page)).slice(count).some((m) => m.type === "state")).toBe(true);
  return (await messages(page)).slice(count).find((m) => m.type === "state")!.payload;
}

test("a partner page on another origin embeds the map, drives it and follows its height", async ({ page }) => {
  const errors = collectErrors(page);
  await openHost(page, PARTNER);
  const iframe = page.locator("iframe");
  await expect(iframe).toHaveAttribute("title", "Our map");
  await expect(iframe).toHaveAttribute("loading", "lazy");
  await waitFor(page, (m) => m.type === "ready");
  const ready = (await messages(page)).find((m) => m.type === "ready")!;
  expect(ready.payload).toMatchObject({ lang: "en" });
  // the map and its legend are in the frame, with the link to the full map
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("legend")).toBeVisible();
  await expect(frame.getByTestId("open-full-map")).toHaveAttribute("href", `${MAP}/`);

  // a donor filter from the partner page: the map applies it and says so
  await send(page, "setState", { donor: "gcerf" });
  await waitFor(page, (m) => m.type === "viewchange" && m.payload.donor === "gcerf");
  await expect(frame.getByTestId("legend-class").last()).toContainText("2");
  await expect(frame.getByTestId("open-full-map")).toHaveAttribute("href", `${MAP}/?donor=gcerf`);

  // the iframe's height follows the content: selecting a municipality adds its panel below the map
  const heightOf = async () => (await iframe.boundingBox())!.height;
  await expect.poll(heightOf).toBeGreaterThan(420);
  const before = await heightOf();
  await send(page, "select", { municipality: MUNICIPALITY.kacanik });
  await waitFor(page, (m) => m.type === "select" && m.payload.municipality === MUNICIPALITY.kacanik);
  await expect.poll(heightOf, { timeout: 15_000 }).toBeGreaterThan(before + 100);
  const last = (await messages(page)).filter((m) => m.type === "resize").at(-1)!;
  expect(Math.abs((await heightOf()) - Number(last.payload.height))).toBeLessThanOrEqual(1);

  // getState answers with the full public state
  await send(page, "getState");
  await waitFor(
    page,
    (m) => m.type === "state" && m.payload.donor === "gcerf" && m.payload.sel === MUNICIPALITY.kacanik,
  );

  // a dataset from a foreign origin is refused: nothing changes, no notice of other data
  const count = (await messages(page)).length;
  await send(page, "setState", { data: "https://evil.example/claims.json", donor: null });
  // the whole command is refused: the donor filter stays too
  expect(await roundTrip(page)).toMatchObject({ donor: "gcerf" });
  expect((await messages(page)).slice(count).filter((m) => m.type === "viewchange")).toEqual([]);
  await expect(frame.getByTestId("data-origin")).toHaveCount(0);

  // malformed and unknown messages are ignored without errors
  await page.evaluate(() => {
    const w = document.querySelector("iframe")!.contentWindow!;
    for (const m of [
      null,
      "x",
      { source: "wb-radar", version: 1, type: "destroy" },
      { source: "wb-radar", version: 9 },
    ])
      w.postMessage(m, "*");
  });
  // the language, set by the partner, keeps the view
  await send(page, "setState", { lang: "sq" });
  await waitFor(page, (m) => m.type === "viewchange" && m.payload.lang === "sq" && m.payload.donor === "gcerf");
  await expect(frame.getByTestId("open-full-map")).toHaveText("Hap hartën e plotë");
  expect(errors).toEqual([]);
});

test("an embed command with a view moves the camera; an embed with sel= shows the selection", async ({ page }) => {
  const errors = collectErrors(page);
  await openHost(page, PARTNER);
  await waitFor(page, (m) => m.type === "ready");
  const map = page.frameLocator("iframe").getByTestId("map");
  await send(page, "setState", { view: "21.1,42.3,9" });
  await expect(map).toHaveAttribute("data-view", "21.1000,42.3000,9.00");
  // the event says what happened, and the state agrees
  await waitFor(page, (m) => m.type === "viewchange" && m.payload.view === "21.1,42.3,9");
  expect(await roundTrip(page)).toMatchObject({ view: "21.1,42.3,9" });
  // a view the map refuses is dropped for the default, the whole region, as in a link
  await send(page, "setState", { view: "999,1,1" });
  expect(await roundTrip(page)).not.toHaveProperty("view");
  await expect.poll(async () => Number((await map.getAttribute("data-view"))?.split(",")[2])).toBeLessThan(8);
  // the period and the change view are state like any other: set, announced, and read back
  await send(page, "setState", { from: "2016", to: "2019" });
  await waitFor(page, (m) => m.type === "viewchange" && m.payload.from === "2016" && m.payload.to === "2019");
  await send(page, "setState", { change: "2021-2023,2016-2018" });
  await waitFor(page, (m) => m.type === "viewchange" && m.payload.change === "2016-2018,2021-2023");
  await expect(page.frameLocator("iframe").getByTestId("change-legend")).toBeVisible();
  await send(page, "setState", { change: "2016-2018,2016-2018" });
  expect(await roundTrip(page)).not.toHaveProperty("change");

  // an embed of one municipality zooms to it
  await openHost(page, PARTNER, `?controls=legend&sel=${MUNICIPALITY.kacanik}`);
  await waitFor(page, (m) => m.type === "ready");
  await expect
    .poll(async () => Number((await map.getAttribute("data-view"))?.split(",")[2]), { timeout: 15_000 })
    .toBeGreaterThan(8);
  expect(errors).toEqual([]);
});

test("an embed of one municipality: its profile in brief, no serious accessibility violations; narrow, the attribution folds", async ({
  page,
}) => {
  await page.setViewportSize({ width: 300, height: 700 });
  await page.goto(`/embed.html?controls=legend&sel=${MUNICIPALITY.kacanik}`);
  await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("compact-profile")).toContainText("Kaçanik");
  await expect(page.getByTestId("municipality-panel")).toHaveCount(0);
  // the attribution starts folded behind its button
  await expect(page.locator(".maplibregl-ctrl-attrib")).not.toHaveClass(/maplibregl-compact-show/);
  const results = await new AxeBuilder({ page })
    .exclude(".maplibregl-canvas")
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );
});

test("commands from an origin the deployment does not allow are ignored; events still arrive", async ({ page }) => {
  await openHost(page, SOMEONE_ELSE);
  await waitFor(page, (m) => m.type === "ready");
  await send(page, "setState", { donor: "gcerf" });
  await send(page, "getState");
  // Messages are handled in order: once the frame has handled one it posts to itself, it has handled these.
  const frame = page.frames().find((f) => f.url().startsWith(`${MAP}/embed.html`))!;
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const onMessage = (e: MessageEvent) => {
          if (e.data !== "wb-radar-test:flush") return;
          removeEventListener("message", onMessage);
          resolve();
        };
        addEventListener("message", onMessage);
        postMessage("wb-radar-test:flush", "*");
      }),
  );
  expect((await messages(page)).map((m) => m.type)).not.toContain("state");
  expect((await messages(page)).some((m) => m.type === "viewchange")).toBe(false);
  await expect(page.frameLocator("iframe").getByTestId("legend-class").first()).toBeVisible();
});

test("several embeds on one page size themselves independently; the example page works", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/embed-example.html");
  const frames = page.locator("iframe");
  await expect(frames).toHaveCount(2);
  // each frame takes its own content's height once its map and legend are drawn
  for (const i of [0, 1]) {
    const frame = page.frameLocator("iframe").nth(i);
    await expect(frame.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(frame.getByTestId("legend-class").first()).toBeVisible();
  }
  // each has taken its own height (the first has filters below its map, the second only a legend)
  const heightOf = async (i: number) => (await frames.nth(i).boundingBox())!.height;
  await expect.poll(async () => (await heightOf(0)) - (await heightOf(1))).not.toBe(0);
  const second = await heightOf(1);
  // the buttons drive the first map only
  await page.getByRole("button", { name: "Right-wing extremism" }).click();
  await expect(page.locator("#log")).toContainText('"form": "right-wing"', { timeout: 30_000 });
  // the second map answers a getState (so it has handled everything before) and has kept its height
  const state = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const target = document.querySelectorAll("iframe")[1]!.contentWindow!;
        addEventListener("message", function onMessage(e) {
          if (e.source !== target || e.data?.type !== "state") return;
          removeEventListener("message", onMessage);
          resolve(e.data.payload);
        });
        target.postMessage({ source: "wb-radar", version: 1, type: "getState" }, "*");
      }),
  );
  expect(state).not.toMatchObject({ form: "right-wing" });
  expect(await heightOf(1)).toBe(second);
  expect(errors).toEqual([]);
});

test("the embed dialog builds the code for the current view; pasted into a page elsewhere it works", async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/?donor=gcerf&sel=${MUNICIPALITY.kacanik}`);
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByTestId("embed-button").click();
  const dialog = page.getByRole("dialog", { name: "Embed this map" });
  await expect(dialog).toBeVisible();
  const code = dialog.getByTestId("embed-code");
  // the responsive snippet by default, for this view, with the legend
  await expect(code).toHaveValue(
    /data-wb-radar="http:\/\/127\.0\.0\.1:4173\/embed\.html\?donor=gcerf&amp;sel=\d+&amp;controls=legend"/,
  );
  await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:4173\/embed\.js" async><\/script>/);
  // options change the code; the plain iframe has a title, an aria-label and lazy loading, and no handlers
  await dialog.getByLabel("Filters").check();
  await dialog.getByLabel("Title").fill("Where GCERF works");
  await dialog.getByLabel(/Adjust the height/).uncheck();
  await expect(code).toHaveValue(
    /^<iframe src="[^"]*controls=legend,filters&amp;title=Where\+GCERF\+works" title="Where GCERF works" aria-label="Where GCERF works" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>\n<noscript>/,
  );
  // after it, the view in words for browsers without scripts: what it shows, the filters, the selection, the source
  const words = dialog.getByTestId("share-summary");
  await expect(words).toContainText("Map per municipality: Projects targeting the municipality.");
  await expect(words).toContainText("Selected: Kaçanik.");
  await expect(code).toHaveValue(
    /<noscript><div lang="en"><p>This interactive map needs JavaScript\. What it shows:<\/p>.*Selected: Kaçanik\..*<\/noscript>$/s,
  );
  expect(await code.inputValue()).not.toMatch(/\son[a-z]+=/);
  // the preview image: downloaded from the map as it is, and shown by the code from where the partner puts it
  const [image] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("share-image").click()]);
  expect(image.suggestedFilename()).toMatch(/^wb-radar-preview-\d{4}-\d{2}-\d{2}\.png$/);
  expect(
    readFileSync((await image.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe("PNG");
  await dialog.getByTestId("share-image-url").fill("javascript:alert(1)");
  await expect(dialog.getByRole("alert")).toHaveText("Give a full https:// address.");
  expect(await code.inputValue()).not.toContain("javascript:");
  await dialog.getByTestId("share-image-url").fill(`${PARTNER}/preview.png`);
  await expect(code).toHaveValue(/<img src="http:\/\/127\.0\.0\.1:4174\/preview\.png" alt="Map per municipality/);
  // the link-preview page: Open Graph tags for this view, and on to the live map
  const [share] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("share-page").click()]);
  const sharePage = readFileSync((await share.path())!, "utf8");
  expect(sharePage).toContain(`<meta property="og:image" content="${PARTNER}/preview.png">`);
  expect(sharePage).toMatch(
    /<meta http-equiv="refresh" content="0; url=http:\/\/127\.0\.0\.1:4173\/\?donor=gcerf&amp;sel=\d+">/,
  );
  // the live preview shows that embed
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByText("Where GCERF works")).toBeVisible();
  await expect(preview.getByTestId("filters")).toBeVisible();
  // copy
  await dialog.getByLabel(/Adjust the height/).check();
  await dialog.getByTestId("embed-copy").click();
  await expect(dialog.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/embed-dialog.png` });
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("embed-button")).toBeFocused();

  // a partner pastes the code into a plain page on another origin
  const listener = `<script>window.messages=[];addEventListener("message",(e)=>{if(e.data&&e.data.source==="wb-radar")messages.push(e.data)});</script>`;
  await page.goto(`${PARTNER}/pasted?html=${encodeURIComponent(listener + copied)}`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByText("Where GCERF works")).toBeVisible({ timeout: 30_000 });
  // the selection in brief, with a link to the full profile on the full map
  await expect(frame.getByTestId("compact-profile")).toContainText("Kaçanik");
  await expect(frame.getByTestId("full-profile-link")).toHaveAttribute(
    "href",
    /^http:\/\/127\.0\.0\.1:4173\/\?donor=gcerf&sel=\d+/,
  );
  await expect
    .poll(async () => (await page.locator("iframe").boundingBox())!.height, { timeout: 30_000 })
    .toBeGreaterThan(800);
  await page.evaluate(() =>
    document
      .querySelector("iframe")!
      .contentWindow!.postMessage({ source: "wb-radar", version: 1, type: "getState" }, "*"),
  );
  await waitFor(page, (m) => m.type === "state" && m.payload.donor === "gcerf");
  // the view in words stood in for the map until it was ready, then went
  await expect(page.locator('[data-wb-radar] > div[aria-hidden="true"]')).toHaveCount(0);

  expect(errors).toEqual([]);

  // where the map cannot load, the words stay in its place
  await page.goto(
    `${PARTNER}/pasted?html=${encodeURIComponent(copied.replace(/data-wb-radar="[^"]*"/, `data-wb-radar="http://127.0.0.1:9/"`))}`,
  );
  await expect(page.locator('[data-wb-radar] > div[aria-hidden="true"]')).toContainText("Selected: Kaçanik.");
  await expect(page.locator('[data-wb-radar] > div[aria-hidden="true"] img')).toHaveAttribute(
    "src",
    `${PARTNER}/preview.png`,
  );

  // and where scripts are blocked, the partner's page still says what the map shows
  const noScripts = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const blocked = await noScripts.newPage();
  await blocked.goto(`${PARTNER}/pasted?html=${encodeURIComponent(copied)}`);
  // (Playwright's text and role engines skip <noscript>: CSS and the rendered text instead.)
  const shown = blocked.locator("noscript p").first();
  await expect(shown).toBeVisible();
  await expect(shown).toHaveText("This interactive map needs JavaScript. What it shows:");
  await expect(blocked.locator("noscript a")).toHaveText("Open the interactive map");
  await expect(blocked.locator("noscript a")).toHaveAttribute(
    "href",
    /^http:\/\/127\.0\.0\.1:4173\/\?donor=gcerf&sel=\d+/,
  );
  // as does the map's own page, in every language
  await blocked.goto(`${MAP}/`);
  await expect(blocked.locator('.noscript-summary [lang="sq"] p').first()).toBeVisible();
  await expect(blocked.locator('.noscript-summary [lang="sq"] p').first()).toHaveText(
    "Kjo hartë interaktive ka nevojë për JavaScript. Çfarë tregon:",
  );
  await expect(blocked.locator('.noscript-summary [lang="mk"]')).toContainText("Карта по општини");
  await noScripts.close();
});
