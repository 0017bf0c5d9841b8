import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { branchId, idDepth, jsonPathOfId, processorId, stateId, stateIds, threadOf } from './ids.ts';
import { isRecord } from './values.ts';
import { NESTED_PARALLEL, parallelMachine } from '../testing/machines.ts';

const def = parallelMachine(NESTED_PARALLEL.Branches, {
  next: 'a/b',
  states: {
    'a/b': { Type: 'Map', Iterator: { StartAt: 'x~y', States: { 'x~y': { Type: 'Pass', Next: 'A' }, A: { Type: 'Pass', End: true } } }, Next: 'A' },
    A: { Type: 'Succeed' },
  },
});

describe('stateIds.ofPath: simulator thread path → canvas id', () => {
  it.each([
    ['P', 'P'],
    ['P/0/A', 'P/~b0/A'],
    ['P/1/M', 'P/~b1/M'],
    ['P/1/M/17/T', 'P/~b1/M/~p/T'],
    ['P/1', 'P/~b1'],
    ['a/b', 'a~1b'],
    ['a/b/3/x~y', 'a~1b/~p/x~0y'],
  ])('%s → %s', (path, id) => {
    expect(stateIds(def).ofPath(path)).toBe(id);
  });

  it.each([['Nope'], ['P/9'], ['P/9/A'], ['P/x/A'], ['P/0/B'], ['A/0/B']])('%s does not resolve', (path) => {
    expect(stateIds(def).ofPath(path)).toBeUndefined();
  });

  it('answers a repeated path from its memo with the same id', () => {
    const ids = stateIds(def);
    expect(ids.ofPath('P/1/M/2/T')).toBe('P/~b1/M/~p/T');
    expect(ids.ofPath('P/1/M/2/T')).toBe('P/~b1/M/~p/T');
  });

  it('strips the state name off a path with threadOf', () => {
    expect(threadOf('M/3/a/b', 'a/b')).toBe('M/3');
    expect(threadOf('Top', 'Top')).toBe('');
  });
});

describe('stateIds.ofName: a bare name (AWS events) inside the open containers', () => {
  it('prefers the innermost open container that holds the name, then the top level', () => {
    const ids = stateIds(def);
    expect(ids.idsOf('A')).toEqual(['P/~b0/A', 'a~1b/~p/A', 'A']);
    expect(ids.ofName('A')).toBe('A');
    expect(ids.ofName('A', ['a~1b'])).toBe('a~1b/~p/A');
    expect(ids.ofName('A', ['P'])).toBe('P/~b0/A');
    expect(ids.ofName('T', ['P/~b1/M', 'P'])).toBe('P/~b1/M/~p/T');
    expect(ids.ofName('T')).toBe('P/~b1/M/~p/T');
    expect(ids.ofName('Nope')).toBeUndefined();
  });
});

// Property: nested Parallel/Map with hostile names (`/`, `~`, digits that look like indices).
const NAMES = ['A', 'B', 'a/b', 'x~y', '~b0', '~p', '0', 'A/0', 'A/0/B', '~1', 'P', 'P/1'];

interface Gen {
  definition: Record<string, unknown>;
  /** Every state: its id, its name, one thread path that runs it, the containers open around it (innermost first). */
  states: { id: string; name: string; path: string; pattern: string; containers: string[] }[];
  /** Every branch and processor: its id and the thread path of one of its runs. */
  groups: { id: string; path: string; pattern: string }[];
}

