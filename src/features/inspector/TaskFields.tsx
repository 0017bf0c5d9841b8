/** Task: Resource (a preset or any ARN), timeouts and heartbeats (+Path forms), Credentials. */
import { SelectField } from '../../ui/SelectField.tsx';
import { SpecField } from './SpecField.tsx';
import { LambdaFields } from './LambdaFields.tsx';
import { ResourceFitPrompt } from './ResourceFitPrompt.tsx';
import { isLambdaInvokeResource } from '../../commands/skeletons.ts';
import { ModeField } from './ModeField.tsx';
import { Section } from './Section.tsx';
import { setStateField, setStateFields } from './edits.ts';
import { numberOrPathModes } from './modes.ts';
import { presetOf, RESOURCE_PRESETS } from './resources.ts';
import { problemAt, type InspectedState } from './useInspected.ts';

const CUSTOM = 'custom';

export function TaskFields({ ctx }: { ctx: InspectedState }) {
  const resource = ctx.state.Resource;
  const preset = presetOf(resource);
  const jsonata = ctx.lang === 'JSONata';
  const errorAt = (f: string) => problemAt(ctx.problems, [f]);
  const apply = (changes: Parameters<typeof setStateFields>[1]) => setStateFields(ctx.id, changes);
  return (
    <>
      <Section title="Task">
        <ResourceFitPrompt ctx={ctx} />
        <SelectField
          label="Resource preset"
          value={preset ? preset.arn : CUSTOM}
          options={[...RESOURCE_PRESETS.map((p) => ({ value: p.arn, label: p.label })), { value: CUSTOM, label: 'Other (type the ARN below)' }]}
          onChange={(v) => (v && v !== CUSTOM ? setStateField(ctx.id, ['Resource'], v) : undefined)}
        />
        <SpecField
          owner="Task"
          name="Resource"
          value={resource}
          lang={ctx.lang}
          error={errorAt('Resource')}
          onCommit={(v) => (v === undefined ? 'A Task needs a Resource' : setStateField(ctx.id, ['Resource'], v))}
        />
        <ModeField label="Timeout" owner="Task" obj={ctx.state} modes={numberOrPathModes('TimeoutSeconds', jsonata, 60)} lang={ctx.lang} optional apply={apply} errorAt={errorAt} />
        <ModeField label="Heartbeat" owner="Task" obj={ctx.state} modes={numberOrPathModes('HeartbeatSeconds', jsonata, 30)} lang={ctx.lang} optional apply={apply} errorAt={errorAt} />
        <SpecField owner="Task" name="Credentials" value={ctx.state.Credentials} lang={ctx.lang} error={errorAt('Credentials')} onCommit={(v) => setStateField(ctx.id, ['Credentials'], v)} />
      </Section>
      {isLambdaInvokeResource(resource) && <LambdaFields ctx={ctx} />}
    </>
  );
}
