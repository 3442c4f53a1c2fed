import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { ErrorBoundary, PartFailed } from "./components/ErrorBoundary.tsx";
import { config } from "./config.ts";
import { initI18n, markKosovoDesignation } from "./i18n/index.ts";
import { useAppStore } from "./state/store.ts";
import { startDataSync, startLanguageSync, startLoading } from "./state/follow.ts";
import { startUrlSync } from "./state/urlSync.ts";
import "./styles.css";

const { i18n, ready } = initI18n();
if (config.kosovoFootnote) markKosovoDesignation(i18n);
startUrlSync(useAppStore);
startLanguageSync(useAppStore, i18n);
startDataSync(useAppStore);
// The full app keeps what a person imports across reloads (the embed does not: src/state/dataSlice.ts).
useAppStore.setState({ keepsImports: true });
startLoading(useAppStore);
const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
// Drawn once the page's language has arrived (English at once; if another language's strings fail to load,
// i18next falls back to English).
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <PartFailed error={error} whole />}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
ready.then(render, render);
