// Browser end-to-end tests against the release build (../dist) served locally.
// Chromium comes from Debian (/usr/bin/chromium); Playwright never downloads a browser here.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    // The release build at the root of its origin.
    { command: `node serve.mjs ../dist ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, timeout: 20_000 },
    // The same build under a sub-path.
    { command: `node serve.mjs ../dist ${port + 1} /some/sub/path/`, url: `http://127.0.0.1:${port + 1}/some/sub/path/`, reuseExistingServer: false, timeout: 20_000 },
    // Host pages that embed the editor, on another origin.
    { command: `node serve.mjs e2e/host ${port + 2}`, url: `http://127.0.0.1:${port + 2}/host.html`, reuseExistingServer: false, timeout: 20_000 },
    // A copy of the build that the update test changes (created by the test).
    { command: `node serve.mjs test-results/update-dist ${port + 3}`, port: port + 3, reuseExistingServer: false, timeout: 20_000 },
  ],
});
