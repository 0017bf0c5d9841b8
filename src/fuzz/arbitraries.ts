/**
 * fast-check arbitraries for the robustness properties: small valid state machines (all eight state types, Parallel
 * and Map nesting, Retry/Catch, Choice rules), mutations of them (deleted and renamed keys, wrong types, random
 * JSON), and texts (valid JSON/YAML, truncated or with random insertions). Objects are built with
 * `Object.fromEntries`, so a generated `__proto__` key is an own property, as `JSON.parse` makes it.
 */
import fc from 'fast-check';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';

type Obj = Record<string, unknown>;
type Pick = (n: number) => number;

/** Names, hostile ones among them: prototype keys, markup, escapes, id separators. */
export const NAMES = [
  'A', 'B', 'Step 2', 'Check', 'Done', 'x/y', '~b0', '~p', '$.x', 'ünïcödé', '',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  '<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '"quoted"', 'new\nline',
] as const;

const NON_TERMINAL = ['Task', 'Choice', 'Pass', 'Wait', 'Parallel', 'Map'] as const;
const LAST = ['Succeed', 'Fail', 'Pass', 'Task', 'Wait', 'Parallel', 'Map'] as const;
const ERRORS = ['States.ALL', 'States.TaskFailed', 'States.Timeout', 'Custom.Error', '__proto__'];

export const jsonValue: fc.Arbitrary<JsonValue> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;

function obj(entries: [string, unknown][]): Obj {
  return Object.fromEntries(entries);
}

/** A sub-machine (the top level, a branch or a processor) of 1–4 states chained in order. */
function subMachine(pick: Pick, depth: number): Obj {
  const n = 1 + pick(depth >= 2 ? 4 : depth === 1 ? 3 : 2);
  const names: string[] = [];
  while (names.length < n) {
    const name = pick(3) === 0 ? `S${names.length}` : NAMES[pick(NAMES.length)]!;
    if (!names.includes(name)) names.push(name);
  }
  const states = names.map((name, i): [string, Obj] => {
    const last = i === n - 1;
    let type: string = last ? LAST[pick(LAST.length)]! : NON_TERMINAL[pick(NON_TERMINAL.length)]!;
    if (depth <= 0 && (type === 'Parallel' || type === 'Map')) type = 'Pass';
    const next = last ? undefined : names[i + 1 + pick(n - i - 1)]!;
    return [name, state(pick, type, next, names[i + 1] ?? names[0]!, depth)];
  });
  return obj([['StartAt', names[0]!], ['States', obj(states)]]);
}

function state(pick: Pick, type: string, next: string | undefined, catchTo: string, depth: number): Obj {
  const s: [string, unknown][] = [['Type', type]];
  if (pick(3) === 0) s.push(['Comment', NAMES[pick(NAMES.length)]]);
  const flow = (): void => void s.push(next === undefined ? ['End', true] : ['Next', next]);
  switch (type) {
    case 'Task':
      s.push(['Resource', 'arn:aws:states:::lambda:invoke'], ['Parameters', obj([['Payload.$', '$'], ['FunctionName', 'f']])]);
      if (pick(2)) s.push(['Retry', [{ ErrorEquals: [ERRORS[pick(ERRORS.length)]], MaxAttempts: pick(3), IntervalSeconds: 1 }]]);
      if (pick(2) && next !== undefined) s.push(['Catch', [{ ErrorEquals: ['States.ALL'], Next: catchTo, ResultPath: '$.error' }]]);
      if (pick(3) === 0) s.push(['TimeoutSeconds', 1 + pick(5)]);
      flow();
      break;
    case 'Choice':
      s.push(['Choices', [{ Variable: '$.x', NumericGreaterThan: pick(10), Next: next }, { Not: { Variable: '$.y', IsPresent: true }, Next: next }]]);
      if (pick(2)) s.push(['Default', next]);
      break;
    case 'Pass':
      if (pick(2)) s.push(['Result', obj([[NAMES[pick(NAMES.length)]!, pick(100)]])], ['ResultPath', '$.r']);
      flow();
      break;
    case 'Wait':
      s.push(['Seconds', pick(3)]);
      flow();
      break;
    case 'Fail':
      s.push(['Error', ERRORS[pick(ERRORS.length)]], ['Cause', NAMES[pick(NAMES.length)]]);
      break;
    case 'Parallel':
      s.push(['Branches', Array.from({ length: 1 + pick(2) }, () => subMachine(pick, depth - 1))], ['ResultPath', '$.p']);
      flow();
      break;
    case 'Map':
      s.push(['ItemsPath', '$.items'], ['ItemProcessor', subMachine(pick, depth - 1)], ['ResultPath', '$.m']);
      if (pick(2)) s.push(['MaxConcurrency', pick(3)]);
      flow();
      break;
    default:
      break;
  }
  return obj(s);
}

