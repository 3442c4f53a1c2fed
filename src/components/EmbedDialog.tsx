import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_EMBED_HEIGHT, EMBED_CONTROLS, embedUrl, type EmbedControl } from "../embed/options.ts";
import { iframeSnippet, responsiveSnippet, type Fallback } from "../embed/snippet.ts";
import { currentLocale } from "../i18n/index.ts";
import { saveFile } from "../lib/download.ts";
import { sharePageHtml } from "../share/sharePage.ts";
import { translator, viewFacts } from "../share/summaryFacts.ts";
import { viewSummary } from "../share/viewSummary.ts";
import { useAppStore } from "../state/store.ts";
import { useMapImage } from "./analysis/MapImageExport.tsx";
import { Modal } from "./Modal.tsx";

const HTTPS = "https://";

/** A preview image's address as given: a full https address (http on this machine), or nothing. */
export function previewAddress(raw: string): string | null | undefined {
  const value = raw.trim();
  if (value === "") return null;
  try {
    const url = new URL(value);
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    return url.protocol === "https:" || (local && url.protocol === "http:") ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the code to embed the current view in a partner's website, with a live preview and a copy button. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const id = useId();
  const [previewRaw, setPreviewRaw] = useState("");
  const preview = previewAddress(previewRaw);
  const image = useMapImage();
  // What the view says in words, in the language the dialog is in.
  const lines = useAppStore((s) => {
    const facts = viewFacts(s, translator(t), locale);
    return facts ? viewSummary(facts, translator(t)).join("\n") : "";
  })
    .split("\n")
    .filter(Boolean);
  const [controls, setControls] = useState<EmbedControl[]>(["legend"]);
  const [height, setHeight] = useState(DEFAULT_EMBED_HEIGHT);
  const [title, setTitle] = useState("");
  const [responsive, setResponsive] = useState(true);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);

  const url = embedUrl(window.location.href, { controls, height, title: title.trim() || undefined });
  const frameTitle = title.trim() || t("embed.defaultTitle");
  const fallback: Fallback | undefined =
    lines.length > 0
      ? {
          lang: locale,
          lead: t("share.noscript"),
          lines,
          open: { url: window.location.href, label: t("share.open") },
          ...(preview && { image: { src: preview, alt: lines[0]! } }),
        }
      : undefined;
  const code = responsive
    ? responsiveSnippet(
        url,
        frameTitle,
        new URL(`${import.meta.env.BASE_URL}embed.js`, window.location.origin).href,
        fallback,
      )
    : iframeSnippet(url, frameTitle, height + 40, fallback);
  const downloadSharePage = () =>
    saveFile(
      "wb-radar-view.html",
      sharePageHtml({
        lang: locale,
        title: frameTitle,
        lines,
        url: window.location.href,
        openLabel: t("share.open"),
        ...(preview && { image: preview }),
      }),
      "text/html;charset=utf-8",
    );
  const toggle = (c: EmbedControl, on: boolean) =>
    setControls((list) => EMBED_CONTROLS.filter((x) => (x === c ? on : list.includes(x))));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <Modal
      titleId="embed-dialog-title"
      title={t("embed.title")}
      closeLabel={t("embed.close")}
      onClose={onClose}
      testId="embed-dialog"
    >
      <p className="hint">{t("embed.hint")}</p>
      <fieldset className="embed-options">
        <legend>{t("embed.controls")}</legend>
        {EMBED_CONTROLS.map((c) => (
          <label key={c} className="option">
            <input type="checkbox" checked={controls.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
            <span>{t(`embed.control.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <label className="field">
          <span>{t("embed.frameTitle")}</span>
          <input
            type="text"
            value={title}
            maxLength={120}
            placeholder={t("embed.defaultTitle")}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("embed.height")}</span>
          <input
            type="number"
            min={200}
            max={2000}
            step={20}
            value={height}
            onChange={(e) => setHeight(Math.min(2000, Math.max(200, Number(e.target.value) || DEFAULT_EMBED_HEIGHT)))}
          />
        </label>
      </div>
      <label className="option">
        <input type="checkbox" checked={responsive} onChange={(e) => setResponsive(e.target.checked)} />
        <span>{t("embed.responsive")}</span>
      </label>
      <fieldset className="embed-options" data-testid="share-preview">
        <legend>{t("share.previewTitle")}</legend>
        <p className="hint">{t("share.previewHint")}</p>
        <details>
          <summary>{t("share.summary")}</summary>
          <div data-testid="share-summary" lang={locale}>
            {lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </details>
        <div className="actions">
          <button
            type="button"
            disabled={!image.ready || image.busy}
            onClick={() => void image.save(1, "preview")}
            data-testid="share-image"
          >
            {t("share.previewDownload")}
          </button>
        </div>
        <label className="field">
          <span>{t("share.previewUrl")}</span>
          <input
            type="url"
            inputMode="url"
            value={previewRaw}
            placeholder={HTTPS}
            aria-invalid={preview === undefined || undefined}
            aria-describedby={preview === undefined ? `${id}-preview-error` : undefined}
            onChange={(e) => setPreviewRaw(e.target.value)}
            data-testid="share-image-url"
          />
        </label>
        {preview === undefined && (
          <p className="field-error" id={`${id}-preview-error`} role="alert">
            {t("share.previewInvalid")}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={downloadSharePage} disabled={lines.length === 0} data-testid="share-page">
            {t("share.sharePage")}
          </button>
        </div>
        <p className="hint">{t("share.sharePageHint")}</p>
      </fieldset>
      <label className="field" htmlFor={`${id}-code`}>
        <span>{t("embed.code")}</span>
      </label>
      <textarea
        id={`${id}-code`}
        className="embed-code"
        readOnly
        rows={4}
        value={code}
        data-testid="embed-code"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="actions">
        <button type="button" onClick={() => void copy()} data-testid="embed-copy">
          {t("embed.copy")}
        </button>
        <span role="status">{copied && t(`embed.${copied}`)}</span>
      </div>
      <h3>{t("embed.preview")}</h3>
      <iframe
        className="embed-preview"
        src={url}
        title={t("embed.previewTitle")}
        style={{ height: height + 40 }}
        data-testid="embed-preview"
      />
    </Modal>
  );
}
