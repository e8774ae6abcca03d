// axe-core (from npm, injected from disk: no network) on the main views, and screenshots of
// them at 1280 and 800 px for the README (saved in tests/artifacts/).
import { readFileSync, mkdirSync } from "node:fs";
import { test, expect, openEditor } from "./fixtures.mjs";

const axeSource = readFileSync(new URL("../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const corpus = readFileSync(new URL("../corpus/sre-slo/search-cache-stampede.md", import.meta.url), "utf8");
const artifacts = new URL("../artifacts/", import.meta.url);
mkdirSync(artifacts, { recursive: true });

async function seriousViolations(page) {
  // Evaluated through DevTools rather than as a <script>: the page's CSP refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes) ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
}

for (const theme of ["light", "dark"]) {
  test(`the split view with a full postmortem has no serious accessibility problem (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const editor = await openEditor(page);
    await editor.fill(corpus);
    await expect(page.getByTestId("completion")).toHaveText("100% complete");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL(`split-1280-${theme}.png`, artifacts).pathname });
  });
}

test("the starter template, the preview, the help and drafts dialogs and the 800 px layout have no serious accessibility problem", async ({ page }) => {
  const editor = await openEditor(page);
  await page.getByTestId("new-from-template").selectOption("sre-slo");
  await expect(editor).toHaveValue(/## Executive Summary/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Preview" }).click();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Keyboard shortcuts and help" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Drafts", exact: true }).click();
  await expect(page.getByTestId("drafts").locator("li")).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: new URL("drafts-dialog.png", artifacts).pathname });
  await page.keyboard.press("Escape");

  await page.setViewportSize({ width: 800, height: 1000 });
  await page.getByRole("button", { name: "Split" }).click();
  await page.getByLabel("Postmortem in Markdown").fill(corpus);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: new URL("split-800.png", artifacts).pathname, fullPage: false });
});
