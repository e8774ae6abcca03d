// The service worker: after one visit the page opens and works with the network off, and a new
// build is picked up after the "Reload to update" prompt.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { test, expect, openEditor } from "./fixtures.mjs";

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test("after one visit the page reloads and works offline, with the drafts there", async ({ page, context }) => {
  const editor = await openEditor(page);
  await controlled(page);
  await editor.fill("## Timeline\n- 09:41 impact begins\n- 09:43 alert fires\n- 10:19 incident resolved\n");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");

  await context.setOffline(true);
  await page.reload();
  const offlineEditor = page.getByLabel("Postmortem in Markdown");
  await expect(offlineEditor).toHaveValue(/09:41 impact begins/);
  await expect(page.locator('[data-section="timeline"]')).toHaveAttribute("data-status", "complete");
  // Typing still checks, and a rule's page (fetched from the cache) opens.
  await offlineEditor.fill("# Postmortem: Offline\n\nTODO\n");
  await page.locator(".rule-link").first().click();
  await expect(page.getByRole("dialog")).toContainText("PM");
  await expect(page.getByRole("dialog")).not.toContainText("could not be loaded");
  // Both the query form (?embed=1) and the page open offline.
  await page.goto("/?embed=1");
  await expect(page.getByLabel("Postmortem in Markdown")).toHaveValue("# Postmortem: Offline\n\nTODO\n");
  await context.setOffline(false);
});

test("the web app manifest names the editor and its icons load", async ({ page }) => {
  await openEditor(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(new URL(href, page.url()).href)).json();
  expect(manifest).toMatchObject({ name: "Postmortem editor", start_url: "./", scope: "./", display: "standalone" });
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).length).toBeGreaterThan(500);
  }
});

test("a new build is found, offered, and taken after Reload to update", async ({ page }) => {
  const dir = new URL("../test-results/update-dist/", import.meta.url);
  rmSync(dir, { recursive: true, force: true });
  cpSync(new URL("../../dist/", import.meta.url), dir, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4173) + 3;
  const origin = `http://127.0.0.1:${port}`;
  // This test's pages live on the update server's origin.
  page.removeAllListeners("request");

  await page.goto(`${origin}/`);
  await expect(page.getByLabel("Postmortem in Markdown")).toBeVisible();
  await controlled(page);
  await page.getByLabel("Postmortem in Markdown").fill("# Kept across the update\n");
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  await expect(page.getByTestId("update-ready")).toHaveCount(0);

  // Deploy a "new build": another page title, and a new service worker version.
  const index = new URL("index.html", dir);
  writeFileSync(index, readFileSync(index, "utf8").replace("<title>Postmortem editor</title>", "<title>Postmortem editor (new build)</title>"));
  const sw = new URL("sw.js", dir);
  writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "[^"]+"/, 'const VERSION = "new-build"'));

  // The browser looks for a new worker on navigation; the old one still serves this page.
  await page.reload();
  await expect(page).toHaveTitle("Postmortem editor");
  await expect(page.getByTestId("update-ready")).toBeVisible();
  await page.getByRole("button", { name: "Reload to update" }).click();
  await expect(page).toHaveTitle("Postmortem editor (new build)");
  await expect(page.getByLabel("Postmortem in Markdown")).toHaveValue("# Kept across the update\n");
  await expect(page.getByTestId("update-ready")).toHaveCount(0);
});
