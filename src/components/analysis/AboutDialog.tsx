import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Modal } from "../Modal.tsx";

/** The method in words, section by section (docs/method.md is the long form). Each heading is a locale key. */
export const ABOUT_SECTIONS = [
  "data",
  "metrics",
  "classes",
  "need",
  "gap",
  "overlooked",
  "concentration",
  "limits",
  "cite",
] as const;

/** "About this map": what every metric, colour, rank and list means, and what the data cannot say. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  // Above the map and the panels, whichever panel opened it.
  return createPortal(
    <Modal
      titleId="about-dialog-title"
      title={t("about.title")}
      closeLabel={t("about.close")}
      onClose={onClose}
      testId="about-dialog"
    >
      {ABOUT_SECTIONS.map((section) => (
        <section key={section} className="about-section">
          <h3>{t(`about.${section}.title`)}</h3>
          <p>{t(`about.${section}.text`)}</p>
        </section>
      ))}
    </Modal>,
    document.body,
  );
}
