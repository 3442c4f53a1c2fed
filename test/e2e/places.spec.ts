import { expect, test } from "./fixtures.ts";
import { collectErrors, project } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";
import { decodeGeoFile } from "../../src/geo/topology.ts";

test("a city made of several municipalities is found by any of its names and opens them all", async ({ page }) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  const box = page.getByTestId("search");
  const results = page.getByRole("listbox", { name: "Search municipalities and organisations" });
  await box.fill("Skoplje");
  await expect(results.getByRole("option").first()).toContainText("Skopje City · 10 municipalities");
  await box.press("Enter");
  const city = page.getByTestId("city-panel");
  await expect(city.getByRole("heading", { level: 2 })).toHaveText("Skopje");
  await expect(city.getByTestId("city-members").getByRole("button")).toHaveCount(10);
  await expect(city.getByTestId("city-coverage")).toContainText("Figures for its 10 municipalities together");
  await expect(page).toHaveURL(/sel=city-skopje/);
  // a pasted link opens the city again, and one of its municipalities can be opened from it
  await app.openReady("?sel=city-skopje&lang=mk");
  await expect(city.getByRole("heading", { level: 2 })).toHaveText("Скопје");
  await city.getByRole("button", { name: "Центар" }).click();
  await expect(app.panelTitle).toHaveText("Центар");
  await expect(page).toHaveURL(/sel=85674273/);
  expect(errors).toEqual([]);
});

test("a municipality without a boundary on the map is found and shown within the one that contains it", async ({
  page,
}) => {
  const app = new AppDriver(page);
  await app.openReady();
  const box = page.getByTestId("search");
  await box.fill("Tuzi");
  const option = page.getByRole("option").first();
  await expect(option).toContainText("Tuzi");
  await expect(option).toContainText("shown within Podgorica");
  await box.press("Enter");
  await expect(app.panelTitle).toHaveText("Podgorica");
  await expect(app.panel.getByTestId("unmapped-note")).toHaveText(
    "Tuzi and Zeta are shown within Podgorica: their boundaries are not in the open data used.",
  );
  await expect(page).toHaveURL(new RegExp(`sel=${MUNICIPALITY.podgorica}`));
});

test("Kosovo has its 38 municipalities, North Mitrovica among them, named in every script", async ({ page }) => {
  const app = new AppDriver(page);
  await app.openReady("?lang=sr-Cyrl");
  // The file the page itself fetched, decoded as the app decodes it.
  const served = await page.evaluate(async () => (await fetch("/geo/municipalities.topo.json")).json());
  const layer = decodeGeoFile(served).municipalities;
  const kosovo = layer.features.filter((f) => f.properties.country === "XK");
  expect(kosovo).toHaveLength(38);
  const latin = layer.features.filter((f) => /[A-Za-z]/.test(f.properties["name:sr-Cyrl"]! + f.properties["name:mk"]));
  expect(latin.map((f) => f.properties.name)).toEqual([]);
  const box = page.getByTestId("search");
  await box.fill("Mitrovica e Veriut");
  await box.press("Enter");
  await expect(app.panelTitle).toHaveText("Северна Митровица");
  await box.fill("Kukës");
  await box.press("Enter");
  await expect(app.panelTitle).toHaveText("Кукес");
});

test("the start view frames all six countries on a phone and in a narrow embed", async ({ page }) => {
  for (const [width, height, path] of [
    [360, 740, "/"],
    [300, 420, "/embed.html"],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    const map = page.getByTestId("map");
    await expect(map).toHaveAttribute("data-ready", "true");
    const [lon, lat, zoom] = ((await map.getAttribute("data-view")) ?? "").split(",").map(Number);
    const box = (await map.boundingBox())!;
    // Bosnia's western tip near Bihać, Hungary's border above Subotica, Albania's south near Konispol, Bulgaria's border by Dimitrovgrad
    for (const corner of [
      [15.73, 44.9],
      [19.7, 46.18],
      [20.1, 39.65],
      [23.03, 43.0],
    ] as [number, number][]) {
      const p = project(corner, { lon: lon!, lat: lat!, zoom: zoom! }, box);
      expect(p.x, `${path} ${corner}`).toBeGreaterThanOrEqual(box.x);
      expect(p.x, `${path} ${corner}`).toBeLessThanOrEqual(box.x + box.width);
      expect(p.y, `${path} ${corner}`).toBeGreaterThanOrEqual(box.y);
      expect(p.y, `${path} ${corner}`).toBeLessThanOrEqual(box.y + box.height);
    }
  }
});
