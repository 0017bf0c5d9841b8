import { describe } from 'vitest';
import { machine, PASS_END, type Case } from './testing.ts';
import { runCases } from './runCases.ts';

const RES = 'arn:aws:states:::lambda:invoke';
const task = (extra: Record<string, unknown>) => machine({ T: { Type: 'Task', Resource: RES, End: true, ...extra } });
const jsonataTask = (extra: Record<string, unknown>) => machine({ T: { Type: 'Task', QueryLanguage: 'JSONata', Resource: RES, End: true, ...extra } });
const pass = (extra: Record<string, unknown>) => machine({ P: { Type: 'Pass', End: true, ...extra } });
const wait = (extra: Record<string, unknown>) => machine({ W: { Type: 'Wait', End: true, ...extra } });

const cases: Case[] = [
  { name: 'an unknown field, with a suggestion', code: 'field.unknown', bad: task({ ResultPth: '$.x' }), path: ['States', 'T', 'ResultPth'], at: '"ResultPth"', message: "Did you mean 'ResultPath'?", good: task({ ResultPath: '$.x' }) },
  { name: 'an unknown top-level field', code: 'field.unknown', bad: machine({ A: PASS_END }, { Timeout: 3 }), path: ['Timeout'], at: '"Timeout"', good: machine({ A: PASS_END }, { TimeoutSeconds: 3 }) },
  { name: 'a field of another state type', code: 'field.unknown', bad: pass({ Resource: RES }), path: ['States', 'P', 'Resource'], at: '"Resource"', good: pass({ Result: 1 }) },
  { name: 'a JSONPath field in a JSONata state', code: 'field.queryLanguage', bad: jsonataTask({ Parameters: {} }), path: ['States', 'T', 'Parameters'], at: '"Parameters"', message: "'Parameters' is a JSONPath field", good: jsonataTask({ Arguments: {} }) },
  { name: 'a JSONata field in a JSONPath state', code: 'field.queryLanguage', bad: task({ Output: '{% $states.result %}' }), path: ['States', 'T', 'Output'], at: '"Output"', message: 'QueryLanguage', good: jsonataTask({ Output: '{% $states.result %}' }) },
  { name: 'JSONata fields in a JSONata machine without per-state QueryLanguage', code: 'field.queryLanguage', bad: machine({ T: { Type: 'Task', Resource: RES, End: true, ResultPath: '$.r' } }, { QueryLanguage: 'JSONata' }), path: ['States', 'T', 'ResultPath'], at: '"ResultPath"', good: machine({ T: { Type: 'Task', Resource: RES, End: true, Output: '{% $states.result %}' } }, { QueryLanguage: 'JSONata' }) },
  { name: 'a Task without Resource', code: 'field.required', bad: machine({ T: { Type: 'Task', End: true } }), path: ['States', 'T'], at: '"T"', nth: 2, message: "Task state 'T' requires Resource", good: task({}) },
  { name: 'a Choice without Choices', code: 'field.required', bad: machine({ C: { Type: 'Choice', Default: 'D' }, D: PASS_END }), path: ['States', 'C'], at: '"C"', nth: 2, good: machine({ C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsNull: false, Next: 'D' }], Default: 'D' }, D: PASS_END }) },
  { name: 'TimeoutSeconds as a string', code: 'field.type', bad: task({ TimeoutSeconds: '10' }), path: ['States', 'T', 'TimeoutSeconds'], at: '"10"', good: task({ TimeoutSeconds: '${Timeout}' }) },
  { name: 'a fractional Seconds', code: 'field.type', bad: wait({ Seconds: 1.5 }), path: ['States', 'W', 'Seconds'], at: '1.5', good: wait({ Seconds: '${Delay}' }) },
  { name: 'Comment not a string', code: 'field.type', bad: pass({ Comment: 3 }), path: ['States', 'P', 'Comment'], at: '3', good: pass({ Comment: 'three' }) },
  { name: 'an unknown enum value', code: 'field.enum', bad: task({ Retry: [{ ErrorEquals: ['X'], JitterStrategy: 'SOME' }] }), path: ['States', 'T', 'Retry', 0, 'JitterStrategy'], at: '"SOME"', good: task({ Retry: [{ ErrorEquals: ['X'], JitterStrategy: 'FULL' }] }) },
  { name: 'an unknown QueryLanguage', code: 'field.enum', bad: pass({ QueryLanguage: 'JMESPath' }), path: ['States', 'P', 'QueryLanguage'], at: '"JMESPath"', good: pass({ QueryLanguage: 'JSONPath' }) },
  { name: 'TimeoutSeconds 0', code: 'field.range', bad: task({ TimeoutSeconds: 0 }), path: ['States', 'T', 'TimeoutSeconds'], at: '0', good: task({ TimeoutSeconds: 1 }) },
  { name: 'MaxAttempts below 0', code: 'field.range', bad: task({ Retry: [{ ErrorEquals: ['X'], MaxAttempts: -1 }] }), path: ['States', 'T', 'Retry', 0, 'MaxAttempts'], at: '-1', good: task({ Retry: [{ ErrorEquals: ['X'], MaxAttempts: 0 }] }) },
  { name: 'BackoffRate below 1', code: 'field.range', bad: task({ Retry: [{ ErrorEquals: ['X'], BackoffRate: 0.5 }] }), path: ['States', 'T', 'Retry', 0, 'BackoffRate'], at: '0.5', good: task({ Retry: [{ ErrorEquals: ['X'], BackoffRate: 1 }] }) },
  { name: 'IntervalSeconds below 1', code: 'field.range', bad: task({ Retry: [{ ErrorEquals: ['X'], IntervalSeconds: 0 }] }), path: ['States', 'T', 'Retry', 0, 'IntervalSeconds'], at: '0', good: task({ Retry: [{ ErrorEquals: ['X'], IntervalSeconds: 1 }] }) },
  { name: 'both TimeoutSeconds and TimeoutSecondsPath', code: 'field.exclusive', bad: task({ TimeoutSeconds: 5, TimeoutSecondsPath: '$.t' }), path: ['States', 'T', 'TimeoutSecondsPath'], at: '"TimeoutSecondsPath"', good: task({ TimeoutSecondsPath: '$.t' }) },
  { name: 'HeartbeatSeconds not below TimeoutSeconds', code: 'task.heartbeat.notBelowTimeout', bad: task({ TimeoutSeconds: 5, HeartbeatSeconds: 5 }), path: ['States', 'T', 'HeartbeatSeconds'], at: '5', nth: 2, good: task({ TimeoutSeconds: 5, HeartbeatSeconds: 4 }) },
  { name: 'a Wait without duration', code: 'wait.duration.missing', bad: wait({}), path: ['States', 'W'], at: '"W"', nth: 2, good: wait({ SecondsPath: '$.s' }) },
  { name: 'a Wait with two durations', code: 'wait.duration.multiple', bad: wait({ Seconds: 1, Timestamp: '2026-01-01T00:00:00Z' }), path: ['States', 'W', 'Timestamp'], at: '"Timestamp"', good: wait({ Timestamp: '2026-01-01T00:00:00Z' }) },
  { name: 'a bad Timestamp', code: 'timestamp.invalid', bad: wait({ Timestamp: '2026-01-01 00:00' }), path: ['States', 'W', 'Timestamp'], at: '"2026-01-01 00:00"', good: wait({ Timestamp: '2026-01-01T00:00:00.5+02:00' }) },
  { name: 'an unclosed bracket in InputPath', code: 'path.invalid', bad: task({ InputPath: '$.a[0' }), path: ['States', 'T', 'InputPath'], at: '"$.a[0"', good: task({ InputPath: '$.a[0]' }) },
  { name: 'a path without $', code: 'path.invalid', bad: task({ OutputPath: 'a.b' }), path: ['States', 'T', 'OutputPath'], at: '"a.b"', good: task({ OutputPath: null }) },
  { name: 'a trailing dot', code: 'path.invalid', bad: machine({ M: { Type: 'Map', ItemsPath: '$.items.', End: true, ItemProcessor: { StartAt: 'I', States: { I: PASS_END } } } }), path: ['States', 'M', 'ItemsPath'], at: '"$.items."', good: machine({ M: { Type: 'Map', ItemsPath: '$..items[?(@.ok == true)]', End: true, ItemProcessor: { StartAt: 'I', States: { I: PASS_END } } } }) },
  { name: 'a wildcard ResultPath', code: 'path.reference.invalid', bad: task({ ResultPath: '$.a[*]' }), path: ['States', 'T', 'ResultPath'], at: '"$.a[*]"', good: task({ ResultPath: "$.a['b c'][0]" }) },
  { name: 'a context ResultPath', code: 'path.reference.invalid', bad: task({ ResultPath: '$$.Execution' }), path: ['States', 'T', 'ResultPath'], at: '"$$.Execution"', good: task({ ResultPath: null }) },
  { name: 'a .$ value that is not a path', code: 'payload.value.invalid', bad: task({ Parameters: { 'a.$': 'hello' } }), path: ['States', 'T', 'Parameters', 'a.$'], at: '"hello"', good: task({ Parameters: { a: 'hello', 'b.$': '$$.Execution.Id', 'c.$': '$myVar.x' } }) },
  { name: 'a key with and without .$', code: 'payload.duplicateField', bad: task({ Parameters: { a: 1, 'a.$': '$.a' } }), path: ['States', 'T', 'Parameters', 'a.$'], at: '"a.$"', good: task({ Parameters: { nested: { 'a.$': '$.a' }, list: [{ 'b.$': '$.b' }] } }) },
  { name: 'a bad path inside a nested template', code: 'path.invalid', bad: task({ ResultSelector: { nested: [{ 'x.$': '$.[' }] } }), path: ['States', 'T', 'ResultSelector', 'nested', 0, 'x.$'], at: '"$.["', good: task({ ResultSelector: { nested: [{ 'x.$': '$.[0]' }] } }) },
  { name: 'an unclosed intrinsic call', code: 'intrinsic.invalid', bad: task({ Parameters: { 'a.$': "States.Format('{}', $.x" } }), path: ['States', 'T', 'Parameters', 'a.$'], at: '"States.Format', good: task({ Parameters: { 'a.$': "States.Format('{} \\\\{ok\\\\}', States.ArrayGetItem($.x, 0))" } }) },
  { name: 'an unknown intrinsic', code: 'intrinsic.unknown', bad: task({ Parameters: { 'a.$': 'States.Uuid()' } }), path: ['States', 'T', 'Parameters', 'a.$'], at: '"States.Uuid()"', message: 'Did you mean States.UUID?', good: task({ Parameters: { 'a.$': 'States.UUID()' } }) },
  { name: 'an intrinsic with too many arguments', code: 'intrinsic.arity', bad: task({ Parameters: { 'a.$': 'States.ArrayLength($.a, $.b)' } }), path: ['States', 'T', 'Parameters', 'a.$'], at: '"States.ArrayLength', good: task({ Parameters: { 'a.$': 'States.MathRandom(1, 10)' } }) },
  { name: 'a Fail ErrorPath with a bad intrinsic', code: 'intrinsic.invalid', bad: machine({ F: { Type: 'Fail', CausePath: "States.Format('x', )" } }), path: ['States', 'F', 'CausePath'], at: '"States.Format', good: machine({ F: { Type: 'Fail', CausePath: "States.Format('x {}', $.y)" } }) },
  { name: 'invalid JSONata in Output', code: 'jsonata.invalid', bad: jsonataTask({ Output: '{% $states.result. %}' }), path: ['States', 'T', 'Output'], at: '"{%', good: jsonataTask({ Output: '{% $states.result %}' }) },
  { name: 'invalid JSONata deep in Arguments', code: 'jsonata.invalid', bad: jsonataTask({ Arguments: { a: [{ b: '{% ( %}' }] } }), path: ['States', 'T', 'Arguments', 'a', 0, 'b'], at: '"{% ( %}"', good: jsonataTask({ Arguments: { a: [{ b: '{% $states.input%}' }] } }) },
  { name: 'invalid JSONata as a number field', code: 'jsonata.invalid', bad: jsonataTask({ TimeoutSeconds: '{% 1 + %}' }), path: ['States', 'T', 'TimeoutSeconds'], at: '"{% 1 + %}"', good: jsonataTask({ TimeoutSeconds: '{% $states.input.timeout %}' }) },
  { name: 'States.ALL with other errors', code: 'retry.statesAll.notAlone', bad: task({ Retry: [{ ErrorEquals: ['X', 'States.ALL'] }] }), path: ['States', 'T', 'Retry', 0, 'ErrorEquals', 1], at: '"States.ALL"', good: task({ Retry: [{ ErrorEquals: ['X'] }, { ErrorEquals: ['States.ALL'] }] }) },
  { name: 'States.ALL retrier not last', code: 'retry.statesAll.notLast', bad: task({ Retry: [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }] }), path: ['States', 'T', 'Retry', 0, 'ErrorEquals', 0], at: '"States.ALL"', good: task({ Retry: [{ ErrorEquals: ['X'] }, { ErrorEquals: ['States.ALL'] }] }) },
  { name: 'States.ALL catcher with others', code: 'catch.statesAll.notAlone', bad: task({ Catch: [{ ErrorEquals: ['States.ALL', 'X'], Next: 'T' }] }), path: ['States', 'T', 'Catch', 0, 'ErrorEquals', 0], at: '"States.ALL"', good: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'T' }] }) },
  { name: 'States.ALL catcher not last', code: 'catch.statesAll.notLast', bad: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'T' }, { ErrorEquals: ['X'], Next: 'T' }] }), path: ['States', 'T', 'Catch', 0, 'ErrorEquals', 0], at: '"States.ALL"', good: task({ Catch: [{ ErrorEquals: ['X'], Next: 'T' }] }) },
  { name: 'an empty ErrorEquals', code: 'errors.empty', bad: task({ Retry: [{ ErrorEquals: [] }] }), path: ['States', 'T', 'Retry', 0, 'ErrorEquals'], at: '[]', good: task({ Retry: [{ ErrorEquals: ['States.Timeout'] }] }) },
  { name: 'a Catcher without Next', code: 'field.required', bad: task({ Catch: [{ ErrorEquals: ['X'] }] }), path: ['States', 'T', 'Catch', 0], at: '{', nth: 4, good: task({ Catch: [{ ErrorEquals: ['X'], Next: 'T' }] }) },
];

describe('validate: fields and values', () => {
  runCases(cases);
});
