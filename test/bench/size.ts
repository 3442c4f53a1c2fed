/**
 * The JavaScript each page loads before it can draw (its entry and the
 * modules it preloads), raw and gzipped: the full app (index.html) and the
 * embed (embed.html). Fails if the embed loads more than the full app.
 *
 *   npm run build && npm run bench:size
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

function initialJs(page: string) {
  const html = readFileSync(`dist/${page}`, "utf8");
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(`dist${file}`);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const full = initialJs("index.html");
const embed = initialJs("embed.html");
for (const [name, s] of [
  ["full app (index.html)", full],
  ["embed (embed.html)", embed],
] as const)
  console.log(`${name}: ${s.files} files, ${kb(s.raw)}, ${kb(s.gzip)} gzip`);
if (embed.raw >= full.raw) {
  console.error("The embed loads at least as much JavaScript as the full app.");
  process.exit(1);
}
