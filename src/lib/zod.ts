/**
 * What `import { z } from "zod"` gives the app: zod itself, switched to jitless mode before any schema exists
 * (vite.config.ts resolves "zod" here, for the app, the embed, the workers and the tests).
 *
 * zod compiles fast validators with `new Function` where a page allows it, probing for it first; under the app's
 * Content Security Policy (no 'unsafe-eval', src/csp.ts) that probe alone is reported as a violation. Whether a
 * schema may compile is settled when it is built, and schemas are built as their modules load: setting it here,
 * between zod and every module that uses it, is the only place early enough.
 */
import { config } from "zod/v4/core";

config({ jitless: true });

export * from "zod/v4";
