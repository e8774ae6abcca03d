// Opening a Markdown file by the picker or by dropping it on the editor makes a new draft; the
// draft that was open stays in the list.
import { readFileSync } from "node:fs";
import { test, expect, openEditor } from "./fixtures.mjs";

const corpus = readFileSync(new URL("../corpus/compact/webhook-queue-backlog.md", import.meta.url), "utf8");

test("a .md file opens from the picker as a new draft and the previous draft stays listed", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("# My earlier notes\nkeep me");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  await page.getByTestId("open-file").setInputFiles({ name: "webhooks.md", mimeType: "text/markdown", buffer: Buffer.from(corpus) });
  await expect(editor).toHaveValue(corpus);
  await expect(page.getByTestId("completion")).toHaveText("100% complete");
  await page.getByRole("button", { name: "Drafts", exact: true }).click();
  const list = page.getByTestId("drafts");
  await expect(list.locator("li")).toHaveCount(2);
  await expect(list).toContainText("My earlier notes");
  await expect(list.locator("li.current")).toContainText("Webhook");
});

test("a .md file dropped on the editor opens", async ({ page }) => {
  const editor = await openEditor(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped.md", { type: "text/markdown" }));
    return transfer;
  }, corpus);
  await editor.dispatchEvent("drop", { dataTransfer });
  await expect(editor).toHaveValue(corpus);
});
