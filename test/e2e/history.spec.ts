/** The URL is the public contract: back and forward restore what a link holds — camera, language and dataset. */
import { expect, sampleDataset, test } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver } from "./driver.ts";

const SAMPLE = sampleDataset({ locationPrecision: "country", country: "MK" });

test("back and forward restore the camera, the language and the dataset", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await page.route(
    (url) => url.pathname === "/partner/sample.json",
    (route) => route.fulfill({ json: SAMPLE }),
  );
  // 1. a link with another dataset and a view
  await app.openReady("?data=/partner/sample.json&view=20.5,42.2,8");
  await expect(app.map).toHaveAttribute("data-view", "20.5000,42.2000,8.00");
  await expect(page.getByTestId("sample-banner")).toBeVisible();
  // 2. back to the map's own data: a new entry
  await page.getByTestId("use-own-data").click();
  await expect(page.getByTestId("sample-banner")).toHaveCount(0);
  await expect(page).toHaveURL(/\?view=20\.5,42\.2,8$/);
  // 3. another language: a new entry
  await page.getByLabel("Language").selectOption("sq");
  await expect(page.getByTestId("data-button")).toHaveText("Të dhënat");
  await expect(page).toHaveURL(/\?view=20\.5,42\.2,8&lang=sq$/);
  // 4. zooming replaces the current entry's view
  await page.getByRole("button", { name: /Zoom in|Zmadho/ }).click();
  await expect(app.map).toHaveAttribute("data-view", /,9\.00$/);
  await expect(page).toHaveURL(/view=20\.5,42\.2,9&lang=sq$/);

  // back: the view of step 2, English, the map's own data
  await page.goBack();
  await expect(app.map).toHaveAttribute("data-view", "20.5000,42.2000,8.00");
  await expect(page.getByTestId("data-button")).toHaveText("Data");
  await expect(page.getByTestId("sample-banner")).toHaveCount(0);
  // back again: the linked dataset is loaded again
  await page.goBack();
  await expect(page.getByTestId("sample-banner")).toBeVisible();
  await expect(app.map).toHaveAttribute("data-view", "20.5000,42.2000,8.00");
  // forward twice: Albanian, own data, the zoomed view
  await page.goForward();
  await expect(page.getByTestId("sample-banner")).toHaveCount(0);
  await page.goForward();
  await expect(page.getByTestId("data-button")).toHaveText("Të dhënat");
  await expect(app.map).toHaveAttribute("data-view", "20.5000,42.2000,9.00");
  expect(errors).toEqual([]);
});
