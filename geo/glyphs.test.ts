import { describe, expect, it } from "vitest";
import { PbfReader } from "pbf";
import { encodeRange, type GlyphMetrics } from "./glyphs.ts";

interface Decoded {
  name: string;
  range: string;
  glyphs: Array<Partial<GlyphMetrics>>;
}

/** Reads the `glyphs` message the way MapLibre does (style-spec glyphs.proto). */
function decode(buf: Uint8Array): Decoded[] {
  const stacks: Decoded[] = [];
  new PbfReader(buf).readFields((tag, _, pbf) => {
    if (tag !== 1 || !pbf) return;
    const stack: Decoded = { name: "", range: "", glyphs: [] };
    pbf.readMessage((t, s, p) => {
      if (!p) return;
      if (t === 1) s.name = p.readString();
      else if (t === 2) s.range = p.readString();
      else if (t === 3) {
        const g: Partial<GlyphMetrics> = {};
        p.readMessage((gt, gg, gp) => {
          if (!gp) return;
          if (gt === 1) gg.id = gp.readVarint();
          else if (gt === 2) gg.bitmap = gp.readBytes();
          else if (gt === 3) gg.width = gp.readVarint();
          else if (gt === 4) gg.height = gp.readVarint();
          else if (gt === 5) gg.left = gp.readSVarint();
          else if (gt === 6) gg.top = gp.readSVarint();
          else if (gt === 7) gg.advance = gp.readVarint();
        }, g);
        s.glyphs.push(g);
      }
    }, stack);
    stacks.push(stack);
  }, undefined);
  return stacks;
}

describe("encodeRange", () => {
  it("writes a glyph range MapLibre can read, with negative offsets intact", () => {
    const bitmap = new Uint8Array((2 + 6) * (3 + 6)).fill(7);
    const buf = encodeRange("Noto Sans Regular", 1024, [
      { id: 1046, bitmap, width: 2, height: 3, left: -1, top: -9, advance: 14 },
      { id: 32, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -26, advance: 6 },
    ]);
    const [stack] = decode(buf);
    expect(stack?.name).toBe("Noto Sans Regular");
    expect(stack?.range).toBe("1024-1279");
    expect(stack?.glyphs[0]).toMatchObject({ id: 1046, width: 2, height: 3, left: -1, top: -9, advance: 14 });
    expect(stack?.glyphs[0]?.bitmap).toHaveLength(72);
    expect(stack?.glyphs[1]).toMatchObject({ id: 32, advance: 6 });
    expect(stack?.glyphs[1]?.bitmap).toBeUndefined();
  });
});
