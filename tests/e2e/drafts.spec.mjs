// Many drafts in one browser: autosave across a quick reload, the list, rename, duplicate,
// delete with undo and trash, a corrupted entry, migration, backup export and import.
import { readFileSync } from "node:fs";
import { test, expect, openEditor } from "./fixtures.mjs";
import { NS, record, seed, storedDrafts, storedTexts } from "./storage-helpers.mjs";

const DAY = 24 * 60 * 60 * 1000;

async function openDrafts(page) {
  await page.getByRole("button", { name: "Drafts", exact: true }).click();
  const list = page.getByTestId("drafts");
  await expect(list).toBeVisible();
  return list;
}

test("text typed and the page reloaded within a second is still there", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.click();
  await page.keyboard.type("# Typed just before a reload\nlast words");
  // No wait for "Saved": leaving the page writes what is pending.
  await page.reload();
  await expect(page.getByLabel("Postmortem in Markdown")).toHaveValue("# Typed just before a reload\nlast words");
});

test("drafts are listed newest first and can be opened, renamed, duplicated, deleted and restored", async ({ page }) => {
  const editor = await openEditor(page);
  await editor.fill("# Postmortem: Search timed out\n");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  await page.getByTestId("new-from-template").selectOption("sre-slo");
  await expect(editor).toHaveValue(/^# /);
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  const templateText = await editor.inputValue();

  let list = await openDrafts(page);
  await expect(list.locator("li")).toHaveCount(2);
  // Newest first, with title, profile and completion.
  await expect(list.locator("li").first()).toHaveClass(/current/);
  await expect(list.locator("li").nth(1)).toContainText("Search timed out");
  await expect(list.locator("li").nth(1)).toContainText("% complete");
  await expect(list.locator("li").first()).toContainText("SRE with SLO");

  // Open the older one; a reload reopens it.
  await list.getByRole("button", { name: "Open Search timed out" }).click();
  await expect(editor).toHaveValue("# Postmortem: Search timed out\n");
  await page.reload();
  await expect(page.getByLabel("Postmortem in Markdown")).toHaveValue("# Postmortem: Search timed out\n");

  // Rename.
  list = await openDrafts(page);
  await list.getByRole("button", { name: "Rename Search timed out" }).click();
  await list.getByLabel("New name").fill("Search outage, March");
  await list.getByRole("button", { name: "Save name" }).click();
  await expect(list).toContainText("Search outage, March");

  // Duplicate opens the copy.
  await list.getByRole("button", { name: "Duplicate Search outage, March" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.locator(".app-title")).toContainText("Search timed out");
  list = await openDrafts(page);
  await expect(list.locator("li")).toHaveCount(3);
  await expect(list).toContainText("Copy of Search outage, March");

  // Delete the open copy: it goes to the trash and Undo brings it back.
  await list.getByRole("button", { name: "Delete Copy of Search outage, March" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("trashed")).toContainText("moved to the trash");
  await page.getByTestId("trashed").getByRole("button", { name: "Undo" }).click();
  list = await openDrafts(page);
  await expect(list.locator("li")).toHaveCount(3);

  // Delete the template draft, then restore it from the trash.
  const templateTitle = (await list.locator("li").filter({ hasText: "SRE with SLO" }).locator(".draft-title").first().innerText()).replace(" (open)", "").trim();
  await list.getByRole("button", { name: `Delete ${templateTitle}` }).click();
  await expect(list.locator("li")).toHaveCount(2);
  const trash = page.getByTestId("trash");
  await expect(trash.locator("li")).toHaveCount(1);
  await trash.getByRole("button", { name: `Restore ${templateTitle}` }).click();
  await expect(list.locator("li")).toHaveCount(3);
  expect(await storedTexts(page)).toContain(templateText);
});

test("a corrupted entry is set aside and every other draft stays readable", async ({ page }) => {
  await seed(page, {
    "draft.aaa1": record("aaa1", "# Postmortem: First good draft\n", { changed: Date.now() - 2000 }),
    "draft.bbb2": "{\"id\": \"bbb2\", \"text\": tru",
    "draft.ccc3": record("ccc3", "# Postmortem: Second good draft\n", { changed: Date.now() - 1000 }),
    drafts: JSON.stringify(["aaa1", "bbb2", "ccc3"]),
    last: "bbb2",
  });
  const editor = await openEditor(page);
  // The last open draft was the damaged one: the page says so and opens the newest good one.
  await expect(page.locator(".notice")).toContainText("could not be read");
  await expect(editor).toHaveValue("# Postmortem: Second good draft\n");
  const list = await openDrafts(page);
  await expect(list.locator("li")).toHaveCount(2);
  await expect(page.getByTestId("quarantined")).toContainText("quarantine.draft.bbb2");
  await list.getByRole("button", { name: "Open First good draft" }).click();
  await expect(editor).toHaveValue("# Postmortem: First good draft\n");
  // The damaged value is kept as it was and can be downloaded.
  await openDrafts(page);
  const download = page.waitForEvent("download");
  await page.getByTestId("quarantined").getByRole("button", { name: "Download" }).click();
  const file = await (await download).path();
  expect(readFileSync(file, "utf8")).toBe("{\"id\": \"bbb2\", \"text\": tru");
});

test("the single draft of the previous version is migrated and opens", async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.setItem("postmortem.v1.draft.current", "# Postmortem: From version one\n");
    localStorage.setItem("postmortem.v1.draft.current.revision", "4");
  });
  const editor = await openEditor(page);
  await expect(editor).toHaveValue("# Postmortem: From version one\n");
  await expect(page.locator(".notice")).toContainText("previous version");
  expect(await page.evaluate(() => localStorage.getItem("postmortem.v1.draft.current"))).toBeNull();
});

