// Storage that is full or missing never loses what the author typed, and says so.
import { test, expect, openEditor } from "./fixtures.mjs";
import { storedTexts } from "./storage-helpers.mjs";

test("a full storage says so, offers a download, and keeps the text on the page", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("First saved line");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  // Fill the origin's quota with other data.
  await page.evaluate(() => {
    const chunk = "x".repeat(512 * 1024);
    for (let i = 0; i < 40; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { break; }
    }
  });
  const long = "A long paragraph that no longer fits. ".repeat(20000);
  await editor.fill(long);
  await expect(page.getByTestId("not-saved")).toContainText("storage is full");
  await expect(editor).toHaveValue(long);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download this draft" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
  // What was saved before is still there.
  expect(await storedTexts(page)).toEqual(["First saved line"]);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler.")).forEach((k) => localStorage.removeItem(k)));
});

test("Free space empties the trash and the draft is saved after all", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("# Keep me\n");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  // Big drafts in the trash and the rest of the quota filled.
  await page.evaluate(() => {
    const chunk = "y".repeat(1024 * 1024);
    for (let i = 0; i < 2; i++) {
      const id = `trash${i}`;
      localStorage.setItem(`postmortem.v2.draft.${id}`, JSON.stringify({ id, text: chunk, revision: 1, created: 1, changed: 1, deleted: Date.now() }));
    }
    const filler = "x".repeat(64 * 1024);
    for (let i = 0; i < 200; i++) {
      try { localStorage.setItem(`filler.${i}`, filler); } catch { break; }
    }
  });
  const long = "# Keep me\n" + "A paragraph that needs room. ".repeat(30000);
  await editor.fill(long);
  await expect(page.getByTestId("not-saved")).toContainText("storage is full");
  await page.getByRole("button", { name: "Free space" }).click();
  await expect(page.locator(".notice")).toContainText("emptied the trash");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  expect(await storedTexts(page)).toEqual([long]);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler.")).forEach((k) => localStorage.removeItem(k)));
});

test("storage that throws on access leaves the page usable and says drafts will not survive a reload", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
    });
  });
  const editor = await openEditor(page);
  await editor.fill("## Timeline\n- 09:41 impact begins\n- 09:43 alert\n- 10:19 incident resolved\n");
  await expect(page.getByTestId("not-saved")).toContainText("will not survive a reload");
  await expect(page.locator('[data-section="timeline"]')).toHaveAttribute("data-status", "complete");
  await expect(page.getByRole("button", { name: "Download this draft" })).toBeVisible();
});
