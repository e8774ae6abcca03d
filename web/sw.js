// The page's service worker: serves the app shell from a cache so the editor opens offline.
// scripts/postbuild.mjs writes the build's file list (hashed names) and version into the copy
// in the build; this file in web/ is the template. A new build is a new worker: it installs
// beside the old one and waits until the page asks it to take over ("Reload to update").
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `postmortem-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("postmortem-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "postmortem:skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every page of the app is the one index.html, whatever its query (?embed=1).
      const cached =
        request.mode === "navigate"
          ? await cache.match("index.html")
          : await cache.match(request, { ignoreSearch: true });
      return cached ?? fetch(request);
    })(),
  );
});
