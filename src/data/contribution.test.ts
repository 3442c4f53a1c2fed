import { describe, expect, it } from "vitest";
import {
  blankSource,
  buildContribution,
  emptyFields,
  fieldsFromOrganisation,
  proposeId,
  submissionUrl,
  type OrganisationFields,
} from "./contribution.ts";
import type { Organisation } from "./schema.ts";
import { validateDataset } from "./validate.ts";

const context = { municipalityIds: new Set(["85674165", "1108809499"]), today: "2026-11-20" };

function filled(changes: Partial<OrganisationFields> = {}): OrganisationFields {
  return {
    ...emptyFields("en"),
    name: "Ohrid Youth Forum",
    acronym: "OYF",
    kind: "youth",
    country: "MK",
    locationPrecision: "municipality",
    municipalityId: "85674165",
    website: "https://oyf.example.org",
    focusAreas: ["empowerment", "awareness-raising"],
    confidence: "official",
    sources: [
      { url: "https://oyf.example.org/about", citation: "", claim: "It runs youth clubs in Ohrid since 2015." },
    ],
    ...changes,
  };
}

const kcss: Organisation = {
  id: "kcss",
  name: { en: "Kosovar Centre for Security Studies", sq: "Qendra Kosovare për Studime të Sigurisë" },
  acronym: "KCSS",
  kind: "think-tank",
  country: "XK",
  municipalityId: "1108809499",
  locationPrecision: "municipality",
  focusAreas: ["research", "advocacy"] as Organisation["focusAreas"],
  networks: ["rrn"],
  sources: [{ url: "https://qkss.org/en/about", claim: "A security think tank." }],
  confidence: "official",
  lastVerified: "2026-01-10",
};

describe("buildContribution: a new organisation", () => {
  it("writes a file that imports through validateDataset with no issue at all", () => {
    const result = buildContribution(filled(), context);
    expect(result.issues).toEqual([]);
    expect(result.file?.name).toBe("wb-radar-contribution-oyf.json");
    const parsed = JSON.parse(result.file!.text);
    expect(parsed.name).toBe("Contribution: Ohrid Youth Forum");
    expect(parsed.organisations).toHaveLength(1);
    const imported = validateDataset(parsed, { municipalityIds: context.municipalityIds });
    expect(imported.issues).toEqual([]);
    expect(imported.fatal).toBe(false);
    const org = imported.dataset.organisations[0]!;
    expect(org).toMatchObject({
      id: "oyf",
      name: { en: "Ohrid Youth Forum" },
      municipalityId: "85674165",
      locationPrecision: "municipality",
      confidence: "official",
      lastVerified: "2026-11-20",
    });
    expect(org.sources).toEqual([
      { url: "https://oyf.example.org/about", claim: "It runs youth clubs in Ohrid since 2015." },
    ]);
  });

  it("never puts the contact note in the record or the file", () => {
    const result = buildContribution(filled({ contact: "ana@example.org, call after 5" }), context);
    expect(result.file?.text).not.toContain("ana@example.org");
    expect(result.record).not.toHaveProperty("contact");
  });

  it("refuses a record without a source, and a source without its claim", () => {
    const none = buildContribution(filled({ sources: [blankSource()] }), context);
    expect(none.file).toBeUndefined();
    expect(none.issues).toEqual([expect.objectContaining({ code: "tooFewItems", path: ["sources"] })]);

    const noClaim = buildContribution(
      filled({ sources: [blankSource(), { url: "https://oyf.example.org", citation: "", claim: " " }] }),
      context,
    );
    expect(noClaim.file).toBeUndefined();
    expect(noClaim.issues).toEqual([expect.objectContaining({ code: "required", path: ["sources", 1, "claim"] })]);

    const claimOnly = buildContribution(
      filled({ sources: [{ url: "", citation: "", claim: "They said so." }] }),
      context,
    );
    expect(claimOnly.issues).toEqual([expect.objectContaining({ code: "sourceEmpty", path: ["sources", 0] })]);
  });

  it("reports the schema's problems at the form's fields, as the app's issue codes", () => {
    const result = buildContribution(
      filled({ name: "  ", website: "https://user:pw@evil.example", confidence: "" }),
      context,
    );
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path.join("."), i.code]));
    expect(byPath).toEqual({
      name: "noLanguage",
      website: "urlUserinfo",
      confidence: "required",
    });
    expect(result.file).toBeUndefined();
    expect(buildContribution(filled({ municipalityId: "" }), context).issues).toEqual([
      expect.objectContaining({ code: "municipalityNeedsPlace", path: ["municipalityId"] }),
    ]);
  });

  it("refuses a municipality the map does not have, and keeps no municipality at country precision", () => {
    const unknown = buildContribution(filled({ municipalityId: "999" }), context);
    expect(unknown.issues.map((i) => i.code)).toEqual(["unknownMunicipality"]);
    const country = buildContribution(filled({ locationPrecision: "country" }), context);
    expect(country.record).not.toHaveProperty("municipalityId");
    expect(country.record?.locationPrecision).toBe("country");
  });

  it("proposes an ASCII id that the data does not already use", () => {
    expect(proposeId({ name: "Žene za mir", acronym: "" })).toBe("zene-za-mir");
    expect(proposeId({ name: "Младински форум", acronym: "" })).toBe("mladinski-forum");
    expect(proposeId({ name: "", acronym: "KCSS" }, new Set(["kcss", "kcss-2"]))).toBe("kcss-3");
    expect(proposeId({ name: "!!!", acronym: "" })).toBe("organisation");
    expect(buildContribution(filled(), { ...context, organisationIds: new Set(["oyf"]) }).record?.id).toBe("oyf-2");
  });
});

