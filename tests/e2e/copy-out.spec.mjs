// Taking the postmortem out: Markdown to the clipboard, a download, rich HTML for Confluence,
// the optional Key metrics block, and print.
import { readFileSync } from "node:fs";
import { test, expect, openEditor } from "./fixtures.mjs";

const corpus = readFileSync(new URL("../corpus/sre-slo/search-cache-stampede.md", import.meta.url), "utf8");

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
});

test("Copy Markdown puts exactly the editor's text on the clipboard", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill(corpus);
  await page.getByRole("button", { name: "Copy Markdown" }).click();
  await expect(page.locator(".notice")).toHaveText("Markdown copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(corpus);
});

test("Download .md gives a file named from the incident ID and title, holding the text", async ({ page }) => {
  const webhooks = readFileSync(new URL("../corpus/compact/webhook-queue-backlog.md", import.meta.url), "utf8");
  const editor = await openEditor(page);
  await editor.fill(webhooks);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download .md" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("INC-2026-0602-0814-webhook-deliveries-delayed-by-a-stuck-queue-consumer.md");
  expect(readFileSync(await file.path(), "utf8")).toBe(webhooks);
});

test("Copy as HTML puts a text/html item with the tables and a text/plain fallback", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill(corpus);
  await page.getByRole("button", { name: "Copy as HTML" }).click();
  await expect(page.locator(".notice")).toContainText("Copied as formatted text");
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: item.types,
      html: await (await item.getType("text/html")).text(),
      plain: await (await item.getType("text/plain")).text(),
    };
  });
  expect(copied.types).toEqual(expect.arrayContaining(["text/html", "text/plain"]));
  expect(copied.html).toContain("<table>");
  expect(copied.html).toContain("<h2>");
  expect(copied.html).toMatch(/<(ul|ol)>/);
  expect(copied.plain).toBe(corpus);
});

test("with key metrics, copying appends the computed figures as a table", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill(corpus);
  await page.getByTestId("key-metrics").check();
  await page.getByRole("button", { name: "Copy Markdown" }).click();
  await expect(page.locator(".notice")).toHaveText("Markdown copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(corpus.trimEnd())).toBe(true);
  expect(copied).toContain("## Key metrics");
  expect(copied).toMatch(/\| Time to detect \| \d+ (min|h)/);
  // The editor's text is not changed, and the choice is remembered.
  await expect(editor).toHaveValue(corpus);
  await page.reload();
  await expect(page.getByTestId("key-metrics")).toBeChecked();
});

test("printing shows the document alone", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill(corpus);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.locator(".panels")).toBeHidden();
  await expect(page.locator(".preview h1")).toBeVisible();
  // From the editor alone, the Markdown itself is printed.
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Editor", exact: true }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("pre.print-only")).toBeVisible();
  await expect(page.locator("pre.print-only")).toContainText("Executive Summary");
  const pdf = await page.pdf();
  expect(pdf.length).toBeGreaterThan(10_000);
});
