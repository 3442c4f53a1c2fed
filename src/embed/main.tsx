/** Entry of embed.html: the map for partner websites, with the postMessage API. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { config } from "../config.ts";
import { initI18n, markKosovoDesignation } from "../i18n/index.ts";
import { useAppStore } from "../state/store.ts";
import { startDataSync, startLanguageSync, startLoading } from "../state/follow.ts";
import { startUrlSync } from "../state/urlSync.ts";
import { startEmbedApi } from "./api.ts";
import { ErrorBoundary, PartFailed } from "../components/ErrorBoundary.tsx";
import { EmbedApp } from "./EmbedApp.tsx";
import { parseEmbedOptions } from "./options.ts";
import "../styles.css";

const { i18n, ready } = initI18n();
if (config.kosovoFootnote) markKosovoDesignation(i18n);
// Always in place: the embedding page's Back button leaves the page, it does not step through the map's states.
startUrlSync(useAppStore, { history: "replace" });
startLanguageSync(useAppStore, i18n);
startDataSync(useAppStore);
startLoading(useAppStore);
const api = startEmbedApi(useAppStore, i18n, config);
const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from embed.html");
// Drawn once the page's language has arrived (see ../main.tsx).
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <PartFailed error={error} whole />}>
        <EmbedApp options={parseEmbedOptions(window.location.search)} onReady={api.ready} />
      </ErrorBoundary>
    </StrictMode>,
  );
ready.then(render, render);
