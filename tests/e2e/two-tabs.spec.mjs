// Two tabs on the same draft never lose either side's text.
import { test, expect, openEditor } from "./fixtures.mjs";
import { storedTexts } from "./storage-helpers.mjs";

test("a tab that sees another tab's save stops saving and lets the author choose", async ({ page, context }) => {
  const editorA = await openEditor(page);
  await editorA.fill("Text typed in tab A first");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  // Tab B opens the same (last open) draft.
  const other = await context.newPage();
  await other.goto("/");
  const editorB = other.getByLabel("Postmortem in Markdown");
  await expect(editorB).toHaveValue("Text typed in tab A first");

  await editorA.fill("Text typed in tab A");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  // Tab B is told, and does not save over A even when its author keeps typing.
  await expect(other.getByTestId("other-tab")).toBeVisible();
  await editorB.fill("Text typed in tab B");
  await other.waitForTimeout(600);
  expect(await storedTexts(page)).toEqual(["Text typed in tab A"]);

  // Keeping B's text saves it, and A's version is kept as a draft of its own.
  await other.getByRole("button", { name: "Keep mine" }).click();
  await expect(other.getByTestId("other-tab")).toHaveCount(0);
  await expect(other.getByTestId("save-state")).toHaveText("Saved");
  expect((await storedTexts(page)).sort()).toEqual(["Text typed in tab A", "Text typed in tab B"]);

  // Tab A now sees B's save and can load it; its own text is kept as a draft too.
  await expect(page.getByTestId("other-tab")).toBeVisible();
  await page.getByRole("button", { name: "Load the other tab's text" }).click();
  await expect(editorA).toHaveValue("Text typed in tab B");
  const texts = await storedTexts(page);
  expect(texts).toContain("Text typed in tab A");
  expect(texts).toContain("Text typed in tab B");
  // The kept copy is listed under Drafts.
  await page.getByRole("button", { name: "Drafts", exact: true }).click();
  await expect(page.getByTestId("drafts")).toContainText("copy kept when two tabs disagreed");
});

test("leaving a tab while the choice is pending keeps its text as a draft", async ({ page, context }) => {
  const editorA = await openEditor(page);
  await editorA.fill("Shared start");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  const other = await context.newPage();
  await other.goto("/");
  const editorB = other.getByLabel("Postmortem in Markdown");
  await expect(editorB).toHaveValue("Shared start");
  await editorA.fill("A's newer text");
  await expect(other.getByTestId("other-tab")).toBeVisible();
  const checks = await other.evaluate(() => Number(document.body.dataset.checks));
  await editorB.fill("B's text, typed while the choice waits");
  // The page has taken the edit in (as it has long before a person closes a tab).
  await other.waitForFunction((n) => Number(document.body.dataset.checks) > n, checks);
  // B is closed without choosing: its text must not be lost. With its unload handlers run,
  // `close` does not wait for the page to go, so the test waits for that before reading.
  const closed = other.waitForEvent("close");
  await other.close({ runBeforeUnload: true });
  await closed;
  const texts = await storedTexts(page);
  expect(texts).toContain("A's newer text");
  expect(texts).toContain("B's text, typed while the choice waits");
});
