// The editor in an iframe on another origin: it loads, edits, copies through its fallback
// (no clipboard permission in the frame), and answers the postMessage interface for the
// origins allowed in embed.json only.
import { test, expect } from "./fixtures.mjs";

// Service workers stay out of this test, so that routing embed.json reaches the page.
test.use({ serviceWorkers: "block" });

const appPort = Number(process.env.E2E_PORT ?? 4173);
const hostPort = appPort + 2;
const app = `http://127.0.0.1:${appPort}/`;
// Another origin on the same site, so the browser lets the frame keep its drafts (a frame on
// another site may be denied storage: see the second test).
const host = `http://127.0.0.1:${hostPort}`;

test.beforeEach(async ({ context }) => {
  await context.route(`${app}embed.json`, (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ allowed_origins: [host] }) }),
  );
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: host });
});

test("embedded on another origin: loads, edits, copies via the fallback, answers postMessage", async ({ page }) => {
  page.removeAllListeners("request");
  const outside = [];
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(app) && !url.startsWith(`${host}/host.`) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  await page.goto(`${host}/host.html?app=${encodeURIComponent(app)}`);
  const frame = page.frameLocator("#editor");
  const editor = frame.getByLabel("Postmortem in Markdown");
  await expect(editor).toBeVisible();
  // Compact chrome: no title, no theme button, the editor without the preview.
  await expect(frame.locator(".app.embedded")).toBeVisible();
  await expect(frame.locator(".app-title")).toHaveCount(0);
  await expect(frame.locator(".preview")).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.received.map((m) => m.type))).toContain("postmortem:ready");

  const text = "# Postmortem: Embedded\n\n## Timeline\n- 09:41 impact begins\n";
  await editor.fill(text);
  await expect(frame.getByTestId("save-state")).toHaveText("Saved");

  // The frame has no clipboard-write permission: the async API is refused there...
  const inFrame = page.frames().find((f) => f.url().startsWith(app));
  const refused = await inFrame.evaluate(() => navigator.clipboard.writeText("x").then(() => false, () => true));
  expect(refused).toBe(true);
  // ...and Copy still works, through the copy-event fallback.
  await frame.getByRole("button", { name: "Copy Markdown" }).click();
  await expect(frame.locator(".notice")).toHaveText("Markdown copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // The host asks for the Markdown and gets the editor's text.
  await page.evaluate(() => window.sendToEditor({ type: "postmortem:get", id: "q1" }));
  await expect.poll(() => page.evaluate(() => window.received.find((m) => m.id === "q1"))).toEqual({
    type: "postmortem:markdown",
    id: "q1",
    text,
  });
  // The host loads a document: it opens as a new draft; the one before stays in the list.
  await page.evaluate(() => window.sendToEditor({ type: "postmortem:load", id: "q2", text: "# Postmortem: From the wiki\n" }));
  await expect(editor).toHaveValue("# Postmortem: From the wiki\n");
  await expect.poll(() => page.evaluate(() => window.received.find((m) => m.id === "q2"))).toEqual({ type: "postmortem:loaded", id: "q2" });
  await frame.getByRole("button", { name: "Drafts", exact: true }).click();
  await expect(frame.getByTestId("drafts").locator("li")).toHaveCount(2);
  await expect(frame.getByTestId("embedded-note")).toContainText("keep its drafts apart");
  expect(outside, "requests outside the host page and the app").toEqual([]);
});

test("messages from an origin not in embed.json are ignored; a frame denied storage still edits", async ({ page }) => {
  page.removeAllListeners("request");
  // Same host page, other origin (localhost rather than 127.0.0.1): not allowed. It is also
  // another site, where this browser denies the frame its storage.
  await page.goto(`http://localhost:${hostPort}/host.html?app=${encodeURIComponent(app)}`);
  const frame = page.frameLocator("#editor");
  const editor = frame.getByLabel("Postmortem in Markdown");
  await expect(editor).toBeVisible();
  await editor.fill("# Private draft\n");
  await expect(frame.getByTestId("not-saved")).toContainText("will not survive a reload");
  await expect(frame.getByRole("button", { name: "Download this draft" })).toBeVisible();
  await page.evaluate(() => window.sendToEditor({ type: "postmortem:get", id: "x" }));
  await page.evaluate(() => window.sendToEditor({ type: "postmortem:load", id: "y", text: "# Injected\n" }));
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.received)).toEqual([]);
  await expect(editor).toHaveValue("# Private draft\n");
});
