/**
 * A contributor adds their organisation: the form refuses a record without a source, then produces a file that
 * imports without a problem, and the import review shows what it would add before anything changes.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.ts";
import { collectErrors } from "./browser.ts";
import { AppDriver, MUNICIPALITY } from "./driver.ts";
import { parseCorrection } from "../../src/data/correction.ts";

test("add your organisation: a record file that imports without a problem, its change shown before it is applied", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady();
  await app.openData();
  await app.dataDialog.getByRole("button", { name: "Add your organisation" }).click();
  const form = page.getByTestId("contribute-dialog");
  await form.getByLabel("Name", { exact: true }).fill("Qendra Rinore Lumi");
  await form.getByLabel("Kind", { exact: true }).selectOption("youth");
  await form.getByLabel("Country", { exact: true }).selectOption("XK");
  await form.getByRole("radio", { name: "Country only" }).check();
  // without a source the record cannot be downloaded
  const download = form.getByRole("button", { name: "Download the record file" });
  await expect(download).toBeDisabled();
  await form.getByLabel("Web address").fill("https://example.org/about-us");
  await form.getByLabel("What the source states, in your own words").fill("The centre runs youth clubs in Kosovo.");
  await form.getByLabel("The organisation itself (its website, statute or reports)").check();
  await expect(download).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const body = readFileSync((await file.path())!);
  expect(file.suggestedFilename()).toMatch(/^wb-radar-contribution-[\w-]+\.json$/);
  await form.getByRole("button", { name: "Close" }).first().click();

  // back in the Data dialog: the file imports cleanly, and the review says it adds one organisation
  await expect(app.dataDialog).toBeVisible();
  await app.importFiles([{ name: file.suggestedFilename(), mimeType: "application/json", buffer: body }]);
  await expect(app.importReview).toContainText("No problems found.");
  const organisations = app.importReview.getByTestId("import-diff").getByRole("row", { name: /Organisations/ });
  await expect(organisations.getByRole("cell").first()).toHaveText("1");
  await app.applyImport("merge");
  await expect.poll(() => app.count("Organisations")).toBe(26);
  expect(errors).toEqual([]);
});

test("a correction to a project: the field, what the source states instead, a source; a file a maintainer can read back", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const app = new AppDriver(page);
  await app.openReady(`?sel=${MUNICIPALITY.prizren}`);
  const project = page.getByTestId("fact-project").filter({ hasText: "Preventing violent extremism in Kosovo" });
  const open = project.getByRole("button", { name: "Suggest a correction to Preventing violent extremism in Kosovo" });
  await open.click();
  const form = page.getByTestId("correction-dialog");
  await expect(form).toContainText("Correction to: Project Preventing violent extremism in Kosovo");
  await form.getByLabel("What is wrong").selectOption({ label: "End" });
  await expect(form).toContainText("Now: not stated");
  const download = form.getByRole("button", { name: "Download the record file" });
  await expect(download).toBeDisabled();
  await form.getByLabel("What the sources state instead").fill("The project ended in 2019.");
  await form.getByLabel("Why").fill("The donor's final report gives the end date.");
  await form.getByLabel("Web address").fill("https://donor.example/reports/final");
  await expect(download).toBeDisabled();
  await form.getByLabel("What the source states, in your own words").fill("The final report says work closed in 2019.");
  await expect(form.getByTestId("contribute-status")).toContainText("The correction is complete");
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="correction-dialog"]')
    .withTags(["wcag2a", "wcag2aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toBe("wb-radar-correction-projects-kcss-pve-kosovo.json");
  const back = parseCorrection(readFileSync((await file.path())!, "utf8"));
  expect(back).toMatchObject({
    ok: true,
    value: { entity: "projects", id: "kcss-pve-kosovo", field: "end", proposed: "The project ended in 2019." },
  });
  await page.keyboard.press("Escape");
  await expect(open).toBeFocused();
  expect(errors).toEqual([]);
});
