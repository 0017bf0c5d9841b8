import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

/**
 * `count` free loopback ports, picked once: Playwright's worker processes re-read this file, so the first pick is
 * passed on through the environment variable `name`.
 */
function freePorts(name: string, count: number): string {
  if (process.env[name]) return process.env[name];
  const ports = execSync(
    `node -e "const n=require('net');const ss=[...Array(${count})].map(()=>n.createServer());let k=0;const ps=[];for(const s of ss)s.listen(0,'127.0.0.1',()=>{ps.push(s.address().port);if(++k===ss.length){console.log(ps.join(','));ss.forEach((x)=>x.close())}})"`,
  )
    .toString()
    .trim();
  process.env[name] = ports;
  return ports;
}

const port = freePorts('E2E_PORT', 1);

// The fake Step Functions endpoints, one per Playwright worker (e2e/fakeSfn/fixture.ts): the preview server's AWS
// proxy relays only to the endpoints named when it starts (ASL_STUDIO_AWS_ENDPOINT).
const fakeEndpoints = freePorts('E2E_FAKE_SFN_PORTS', 4)
  .split(',')
  .map((p) => `http://127.0.0.1:${p}`)
  .join(',');
// The build to serve: `dist-e2e` by default (the instrumented build `npm test` makes: vite build --mode instrumented); E2E_DIST lets parallel local runs use their own build folder.
const dist = process.env.E2E_DIST ?? 'dist-e2e';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    trace: 'off',
    viewport: { width: 1600, height: 900 },
    // The service worker would precache the whole build (9 MB) in every test's fresh context; only the offline
    // spec needs it and allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1600, height: 900 } } },
    {
      // An ordinary laptop window: the everyday flows (build, edit, inspect, simulate, templates, keyboard) again
      // at 1280x720 with real pointer input. The specs about one screen size set their own viewports (toolbar
      // menus, dialogs, panes, screens, layout drawing and edits test 1280x720 and larger themselves), and the
      // specs about files, AWS, security and 1,000-state machines do not depend on the window size, so they run
      // once: the whole suite twice would double the browser run on a 2-core machine (~5 min more).
      name: 'laptop',
      use: { viewport: { width: 1280, height: 720 } },
      testMatch: ['foundation.spec.ts', 'aws-local-preset.spec.ts', 'canvas.spec.ts', 'containers.spec.ts', 'inspector.spec.ts', 'simulation.spec.ts', 'templates.spec.ts', 'keyboard.spec.ts', 'sync.spec.ts', 'flows-*.spec.ts', 'fit-screens.spec.ts', 'edge-drawing.spec.ts', 'layout-edits-large.spec.ts'],
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    env: { ASL_STUDIO_AWS_ENDPOINT: fakeEndpoints },
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
