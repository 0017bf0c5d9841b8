/**
 * Which input/output stages one state has, decided once when the machine is compiled (compile.ts) and run by the
 * pipeline (pipeline.ts): the `STAGES` table says which stages a state type has (the developer guide's table of
 * fields per type), the state's own fields say what each stage does. A field the state does not set is the stage's
 * identity (`InputPath`/`OutputPath` absent or `$`), read here once instead of at every transition, so that the
 * pipeline reads one object of one shape for every state (`IOPlan`) and skips what a state does not have (the
 * engine bench: a Pass or Choice with no paths is the common case).
 */
import type { JsonObject, JsonValue, QueryLanguage, State, StateType } from '../asl/types.ts';

/** Which stages a state type's pipeline has. */
interface Stages {
  /** JSONPath InputPath (all but Fail, which reads its raw input). */
  readonly inputPath: boolean;
  /** JSONPath Parameters on the effective input (Map: per item, see itemInput). */
  readonly parameters: boolean;
  /** JSONata Arguments (Map: ItemSelector per item). */
  readonly arguments: boolean;
  /** JSONPath ResultSelector. */
  readonly resultSelector: boolean;
  /** JSONPath: the result is a stage of its own, placed by ResultPath (else OutputPath reads the result). */
  readonly result: boolean;
  /** JSONata: `$states.result` is bound and is the default Output (else the input is). */
  readonly jsonataResult: boolean;
  readonly assign: boolean;
}

const stages = (f: Partial<Stages>): Stages => ({
  inputPath: true,
  parameters: false,
  arguments: false,
  resultSelector: false,
  result: false,
  jsonataResult: false,
  assign: true,
  ...f,
});
const WORKER = stages({ parameters: true, arguments: true, resultSelector: true, result: true, jsonataResult: true });
const FLOW = stages({});

export const STAGES: Readonly<Record<StateType, Stages>> = {
  Task: WORKER,
  Parallel: WORKER,
  Map: stages({ resultSelector: true, result: true, jsonataResult: true }),
  Pass: stages({ parameters: true, result: true }),
  Choice: FLOW,
  Wait: FLOW,
  Succeed: stages({ assign: false }),
  Fail: stages({ inputPath: false, assign: false }),
};

/** The fields the pipeline reads (absent on types that lack them). */
interface PipelineFields {
  readonly InputPath?: string | null;
  readonly Parameters?: JsonValue;
  readonly Arguments?: JsonValue;
  readonly ResultSelector?: JsonValue;
  readonly ResultPath?: string | null;
  readonly OutputPath?: string | null;
  readonly Assign?: JsonObject;
  readonly Output?: JsonValue;
  readonly ItemSelector?: JsonValue;
}

/** `$` and an absent path are the value itself: undefined; null stays null (`{}`); any other path as written. */
function path(p: string | null | undefined): string | null | undefined {
  return p === '$' ? undefined : p;
}

/**
 * One state's stages (a class: every state's plan has one shape). A `…Stage` flag says the stage exists for the
 * type and is recorded in the inspection; the field beside it is what it applies, undefined where the state
 * leaves it out (the stage then passes its value on unchanged).
 */
export class IOPlan {
  declare readonly jsonata: boolean;
  /** JSONPath: InputPath (undefined: `$`), then Parameters. */
  declare readonly inputStage: boolean;
  declare readonly inputPath: string | null | undefined;
  declare readonly parametersStage: boolean;
  declare readonly parameters: JsonValue | undefined;
  /** JSONPath: ResultSelector, the result placed by ResultPath (as written), OutputPath (undefined: `$`). */
  declare readonly resultSelectorStage: boolean;
  declare readonly resultSelector: JsonValue | undefined;
  declare readonly resultStage: boolean;
  declare readonly resultPath: string | null | undefined;
  declare readonly outputPath: string | null | undefined;
  /** Assign (both languages), null where the type has none or the state sets none. */
  declare readonly assign: JsonObject | null;
  /** JSONata: Arguments, `$states.result`, Output. */
  declare readonly argumentsStage: boolean;
  declare readonly arguments: JsonValue | undefined;
  declare readonly jsonataResult: boolean;
  declare readonly output: JsonValue | undefined;
  /** A Map's ItemSelector (legacy: Parameters), per item (pipeline.ts itemInput). */
  declare readonly itemSelector: JsonValue | undefined;

  constructor(def: State, lang: QueryLanguage) {
    // An unknown Type fails when the state runs (thread.ts); until then it has the stages of a Choice.
    const s = typeof def.Type === 'string' && Object.hasOwn(STAGES, def.Type) ? STAGES[def.Type] : FLOW;
    const f = def as PipelineFields;
    const jsonata = lang === 'JSONata';
    this.jsonata = jsonata;
    this.inputStage = !jsonata && s.inputPath;
    this.inputPath = path(f.InputPath);
    this.parametersStage = !jsonata && s.parameters;
    this.parameters = s.parameters ? f.Parameters : undefined;
    this.resultSelectorStage = !jsonata && s.resultSelector;
    this.resultSelector = s.resultSelector ? f.ResultSelector : undefined;
    this.resultStage = !jsonata && s.result;
    this.resultPath = f.ResultPath;
    this.outputPath = path(f.OutputPath);
    this.assign = s.assign && f.Assign && typeof f.Assign === 'object' ? f.Assign : null;
    this.argumentsStage = jsonata && s.arguments;
    this.arguments = s.arguments ? f.Arguments : undefined;
    this.jsonataResult = s.jsonataResult;
    this.output = f.Output;
    this.itemSelector = def.Type === 'Map' ? (f.ItemSelector ?? f.Parameters) : undefined;
  }
}
