/**
 * The postMessage API of an embedded map, wired to the store, i18next and the
 * page (protocol.ts has the message rules; docs/embed-api.md the contract).
 * Events go to the parent page; commands are taken only from it, from the
 * origins the deployment allows, and a dataset change only for allowed data
 * origins.
 */
import { featureIdFor } from "../geo/gazetteer.ts";
import type { i18n as I18n } from "i18next";
import type { StoreApi } from "zustand";
import type { AppConfig } from "../config.ts";
import { resolveDataSource } from "../data/source.ts";
import { isLocale } from "../i18n/index.ts";
import type { AppState } from "../state/store.ts";
import { navigate } from "../state/urlSync.ts";
import { applyParams, commandOriginAllowed, event, parseCommand, publicState, type EventType } from "./protocol.ts";

export interface EmbedApi {
  /** Call once the map has first been drawn. */
  ready: () => void;
  stop: () => void;
}

export function startEmbedApi(store: StoreApi<AppState>, i18n: I18n, config: AppConfig): EmbedApi {
  const parent = window.parent;
  const embedded = parent !== window;
  const post = (type: EventType, payload: unknown) => {
    // Public state only: any page may embed the map and read what it shows.
    if (embedded) parent.postMessage(event(type, payload), "*");
  };
  const state = () => ({ lang: i18n.resolvedLanguage ?? i18n.language, ...publicState(window.location.search) });
  let isReady = false;

  const onMessage = (e: MessageEvent<unknown>) => {
    if (!embedded || e.source !== parent) return;
    if (!commandOriginAllowed(e.origin, config.embedCommandOrigins, window.location.origin)) return;
    const command = parseCommand(e.data);
    if (!command) return;
    if (command.type === "getState") return post("state", state());
    if (command.type === "select") {
      const s = store.getState();
      const { payload } = command;
      // A municipality without a boundary (ME-tuzi) selects the one it is shown within.
      if ("municipality" in payload)
        s.select(payload.municipality === null ? null : featureIdFor(payload.municipality));
      else s.openOrganisation(payload.organisation);
      return;
    }
    const before = new URLSearchParams(window.location.search);
    const next = applyParams(window.location.search, command.payload);
    const after = new URLSearchParams(next);
    const dataChanged = after.get("data") !== before.get("data");
    // Someone else's data under this map's name: only from origins the deployment allows (default: its own).
    if (
      dataChanged &&
      !resolveDataSource(next, {
        pageUrl: window.location.href,
        defaultUrl: window.location.href,
        allowedOrigins: config.dataOrigins,
      }).ok
    )
      return;
    navigate(store, next);
    const lang = after.get("lang");
    if (isLocale(lang) && lang !== i18n.language) void i18n.changeLanguage(lang);
    if (dataChanged) void store.getState().loadData(next);
    // The URL may not change the store (e.g. only the language): say so anyway.
    announce(true);
  };
  window.addEventListener("message", onMessage);

  let last = "";
  const announce = (force = false) => {
    if (!isReady) return;
    const now = JSON.stringify(state());
    if (now === last && !force) return;
    last = now;
    post("viewchange", state());
  };
  // After the URL has been written for the change (urlSync runs first, in subscription order).
  const unsubscribe = store.subscribe((s, previous) => {
    queueMicrotask(() => announce());
    if (s.selectedId !== previous.selectedId || s.organisationId !== previous.organisationId)
      post("select", { municipality: s.selectedId, organisation: s.organisationId });
  });
  const onLanguage = () => queueMicrotask(() => announce());
  i18n.on("languageChanged", onLanguage);

  let height = 0;
  const resize = new ResizeObserver(() => {
    const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === height) return;
    height = h;
    post("resize", { height: h });
  });
  resize.observe(document.body);

  return {
    ready: () => {
      if (isReady) return;
      isReady = true;
      last = JSON.stringify(state());
      post("ready", state());
      post("resize", { height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
    },
    stop: () => {
      window.removeEventListener("message", onMessage);
      unsubscribe();
      i18n.off("languageChanged", onLanguage);
      resize.disconnect();
    },
  };
}
