/**
 * Partner websites for the embed tests: a page on other origins than the map
 * (http://127.0.0.1:4174, the partner the e2e build takes commands from, and
 * http://127.0.0.1:4175, anyone else), embedding the map from
 * http://127.0.0.1:4173 with embed.js. Any path serves the page; its query is
 * passed on to the embed. /pasted?html=… serves the given HTML instead: the
 * code a partner copied from the embed dialog, in a plain page (tests only).
 */
import { createServer } from "node:http";

const MAP = "http://127.0.0.1:4173";

function page(embedQuery: string): string {
  const src = `${MAP}/embed.html${embedQuery || "?controls=legend"}`.replace(/"/g, "&quot;");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>
<h1>Partner page</h1>
<div data-wb-radar="${src}" data-title="Our map"></div>
<script>
  window.messages = [];
  window.addEventListener("message", (e) => {
    if (e.origin === "${MAP}" && e.data && e.data.source === "wb-radar") window.messages.push(e.data);
  });
  window.send = (type, payload) =>
    document.querySelector("iframe").contentWindow.postMessage({ source: "wb-radar", version: 1, type, payload }, "${MAP}");
</script>
<script src="${MAP}/embed.js" async></script>
</body></html>`;
}

for (const port of [4174, 4175])
  createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const pasted = url.pathname === "/pasted" ? url.searchParams.get("html") : null;
    res.end(
      pasted === null
        ? page(url.search)
        : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${pasted}</body></html>`,
    );
  }).listen(port, "127.0.0.1");
