import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { initI18n } from "./i18n/index.ts";
import { useAppStore } from "./state/store.ts";
import { startUrlSync } from "./state/urlSync.ts";
import "./styles.css";

initI18n();
startUrlSync(useAppStore);
const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
