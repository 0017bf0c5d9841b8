/**
 * Realistic synthetic state machines for benchmarks: `generateRealisticMachine(size, seed)` gives exactly `size`
 * states (nested ones counted), deterministic from the seed. The machine is a chain of blocks whose shape the seed
 * varies: a Task with Retry and Catch, a Choice fan-out of 2–6 rules (And/Not rules among them) whose arms rejoin
 * at a Wait, a Parallel of 2–3 branches (one holds a Map: nesting two deep), a Map whose item processor has its own
 * Choice, Pass/Fail states, and a JSONata Pass; Pass fillers make up the exact count. Pure: no I/O, no Math.random.
 */
type Def = Record<string, unknown>;
export interface GeneratedMachine {
  StartAt: string;
  States: Record<string, Def>;
}

import { seededRandom } from './seeded.ts';

export { seededRandom };

const LAMBDA = 'arn:aws:states:::lambda:invoke';
const RETRY = [
  { ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: 'FULL' },
  { ErrorEquals: ['States.ALL'], MaxAttempts: 1 },
];

function task(fn: string, next: string | undefined, extra: Def = {}): Def {
  return {
    Type: 'Task',
    Resource: LAMBDA,
    Parameters: { FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:${fn}`, 'Payload.$': '$' },
    ...extra,
    ...(next ? { Next: next } : { End: true }),
  };
}

function choiceRule(k: number, next: string): Def {
  switch (k % 4) {
    case 0:
      return { Variable: '$.kind', StringEquals: `kind-${k}`, Next: next };
    case 1:
      return { And: [{ Variable: '$.n', NumericGreaterThan: k }, { Variable: '$.flag', BooleanEquals: true }], Next: next };
    case 2:
      return { Not: { Variable: '$.x', IsPresent: true }, Next: next };
    default:
      return { Variable: '$.score', NumericLessThanEquals: k * 10, Next: next };
  }
}

/** A Map whose item processor checks each item with a Choice (3 inner states). */
function itemMap(p: string, next: string | undefined): Def {
  return {
    Type: 'Map',
    ItemsPath: '$.items',
    MaxConcurrency: 10,
    ItemProcessor: {
      ProcessorConfig: { Mode: 'INLINE' },
      StartAt: `${p} Check`,
      States: {
        [`${p} Check`]: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: `${p} Done` }], Default: `${p} Reject` },
        [`${p} Done`]: { Type: 'Pass', End: true },
        [`${p} Reject`]: { Type: 'Fail', Error: 'ItemFailed', Cause: 'The item was not ok' },
      },
    },
    ResultPath: '$.mapped',
    ...(next ? { Next: next } : { End: true }),
  };
}

/** One block: its states (top level) and how many states it holds in all. */
function block(i: number, next: string, rand: () => number): { states: Record<string, Def>; count: number } {
  const p = `b${i}`;
  const failed = `${p} Failed`;
  const states: Record<string, Def> = {};
  let count = 0;
  const add = (name: string, def: Def, inner = 0) => {
    states[name] = def;
    count += 1 + inner;
  };
  const fan = 2 + Math.floor(rand() * 5);
  const arms = Array.from({ length: fan }, (_, k) => `${p} Arm ${k}`);
  add(`${p} Task`, task(`f${i}`, `${p} Route`, { ResultPath: '$.r', TimeoutSeconds: 30, Retry: RETRY, Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: failed }] }));
  add(`${p} Route`, { Type: 'Choice', Choices: arms.slice(1).map((a, k) => choiceRule(k, a)), Default: arms[0] });
  arms.forEach((a, k) => add(a, k % 2 ? task(`arm${k}`, `${p} Wait`, { Retry: RETRY.slice(1) }) : { Type: 'Pass', Result: { arm: k }, ResultPath: '$.arm', Next: `${p} Wait` }));
  add(`${p} Wait`, rand() < 0.5 ? { Type: 'Wait', Seconds: 1 + Math.floor(rand() * 5), Next: `${p} Parallel` } : { Type: 'Wait', SecondsPath: '$.delay', Next: `${p} Parallel` });
  const branchCount = 2 + Math.floor(rand() * 2);
  let inner = 0;
  const branches = Array.from({ length: branchCount }, (_, k) => {
    const q = `${p} P${k}`;
    if (k === 0) {
      inner += 5; // Prepare, Map (+3 inside)
      return { StartAt: `${q} Prepare`, States: { [`${q} Prepare`]: { Type: 'Pass', Next: `${q} Items` }, [`${q} Items`]: itemMap(`${q} Items`, undefined) } };
    }
    inner += 2;
    return { StartAt: `${q} Prepare`, States: { [`${q} Prepare`]: { Type: 'Pass', Next: `${q} Work` }, [`${q} Work`]: task(`p${k}`, undefined, { Retry: RETRY }) } };
  });
  add(`${p} Parallel`, { Type: 'Parallel', Branches: branches, ResultPath: '$.parallel', Catch: [{ ErrorEquals: ['States.ALL'], Next: failed }], Next: `${p} Map` }, inner);
  add(`${p} Map`, itemMap(`${p} M`, `${p} JSONata`), 3);
  add(`${p} JSONata`, { Type: 'Pass', QueryLanguage: 'JSONata', Output: `{% $merge([$states.input, {"block": ${i}}]) %}`, Assign: { count: '{% $states.input.n + 1 %}' }, Next: next });
  add(failed, { Type: 'Fail', Error: 'BlockFailed', CausePath: '$.error.Cause' });
  return { states, count };
}

/** The largest block has 1 + 1 + 6 + 1 + (1 + 5 + 2 + 2) + (1 + 3) + 1 + 1 states. */
const MAX_BLOCK = 25;

/** Exactly `size` states (at least 1), deterministic from `seed`, with all eight state types once size ≥ 30. */
export function generateRealisticMachine(size: number, seed = 1): GeneratedMachine {
  const rand = seededRandom(seed);
  const states: Record<string, Def> = {};
  const total = Math.max(1, Math.floor(size));
  let used = 1; // the final Succeed
  const heads: string[] = [];
  const blocks: Record<string, Def>[] = [];
  while (total - used >= MAX_BLOCK) {
    const i = blocks.length;
    const b = block(i, `__next${i}`, rand);
    blocks.push(b.states);
    heads.push(`b${i} Task`);
    used += b.count;
  }
  const fillers = total - used;
  for (let f = 0; f < fillers; f++) heads.push(`Step ${f}`);
  heads.push('Done');
  blocks.forEach((b, i) => {
    const jsonata = b[`b${i} JSONata`] as Def;
    jsonata.Next = heads[i + 1];
    Object.assign(states, b);
  });
  for (let f = 0; f < fillers; f++) states[`Step ${f}`] = { Type: 'Pass', Next: heads[blocks.length + f + 1] };
  states.Done = { Type: 'Succeed' };
  return { StartAt: heads[0] as string, States: states };
}

/** Every state of a definition with nested ones: [name, definition]. */
export function allStates(def: { States?: Record<string, Def> }): [string, Def][] {
  const out: [string, Def][] = [];
  for (const [name, s] of Object.entries(def.States ?? {})) {
    out.push([name, s]);
    for (const b of (s.Branches as { States: Record<string, Def> }[] | undefined) ?? []) out.push(...allStates(b));
    const proc = (s.ItemProcessor ?? s.Iterator) as { States: Record<string, Def> } | undefined;
    if (proc) out.push(...allStates(proc));
  }
  return out;
}
