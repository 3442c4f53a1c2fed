/**
 * Map label glyphs, generated offline: MapLibre draws labels from signed
 * distance field (SDF) glyph ranges in protobuf files (`glyphs` in the style).
 * No glyph server is reachable from partners' intranets, so we render them at
 * install time from Noto Sans (SIL Open Font License, npm package
 * @expo-google-fonts/noto-sans) with @mapbox/tiny-sdf on a Skia canvas
 * (@napi-rs/canvas) and encode them with pbf. Output: public/glyphs/{fontstack}/{start}-{end}.pbf
 */
import { createRequire } from "node:module";
import { existsSync, realpathSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import TinySDF from "@mapbox/tiny-sdf";
import { PbfWriter } from "pbf";
import { PROJECT_ROOT } from "./source.ts";

export const GLYPHS_DIR = join(PROJECT_ROOT, "public/glyphs");
const require = createRequire(import.meta.url);

export const FONTS = [
  {
    stack: "Noto Sans Regular",
    file: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    weight: "400",
  },
  {
    stack: "Noto Sans SemiBold",
    file: "@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf",
    weight: "600",
  },
] as const;

/** Basic Latin + Latin-1, Latin Extended-A/B, Cyrillic, Latin Extended Additional, punctuation. */
export const RANGES = [0, 256, 512, 1024, 7680, 8192] as const;

const FONT_SIZE = 24;
const BUFFER = 3;
/** MapLibre measures a glyph's top from an origin above the em box (its own local glyphs use the same). */
const TOP_ADJUSTMENT = 27;

export interface GlyphMetrics {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** Encodes one range as the `glyphs` protobuf message MapLibre reads. */
export function encodeRange(stack: string, start: number, glyphs: readonly GlyphMetrics[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: unknown, p: PbfWriter) => {
      p.writeStringField(1, stack);
      p.writeStringField(2, `${start}-${start + 255}`);
      for (const g of glyphs) {
        p.writeMessage(
          3,
          (__: unknown, q: PbfWriter) => {
            q.writeVarintField(1, g.id);
            if (g.width > 0 && g.height > 0) q.writeBytesField(2, g.bitmap);
            q.writeVarintField(3, g.width);
            q.writeVarintField(4, g.height);
            q.writeSVarintField(5, g.left);
            q.writeSVarintField(6, g.top);
            q.writeVarintField(7, g.advance);
          },
          undefined,
        );
      }
    },
    undefined,
  );
  return pbf.finish();
}

/** TinySDF draws on a browser canvas; give it a Skia one. */
class NodeTinySDF extends TinySDF {
  _createCanvas(size: number) {
    return createCanvas(size, size) as unknown as HTMLCanvasElement;
  }
}

export async function buildGlyphs({ force = false, log = console.log } = {}): Promise<void> {
  const last = RANGES[RANGES.length - 1] as number;
  const marker = join(GLYPHS_DIR, FONTS[FONTS.length - 1]?.stack ?? "", `${last}-${last + 255}.pbf`);
  if (!force && existsSync(marker)) return;
  const started = performance.now();
  const tmp = `${GLYPHS_DIR}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  let count = 0;
  for (const font of FONTS) {
    const family = `WBRadar ${font.stack}`;
    GlobalFonts.registerFromPath(require.resolve(font.file), family);
    const sdf = new NodeTinySDF({
      fontSize: FONT_SIZE,
      buffer: BUFFER,
      radius: 8,
      cutoff: 0.25,
      fontFamily: `"${family}"`,
      fontWeight: font.weight,
    });
    await mkdir(join(tmp, font.stack), { recursive: true });
    for (const start of RANGES) {
      const glyphs: GlyphMetrics[] = [];
      for (let id = start; id < start + 256; id++) {
        if (id < 32 || (id >= 0x7f && id < 0xa0)) continue; // control characters
        const g = sdf.draw(String.fromCodePoint(id));
        if (g.glyphAdvance === 0 && g.glyphWidth === 0) continue;
        glyphs.push({
          id,
          bitmap: new Uint8Array(g.data.buffer, g.data.byteOffset, g.data.byteLength),
          width: g.glyphWidth,
          height: g.glyphHeight,
          left: g.glyphLeft,
          top: g.glyphTop - TOP_ADJUSTMENT,
          advance: Math.round(g.glyphAdvance),
        });
      }
      count += glyphs.length;
      await writeFile(join(tmp, font.stack, `${start}-${start + 255}.pbf`), encodeRange(font.stack, start, glyphs));
    }
  }
  await rm(GLYPHS_DIR, { recursive: true, force: true });
  await rename(tmp, GLYPHS_DIR);
  log(
    `glyphs: ${count} glyphs in ${FONTS.length} fonts × ${RANGES.length} ranges; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const isMain = process.argv[1] && import.meta.filename === realpathSync(process.argv[1]);
if (isMain) {
  buildGlyphs({ force: process.argv.includes("--force") }).catch((e: unknown) => {
    console.error("glyph build failed:", e);
    process.exit(1);
  });
}
