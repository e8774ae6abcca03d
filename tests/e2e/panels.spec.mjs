// The page used as a person uses it: type, click, read the panels.
import { readFileSync } from "node:fs";
import { test, expect, openEditor, pasteDraft } from "./fixtures.mjs";

const corpus = (path) => readFileSync(new URL(`../corpus/${path}`, import.meta.url), "utf8");
const section = (page, id) => page.locator(`[data-section="${id}"]`);

test("a template starts the draft, completion rises as it is filled, and Ctrl+Z brings the old text back", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("My own notes");
  await page.getByTestId("new-from-template").selectOption("compact");
  await expect(editor).toHaveValue(/## Incident Information/);
  await expect(page.getByTestId("profile-picker")).toContainText("compact — detected");
  await expect(section(page, "summary")).toHaveAttribute("data-status", "placeholder");
  const before = Number((await page.getByTestId("completion").textContent()).replace(/\D/g, ""));
  expect(before).toBeLessThan(25);

  await editor.fill(corpus("compact/webhook-queue-backlog.md"));
  await expect(page.getByTestId("completion")).toHaveText("100% complete");
  await editor.press("Control+z");
  await expect(editor).toHaveValue(/## Incident Information/);
});

test("a section in the checklist moves the cursor to its heading, and a missing one is inserted from the template", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("# Review\n\n## Summary\nDeliveries were late.\n\n## Root Cause\nA deadlock.\n");
  await page.getByTestId("profile-picker").selectOption("compact");
  await section(page, "root-cause").getByRole("button", { name: "Root Cause" }).click();
  const caret = await editor.evaluate((e) => e.value.slice(e.selectionStart, e.selectionStart + 13));
  expect(caret).toBe("## Root Cause");

  await expect(section(page, "timeline")).toHaveAttribute("data-status", "missing");
  await section(page, "timeline").getByRole("button", { name: "Insert the Timeline section" }).click();
  await expect(section(page, "timeline")).toHaveAttribute("data-status", "placeholder");
  const text = await editor.inputValue();
  expect(text.indexOf("## Timeline")).toBeGreaterThan(text.indexOf("## Summary"));
  expect(text.indexOf("## Timeline")).toBeLessThan(text.indexOf("## Root Cause"));
  expect(text).toContain("| Time (UTC) |");
});

test("a problem selects its text in the editor and its rule opens its documentation", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("## Impact\n- **Affected Users**: [Number of users]\n");
  const problem = page.locator('[data-rule="placeholder-left"]').first();
  await expect(problem).toContainText("Line 2");
  await problem.locator(".problem-message").click();
  const selected = await editor.evaluate((e) => e.value.slice(e.selectionStart, e.selectionEnd));
  expect(selected).toBe("[Number of users]");

  await problem.getByRole("button", { name: "PM201 placeholder-left" }).click();
  const dialog = page.getByRole("dialog", { name: "PM201 placeholder-left" });
  await expect(dialog.getByTestId("rule-page")).toContainText("Why is this bad?");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
});

test("the durations panel shows computed figures, flags a wrong stated one, and draws the timeline", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill(corpus("sre-slo/search-cache-stampede.md").replace("**Duration**: 38 minutes", "**Duration**: 50 minutes"));
  const duration = page.locator('[data-figure="duration_minutes"]');
  await expect(duration.locator(".computed")).toHaveText("38 min");
  await expect(duration.locator(".stated-figure.differs")).toContainText("≠ 50 minutes");
  await expect(page.locator('[data-figure="ttd_minutes"] .computed')).toHaveText("2 min");
  await expect(page.getByRole("img", { name: /Timeline: start at 0 min/ })).toBeVisible();
  await expect(page.getByTestId("error-budget")).toContainText("40.32 min of budget");
  await expect(page.locator('[data-rule="stated-figure-mismatch"]')).toContainText("50 minutes");
});

test("the severity panel explains the suggestion with its reasons and the document's own definitions", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill(
    "# Postmortem: payments API down\n\n**Date**: 2026-02-03\n**Severity**: SEV-2\n\n## Impact\n" +
      "- About 1,200 users affected (15% of daily active users)\n- Complete outage: 47 minutes (10:05-10:52 UTC)\n" +
      "- SLO Impact: availability SLO violated\n\n## Timeline (all times UTC)\n- 10:05 Impact begins\n- 10:06 Alert fires\n- 10:52 Incident resolved\n\n" +
      "## Appendix\n**SEV-1 (Critical)**:\n- Complete service outage\n\n**SEV-2 (High)**:\n- SLO violation\n",
  );
  await expect(page.getByTestId("severity-declared")).toHaveText("SEV-2");
  await expect(page.getByTestId("severity-suggested")).toContainText("SEV-1 (critical)");
  await expect(page.getByTestId("severity-suggested")).toContainText("differs");
  await expect(page.locator('[data-signal="complete outage"]')).toContainText("critical (line 8)");
  await expect(page.locator(".definitions")).toContainText("Complete service outage");
  await expect(page.locator('[data-rule="severity-contradicts-definitions"]')).toHaveCount(1);
});

