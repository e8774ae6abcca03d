// Trunk post-build hook (Trunk.toml): finishes the build in Trunk's staging directory.
//
// 1. A Content-Security-Policy meta tag in index.html, with the SHA-256 hash of Trunk's inline
//    loader script (its text names the hashed files, so the hash changes with every build).
//    The same policy, plus what only a header can carry, is written to csp.txt for deployers
//    (docs/deploying.md).
// 0. wasm-bindgen's JS glue minified by terser (Trunk's own minifier cannot parse it), and
//    its Subresource Integrity hash in index.html updated to match: 9 KB to 7 KB gzipped.
// 2. sw.js from web/sw.js with the list of every file of this build to precache and a version
//    derived from their contents, so the list is never kept by hand.
//
// Release builds only: `trunk serve` in debug injects its own live-reload script and socket.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? "web";
if (!staging) {
  console.error("postbuild: TRUNK_STAGING_DIR is not set (run by Trunk as a hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") {
  console.log("postbuild: debug build, no CSP and no service worker");
  process.exit(0);
}

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

// 0. Minified glue. Only the names inside the file change: its exports and the wasm imports'
//    keys stay, which is all the loader and the wasm see.
// terser is pinned with the other npm tools in tests/package.json.
let minify;
try {
  ({ minify } = createRequire(new URL("../tests/package.json", import.meta.url))("terser"));
} catch {
  console.error("postbuild: terser is not installed in tests/node_modules; run scripts/setup");
  process.exit(1);
}
for (const name of readdirSync(staging).filter((n) => /^postmortem-web-[0-9a-f]+\.js$/.test(n))) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, "utf8"), { module: true, ecma: 2020 });
  if (!code) {
    console.error(`postbuild: terser returned nothing for ${name}`);
    process.exit(1);
  }
  writeFileSync(path, code);
  const integrity = `sha384-${createHash("sha384").update(code, "utf8").digest("base64")}`;
  const tag = new RegExp(`(href="\\./${name.replace(".", "\\.")}"[^>]*integrity=")[^"]*(")`);
  if (!tag.test(html)) {
    console.error(`postbuild: no integrity attribute for ${name} in index.html`);
    process.exit(1);
  }
  html = html.replace(tag, `$1${integrity}$2`);
}

// 1. Content-Security-Policy.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  // Yew sets style attributes (progress bars, the gutter's scroll offset).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
html = html.replace(
  /<meta charset="utf-8"\s*\/?>/,
  (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
);
if (!html.includes("Content-Security-Policy")) {
  console.error("postbuild: no <meta charset> in index.html to put the CSP after");
  process.exit(1);
}
writeFileSync(indexPath, html);
// A header can also say who may frame the page; the deployer adds their wiki's origin.
writeFileSync(join(staging, "csp.txt"), `${policy}; frame-ancestors 'self'\n`);

// 2. The service worker.
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const precache = files(staging)
  .map((path) => relative(staging, path).split("\\").join("/"))
  .filter((path) => path !== "sw.js" && path !== "csp.txt")
  .sort();
const version = createHash("sha256");
for (const path of precache) version.update(path).update(readFileSync(join(staging, path)));
const sw = readFileSync(join(source, "sw.js"), "utf8")
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__PRECACHE__", JSON.stringify(precache, null, 2));
writeFileSync(join(staging, "sw.js"), sw);
console.log(`postbuild: CSP with ${hashes.length} script hash(es); sw.js precaches ${precache.length} files`);
