import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { initI18n } from "../src/i18n/index.ts";
import { initialInteractionState, useInteractionStore } from "../src/state/interaction.ts";
import { initialAppState, useAppStore } from "../src/state/store.ts";

// A real i18n instance, in English, as the app has it.
initI18n("en");

afterEach(() => {
  cleanup();
  useAppStore.setState(initialAppState, true);
  useInteractionStore.setState(initialInteractionState, true);
});
