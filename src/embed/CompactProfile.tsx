import { useTranslation } from "react-i18next";
import { CoverageFigures } from "../components/analysis/MunicipalityCoverage.tsx";
import type { GeoLayers } from "../geo/load.ts";
import { municipalityName } from "../geo/names.ts";
import { currentLocale } from "../i18n/index.ts";
import { selectCoverageKinds, selectMetrics } from "../state/derived.ts";
import { useAppStore } from "../state/store.ts";

/**
 * In an embed, the selected municipality in brief — its name, country, what reaches it and its figures — with a
 * link to the full profile on the full map, instead of the whole panel (which would make the iframe very tall).
 */
export function CompactProfile({ geo, fullUrl }: { geo: GeoLayers; fullUrl: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const metrics = useAppStore((s) => (s.selectedId ? selectMetrics(s)?.get(s.selectedId) : undefined));
  const kind = useAppStore((s) => (s.selectedId ? selectCoverageKinds(s)?.get(s.selectedId) : undefined));
  const props = selectedId ? geo.byId.get(selectedId) : undefined;
  if (!props) return null;
  return (
    <section className="compact-profile" aria-labelledby="compact-profile-title" data-testid="compact-profile">
      <button type="button" className="panel-close" onClick={() => select(null)} aria-label={t("municipality.close")}>
        ×
      </button>
      <h2 id="compact-profile-title">{municipalityName(props, locale)}</h2>
      <p className="hint">
        {t(`country.${props.country}`)}
        {kind && ` · ${t(`coverageKind.${kind}`)}`}
      </p>
      {metrics && (
        <div className="coverage">
          <CoverageFigures metrics={metrics} locale={locale} />
        </div>
      )}
      <a href={fullUrl} target="_blank" rel="noopener noreferrer" data-testid="full-profile-link">
        {t("embed.fullProfile")}
      </a>
    </section>
  );
}
