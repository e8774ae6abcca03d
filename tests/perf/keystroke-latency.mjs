// Keystroke to updated checklist, measured in headless Chromium on a 50 KB draft.
// Run after a release build: `node tests/perf/keystroke-latency.mjs` (from the repository root
// or tests/). Prints the median, 95th percentile and worst of 200 keystrokes. Not a test: a
// measurement reported in notes (BRIEF.md target: 95th percentile under 16 ms).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const here = new URL(".", import.meta.url);
const port = 4321;
const server = spawn("node", [new URL("../serve.mjs", here).pathname, new URL("../../dist", here).pathname, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));

const corpus = readFileSync(new URL("../corpus/sre-slo/search-cache-stampede.md", here), "utf8");
let draft = corpus;
let i = 0;
while (draft.length < 50_000) draft += `\n\n## Appendix note ${i++}\n\n` + corpus.split("## Root Cause")[1].slice(0, 1500);
draft = draft.slice(0, 50_000);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => console.log("page error:", e.message));
  page.on("crash", () => console.log("page crashed"));
  page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
  await page.goto(`http://127.0.0.1:${port}/`);
  const editor = page.getByLabel("Postmortem in Markdown");
  await editor.fill(draft);
  await page.waitForTimeout(500);
  const samples = await page.evaluate(async (count) => {
    const area = document.getElementById("draft-text");
    const checks = () => Number(document.body.dataset.checks ?? 0);
    const times = [];
    for (let k = 0; k < count; k++) {
      const before = checks();
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (checks() > before) { observer.disconnect(); resolve(); }
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ["data-checks"] });
      });
      const start = performance.now();
      area.setRangeText(k % 10 === 9 ? "\n" : "x", area.value.length, area.value.length, "end");
      area.dispatchEvent(new InputEvent("input", { bubbles: true, data: "x", inputType: "insertText" }));
      await done;
      times.push(performance.now() - start);
    }
    return times;
  }, Number(process.env.KEYSTROKES ?? 200));
  samples.sort((a, b) => a - b);
  const at = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  console.log(`draft: ${draft.length} bytes, ${draft.split("\n").length} lines, ${samples.length} keystrokes`);
  console.log(`keystroke to updated checklist: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, worst ${samples.at(-1).toFixed(1)} ms`);

  // First render from a local server.
  const fresh = await browser.newPage();
  const t0 = Date.now();
  await fresh.goto(`http://127.0.0.1:${port}/`);
  await fresh.getByLabel("Postmortem in Markdown").waitFor();
  console.log(`first render (navigation to editor visible): ${Date.now() - t0} ms`);
} finally {
  await browser.close();
  server.kill();
}
