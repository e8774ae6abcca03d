// No script from a document ever runs: not in the preview, not in what Copy as HTML puts on
// the clipboard (inserted as markup into a page without any CSP). The vectors stay readable.
import { test, expect, openEditor } from "./fixtures.mjs";
import { vectors, document } from "./xss-vectors.mjs";

test.beforeEach(async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
  await page.addInitScript(() => {
    window.__xssHits = [];
    window.__xss = (name) => window.__xssHits.push(name);
  });
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test("the preview shows every vector as text and runs none of them", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill(document);
  const preview = page.locator(".preview-body");
  await expect(preview).toContainText("<script>window.__xss('script')</script>");
  await expect(preview).toContainText("<img src=x onerror=");
  // No element a vector could have smuggled in.
  for (const tag of ["script", "img", "svg", "iframe", "object", "details", "style", "meta", "base", "form", "math"]) {
    await expect(preview.locator(tag), tag).toHaveCount(0);
  }
  // Every link goes somewhere harmless; hover and click the harmless ones that stay here.
  const hrefs = await preview.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href, href).toMatch(/^(https?:|mailto:|#)/);
  for (const link of await preview.locator('a[href="#"]').all()) {
    await link.hover();
    await link.click();
  }
  await preview.locator("a", { hasText: "click me" }).last().hover();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__xssHits)).toEqual([]);
  expect(page.url()).toMatch(/\/(#)?$/);
  // Each vector's name is still a heading.
  for (const [name] of vectors) await expect(preview.getByRole("heading", { name, exact: true })).toHaveCount(1);
});

test("Copy as HTML carries no live markup: inserted into another page, nothing runs", async ({ page, context, baseURL }) => {
  const editor = await openEditor(page);
  await editor.fill(document);
  await page.getByRole("button", { name: "Copy as HTML" }).click();
  await expect(page.locator(".notice")).toContainText("Copied as formatted text");
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item.getType("text/html")).text();
  });
  expect(html).toContain("&lt;script&gt;");
  const port = Number(new URL(baseURL).port) + 2;
  const paste = await context.newPage();
  const outside = [];
  paste.on("request", (r) => { if (!r.url().startsWith(`http://127.0.0.1:${port}/`)) outside.push(r.url()); });
  paste.on("dialog", (dialog) => { throw new Error(`a dialog opened: ${dialog.message()}`); });
  await paste.goto(`http://127.0.0.1:${port}/paste.html`);
  await paste.evaluate((markup) => window.pasteHtml(markup), html);
  await paste.waitForTimeout(500);
  for (const link of await paste.locator('#target a[href="#"]').all()) await link.click();
  expect(await paste.evaluate(() => window.__xssHits)).toEqual([]);
  await expect(paste.locator("#target")).toContainText("<script>window.__xss('script')</script>");
  expect(await paste.locator("#target img, #target script, #target iframe, #target svg").count()).toBe(0);
  expect(outside, "requests from the pasted markup").toEqual([]);
});