function build(choices: readonly number[]): Gen {
  let k = 0;
  const pick = (n: number) => (choices[k++ % choices.length] as number) % n;
  const states: Gen['states'] = [];
  const groups: Gen['groups'] = [];
  // `pattern` matches every thread path that runs the state or group (any iteration of a Map).
  const scope = (scopeId: string, thread: string, pattern: string, containers: string[], depth: number): Record<string, unknown> => {
    const names: string[] = [];
    for (let n = 1 + pick(3); names.length < n; ) {
      const name = NAMES[pick(NAMES.length)] as string;
      if (!names.includes(name)) names.push(name);
      else n--;
    }
    const out: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const id = stateId(scopeId, name);
      const path = thread ? `${thread}/${name}` : name;
      const pat = pattern ? `${pattern}/${literal(name)}` : literal(name);
      states.push({ id, name, path, pattern: pat, containers });
      const kind = depth < 3 && states.length < 30 ? pick(3) : 0;
      const tail = i === names.length - 1 ? { End: true } : { Next: names[i + 1] };
      if (kind === 1) {
        const branches = Array.from({ length: 1 + pick(3) }, (_, b) => {
          groups.push({ id: branchId(id, b), path: `${path}/${b}`, pattern: `${pat}/${b}` });
          return { StartAt: 'x', States: scope(branchId(id, b), `${path}/${b}`, `${pat}/${b}`, [id, ...containers], depth + 1) };
        });
        out[name] = { Type: 'Parallel', Branches: branches, ...tail };
      } else if (kind === 2) {
        const field = pick(2) ? 'ItemProcessor' : 'Iterator';
        const thread = `${path}/${pick(1000)}`;
        groups.push({ id: processorId(id), path: thread, pattern: `${pat}/\\d+` });
        out[name] = { Type: 'Map', [field]: { StartAt: 'x', States: scope(processorId(id), thread, `${pat}/\\d+`, [id, ...containers], depth + 1) }, ...tail };
      } else out[name] = { Type: 'Pass', ...tail };
    });
    return out;
  };
  const top = scope('', '', '', [], 0);
  return { definition: { StartAt: Object.keys(top)[0], States: top }, states, groups };
}

function literal(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ids of the states (else the groups) that can run under `path`: any of them is a right answer. */
function runsUnder(path: string, { states, groups }: Gen): string[] {
  const match = (x: { pattern: string }) => new RegExp(`^${x.pattern}$`).test(path);
  const st = states.filter(match).map((x) => x.id);
  return st.length ? st : groups.filter(match).map((x) => x.id);
}

const gen = fc.array(fc.nat(), { minLength: 1, maxLength: 300 }).map(build);

describe('stateIds properties', () => {
  it('ofPath gives the state a thread path runs (unless two states share the path), and the id leads back to it', () => {
    fc.assert(
      fc.property(gen, (g) => {
        const { definition, states } = g;
        const ids = stateIds(definition);
        for (const s of states) {
          const got = ids.ofPath(s.path);
          expect(runsUnder(s.path, g)).toContain(got); // [s.id] unless another state can run under the same path
          expect(threadOf(s.path, s.name)).toBe(s.path.slice(0, Math.max(0, s.path.length - s.name.length - 1)));
          const value = jsonPathOfId(s.id, (p) => (isRecord(at(definition, p)) && 'Iterator' in (at(definition, p) as object) ? 'Iterator' : 'ItemProcessor')).reduce(step, definition as unknown);
          expect(isRecord(value)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ofPath gives the group a thread path ending at an index runs in, unless a state reads the same', () => {
    fc.assert(
      fc.property(gen, (gen) => {
        const ids = stateIds(gen.definition);
        for (const g of gen.groups) expect(runsUnder(g.path, gen)).toContain(ids.ofPath(g.path));
      }),
      { numRuns: 200 },
    );
  });

  it('ofName gives the state of that name directly inside the innermost open container', () => {
    fc.assert(
      fc.property(gen, ({ definition, states }) => {
        const ids = stateIds(definition);
        for (const s of states) {
          const siblings = states.filter((o) => o.name === s.name && o.containers[0] === s.containers[0]).map((o) => o.id);
          const got = ids.ofName(s.name, s.containers);
          expect(siblings).toContain(got); // [s.id] unless parallel branches repeat the name
          expect(ids.idsOf(s.name)).toContain(s.id);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function step(v: unknown, key: string | number): unknown {
  return isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[key] : undefined;
}

function at(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce(step, root);
}

describe('idDepth', () => {
  it('counts the levels of an id, a name with a slash or a tilde being one level', () => {
    expect(idDepth(stateId('', 'a/b~c'))).toBe(1);
    expect(idDepth(stateId(branchId(stateId('', 'Par'), 0), 'In/ner'))).toBe(3);
    expect(idDepth(stateId(processorId(stateId(branchId('Par', 1), 'Map')), 'Item'))).toBe(5);
  });
});
