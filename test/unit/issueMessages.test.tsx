import { render } from "@testing-library/react";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { issueMessage } from "../../src/components/data/issueText.ts";
import { MAX_FILE_BYTES, parseJsonText, tooLarge } from "../../src/data/parse.ts";
import { validateDataset } from "../../src/data/validate.ts";

const text = (issue: Parameters<typeof issueMessage>[1]) =>
  render(<p>{issueMessage(i18next.t, issue)}</p>).container.textContent;

describe("problem messages read as sentences", () => {
  it("names kinds of value in words, with their articles", () => {
    const result = validateDataset({ schemaVersion: 1, organisations: "not a list" });
    const wrongType = result.issues.find((i) => i.code === "invalidType");
    expect(wrongType).toBeDefined();
    expect(text(wrongType!)).toBe("organisations should be a list, not text.");
  });

  it("a number too large to read is not called 'not a number'", () => {
    const read = parseJsonText('{"schemaVersion":1,"indicators":[{"id":"x","scaleMax":1e999}]}', "big.json");
    const result = validateDataset(read.input);
    const issue = result.issues.find((i) => i.path.join(".") === "indicators.0.scaleMax");
    expect(issue?.code).toBe("notFinite");
    expect(text(issue!)).toBe("scaleMax is a number too large to use.");
  });

  it("a size just over the limit is told apart from the limit", () => {
    const issue = tooLarge("big.json", MAX_FILE_BYTES + 1000);
    expect(issue.params.size).not.toBe(issue.params.limit);
    expect(text(issue)).toMatch(/^big\.json is too large \(96\.00\d+ MB; the limit is 96\.0 MB\)\.$/);
    expect(tooLarge("x", 200 * 1024 * 1024).params.size).toBe("200.0");
  });
});
