/**
 * The postMessage API of an embedded map, wired to the store (protocol.ts has
 * the message rules; docs/embed-api.md the contract). Events go to the parent
 * page; commands are taken only from it, from the origins the deployment
 * allows, and a dataset change only for allowed data origins.
 *
 * The store is the one source: a command sets the store (as a URL would, through
 * urlSync.navigate); the URL, the language, the dataset and the camera follow it;
 * every event is built here from the store, after the state is applied.
 *
 * Commands are applied at the next frame, coalesced and rate-limited (commandQueue.ts).
 */
import { featureIdFor } from "../geo/gazetteer.ts";
import type { i18n as I18n } from "i18next";
import type { StoreApi } from "zustand";
import type { AppConfig } from "../config.ts";
import { resolveDataSource } from "../data/source.ts";
import { currentLocale } from "../i18n/index.ts";
import { dataSearch } from "../state/dataSlice.ts";
import { useInteractionStore } from "../state/interaction.ts";
import type { AppState } from "../state/store.ts";
import { serializeUrlState } from "../state/url.ts";
import { fromStore, navigate } from "../state/urlSync.ts";
import { createCommandQueue, nextFrame, type Scheduler } from "./commandQueue.ts";
import {
  applyParams,
  commandOriginAllowed,
  event,
  parseCommand,
  publicState,
  type Command,
  type EventType,
  type SetStatePayload,
} from "./protocol.ts";

export interface EmbedApi {
  /** Call once the map has first been drawn. */
  ready: () => void;
  stop: () => void;
}

/** The public state of the embedded map, from the store: its URL parameters, and the language always. */
export function embedState(s: AppState, i18n: I18n): Record<string, string> {
  return {
    lang: s.lang ?? currentLocale(i18n.resolvedLanguage ?? i18n.language),
    ...publicState(serializeUrlState(fromStore(s))),
  };
}

/** When commands are applied: the next frame, by the clock of `now` (tests give their own). */
export interface CommandTiming {
  schedule: Scheduler;
  now: () => number;
}

export function startEmbedApi(
  store: StoreApi<AppState>,
  i18n: I18n,
  config: AppConfig,
  timing: CommandTiming = { schedule: nextFrame(), now: () => performance.now() },
): EmbedApi {
  const parent = window.parent;
  const embedded = parent !== window;
  const post = (type: EventType, payload: unknown) => {
    // Public state only: any page may embed the map and read what it shows.
    if (embedded) parent.postMessage(event(type, payload), "*");
  };
  const state = () => embedState(store.getState(), i18n);
  let isReady = false;
  let last = "";
  /** Posts `viewchange` when the public state differs from the last one posted (or always, when forced). */
  const announce = (force = false) => {
    if (!isReady) return;
    const now = state();
    const text = JSON.stringify(now);
    if (text === last && !force) return;
    last = text;
    post("viewchange", now);
  };

  /**
   * An embed is often of one municipality: a selection that arrives without a view (in the embed's address, or a
   * command) is brought into view. (The full map keeps the view a link gives: what its sender saw.)
   */
  const showSelection = (before: string | null) => {
    const { selectedId, view } = store.getState();
    if (selectedId && selectedId !== before && !view) useInteractionStore.getState().requestFocus(selectedId);
  };
  showSelection(null);

  /**
   * Whether `setState` with `payload` would change the dataset to one from an origin the deployment does not allow:
   * someone else's data under this map's name. Such a command is refused whole.
   */
  const refusesData = (payload: SetStatePayload): boolean => {
    const current = serializeUrlState(fromStore(store.getState()));
    const dataBefore = new URLSearchParams(current).get("data");
    const dataAfter = new URLSearchParams(applyParams(current, payload)).get("data");
    return (
      dataAfter !== dataBefore &&
      dataAfter !== null &&
      !resolveDataSource(dataSearch(dataAfter), {
        pageUrl: window.location.href,
        defaultUrl: window.location.href,
        allowedOrigins: config.dataOrigins,
      }).ok
    );
  };

  // While a command is applied, the store changes in several steps: one event after all of them.
  let applying = false;
  const apply = (command: Command) => {
    if (command.type === "getState") return post("state", state());
    const s = store.getState();
    if (command.type === "select") {
      const { payload } = command;
      // A municipality without a boundary (ME-tuzi) selects the one it is shown within, and the map shows it.
      if ("municipality" in payload) {
        if (payload.municipality === null) s.select(null);
        else s.focus(featureIdFor(payload.municipality));
      } else s.openOrganisation(payload.organisation);
      return;
    }
    // Checked again: the state may have changed since the command came.
    if (refusesData(command.payload)) return;
    const next = applyParams(serializeUrlState(fromStore(s)), command.payload);
    applying = true;
    try {
      navigate(store, next);
    } finally {
      applying = false;
    }
    showSelection(s.selectedId);
    // Even when nothing changed (e.g. a value the map refused), the page is told the state it now has.
    announce(true);
  };
  const commands = createCommandQueue({ apply, ...timing });
  const onMessage = (e: MessageEvent<unknown>) => {
    if (!embedded || e.source !== parent) return;
    if (!commandOriginAllowed(e.origin, config.embedCommandOrigins, window.location.origin)) return;
    const command = parseCommand(e.data);
    if (!command) return;
    // Refused before it is queued, so that it is not merged with the page's other commands and refuses them too.
    if (command.type === "setState" && refusesData(command.payload)) return;
    commands.push(command);
  };
  window.addEventListener("message", onMessage);

  const unsubscribe = store.subscribe((s, previous) => {
    if (s.selectedId !== previous.selectedId || s.organisationId !== previous.organisationId)
      post("select", { municipality: s.selectedId, organisation: s.organisationId });
    if (!applying) announce();
  });

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
      commands.stop();
      unsubscribe();
      resize.disconnect();
    },
  };
}
