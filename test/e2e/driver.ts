/** The app driver: what a user does, in domain words. Specs use only this. */
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import { project } from "./browser.ts";
import { readGeoLayers } from "../../geo/read.ts";

const { labels } = readGeoLayers();

/** Well-known municipalities by WOF id. */
export const MUNICIPALITY = {
  prizren: "1108809499",
  ohrid: "85674165",
  banjaLuka: "1108758989",
  podgorica: "85674689",
  kacanik: "1108809505",
  tirana: "421182353",
} as const;

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class AppDriver {
  constructor(readonly page: Page) {}

  get map(): Locator {
    return this.page.getByTestId("map");
  }
  get tooltip(): Locator {
    return this.page.getByTestId("hover-tooltip");
  }
  get panel(): Locator {
    return this.page.getByTestId("municipality-panel");
  }
  /** The selected municipality's name, the panel's title. */
  get panelTitle(): Locator {
    return this.panel.getByRole("heading", { level: 2 });
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/${query}`);
  }

  async waitForMap(): Promise<void> {
    await expect(this.map).toHaveAttribute("data-ready", "true");
  }

  /** Opens the app and waits until the municipalities are drawn. */
  async openReady(query = ""): Promise<void> {
    await this.open(query);
    await this.waitForMap();
  }

  /** What the map has painted for each municipality: its fill colour from the feature state (e2e build only). */
  async paintedFills(): Promise<Map<string, string | undefined>> {
    return this.paintedState("fill");
  }

  /** The pattern drawn over each municipality's fill ("no-data", "indirect" or "" / undefined for none). */
  async paintedPatterns(): Promise<Map<string, string | undefined>> {
    return this.paintedState("pattern");
  }

  private async paintedState(key: "fill" | "pattern"): Promise<Map<string, string | undefined>> {
    const ids = labels.features.map((f) => f.properties.id);
    const values = await this.page.evaluate(
      ({ ids, hook, source, key }) => {
        const map = (window as unknown as Record<string, { getFeatureState(f: object): Record<string, string> }>)[hook];
        if (!map) throw new Error("no map test hook: build with --mode e2e");
        return ids.map((id) => [id, map.getFeatureState({ source, id })[key]] as const);
      },
      { ids, hook: "__wbRadarMap", source: "municipalities", key },
    );
    return new Map(values);
  }

  /** Whether the style holds the image a pattern layer draws with. */
  async hasImage(id: string): Promise<boolean> {
    return this.page.evaluate(
      ({ hook, id }) => (window as unknown as Record<string, { hasImage(i: string): boolean }>)[hook]!.hasImage(id),
      { hook: "__wbRadarMap", id },
    );
  }

  /** The country labels MapLibre actually placed (not hidden by collisions). */
  async placedCountryLabels(): Promise<string[]> {
    return this.page.evaluate((hook) => {
      const map = (
        window as unknown as Record<
          string,
          { queryRenderedFeatures(o: object): Array<{ properties: Record<string, unknown> }> }
        >
      )[hook];
      if (!map) throw new Error("no map test hook: build with --mode e2e");
      const features = map.queryRenderedFeatures({ layers: ["country-label"] });
      return [...new Set(features.map((f) => String(f.properties["country"])))].sort();
    }, "__wbRadarMap");
  }

  /** The page position of a municipality's label point on the map as it is now. */
  async pointOf(id: string): Promise<{ x: number; y: number }> {
    const label = labels.features.find((f) => f.properties.id === id);
    if (!label) throw new Error(`no label point for municipality ${id}`);
    const view = await this.map.getAttribute("data-view");
    const [lon, lat, zoom] = (view ?? "").split(",").map(Number);
    const box = await this.map.boundingBox();
    if (!box || lon === undefined || lat === undefined || zoom === undefined)
      throw new Error(`map has no view (${view})`);
    return project(label.geometry.coordinates as [number, number], { lon, lat, zoom }, box);
  }

  async hover(id: string): Promise<void> {
    const { x, y } = await this.pointOf(id);
    await this.page.mouse.move(x, y, { steps: 3 });
  }

  /** Clicks exactly at the municipality's label point: on whatever marker sits there. */
  async clickLabelPoint(id: string): Promise<void> {
    const { x, y } = await this.pointOf(id);
    await this.page.mouse.click(x, y);
  }

  /**
   * Clicks the municipality, as a user would: at its label point, or, when an organisation marker sits there
   * (a click on one opens the organisation or zooms into the cluster), at the nearest point of the municipality
   * that is clear of organisation markers. A place marker stays clickable: it selects its municipality too.
   */
  async select(id: string): Promise<void> {
    const { x, y } = await this.pointOf(id);
    const box = await this.map.boundingBox();
    if (!box) throw new Error("no map");
    const clear = await this.page.evaluate(
      ({ id, x, y, hook }) => {
        type Feature = { layer: { id: string }; properties: Record<string, unknown> };
        const map = (window as unknown as Record<string, { queryRenderedFeatures(p: [number, number]): Feature[] }>)[
          hook
        ];
        if (!map) return null;
        for (let r = 0; r <= 60; r += 4)
          for (let a = 0; a < 360; a += r === 0 ? 360 : 30) {
            const p: [number, number] = [x + r * Math.cos((a * Math.PI) / 180), y + r * Math.sin((a * Math.PI) / 180)];
            const features = map.queryRenderedFeatures(p);
            if (features.some((f) => f.layer.id.startsWith("organisation"))) continue;
            const fill = features.find((f) => f.layer.id === "municipality-fill");
            if (fill?.properties["id"] === id) return p;
          }
        return null;
      },
      { id, x: x - box.x, y: y - box.y, hook: "__wbRadarMap" },
    );
    await this.page.mouse.click(clear ? clear[0] + box.x : x, clear ? clear[1] + box.y : y);
  }

  async moveMouseAway(): Promise<void> {
    await this.page.mouse.move(2, 2);
  }

  get dataDialog(): Locator {
    return this.page.getByTestId("data-dialog");
  }
  get importReview(): Locator {
    return this.page.getByTestId("import-review");
  }

  async openData(): Promise<void> {
    await this.page.getByTestId("data-button").click();
    await expect(this.dataDialog).toBeVisible();
  }

  /** The count the Data dialog shows for an entity ("Organisations" → 25). */
  async count(label: string): Promise<number> {
    const row = this.dataDialog.getByTestId("data-counts").locator("div").filter({ hasText: label }).first();
    return Number(await row.locator("dd").textContent());
  }

  /** Picks files in the import section, as the file chooser would. */
  async importFiles(files: UploadFile[]): Promise<void> {
    await this.dataDialog.locator('input[type="file"]').setInputFiles(files);
    await expect(this.importReview).toBeVisible();
  }

  /** Applies the import under review: "replace" or "merge" with the current data. */
  async applyImport(mode: "replace" | "merge"): Promise<void> {
    const name = mode === "replace" ? "Replace the current data" : "Add to the current data";
    await this.importReview.getByRole("button", { name }).click();
    await expect(this.importReview).toHaveCount(0);
  }

  async closeData(): Promise<void> {
    await this.dataDialog.getByRole("button", { name: "Close" }).first().click();
    await expect(this.dataDialog).toHaveCount(0);
  }

  /** The notice that the map shows a dataset other than its own (linked or imported). */
  get dataOrigin(): Locator {
    return this.page.locator('p.data-origin[data-testid="data-origin"]');
  }

  /** Clicks a button and returns the text of the file it downloads. */
  async download(name: string | RegExp): Promise<{ fileName: string; body: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.dataDialog.getByRole("button", { name, exact: typeof name === "string" }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), body: readFileSync(path) };
  }
}
