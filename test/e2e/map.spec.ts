import { expect, test } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";

test.describe("the map", () => {
  test("draws the municipalities and names the one under the pointer", async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    // given the app is opened
    await app.open();
    await app.waitForMap();
    // when the pointer rests on Prizren, then on Banja Luka
    await app.hover(MUNICIPALITY.prizren);
    // then its name shows beside the pointer
    await expect(app.tooltip).toContainText("Prizren");
    await expect(app.tooltip).toContainText("Kosovo");
    await app.hover(MUNICIPALITY.banjaLuka);
    await expect(app.tooltip).toContainText("Banja Luka");
    // and leaving the map hides it
    await app.moveMouseAway();
    await expect(app.tooltip).toBeHidden();
    expect(errors).toEqual([]);
  });

  test("selects a municipality on click and keeps it selected", async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.open();
    await app.waitForMap();
    // when the user clicks Ohrid
    await app.select(MUNICIPALITY.ohrid);
    // then its panel opens with its facts
    await expect(app.panelTitle).toHaveText("Ohrid");
    await expect(app.panel).toContainText("North Macedonia");
    await expect(app.panel).toContainText("51,519");
    // and the selection stays while the pointer moves on
    await app.hover(MUNICIPALITY.podgorica);
    await expect(app.tooltip).toContainText("Podgorica");
    await expect(app.panelTitle).toHaveText("Ohrid");
    // a click on another municipality moves the selection; Escape clears it
    await app.select(MUNICIPALITY.prizren);
    await expect(app.panelTitle).toHaveText("Prizren");
    await expect(app.panel).toContainText("no data");
    await page.keyboard.press("Escape");
    await expect(app.panel).toBeHidden();
    expect(errors).toEqual([]);
  });

  test("speaks the language in the URL, in the tooltip and the panel", async ({ page }) => {
    const errors = collectErrors(page);
    const app = new AppDriver(page);
    await app.open("?lang=mk");
    await app.waitForMap();
    await expect(page.locator("html")).toHaveAttribute("lang", "mk");
    await app.hover(MUNICIPALITY.prizren);
    await expect(app.tooltip).toContainText("Призрен");
    await app.select(MUNICIPALITY.banjaLuka);
    await expect(app.panelTitle).toHaveText("Бања Лука");
    await expect(app.panel).toContainText("Босна и Херцеговина");
    // switching language keeps the selection
    await page.getByLabel("Јазик").selectOption("sq");
    await expect(page.locator("html")).toHaveAttribute("lang", "sq");
    await expect(app.panelTitle).toHaveText("Banja Luka");
    await expect(app.panel).toContainText("Bosnja dhe Hercegovina");
    expect(page.url()).toContain("lang=sq");
    expect(errors).toEqual([]);
  });

  test("offers a retry instead of a blank map when the municipalities fail to load", async ({ page }) => {
    const app = new AppDriver(page);
    let fail = true;
    await page.route("**/geo/municipalities.topo.json", (route) =>
      fail ? route.fulfill({ status: 503, body: "unavailable" }) : route.continue(),
    );
    await app.open();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The municipality map could not be loaded.");
    fail = false;
    await alert.getByRole("button", { name: "Try again" }).click();
    await app.waitForMap();
    await expect(alert).toBeHidden();
    await app.hover(MUNICIPALITY.prizren);
    await expect(app.tooltip).toContainText("Prizren");
  });
});
