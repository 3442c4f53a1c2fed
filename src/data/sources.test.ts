import { expect, test } from "vitest";
import { uniqueSources } from "./sources.ts";

test("each source once, by address or else by citation, in first-seen order", () => {
  const a = { url: "https://a.example/x", citation: "A" };
  const b = { citation: "B" };
  expect(uniqueSources([a, b, { url: "https://a.example/x", citation: "A, again" }, { citation: "B" }, a])).toEqual([
    a,
    b,
  ]);
  expect(uniqueSources([{ url: "https://a.example/1" }, { url: "https://a.example/2" }])).toHaveLength(2);
});
