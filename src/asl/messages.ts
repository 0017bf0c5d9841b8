/**
 * The message table of the validator: every diagnostic code, its severity and its text. Codes are stable (the UI,
 * tests and users may filter on them); texts may improve. `{name}` placeholders are filled from the params.
 */
import type { Severity } from './types.ts';

interface MessageSpec {
  severity: Severity;
  text: string;
}

const E = (text: string): MessageSpec => ({ severity: 'error', text });
const W = (text: string): MessageSpec => ({ severity: 'warning', text });

export const MESSAGES = {
  'file.unreadable': E('cannot read the file ({reason})'),
  'object.duplicateKey': W("'{field}' appears more than once in the same object; only the last one counts."),
  'machine.notObject': E('A state machine definition must be a JSON object with StartAt and States.'),
  'machine.startAt.missing': E('{where} has no StartAt: name the state to start with.'),
  'machine.startAt.unknown': E("StartAt names '{target}', which is not a state of {where}.{hint}"),
  'machine.states.missing': E('{where} has no States object.'),
  'machine.states.notObject': E('States must be an object of states by name.'),
  'machine.states.empty': E('{where} has no states: add at least one.'),
  'scope.noTerminal': E('{where} has no terminal state: one state needs "End": true, or be a Succeed or Fail state.'),

  'state.notObject': E("States member '{state}' is a {actual}, not a state object{at}.{hint}"),
  'state.name.empty': E('A state name may not be empty.'),
  'state.name.tooLong': E("State name '{state}' is {length} characters long; the limit is 80."),
  'state.name.invalidChars': W("State name '{state}' contains a control character (U+0000–U+001F, U+007F–U+009F); such a name is hard to read and reference, and may be refused."),
  'state.name.duplicate': E("State name '{state}' is used more than once; names must be unique in the whole state machine."),
  'state.type.missing': E("State '{state}' has no Type (one of {types})."),
  'state.type.unknown': E("State '{state}' has unknown Type '{type}'; expected one of {types}.{hint}"),
  'state.next.unknown': E("State '{state}': {field} names '{target}', which is not a state in the same States object.{hint}"),
  'state.next.crossesScope': E("State '{state}': {field} names '{target}', which is in {targetScope}; a transition cannot cross a Parallel branch or Map processor boundary."),
  'state.next.missing': E("State '{state}' has neither Next nor \"End\": true: say where to go after it."),
  'state.nextAndEnd': E("State '{state}' has both Next and End; keep one."),
  'state.next.notAllowed': E("A {type} state cannot have {field}: state '{state}' {why}."),
  'state.end.notTrue': E("State '{state}': End must be true (or be removed in favour of Next)."),
  // AWS refuses such a definition: "MISSING_TRANSITION_TARGET: State \"X\" is not reachable" (unreachable loops too).
  'state.unreachable': E("State '{state}' is not reachable: no StartAt, Next, Default, Choice rule or Catch leads to it, and AWS refuses the definition."),
  'state.queryLanguage.jsonPathInJsonata': E("State '{state}' uses JSONPath, but the state machine's QueryLanguage is JSONata; JSONPath states are only allowed in JSONPath machines."),

  'field.unknown': E("'{field}' is not a field of {owner}.{hint}"),
  'field.queryLanguage': E("'{field}' is a {fieldLanguage} field, but {owner} uses {language}.{hint}"),
  'field.required': E('{owner} requires {field}.'),
  'field.type': E("'{field}' must be {expected}{actual}."),
  'map.distributedOnly': E("'{field}' belongs to a Distributed Map: set ItemProcessor.ProcessorConfig.Mode to DISTRIBUTED in Map '{state}', or remove it."),
  'map.label.invalid': E('The Label {problem}.'),
  'map.resultWriter.incomplete': E('ResultWriter needs {need}.'),
  'credentials.invalid': E('Credentials {problem}.'),
  'fail.intrinsic.notAllowed': E("'{field}' may call only {allowed}, not {name}."),
  'assign.reserved': E("'{name}' is reserved for the $states variable: an Assign cannot set it."),
  'resource.invalid': E("'{field}' must be an ARN (arn:partition:service:region:account:resource, e.g. arn:aws:states:::lambda:invoke) or a whole deploy-time placeholder such as {placeholder}, not {actual}."),
  'field.enum': E("'{field}' must be one of {values}, not {actual}."),
  'field.range': E("'{field}' must be {bound}, not {actual}."),
  'field.exclusive': E("'{field}' and '{other}' cannot both be set in {owner}."),

  'choice.choices.empty': E("Choice state '{state}' needs at least one rule in Choices."),
  'choice.default.none': W("Choice state '{state}' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched."),
  'choice.rule.next.missing': E('A top-level Choice rule needs Next.'),
  'choice.rule.next.nested': E('Next is only allowed on top-level Choice rules, not inside And/Or/Not.'),
  'choice.rule.nested.field': E("'{field}' is only allowed on top-level Choice rules, not inside And/Or/Not."),
  'choice.rule.variable.missing': E('A comparison Choice rule needs Variable (the path of the value to compare).'),
  'choice.rule.operator.missing': E('A Choice rule needs one comparison operator (such as StringEquals or IsPresent) or And/Or/Not.'),
  'choice.rule.operator.multiple': E('A Choice rule may have only one comparison operator or And/Or/Not; found {operators}.'),
  'choice.rule.operand.type': E("'{field}' takes {expected}{actual}."),
  'choice.rule.combination.empty': E('{field} needs a non-empty array of Choice rules.'),
  'choice.rule.combination.variable': E('A rule with {field} compares nothing itself: remove Variable.'),
  'choice.rule.condition.missing': E('A JSONata Choice rule needs Condition ({% expression %} or a boolean).'),

  'retry.statesAll.notAlone': E('States.ALL must be the only error name in ErrorEquals.'),
  'retry.statesAll.notLast': E('The retrier with States.ALL must be the last one in Retry.'),
  'catch.statesAll.notAlone': E('States.ALL must be the only error name in ErrorEquals.'),
  'catch.statesAll.notLast': E('The catcher with States.ALL must be the last one in Catch.'),
  'errors.empty': E('ErrorEquals needs at least one error name.'),
  'task.heartbeat.notBelowTimeout': E('HeartbeatSeconds ({heartbeat}) must be smaller than TimeoutSeconds ({timeout}).'),
  'wait.duration.missing': E("Wait state '{state}' needs exactly one of {fields}."),
  'wait.duration.multiple': E("Wait state '{state}' has {found}; keep exactly one."),
  'map.processor.missing': E("Map state '{state}' needs ItemProcessor (or the legacy Iterator)."),
  'parallel.branches.empty': E("Parallel state '{state}' needs at least one branch."),

  'path.invalid': E("'{field}' is not a valid JSONPath: {detail}."),
  'path.reference.invalid': E("'{field}' must be a reference path (only $, .name, ['name'] and [index]): {detail}."),
  'payload.value.invalid': E("'{field}' ends in .$, so its value must be a JSONPath or an intrinsic function: {detail}."),
  'payload.duplicateField': E("'{field}' appears both with and without .$ in the same object."),
  'intrinsic.invalid': E("'{field}': invalid intrinsic function call: {detail}."),
  'intrinsic.unknown': E("'{field}': unknown intrinsic function {name}.{hint}"),
  'intrinsic.arity': E("'{field}': {name} takes {expected} argument(s), got {actual}."),
  'jsonata.invalid': E("'{field}': invalid JSONata expression: {detail}."),
  'timestamp.invalid': E("'{field}' must be an RFC 3339 timestamp such as 2026-01-01T00:00:00Z, not {actual}."),
} satisfies Record<string, MessageSpec>;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

/** The severity and filled-in text for a code. Unknown `{placeholders}` are left empty. */
export function formatMessage(code: MessageCode, params: MessageParams = {}): { severity: Severity; message: string } {
  const spec: MessageSpec = MESSAGES[code];
  const message = spec.text.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? '' : String(params[k])));
  return { severity: spec.severity, message };
}
