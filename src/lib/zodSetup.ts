/**
 * zod compiles fast validators with `new Function` when the page allows it, probing for it on first use; under the
 * app's Content Security Policy (no 'unsafe-eval', src/csp.ts) the probe itself is reported as a violation. Jitless
 * mode skips both. Imported first by every entry (the app, the embed, the ingest worker), before anything parses.
 */
import { z } from "zod";

z.config({ jitless: true });
