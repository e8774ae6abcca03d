// The release build copied under a sub-path of a static host works as at the root.
import { test, expect } from "./fixtures.mjs";

test("the build served under /some/sub/path/ loads, checks, reads rule pages and registers its worker there", async ({ page }) => {
  const port = Number(process.env.E2E_PORT ?? 4173) + 1;
  const base = `http://127.0.0.1:${port}/some/sub/path/`;
  page.removeAllListeners("request");
  const outside = [];
  page.on("request", (r) => { if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });

  await page.goto(base);
  const editor = page.getByLabel("Postmortem in Markdown");
  await expect(editor).toBeVisible();
  await editor.fill("# Postmortem: Sub-path\n\n## Timeline\n- 09:41 impact begins\n- 09:43 alert\n- 10:19 incident resolved\n");
  await expect(page.locator('[data-section="timeline"]')).toHaveAttribute("data-status", "complete");
  await page.locator(".rule-link").first().click();
  await expect(page.getByRole("dialog")).not.toContainText("could not be loaded");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base);
  await page.reload();
  await expect(page.getByLabel("Postmortem in Markdown")).toHaveValue(/Sub-path/);
  expect(outside, "requests outside the sub-path").toEqual([]);
});
