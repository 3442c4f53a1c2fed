import { chromium } from "playwright-core";
const url = process.argv[2] ?? "http://127.0.0.1:4173/";
const out = process.argv[3] ?? "/tmp/shot.png";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--use-gl=swiftshader","--enable-unsafe-swiftshader","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on("console", (m) => console.log("console", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror", e.message));
page.on("requestfailed", (r) => console.log("reqfail", r.url()));
await page.goto(url);
await page.waitForTimeout(Number(process.argv[4] ?? 5000));
if (process.argv[5]) { const [x,y] = process.argv[5].split(",").map(Number); await page.mouse.move(x,y); await page.waitForTimeout(500); if (process.argv[6]==="click") { await page.mouse.click(x,y); await page.waitForTimeout(800);} }
await page.screenshot({ path: out });
await browser.close();
