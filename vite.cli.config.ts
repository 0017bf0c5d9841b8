/**
 * The build of the `asl-studio` command line (`npm run build:cli`, run by `prepack`): src/cli/main.ts and the pure
 * modules it reaches (src/asl, src/simulator, src/aws/proxy) as plain ES modules for Node in dist-cli/, so an
 * installed package needs neither tsx nor TypeScript. Vite's SSR build (rolldown) is the bundler: it is already the
 * app's build tool. Packages from node_modules stay imports (they are the package's `dependencies`); Node's
 * built-in modules stay imports too. Each command stays its own chunk, loaded only when it runs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    // Readable stack traces for bug reports; the whole CLI is ~220 kB unminified.
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'asl-studio.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
