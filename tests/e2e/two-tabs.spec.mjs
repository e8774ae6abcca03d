// Two tabs on the same draft never lose either side's text.
import { test, expect, openEditor } from "./fixtures.mjs";

test("a tab that sees another tab's save stops saving and lets the author choose", async ({ page, context }) => {
  const editorA = await openEditor(page);
  const other = await context.newPage();
  await other.goto("/");
  const editorB = other.getByLabel("Postmortem in Markdown");
  await expect(editorB).toBeVisible();

  await editorA.fill("Text typed in tab A");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  // Tab B is told, and does not save over A even when its author keeps typing.
  await expect(other.getByTestId("other-tab")).toBeVisible();
  await editorB.fill("Text typed in tab B");
  await other.waitForTimeout(300);
  const stored = await page.evaluate(() => localStorage.getItem("postmortem.v1.draft.current"));
  expect(stored).toBe("Text typed in tab A");

  // Keeping B's text saves it, and A's version is kept as a copy.
  await other.getByRole("button", { name: "Keep mine" }).click();
  await expect(other.getByTestId("other-tab")).toHaveCount(0);
  await expect(other.getByTestId("save-state")).toHaveText("Saved");
  const after = await page.evaluate(() => {
    const copies = Object.keys(localStorage).filter((k) => k.startsWith("postmortem.v1.draft.copy."));
    return { current: localStorage.getItem("postmortem.v1.draft.current"), copies: copies.map((k) => localStorage.getItem(k)) };
  });
  expect(after.current).toBe("Text typed in tab B");
  expect(after.copies).toContain("Text typed in tab A");

  // Tab A now sees B's save and can load it; its own text is kept as a copy.
  await expect(page.getByTestId("other-tab")).toBeVisible();
  await page.getByRole("button", { name: "Load the other tab's text" }).click();
  await expect(editorA).toHaveValue("Text typed in tab B");
  const copies = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("postmortem.v1.draft.copy.")).map((k) => localStorage.getItem(k)),
  );
  expect(copies).toContain("Text typed in tab A");
});
