// History snapshots: taken while writing and on Ctrl+S; restoring keeps the current text too.
import { test, expect, openEditor } from "./fixtures.mjs";

test("a snapshot can be restored, and the text it replaces becomes a snapshot itself", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("# Version one\ntext");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  await editor.press("Control+s");
  await expect(page.locator(".notice")).toContainText("snapshot");
  await editor.fill("# Version two\ntext");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");

  await page.getByRole("button", { name: "History" }).click();
  const history = page.getByTestId("history");
  await expect(history.locator("li")).toHaveCount(1);
  await history.getByRole("button", { name: /Restore/ }).click();
  await expect(editor).toHaveValue("# Version one\ntext");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");

  await page.getByRole("button", { name: "History" }).click();
  await expect(page.getByTestId("history").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("history").locator("li").first()).toContainText("Version two");
  await page.keyboard.press("Escape");

  // After a reload the restored text and the history are still there.
  await page.reload();
  await expect(page.getByLabel("Postmortem in Markdown")).toHaveValue("# Version one\ntext");
});
