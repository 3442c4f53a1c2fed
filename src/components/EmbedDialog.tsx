import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_EMBED_HEIGHT, EMBED_CONTROLS, embedUrl, type EmbedControl } from "../embed/options.ts";
import { iframeSnippet, responsiveSnippet } from "../embed/snippet.ts";
import { Modal } from "./Modal.tsx";

/** Builds the code to embed the current view in a partner's website, with a live preview and a copy button. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [controls, setControls] = useState<EmbedControl[]>(["legend"]);
  const [height, setHeight] = useState(DEFAULT_EMBED_HEIGHT);
  const [title, setTitle] = useState("");
  const [responsive, setResponsive] = useState(true);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);

  const url = embedUrl(window.location.href, { controls, height, title: title.trim() || undefined });
  const frameTitle = title.trim() || t("embed.defaultTitle");
  const code = responsive
    ? responsiveSnippet(url, frameTitle, new URL(`${import.meta.env.BASE_URL}embed.js`, window.location.origin).href)
    : iframeSnippet(url, frameTitle, height + 40);
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