describe("buildContribution: a correction", () => {
  const correct = (changes: Partial<OrganisationFields>) =>
    buildContribution(
      {
        ...fieldsFromOrganisation(kcss, "en"),
        sources: [{ url: "https://qkss.org/en/contact", citation: "", claim: "The centre moved to Ohrid." }],
        reason: "The office moved.",
        ...changes,
      },
      { ...context, organisationIds: new Set(["kcss", "rrn"]) },
      kcss,
    );

  it("is prefilled from the record", () => {
    const fields = fieldsFromOrganisation(kcss, "sq");
    expect(fields).toMatchObject({ name: kcss.name.sq, nameLanguage: "sq", acronym: "KCSS", country: "XK" });
    expect(fieldsFromOrganisation(kcss, "mk").nameLanguage).toBe("en");
  });

  it("lists the fields it changes and why, keeps the record's id, other languages and sources", () => {
    const result = correct({ country: "MK", municipalityId: "85674165", website: "https://qkss.org" });
    expect(result.changed).toEqual(["country", "municipalityId", "website"]);
    expect(result.issues).toEqual([]);
    const file = JSON.parse(result.file!.text);
    expect(result.file!.name).toBe("wb-radar-correction-kcss.json");
    expect(file.name).toBe("Correction: Kosovar Centre for Security Studies");
    expect(file.description).toContain("Changed: country, municipalityId, website. Why: The office moved.");
    const org = file.organisations[0];
    expect(org.id).toBe("kcss");
    expect(org.name.sq).toBe(kcss.name.sq);
    expect(org.networks).toEqual(["rrn"]);
    expect(org.sources).toEqual([
      { url: "https://qkss.org/en/contact", claim: "The centre moved to Ohrid." },
      ...kcss.sources,
    ]);
    // Merged into the data on screen, which has its network, it imports without a problem.
    const imported = validateDataset(
      { ...file, organisations: [...file.organisations, { ...kcss, id: "rrn" }] },
      { municipalityIds: context.municipalityIds },
    );
    expect(imported.issues).toEqual([]);
  });

  it("needs a change, a reason and a source of its own", () => {
    const unchanged = correct({});
    expect(unchanged.noChange).toBe(true);
    expect(unchanged.file).toBeUndefined();

    const bare = correct({ acronym: "QKSS", reason: "", sources: [blankSource()] });
    expect(bare.changed).toEqual(["acronym"]);
    expect(bare.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["tooFewItems", "sources"],
      ["required", "reason"],
    ]);
  });

  it("does not count the same focus areas in another order as a change", () => {
    expect(correct({ focusAreas: ["advocacy", "research"] as Organisation["focusAreas"] }).noChange).toBe(true);
  });
});

describe("submissionUrl", () => {
  const message = {
    title: "Contribution: Žene & mir",
    fileText: '{\n  "name": "a b?c=d&e"\n}\n',
    attachNote: "The file is too long for this message: please attach wb-radar-contribution-x.json.",
    contact: "ana@example.org",
    contactLabel: "Contact",
  };

  it("writes a mail with subject and body, percent-encoded, lines as CRLF, the contact note in it", () => {
    const { url, complete } = submissionUrl("mailto:data@example.org", message);
    expect(complete).toBe(true);
    expect(url.startsWith("mailto:data@example.org?subject=Contribution%3A%20%C5%BDene%20%26%20mir&body=")).toBe(true);
    const body = decodeURIComponent(url.split("&body=")[1]!);
    expect(body).toBe('Contact: ana@example.org\r\n\r\n{\r\n  "name": "a b?c=d&e"\r\n}\r\n');
    expect(url).not.toMatch(/[ \n&](?!body=)/);
  });

  it("opens an issue tracker with ?title=&body=, keeping its own parameters, and never the contact note", () => {
    const { url, complete } = submissionUrl("https://github.com/org/wb-radar/issues/new?labels=data", message);
    expect(complete).toBe(true);
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe("https://github.com/org/wb-radar/issues/new");
    expect(parsed.searchParams.get("labels")).toBe("data");
    expect(parsed.searchParams.get("title")).toBe(message.title);
    expect(parsed.searchParams.get("body")).toBe(message.fileText);
    expect(url).not.toContain("ana%40example.org");
    expect(url).not.toContain("ana@example.org");
  });

  it("puts the note to attach the file instead of a file too long for the link, within the limit", () => {
    const long = { ...message, fileText: "x".repeat(5000) };
    const mail = submissionUrl("mailto:data@example.org", long);
    expect(mail.complete).toBe(false);
    expect(mail.url.length).toBeLessThanOrEqual(1800);
    expect(decodeURIComponent(mail.url.split("&body=")[1]!)).toBe(
      `Contact: ana@example.org\r\n\r\n${message.attachNote}`,
    );
    const issue = submissionUrl("https://tracker.example.org/new", { ...long, fileText: "é".repeat(9000) });
    expect(issue.complete).toBe(false);
    expect(issue.url.length).toBeLessThanOrEqual(8000);
    expect(new URL(issue.url).searchParams.get("body")).toBe(message.attachNote);
  });

  it("shortens even the note, never past the limit and never inside a character", () => {
    const { url } = submissionUrl("mailto:data@example.org", { ...message, attachNote: "😀".repeat(300) }, 300);
    expect(url.length).toBeLessThanOrEqual(300);
    expect(() => decodeURIComponent(url)).not.toThrow();
  });
});
