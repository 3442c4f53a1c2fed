import { render, screen } from "@testing-library/react";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { DesignationFootnote } from "../../src/components/DesignationFootnote.tsx";
import { resources } from "../../src/i18n/allLocales.ts";
import { markKosovoDesignation } from "../../src/i18n/index.ts";

describe("the Kosovo designation footnote", () => {
  it("is off by default", () => {
    const { container } = render(<DesignationFootnote />);
    expect(container).toBeEmptyDOMElement();
  });

  it("when switched on, shows the footnote", () => {
    render(<DesignationFootnote enabled />);
    expect(screen.getByTestId("designation-footnote")).toHaveTextContent(
      "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999",
    );
  });

  it("marks Kosovo's name in every language, once", async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources: structuredClone(resources), lng: "sq" });
    markKosovoDesignation(instance);
    markKosovoDesignation(instance);
    expect(instance.t("country.XK")).toBe("Kosova*");
    expect(instance.t("country.XK", { lng: "sr-Cyrl" })).toBe("Косово*");
    expect(instance.t("country.XK", { lng: "en" })).toBe("Kosovo*");
    expect(instance.t("country.AL", { lng: "en" })).toBe("Albania");
  });

  it("marks it too in a language whose strings arrive later", async () => {
    markKosovoDesignation(i18next);
    expect(i18next.hasResourceBundle("mk", "translation")).toBe(false);
    await i18next.changeLanguage("mk");
    expect(i18next.t("country.XK")).toBe("Косово*");
    await i18next.changeLanguage("en");
  });
});
