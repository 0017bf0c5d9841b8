/** Map: items, item selector, concurrency and failure tolerance (+Path forms), processor config, reader/batcher/writer. */
import { fieldSpec } from '../../asl/fields.ts';
import { isObj } from '../../commands/immutable.ts';
import { processorField } from '../../commands/stateScopes.ts';
import { JsonField } from '../../ui/JsonField.tsx';
import { SpecField } from './SpecField.tsx';
import { ModeField } from './ModeField.tsx';
import { Section } from './Section.tsx';
import { setStateField, setStateFields } from './edits.ts';
import { numberOrPathModes, type FieldChange } from './modes.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

const EXTERNAL = ['ItemReader', 'ItemBatcher', 'ResultWriter'] as const;

function ProcessorConfig({ ctx }: { ctx: InspectedState }) {
  const field = processorField(ctx.state);
  const proc = isObj(ctx.state[field]) ? (ctx.state[field] as Record<string, unknown>) : {};
  const config = isObj(proc.ProcessorConfig) ? proc.ProcessorConfig : {};
  const set = (key: 'Mode' | 'ExecutionType', value: unknown) => {
    const other = key === 'Mode' ? 'ExecutionType' : 'Mode';
    // Removing the last setting removes ProcessorConfig itself.
    if (value === undefined && config[other] === undefined) return setStateField(ctx.id, [field, 'ProcessorConfig'], undefined);
    return setStateField(ctx.id, [field, 'ProcessorConfig', key], value);
  };
  return (
    <>
      <SpecField owner="ProcessorConfig" name="Mode" label="Processor mode" value={config.Mode} lang={ctx.lang} onCommit={(v) => set('Mode', v)} />
      <SpecField
        owner="ProcessorConfig"
        name="ExecutionType"
        label="Child execution type"
        value={config.ExecutionType}
        lang={ctx.lang}
        onCommit={(v) => set('ExecutionType', v)}
      />
    </>
  );
}

export function MapFields({ ctx }: { ctx: InspectedState }) {
  const jsonata = ctx.lang === 'JSONata';
  const errorAt = (f: string) => problemAt(ctx.problems, [f]);
  const apply = (changes: FieldChange[]) => setStateFields(ctx.id, changes);
  const set = (f: string) => (v: unknown) => setStateField(ctx.id, [f], v);
  // The legacy Parameters stands for ItemSelector when it is the one in use.
  const selector = ctx.state.ItemSelector === undefined && ctx.state.Parameters !== undefined && !jsonata ? 'Parameters' : 'ItemSelector';
  return (
    <Section title="Map">
      {jsonata ? (
        <SpecField owner="Map" name="Items" value={ctx.state.Items} lang={ctx.lang} error={errorAt('Items')} onCommit={set('Items')} />
      ) : (
        <SpecField owner="Map" name="ItemsPath" value={ctx.state.ItemsPath} lang={ctx.lang} error={errorAt('ItemsPath')} onCommit={set('ItemsPath')} />
      )}
      <SpecField owner="Map" name={selector} value={ctx.state[selector]} lang={ctx.lang} error={errorAt(selector)} onCommit={set(selector)} />
      <ModeField label="MaxConcurrency" owner="Map" obj={ctx.state} modes={numberOrPathModes('MaxConcurrency', jsonata, 0)} lang={ctx.lang} optional apply={apply} errorAt={errorAt} />
      <ModeField
        label="ToleratedFailureCount"
        owner="Map"
        obj={ctx.state}
        modes={numberOrPathModes('ToleratedFailureCount', jsonata, 0)}
        lang={ctx.lang}
        optional
        apply={apply}
        errorAt={errorAt}
      />
      <ModeField
        label="ToleratedFailurePercentage"
        owner="Map"
        obj={ctx.state}
        modes={numberOrPathModes('ToleratedFailurePercentage', jsonata, 0)}
        lang={ctx.lang}
        optional
        apply={apply}
        errorAt={errorAt}
      />
      <ProcessorConfig ctx={ctx} />
      <SpecField owner="Map" name="Label" value={ctx.state.Label} lang={ctx.lang} error={errorAt('Label')} onCommit={set('Label')} />
      {EXTERNAL.map((f) => (
        <JsonField
          key={f}
          label={f}
          value={ctx.state[f]}
          expect="object"
          help={fieldSpec('Map', f)?.doc}
          error={errorAt(f)}
          onCommit={set(f)}
        />
      ))}
    </Section>
  );
}