/**
 * A valid definition (no validation errors for most names; nesting up to two deep). Built from a stream of picks:
 * fast-check shrinks the stream towards fewer and smaller picks, hence smaller machines.
 */
export const validDefinition: fc.Arbitrary<StateMachineDefinition> = fc
  .array(fc.nat({ max: 1 << 16 }), { maxLength: 80 })
  .map((stream) => {
    let i = 0;
    const pick: Pick = (n) => (n <= 1 || i >= stream.length ? 0 : stream[i++]! % n);
    const def = subMachine(pick, 2);
    if (pick(4) === 0) def.Comment = NAMES[pick(NAMES.length)];
    return def as unknown as StateMachineDefinition;
  });

/** All JSON paths (as segment lists) to objects and arrays inside a value. */
function containers(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v && typeof v === 'object') {
    out.push(path);
    for (const [k, x] of Object.entries(v)) containers(x, [...path, Array.isArray(v) ? Number(k) : k], out);
  }
  return out;
}

function cloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function at(root: unknown, path: (string | number)[]): unknown {
  let v: unknown = root;
  for (const seg of path) v = v && typeof v === 'object' ? Object.getOwnPropertyDescriptor(v, seg)?.value : undefined;
  return v;
}

/** A definition with 1–4 random mutations: deleted or renamed keys, values replaced by the wrong type. */
export const mutatedDefinition: fc.Arbitrary<unknown> = fc
  .tuple(validDefinition, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), jsonValue), { minLength: 1, maxLength: 4 }))
  .map(([def, muts]) => {
    let root: unknown = cloneJson(def);
    for (const [a, b, kind, generated] of muts) {
      const value = cloneJson(generated);
      const places = containers(root);
      const path = places[a % Math.max(1, places.length)];
      if (!path) break;
      const target = at(root, path) as Obj;
      if (!target || typeof target !== 'object') continue;
      const keys = Object.keys(target);
      const key = keys[b % Math.max(1, keys.length)];
      if (path.length === 0 && kind === 3 && b % 7 === 0) root = value;
      else if (key === undefined) target[NAMES[b % NAMES.length]!] = value;
      else if (kind === 0) delete target[key];
      else if (kind === 1 && !Array.isArray(target)) {
        const v = target[key];
        delete target[key];
        Object.defineProperty(target, NAMES[b % NAMES.length]!, { value: v, enumerable: true, writable: true, configurable: true });
      } else target[key] = value;
    }
    return root;
  });

/** A definition (valid, mutated, or any JSON at all). */
export const anyDefinition: fc.Arbitrary<unknown> = fc.oneof(validDefinition, mutatedDefinition, jsonValue);

/** Random text: valid JSON/YAML of a definition, truncated, with a random insertion, YAML aliases, or arbitrary characters. */
export function anyText(toYaml: (v: unknown) => string): fc.Arbitrary<string> {
  const base = fc.tuple(anyDefinition, fc.boolean()).map(([d, y]) => (y ? toYaml(d) : JSON.stringify(d, null, 2)));
  const junk = fc.oneof(fc.constantFrom('{', '}', '[', ']', ':', ',', '"', "'", '\n', '- ', '&a', '*a', '!Ref ', '#', '\\', '\uFEFF', '<<: *a'), fc.string({ maxLength: 8 }));
  return fc.oneof(
    base,
    fc.tuple(base, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    fc.tuple(base, fc.nat(), junk).map(([t, n, j]) => { const i = n % (t.length + 1); return t.slice(0, i) + j + t.slice(i); }),
    fc.string({ maxLength: 60 }),
    // YAML aliases: shared (acyclic) and inside the node they name (a cycle JSON cannot hold).
    fc.tuple(validDefinition, fc.boolean()).map(([d, cyclic]) => `${toYaml(d)}Extra: &c\n  self: ${cyclic ? '*c' : '1'}\nAgain: *c\n`),
  );
}
