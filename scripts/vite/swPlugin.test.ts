import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildVersion, precacheList, SW_FILE, writeServiceWorker } from './swPlugin.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-plugin-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dir, 'assets/index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets/index-abc.js.map'), '{}');
  writeFileSync(join(dir, 'assets/editor.worker-def.js'), 'self.onmessage = () => {}');
  writeFileSync(join(dir, 'assets/codicon-123.ttf'), 'font');
  writeFileSync(join(dir, '.DS_Store'), 'junk');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precache list and version', () => {
  test('every built file but the worker itself, source maps and hidden files, sorted', () => {
    writeFileSync(join(dir, SW_FILE), 'old worker');
    expect(precacheList(dir)).toEqual(['assets/codicon-123.ttf', 'assets/editor.worker-def.js', 'assets/index-abc.js', 'favicon.svg', 'index.html']);
  });

  test('the version changes with any file and only then', () => {
    const v1 = buildVersion(dir, precacheList(dir));
    expect(v1).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion(dir, precacheList(dir))).toBe(v1);
    writeFileSync(join(dir, 'favicon.svg'), '<svg viewBox="0 0 1 1"/>');
    expect(buildVersion(dir, precacheList(dir))).not.toBe(v1);
  });
});

// ---- The generated worker, run in a sandbox with a fake service-worker scope ----

type Listener = (e: Record<string, unknown>) => void;

interface FakeWorld {
  listeners: Map<string, Listener>;
  caches: Map<string, Map<string, string>>;
  fetched: string[];
  online: boolean;
  claimed: boolean;
}

const SCOPE = 'https://app.example/';

function loadWorker(code: string): FakeWorld {
  const world: FakeWorld = { listeners: new Map(), caches: new Map(), fetched: [], online: true, claimed: false };
  const hrefOf = (r: unknown) => (typeof r === 'string' ? r : (r as Request).url);
  const fakeFetch = async (r: unknown) => {
    world.fetched.push(hrefOf(r));
    if (!world.online) throw new TypeError('Failed to fetch');
    return new Response(`network:${hrefOf(r)}`);
  };
  const open = async (name: string) => {
    const store = world.caches.get(name) ?? new Map<string, string>();
    world.caches.set(name, store);
    return {
      addAll: async (requests: Request[]) => {
        for (const r of requests) store.set(r.url, await (await fakeFetch(r)).text());
      },
    };
  };
  const caches = {
    open,
    keys: async () => [...world.caches.keys()],
    delete: async (name: string) => world.caches.delete(name),
    match: async (r: unknown, opts: { cacheName: string; ignoreSearch?: boolean; ignoreVary?: boolean }) => {
      // Like vite preview, the fake server answers with \`Vary: Origin\`: a page's request matches only with ignoreVary.
      if (!opts.ignoreVary) return undefined;
      const url = new URL(hrefOf(r));
      if (opts.ignoreSearch) url.search = '';
      const body = world.caches.get(opts.cacheName)?.get(url.href);
      return body === undefined ? undefined : new Response(`cache:${body}`);
    },
  };
  const self = {
    location: new URL(SCOPE),
    registration: { scope: SCOPE },
    clients: { claim: async () => void (world.claimed = true) },
    skipWaiting: async () => undefined,
    addEventListener: (type: string, l: Listener) => world.listeners.set(type, l),
  };
  runInNewContext(code, { self, caches, fetch: fakeFetch, URL, Request, Response, Set, Promise });
  return world;
}

async function lifecycle(world: FakeWorld, type: 'install' | 'activate'): Promise<void> {
  let pending: Promise<unknown> = Promise.resolve();
  world.listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => void (pending = p) });
  await pending;
}

/** Dispatch a fetch: the response text, or `undefined` when the worker leaves the request alone. */
async function dispatch(world: FakeWorld, url: string, init: { method?: string; mode?: string } = {}): Promise<string | undefined> {
  let answer: Promise<Response> | undefined;
  const request = { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors' };
  world.listeners.get('fetch')!({ request, respondWith: (r: Promise<Response>) => void (answer = r) });
  return answer ? (await answer).text() : undefined;
}

describe('the generated service worker', () => {
  test('precaches the build, serves it offline and leaves other requests alone', async () => {
    const { files, version } = await writeServiceWorker(dir);
    const code = readFileSync(join(dir, SW_FILE), 'utf8');
    expect(code).toContain(`build ${version}`);
    expect(files).toHaveLength(5);

    const world = loadWorker(code);
    world.caches.set('asl-studio-old', new Map([['x', 'y']]));
    world.caches.set('other-app', new Map());
    await lifecycle(world, 'install');
    const cache = world.caches.get(`asl-studio-${version}`)!;
    expect([...cache.keys()].sort()).toEqual(files.map((f) => SCOPE + f).sort());
    await lifecycle(world, 'activate');
    expect([...world.caches.keys()].sort()).toEqual([`asl-studio-${version}`, 'other-app']);
    expect(world.claimed).toBe(true);

    world.online = false;
    world.fetched = [];
    expect(await dispatch(world, `${SCOPE}assets/index-abc.js`)).toBe(`cache:network:${SCOPE}assets/index-abc.js`);
    expect(await dispatch(world, `${SCOPE}assets/editor.worker-def.js?worker_file&type=module`)).toContain('cache:');
    expect(await dispatch(world, `${SCOPE}?x=1`, { mode: 'navigate' })).toBe(`cache:network:${SCOPE}index.html`);
    expect(world.fetched).toEqual([`${SCOPE}?x=1`]);

    // Not ours: other hosts, non-GET, the AWS proxy, unknown paths.
    expect(await dispatch(world, 'https://cdn.example/lib.js')).toBeUndefined();
    expect(await dispatch(world, `${SCOPE}assets/index-abc.js`, { method: 'POST' })).toBeUndefined();
    expect(await dispatch(world, `${SCOPE}aws-proxy/states.us-east-1.amazonaws.com/`, { method: 'POST' })).toBeUndefined();
    expect(await dispatch(world, `${SCOPE}aws-proxy/x`)).toBeUndefined();
    expect(await dispatch(world, `${SCOPE}aws-proxy/x`, { mode: 'navigate' })).toBeUndefined();
  });

  test('online, a navigation gets the network response (a new deployment shows at once)', async () => {
    await writeServiceWorker(dir);
    const world = loadWorker(readFileSync(join(dir, SW_FILE), 'utf8'));
    await lifecycle(world, 'install');
    await lifecycle(world, 'activate');
    expect(await dispatch(world, SCOPE, { mode: 'navigate' })).toBe(`network:${SCOPE}`);
    expect(await dispatch(world, `${SCOPE}assets/index-abc.js`)).toMatch(/^cache:/);
  });
});
