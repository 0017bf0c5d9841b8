/**
 * Whether this build carries the hooks for browser tests and the bench (`window.__aslStudioBench`,
 * `window.__aslStudio`): only a build made with `vite build --mode instrumented` (what `npm test`'s Playwright run
 * and `npm run bench` serve). Vite replaces `import.meta.env.MODE` at build time, so in a production build this is
 * the constant `false` and the hooks' code is dropped from the bundle (`npm test` checks the production build for
 * the hook names).
 */
export const TEST_HOOKS: boolean = import.meta.env.MODE === 'instrumented';
