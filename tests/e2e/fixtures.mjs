// Shared test set-up: every page in every test fails the test if it asks another origin or if
// the browser reports a Content-Security-Policy violation.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const foreign = [];
    const violations = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        foreign.push(url);
      }
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(page);
    expect(foreign, "requests outside the page's origin").toEqual([]);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

export { expect };

/** Opens the editor and waits until the app has rendered. */
export async function openEditor(page, path = "/") {
  await page.goto(path);
  const editor = page.getByLabel("Postmortem in Markdown");
  await expect(editor).toBeVisible();
  return editor;
}

/**
 * Pastes `text` as the whole draft in one input event, as a long draft arrives (typed through
 * `fill` or the browser's editing commands, thousands of lines take 15-25 s with spell checking).
 */
export async function pasteDraft(editor, text) {
  await editor.evaluate((area, draft) => {
    area.value = draft;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}
