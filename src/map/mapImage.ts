/**
 * The map as an image to put in a report: a title line, the map as drawn, the legend, the filters in words, the
 * data source and date, and the attribution — at screen resolution or at print resolution (the map redrawn at a
 * higher pixel ratio). The map's drawing buffer is read in the frame it is drawn (MapLibre does not keep it).
 */
import type { Map as MapLibreMap } from "maplibre-gl";

let current: MapLibreMap | null = null;
/** The one map of the page, for its image export (set when it loads). */
export function registerMap(map: MapLibreMap | null): void {
  current = map;
}
export function currentMap(): MapLibreMap | null {
  return current;
}

export interface LegendRow {
  /** CSS colour of the swatch (a pattern is shown as its base colour with a hatch). */
  color: string;
  hatched?: boolean;
  label: string;
  count?: string;
}

export interface ImageText {
  title: string;
  subtitle: string;
  legend: LegendRow[];
  /** Filters, source and date, attribution: one line each (wrapped to the width). */
  notes: string[];
}

/** Draws one frame and copies it, at `pixelRatio` (restored afterwards). */
async function snapshot(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (pixelRatio !== before) map.setPixelRatio(pixelRatio);
  try {
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once("render", () => {
        const source = map.getCanvas();
        const copy = document.createElement("canvas");
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext("2d")!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    if (pixelRatio !== before) map.setPixelRatio(before);
  }
}

/** Lines of `text` that fit `width` in the context's font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function mapImage(map: MapLibreMap, text: ImageText, scale: number): Promise<Blob> {
  const shot = await snapshot(map, scale);
  const s = shot.width / map.getCanvas().clientWidth; // device pixels per CSS pixel in the image
  const pad = 16 * s;
  const font = (px: number, weight = 400) => `${weight} ${px * s}px "Noto Sans", system-ui, sans-serif`;
  const measure = document.createElement("canvas").getContext("2d")!;
  const inner = shot.width - 2 * pad;
  measure.font = font(12);
  const noteLines = text.notes.flatMap((n) => wrap(measure, n, inner));
  const legendRowHeight = 18 * s;
  const header = 56 * s;
  const footer = pad + text.legend.length * legendRowHeight + pad / 2 + noteLines.length * 16 * s + pad;

  const canvas = document.createElement("canvas");
  canvas.width = shot.width;
  canvas.height = Math.ceil(header + shot.height + footer);
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#26323a";
  ctx.textBaseline = "top";
  ctx.font = font(18, 600);
  ctx.fillText(text.title, pad, pad * 0.75, inner);
  ctx.font = font(12);
  ctx.fillStyle = "#55626b";
  ctx.fillText(text.subtitle, pad, pad * 0.75 + 24 * s, inner);
  ctx.drawImage(shot, 0, header);

  let y = header + shot.height + pad;
  ctx.font = font(12);
  for (const row of text.legend) {
    ctx.fillStyle = row.color;
    ctx.fillRect(pad, y, 18 * s, 12 * s);
    if (row.hatched) {
      // The map's "reached otherwise" hatch, clipped to the swatch.
      ctx.save();
      ctx.beginPath();
      ctx.rect(pad, y, 18 * s, 12 * s);
      ctx.clip();
      ctx.strokeStyle = "rgba(38, 50, 58, 0.6)";
      ctx.lineWidth = s;
      ctx.beginPath();
      for (let x = -12; x < 18; x += 4) {
        ctx.moveTo(pad + x * s, y + 12 * s);
        ctx.lineTo(pad + (x + 12) * s, y);
      }
      ctx.stroke();
      ctx.restore();
    }
    ctx.strokeStyle = "rgba(0, 0, 0, 0.25)";
    ctx.strokeRect(pad, y, 18 * s, 12 * s);
    ctx.fillStyle = "#26323a";
    ctx.fillText(row.label, pad + 26 * s, y - 1 * s, inner - 80 * s);
    if (row.count) {
      ctx.textAlign = "right";
      ctx.fillText(row.count, shot.width - pad, y - 1 * s);
      ctx.textAlign = "left";
    }
    y += legendRowHeight;
  }
  y += pad / 2;
  ctx.fillStyle = "#55626b";
  for (const line of noteLines) {
    ctx.fillText(line, pad, y);
    y += 16 * s;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no image"))), "image/png"),
  );
}
