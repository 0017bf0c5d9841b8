/**
 * The service worker of the production build (a classic script: no import, no export). `scripts/vite/swPlugin.ts`
 * strips its types and prepends the two constants below, the precache list (every file of `dist/`, relative to
 * the worker's scope) and the build's version (a hash of those files), as `dist/sw.js`.
 *
 * - install: every file of the build goes into the cache `asl-studio-<version>`;
 * - fetch: only same-origin GET requests are answered. Precached files come from the cache first (they are hashed,
 *   or belong to this very build); a navigation to the app goes to the network first and falls back to the cached
 *   index.html when offline. Everything else (the AWS proxy under `/aws-proxy/`, any other host, any POST) is not
 *   touched at all;
 * - activate: caches of other versions are deleted and open pages are taken over (the first visit works offline
 *   at once). An update waits until the page asks it to take over (`skip-waiting`): an old page must not lose the
 *   lazy chunks of its own version.
 */

declare const __ASL_SW_PRECACHE__: readonly string[];
declare const __ASL_SW_VERSION__: string;

(() => {
  interface ExtendableEvent extends Event {
    waitUntil(p: Promise<unknown>): void;
  }
  interface FetchEvent extends ExtendableEvent {
    readonly request: Request;
    respondWith(r: Promise<Response>): void;
  }
  interface ServiceWorkerScope {
    readonly location: Location;
    readonly registration: { readonly scope: string };
    readonly clients: { claim(): Promise<void> };
    skipWaiting(): Promise<void>;
    addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
    addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
    addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  }

  const sw = self as unknown as ServiceWorkerScope;
  const PREFIX = 'asl-studio-';
  const CACHE = `${PREFIX}${__ASL_SW_VERSION__}`;
  const scope = sw.registration.scope;
  const indexUrl = new URL('index.html', scope).href;
  const precached = new Set(__ASL_SW_PRECACHE__.map((p) => new URL(p, scope).href));

  /** Hashed files can come from the HTTP cache; the others (index.html, icons) must be this build's own. */
  const precacheRequest = (href: string) => new Request(href, { cache: href.includes('/assets/') ? 'default' : 'no-cache' });

  sw.addEventListener('install', (event) => {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...precached].map(precacheRequest))));
  });

  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
        .then(() => sw.clients.claim()),
    );
  });

  sw.addEventListener('message', (event) => {
    if (event.data === 'skip-waiting') void sw.skipWaiting();
  });

  async function cacheFirst(request: Request): Promise<Response> {
    // ignoreVary: servers answer with `Vary: Origin`, and a module script's request has an Origin the precache had not.
    const hit = await caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true });
    return hit ?? fetch(request);
  }

  async function networkFirst(request: Request): Promise<Response> {
    try {
      return await fetch(request);
    } catch (e) {
      const hit = await caches.match(indexUrl, { cacheName: CACHE, ignoreVary: true });
      if (hit) return hit;
      throw e;
    }
  }

  /** A navigation to the app itself: the scope's root or its index.html, with any query (the hash is not sent). */
  const isAppPage = (url: URL) => url.href.split('?')[0] === scope || url.href.split('?')[0] === indexUrl;

  sw.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== sw.location.origin) return;
    if (request.mode === 'navigate' && isAppPage(url)) {
      event.respondWith(networkFirst(request));
      return;
    }
    url.search = '';
    url.hash = '';
    if (precached.has(url.href)) event.respondWith(cacheFirst(request));
  });
})();