test("the preview renders Markdown and shows raw HTML as text with unsafe links removed", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("# Title\n\n<script>window.pwned = 1</script>\n\n[run](javascript:alert(1)) and [docs](https://example.org)\n");
  const preview = page.locator(".preview-body");
  await expect(preview.locator("h1")).toHaveText("Title");
  await expect(preview).toContainText("<script>window.pwned = 1</script>");
  await expect(preview.locator("script")).toHaveCount(0);
  await expect(preview.getByRole("link", { name: "run" })).toHaveAttribute("href", "#");
  await expect(preview.getByRole("link", { name: "docs" })).toHaveAttribute("href", "https://example.org");
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();

  // Entities: one the parser decodes, one it leaves to the browser, one escaped, one in code.
  await editor.fill("Fix &amp; check &Tcaron; &rarr; done, \\&Tcaron; and `&Tcaron;`\n");
  await expect(preview.locator("p")).toHaveText("Fix & check Ť → done, &Tcaron; and &Tcaron;");

  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByLabel("Postmortem in Markdown")).toHaveCount(0);
  await page.getByRole("button", { name: "Editor", exact: true }).click();
  await expect(preview).toHaveCount(0);
});

test("a long draft's preview shows its last section when scrolled to the end", async ({ page }) => {
  const editor = await openEditor(page);
  const sections = [];
  for (let n = 1; n <= 400; n++) sections.push(`## Part ${n}\n\nNotes for part ${n}, with a table:\n\n| Time | Event |\n|---|---|\n| 10:${String(n % 60).padStart(2, "0")} | Step ${n} |\n`);
  await pasteDraft(editor, sections.join("\n"));
  const preview = page.locator(".preview");
  await expect(preview).toHaveAttribute("aria-busy", "false");
  const last = preview.getByRole("heading", { name: "Part 400" });
  // Blocks take their real height as they come near the view, so the end may move: scroll
  // again until it stays, as a person would.
  await expect(async () => {
    await preview.evaluate((p) => { p.scrollTop = p.scrollHeight; });
    await expect(last).toBeInViewport({ timeout: 500 });
  }).toPass();
  await expect(preview.getByRole("cell", { name: "Step 400" })).toBeInViewport();
  // Painted, not only placed (layout on demand answers every DOM question either way): the
  // heading's screenshot is text, about 2 KB of PNG, not a blank strip of about 250 bytes.
  const shot = await last.screenshot();
  expect(shot.length).toBeGreaterThan(600);
});

test("shortcuts format the selection, Tab indents, and undo is the browser's", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("word");
  await editor.evaluate((e) => e.setSelectionRange(0, 4));
  await editor.press("Control+b");
  await expect(editor).toHaveValue("**word**");
  await editor.press("Control+z");
  await expect(editor).toHaveValue("word");
  await editor.evaluate((e) => e.setSelectionRange(0, 0));
  await editor.press("Tab");
  await expect(editor).toHaveValue("  word");
  await editor.press("F1");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Ctrl/⌘ + K");
});

test("the author can choose a profile, collapse a panel, and keep a theme across reloads", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("## Executive Summary\nText.\n");
  await page.getByTestId("profile-picker").selectOption("response-analysis");
  await expect(section(page, "response-analysis")).toBeVisible();

  const toggle = page.locator('[data-panel="problems"] .panel-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("#problems-body")).toHaveCount(0);

  await page.getByRole("button", { name: /Theme: system/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.getByRole("button", { name: /Theme: light/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("at 800 px the panels stack under the editor", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const editor = await openEditor(page);
  const editorBox = await editor.boundingBox();
  const panelsBox = await page.locator(".panels").boundingBox();
  expect(panelsBox.y).toBeGreaterThan(editorBox.y + editorBox.height - 1);
});

test("the gutter numbers the lines in view and marks those with findings, far down a long draft too", async ({ page }) => {
  const editor = await openEditor(page);
  const lines = ["## Impact"];
  for (let n = 2; n <= 3000; n++) lines.push(n === 2500 ? "- **Affected Users**: [Number of users]" : `Line ${n} of the notes.`);
  await pasteDraft(editor, lines.join("\n"));
  const problem = page.locator('[data-rule="placeholder-left"]').first();
  await expect(problem).toContainText("Line 2500");

  // Only what can be in view is drawn, not a row for each of the 3,000 lines.
  const rows = page.locator(".gutter-line");
  expect(await rows.count()).toBeLessThan(400);

  // Scrolled to line 2,500 the gutter shows its number beside it, with the line's mark.
  await editor.evaluate((e) => { e.scrollTop = 2480 * 22; });
  const row = rows.filter({ hasText: /^\D*2500$/ });
  await expect(row).toHaveClass(/gutter-line (error|warning|info)/);
  const rowBox = await row.boundingBox();
  const areaBox = await editor.boundingBox();
  const scrollTop = await editor.evaluate((e) => e.scrollTop);
  // The textarea's top padding (1rem) and 22 px lines: where it draws line 2,500.
  expect(Math.abs(rowBox.y - (areaBox.y + 16 + 2499 * 22 - scrollTop))).toBeLessThan(1.5);
  await expect(rows.filter({ hasText: /^\D*2499$/ })).not.toHaveClass(/error|warning|info/);

  // Enter at the end adds a line, and its number comes with it.
  await editor.press("Control+End");
  await editor.press("Enter");
  await expect(rows.last()).toHaveText(/^\D*3001$/);
});