test("a reminder to back up shows when drafts have not been exported for a week, and export clears it", async ({ page }) => {
  const old = Date.now() - 10 * DAY;
  await seed(page, { "draft.old1": record("old1", "# Postmortem: Old incident\n", { changed: old, created: old }) });
  await openEditor(page);
  await openDrafts(page);
  await expect(page.getByTestId("backup-reminder")).toBeVisible();
  await expect(page.getByTestId("storage-note")).toContainText("Drafts take");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all drafts" }).click();
  expect((await download).suggestedFilename()).toMatch(/^postmortem-drafts-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId("backup-reminder")).toHaveCount(0);
});

test("export then import in a fresh browser profile restores every draft and snapshot", async ({ page, browser, baseURL }) => {
  const editor = await openEditor(page);
  await editor.fill("# Postmortem: Payments declined\nfirst version\n");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  await editor.press("Control+s");
  await editor.fill("# Postmortem: Payments declined\nsecond version\n");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  await page.getByTestId("new-from-template").selectOption("compact");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  const before = await storedDrafts(page);
  expect(before).toHaveLength(2);
  await openDrafts(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all drafts" }).click();
  const backupPath = await (await download).path();
  const backup = JSON.parse(readFileSync(backupPath, "utf8"));
  expect(backup.format).toBe("postmortem-drafts-backup");

  // A fresh profile: nothing stored.
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  const foreign = [];
  fresh.on("request", (r) => { if (!r.url().startsWith(new URL(baseURL).origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url()); });
  await fresh.goto("/");
  await expect(fresh.getByLabel("Postmortem in Markdown")).toHaveValue("");
  await fresh.getByRole("button", { name: "Drafts", exact: true }).click();
  await fresh.getByTestId("import-backup").setInputFiles(backupPath);
  await expect(fresh.locator(".notice")).toContainText("2 drafts added");
  await expect(fresh.locator(".notice")).toContainText("1 snapshot added");
  const list = fresh.getByTestId("drafts");
  await expect(list.locator("li")).toHaveCount(2);
  await list.getByRole("button", { name: "Open Payments declined" }).click();
  await expect(fresh.getByLabel("Postmortem in Markdown")).toHaveValue("# Postmortem: Payments declined\nsecond version\n");
  await fresh.getByRole("button", { name: "History" }).click();
  await expect(fresh.getByTestId("history")).toContainText("Payments declined");
  const after = await storedDrafts(fresh);
  expect(after.map((d) => d.text).sort()).toEqual(before.map((d) => d.text).sort());

  // Importing the same file again adds nothing and overwrites nothing.
  await fresh.keyboard.press("Escape");
  await fresh.getByRole("button", { name: "Drafts", exact: true }).click();
  await fresh.getByTestId("import-backup").setInputFiles(backupPath);
  await expect(fresh.locator(".notice")).toContainText("0 drafts added, 2 already here");
  // A file that is not a backup is refused with a reason.
  await fresh.getByTestId("import-backup").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{\"hello\": 1}") });
  await expect(fresh.locator(".notice")).toContainText("not a postmortem drafts backup");
  expect(foreign).toEqual([]);
  await context.close();
});
