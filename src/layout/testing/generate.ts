/**
 * A deterministic synthetic machine of about `size` states for tests and the bench: chains of Tasks, Choice
 * fan-outs that rejoin, Catch edges, and nested Parallel and Map states.
 */
type States = Record<string, Record<string, unknown>>;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateMachine(size: number, seed = 1): { StartAt: string; States: States } {
  const rand = rng(seed);
  let counter = 0;
  const name = (kind: string) => `${kind} ${++counter}`;

  /** Builds a scope of about `budget` states; returns its StartAt and States. */
  const scope = (budget: number, depth: number): { StartAt: string; States: States } => {
    const states: States = {};
    const order: string[] = [];
    const add = (n: string, s: Record<string, unknown>) => {
      states[n] = s;
      order.push(n);
    };
    let used = 0;
    let tail: string[] = [];
    const link = (target: string) => {
      for (const t of tail) {
        const s = states[t] as Record<string, unknown>;
        if (s.Type === 'Choice') s.Default = target;
        else s.Next = target;
      }
    };
    while (used < budget - 1) {
      const r = rand();
      const room = budget - used;
      if (r < 0.12 && depth < 2 && room > 12) {
        const n = name('Parallel');
        const inner = Math.min(room - 1, 6 + Math.floor(rand() * 20));
        const k = 2 + Math.floor(rand() * 2);
        add(n, { Type: 'Parallel', Branches: Array.from({ length: k }, () => scope(Math.max(2, Math.floor(inner / k)), depth + 1)) });
        link(n);
        tail = [n];
        used += 1 + inner;
      } else if (r < 0.2 && depth < 2 && room > 8) {
        const n = name('Map');
        const inner = Math.min(room - 1, 4 + Math.floor(rand() * 12));
        add(n, { Type: 'Map', ItemProcessor: scope(inner, depth + 1) });
        link(n);
        tail = [n];
        used += 1 + inner;
      } else if (r < 0.38 && room > 6) {
        const c = name('Choice');
        const k = 2 + Math.floor(rand() * 3);
        const arms = Array.from({ length: k }, () => name('Branch task'));
        add(c, { Type: 'Choice', Choices: arms.slice(1).map((a, i) => ({ Variable: `$.kind`, StringEquals: `value-${i}`, Next: a })), Default: arms[0] });
        link(c);
        for (const a of arms) add(a, { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' });
        tail = arms;
        used += 1 + k;
      } else {
        const t = name('Task');
        add(t, { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' });
        link(t);
        if (rand() < 0.15 && order.length > 2) (states[t] as Record<string, unknown>).Catch = [{ ErrorEquals: ['States.ALL'], Next: order[Math.floor(rand() * (order.length - 1))] }];
        tail = [t];
        used += 1;
      }
    }
    const end = name('Done');
    add(end, { Type: 'Succeed' });
    link(end);
    return { StartAt: order[0] as string, States: states };
  };
  return scope(size, 0);
}

export function countStates(def: { States: States }): number {
  let n = 0;
  for (const s of Object.values(def.States)) {
    n++;
    const branches = (s.Branches as { States: States }[] | undefined) ?? [];
    for (const b of branches) n += countStates(b);
    const proc = s.ItemProcessor as { States: States } | undefined;
    if (proc) n += countStates(proc);
  }
  return n;
}
