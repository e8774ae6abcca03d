// Shared test set-up: every page in every test fails the test if it asks another origin.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const foreign = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        foreign.push(url);
      }
    });
    await use(page);
    expect(foreign, "requests outside the page's origin").toEqual([]);
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
