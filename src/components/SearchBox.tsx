import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { search, type SearchEntry } from "../analysis/search.ts";
import { pickText } from "../data/text.ts";
import { cityGroupById, unmappedById } from "../geo/gazetteer.ts";
import { municipalityName } from "../geo/names.ts";
import { currentLocale } from "../i18n/index.ts";
import { selectSearchIndex } from "../state/derived.ts";
import { useInteractionStore } from "../state/interaction.ts";
import { useAppStore } from "../state/store.ts";
import { DataText } from "./data/DataText.tsx";

/**
 * Find a municipality, a city or an organisation by any of its names, in any
 * script, without diacritics, with a slip; the keyboard way to select a municipality. A combobox
 * with a listbox (WAI-ARIA pattern): arrows move, Enter chooses, Escape clears.
 */
export function SearchBox() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const index = useAppStore(selectSearchIndex);
  const geo = useAppStore((s) => s.geo);
  const organisations = useAppStore((s) => s.data?.dataset.organisations);
  const focus = useAppStore((s) => s.focus);
  const openOrganisation = useAppStore((s) => s.openOrganisation);
  const results = useMemo(() => (index ? search(index, query) : []), [index, query]);

  const label = (entry: SearchEntry) => {
    const props = entry.municipalityId ? geo?.byId.get(entry.municipalityId) : undefined;
    const place = props ? municipalityName(props, locale) : entry.country ? t(`country.${entry.country}`) : "";
    const country = entry.country ? t(`country.${entry.country}`) : "";
    if (entry.kind === "municipality") return { main: place, detail: country };
    if (entry.kind === "city") {
      const city = cityGroupById.get(entry.id);
      return {
        main: city?.names[locale] ?? entry.id,
        detail: `${t("places.citySearch", { count: city?.members.length ?? 0 })} · ${country}`,
      };
    }
    if (entry.kind === "unmapped")
      return {
        main: unmappedById.get(entry.id)?.names[locale] ?? entry.id,
        detail: `${t("places.shownWithin", { within: place })} · ${country}`,
      };
    const org = organisations?.find((o) => o.id === entry.id);
    return {
      main: org ? pickText(org.name, locale).text : entry.id,
      detail: place ? `${t("search.organisation")} · ${place}` : t("search.organisation"),
    };
  };
  const choose = (entry: SearchEntry) => {
    if (entry.kind === "city") focus(entry.id);
    else if (entry.municipalityId) focus(entry.municipalityId);
    openOrganisation(entry.kind === "organisation" ? entry.id : null);
    // The next Tab goes on from what was chosen: into its panel.
    useInteractionStore.getState().requestPanelFocus(entry.kind === "organisation" ? "organisation" : "municipality");
    setQuery("");
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && results.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === "ArrowUp" && results.length > 0) {
      e.preventDefault();
      setActive((a) => (a - 1 + results.length) % results.length);
    } else if (e.key === "Enter" && open && results[active]) {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === "Escape") {
      e.stopPropagation();
      setQuery("");
      setOpen(false);
    }
  };
  const expanded = open && query.trim() !== "";
  const listId = `${id}-list`;

  return (
    <div className="search" role="search">
      <label htmlFor={id} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-${active}` : undefined}
        placeholder={t("search.placeholder")}
        value={query}
        disabled={!index}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="search"
      />
      <ul id={listId} role="listbox" className="search-results" hidden={!expanded} aria-label={t("search.label")}>
        {results.map((entry, i) => {
          const { main, detail } = label(entry);
          return (
            <li
              key={`${entry.kind}:${entry.id}`}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              // mousedown, not click: it comes before the input's blur closes the list
              onMouseDown={(e) => {
                e.preventDefault();
                choose(entry);
              }}
            >
              {/* An organisation's name is the dataset's: isolated, like every name, so it cannot reorder the rest. */}
              <span>
                <DataText>{main}</DataText>
              </span>{" "}
              <small>{detail}</small>
            </li>
          );
        })}
        {expanded && results.length === 0 && <li className="search-none">{t("search.none")}</li>}
      </ul>
    </div>
  );
}
