// Our full check beside markdownlint (what a team would otherwise run on its postmortems), on
// the same documents, in one run: each tool in process (ours natively via
// `cargo run --release -p postmortem --example time_check`, markdownlint 0.42 in Node), the
// median of the same number of runs, after one warm-up. Prints a Markdown table for
// docs/performance.md. Run: `node tests/perf/compare-markdownlint.mjs`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lint } from "markdownlint/sync";

const root = new URL("../../", import.meta.url).pathname;
const cargo = (args) => execFileSync("cargo", args, { cwd: root, maxBuffer: 256 * 1024 * 1024 }).toString();
const dir = mkdtempSync(join(tmpdir(), "postmortem-compare-"));
const documents = [
  ["search-cache-stampede.md (corpus)", readFileSync(join(root, "tests/corpus/sre-slo/search-cache-stampede.md"), "utf8")],
];
for (const [profile, bytes] of [["sre-slo", 10_000], ["trading-risk", 10_000], ["sre-slo", 100_000], ["sre-slo", 1_000_000], ["sre-slo", 5_000_000]]) {
  documents.push([`synthetic ${profile} ${bytes / 1000} KB`, cargo(["run", "-q", "--release", "-p", "postmortem", "--example", "synthetic", "--", profile, String(bytes)])]);
}
const files = documents.map(([name, text], i) => {
  const file = join(dir, `doc-${i}.md`);
  writeFileSync(file, text);
  return file;
});
const ours = new Map(
  cargo(["run", "-q", "--release", "-p", "postmortem", "--example", "time_check", "--", ...files])
    .trim()
    .split("\n")
    .map((line) => {
      const [file, bytes, check, parse] = line.split(" ");
      return [file, { bytes: Number(bytes), check: Number(check), parse: Number(parse) }];
    }),
);
const median = (runs, f) => {
  const times = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
};
console.log("| document | bytes | our full check (ms) | bare parse (ms) | markdownlint (ms) | markdownlint findings |");
console.log("|---|---:|---:|---:|---:|---:|");
documents.forEach(([name, text], i) => {
  const runs = text.length > 1_000_000 ? 5 : 21;
  const options = { strings: { doc: text } };
  const findings = lint(options).doc.length;
  const ml = median(runs, () => lint(options));
  const o = ours.get(files[i]);
  console.log(`| ${name} | ${o.bytes} | ${o.check.toFixed(2)} | ${o.parse.toFixed(2)} | ${ml.toFixed(2)} | ${findings} |`);
});
