// Reading and seeding the page's drafts in localStorage (postmortem.v2.*), for the tests.

export const NS = "postmortem.v2.";

/** Every stored draft record, parsed. */
export async function storedDrafts(page) {
  return page.evaluate((ns) =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith(`${ns}draft.`))
      .map((k) => JSON.parse(localStorage.getItem(k))), NS);
}

/** The texts of the stored drafts not in the trash. */
export async function storedTexts(page) {
  return (await storedDrafts(page)).filter((d) => !d.deleted).map((d) => d.text);
}

/** A draft record as the page writes it. */
export function record(id, text, { changed = Date.now(), created = changed, name, deleted, revision = 1 } = {}) {
  return { id, text, name, profile: null, revision, created, changed, deleted };
}

/** Before the page loads, stores these entries (key without namespace → value or record). */
export async function seed(page, entries) {
  await page.addInitScript(({ ns, entries }) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const [key, value] of Object.entries(entries)) {
      localStorage.setItem(ns + key, typeof value === "string" ? value : JSON.stringify(value));
    }
  }, { ns: NS, entries });
}
