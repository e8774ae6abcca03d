import { test, expect, openEditor } from "./fixtures.mjs";

test("typing a heading finds the section, content completes it, and a reload keeps the text", async ({ page }) => {
  const editor = await openEditor(page);
  const timeline = page.locator('[data-section="timeline"]');
  await expect(timeline).toHaveAttribute("data-status", "missing");
  await expect(page.getByTestId("completion")).toHaveText("0% complete");

  await editor.click();
  await page.keyboard.type("## Timeline\n");
  await expect(timeline).toHaveAttribute("data-status", "empty");

  await page.keyboard.type("| Time | Event |\n|---|---|\n| 09:41 | Search timeouts begin |\n");
  await expect(timeline).toHaveAttribute("data-status", "incomplete");
  await page.keyboard.type("| 09:43 | Latency alert fires |\n| 10:19 | Timeouts back to normal |\n");
  await expect(timeline).toHaveAttribute("data-status", "complete");
  await expect(timeline).toContainText("complete");
  await expect(page.getByTestId("completion")).not.toHaveText("0% complete");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");

  const typed = await editor.inputValue();
  await page.reload();
  const reloaded = page.getByLabel("Postmortem in Markdown");
  await expect(reloaded).toHaveValue(typed);
  await expect(page.locator('[data-section="timeline"]')).toHaveAttribute("data-status", "complete");
});
