/*
 * WB Radar embed script. On a partner page:
 *
 *   <div data-wb-radar="https://…/embed.html?donor=gcerf&controls=legend"></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * Each such element gets an iframe of that map, whose height follows the map's
 * "resize" messages. Several embeds on a page work independently. Only
 * messages from an iframe's own window and origin are used. No dependencies.
 * The postMessage API: docs/embed-api.md.
 */
(function () {
  "use strict";
  var SOURCE = "wb-radar";
  var VERSION = 1;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 5000;
  var frames = [];
  /** The default title in the page's language (<html lang>), or the language the embed asks for (?lang=). */
  var TITLES = {
    sq: "Harta WB Radar",
    "sr-latn": "WB Radar mapa",
    "sr-cyrl": "WB Radar мапа",
    sr: "WB Radar mapa",
    mk: "WB Radar мапа",
    bs: "WB Radar mapa",
    en: "WB Radar map",
  };

  function defaultTitle(src) {
    var tags = [src.searchParams.get("lang") || "", document.documentElement.lang || ""];
    for (var i = 0; i < tags.length; i++) {
      var tag = tags[i].toLowerCase();
      if (TITLES[tag]) return TITLES[tag];
      var base = tag.split("-")[0];
      if (base === "sr" && /cyrl/.test(tag)) return TITLES["sr-cyrl"];
      if (TITLES[base]) return TITLES[base];
    }
    return TITLES.en;
  }

  function mount(el) {
    if (el.getAttribute("data-wb-radar-mounted") === "true") return;
    var src;
    try {
      src = new URL(el.getAttribute("data-wb-radar"), document.baseURI);
    } catch (e) {
      return;
    }
    if (src.protocol !== "https:" && src.protocol !== "http:") return;
    var frame = document.createElement("iframe");
    frame.src = src.href;
    var title = el.getAttribute("data-title") || defaultTitle(src);
    frame.title = title;
    frame.setAttribute("aria-label", title);
    frame.setAttribute("loading", "lazy");
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.height = (parseInt(el.getAttribute("data-height"), 10) || 520) + "px";
    el.setAttribute("data-wb-radar-mounted", "true");
    el.appendChild(frame);
    frames.push({ frame: frame, origin: src.origin, placeholder: placeholder(el, frame) });
  }

  /**
   * The view in words (and its preview image) from the element's <noscript>, shown over the frame until the map says
   * it is ready: what the embed shows before it has loaded. Built from the fallback's text and addresses only, never
   * inserted as HTML.
   */
  function placeholder(el, frame) {
    var noscript = el.querySelector("noscript");
    if (!noscript || typeof DOMParser === "undefined") return null;
    var doc = new DOMParser().parseFromString(noscript.textContent || "", "text/html");
    var box = document.createElement("div");
    box.setAttribute("aria-hidden", "true");
    box.style.cssText =
      "position:absolute;left:0;right:0;top:0;overflow:hidden;background:#fff;color:#1d262c;" +
      "font:14px/1.4 system-ui,sans-serif;padding:12px;box-sizing:border-box";
    box.style.height = frame.style.height;
    var img = doc.querySelector("img[src]");
    if (img && /^https?:/i.test(img.getAttribute("src"))) {
      var image = document.createElement("img");
      image.src = img.getAttribute("src");
      image.alt = "";
      image.style.cssText = "display:block;max-width:100%;max-height:60%;margin-bottom:8px";
      box.appendChild(image);
    }
    var lines = doc.querySelectorAll("p");
    // The first paragraph says scripts are needed: not true here.
    for (var i = 1; i < lines.length; i++) {
      if (lines[i].querySelector("a")) continue;
      var p = document.createElement("p");
      p.textContent = lines[i].textContent;
      p.style.margin = "0 0 6px";
      box.appendChild(p);
    }
    if (!box.firstChild) return null;
    if (getComputedStyle(el).position === "static") el.style.position = "relative";
    el.appendChild(box);
    return box;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== SOURCE || data.version !== VERSION) return;
    if (data.type !== "resize" && data.type !== "ready") return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source !== f.frame.contentWindow || event.origin !== f.origin) continue;
      if (data.type === "ready") {
        if (f.placeholder && f.placeholder.parentNode) f.placeholder.parentNode.removeChild(f.placeholder);
        f.placeholder = null;
        return;
      }
      var height = data.payload && Number(data.payload.height);
      if (!isFinite(height)) return;
      f.frame.style.height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.round(height))) + "px";
      return;
    }
  });

  function mountAll() {
    var els = document.querySelectorAll("[data-wb-radar]");
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
