/** Browser helpers: console error capture and Web Mercator projection of the live map. */
import type { Page } from "@playwright/test";

/** Collects console errors and page errors; a test asserts the list is empty. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** Where a longitude/latitude lies in the page, given the map's centre and zoom (512 px tiles). */
export function project(
  [lon, lat]: [number, number],
  view: { lon: number; lat: number; zoom: number },
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number } {
  const world = 512 * 2 ** view.zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return { x: box.x + box.width / 2 + mx(lon) - mx(view.lon), y: box.y + box.height / 2 + my(lat) - my(view.lat) };
}
