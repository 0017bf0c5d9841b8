/**
 * A suite's data keyed by state follows the document's identity changes (src/store/stateData.ts): mocks are keyed
 * by state name (a rename carries them, a deletion drops them, undo restores them from `before`); `visits` are
 * state ids and `path` top-level names, renamed with their states and dropped with them.
 */
import type { IdentityChange } from '../../commands/identity.ts';
import { applyToNameKeyed, mapId } from '../../store/stateData.ts';
import type { TestCase, TestSuite } from '../../suites/model.ts';

function mapIds(ids: string[], changes: readonly IdentityChange[]): string[] {
  let out = ids;
  for (const c of changes) {
    if (c.kind === 'restore') continue;
    const next = out.flatMap((id) => {
      const m = mapId(id, c);
      return m === undefined ? [] : [m];
    });
    if (next.length !== out.length || next.some((x, i) => x !== out[i])) out = next;
  }
  return out;
}

function mapNames(names: string[], changes: readonly IdentityChange[]): string[] {
  let out = names;
  for (const c of changes) {
    if (c.kind !== 'rename') continue;
    if (c.from.includes('/') || c.to.includes('/')) continue; // path lists top-level states only
    if (out.includes(c.from)) out = out.map((n) => (n === c.from ? c.to : n));
  }
  return out;
}

function caseAfter(c: TestCase, changes: readonly IdentityChange[], before: TestCase | undefined): TestCase {
  const mocks = applyToNameKeyed(c.mocks, changes, before?.mocks, { copies: false });
  // Undo of a deletion brings back what the case expected before the command.
  const restoring = before !== undefined && changes.some((x) => x.kind === 'restore');
  const visits = restoring ? before.expect.visits : c.expect.visits ? mapIds(c.expect.visits, changes) : undefined;
  const path = restoring ? before.expect.path : c.expect.path ? mapNames(c.expect.path, changes) : undefined;
  if (mocks === c.mocks && visits === c.expect.visits && path === c.expect.path) return c;
  const expect = { ...c.expect };
  if (visits) expect.visits = visits;
  if (path) expect.path = path;
  return { ...c, mocks, expect };
}

/** The suite after identity changes (the same object when nothing it holds changed). */
export function suiteAfter(suite: TestSuite, changes: readonly IdentityChange[], before: TestSuite | undefined): TestSuite {
  let changed = false;
  const cases = suite.cases.map((c) => {
    const next = caseAfter(c, changes, before?.cases.find((b) => b.name === c.name));
    if (next !== c) changed = true;
    return next;
  });
  return changed ? { ...suite, cases } : suite;
}
