/**
 * A deterministic synthetic state machine of exactly `size` states (counting nested ones) for benchmarks and
 * tests: repeated blocks with all eight state types, a Choice fan-out with And/Not rules, Retry/Catch, a Parallel
 * with two branches, a Map with a nested Choice, and a JSONata state inside the JSONPath machine.
 */
type Def = Record<string, unknown>;

function block(i: number, next: string): Record<string, Def> {
  const p = `b${i}`;
  const failed = `${p} Failed`;
  const lambda = 'arn:aws:states:::lambda:invoke';
  return {
    [`${p} Task`]: {
      Type: 'Task',
      Resource: lambda,
      Parameters: { 'FunctionName': `arn:aws:lambda:us-east-1:123456789012:function:f${i}`, 'Payload.$': '$', 'msg.$': `States.Format('item {} of {}', $.id, $$.Execution.Id)` },
      ResultSelector: { 'kind.$': '$.Payload.kind', 'items.$': '$.Payload.items[*]' },
      ResultPath: '$.r',
      TimeoutSeconds: 30,
      Retry: [
        { ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: 'FULL' },
        { ErrorEquals: ['States.ALL'], MaxAttempts: 1 },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: failed }],
      Next: `${p} Choice`,
    },
    [`${p} Choice`]: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.r.kind', StringEquals: 'a', Next: `${p} A` },
        { And: [{ Variable: '$.n', NumericGreaterThan: 5 }, { Variable: '$.flag', BooleanEquals: true }], Next: `${p} B` },
        { Not: { Variable: '$.x', IsPresent: true }, Next: `${p} C` },
      ],
      Default: `${p} A`,
    },
    [`${p} A`]: { Type: 'Pass', Result: { branch: 'a' }, ResultPath: '$.branch', Next: `${p} Wait` },
    [`${p} B`]: { Type: 'Pass', Parameters: { 'n.$': '$.n', 'items.$': '$.r.items[?(@.size > 2)]' }, Next: `${p} Wait` },
    [`${p} C`]: { Type: 'Pass', InputPath: '$.r', OutputPath: '$', Next: `${p} Wait` },
    [`${p} Wait`]: { Type: 'Wait', Seconds: 1, Next: `${p} Parallel` },
    [`${p} Parallel`]: {
      Type: 'Parallel',
      Branches: [0, 1].map((k) => ({
        StartAt: `${p} P${k} Prepare`,
        States: {
          [`${p} P${k} Prepare`]: { Type: 'Pass', Next: `${p} P${k} Work` },
          [`${p} P${k} Work`]: { Type: 'Task', Resource: lambda, Parameters: { 'Payload.$': '$' }, End: true },
        },
      })),
      Catch: [{ ErrorEquals: ['States.ALL'], Next: failed }],
      Next: `${p} Map`,
    },
    [`${p} Map`]: {
      Type: 'Map',
      ItemsPath: '$.r.items',
      MaxConcurrency: 10,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: `${p} M Check`,
        States: {
          [`${p} M Check`]: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: `${p} M Done` }], Default: `${p} M Fail` },
          [`${p} M Done`]: { Type: 'Pass', End: true },
          [`${p} M Fail`]: { Type: 'Fail', Error: 'ItemFailed', Cause: 'The item was not ok' },
        },
      },
      ResultPath: '$.mapped',
      Next: `${p} JSONata`,
    },
    [`${p} JSONata`]: {
      Type: 'Pass',
      QueryLanguage: 'JSONata',
      Output: `{% $merge([$states.input, {"block": ${i}}]) %}`,
      Assign: { count: '{% $states.input.n + 1 %}' },
      Next: next,
    },
    [failed]: { Type: 'Fail', Error: 'BlockFailed', CausePath: '$.error.Cause' },
  };
}

const BLOCK_STATES = 17;

export function generateMachine(size: number): { StartAt: string; States: Record<string, Def> } {
  const states: Record<string, Def> = {};
  const blocks = Math.max(0, Math.floor((size - 1) / BLOCK_STATES));
  const fillers = size - 1 - blocks * BLOCK_STATES;
  const first = (i: number) => (i < blocks ? `b${i} Task` : i - blocks < fillers ? `Filler ${i - blocks}` : 'Done');
  for (let i = 0; i < blocks; i++) Object.assign(states, block(i, first(i + 1)));
  for (let f = 0; f < fillers; f++) states[`Filler ${f}`] = { Type: 'Pass', Next: first(blocks + f + 1) };
  states.Done = { Type: 'Succeed' };
  return { StartAt: first(0), States: states };
}
