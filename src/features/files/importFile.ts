/**
 * Import (lazy chunk): a file, a dropped file or pasted text becomes a new library entry; nothing the user had is
 * replaced. SAM/CloudFormation templates are recognised; with several state machines the user picks one. A
 * `#share=` link is opened the same way: the shared workflow is added as a copy.
 */
import { recognise, type FoundMachine } from '../../asl/cfn.ts';
import { loadYaml } from '../../asl/yamlLib.ts';
import { nameFromFile } from '../../persistence/library.ts';
import { decodeShare, SHARE_PREFIX } from '../../persistence/shareCodec.ts';
import { addWorkflow } from '../library/controller.ts';
import { showNotice, useLibrary } from '../library/libraryStore.ts';
import { checkSimulationSetup } from '../simulation/simulationSchema.ts';
import { closeDialog, useFiles } from './filesStore.ts';
import { importProblem } from './importCheck.ts';

function refuse(fileName: string, why: string): void {
  showNotice({ kind: 'error', message: `Could not import ${fileName}: ${why}. Your workflows are unchanged.` });
}

export const ACCEPTED = /\.(json|ya?ml)$/i;

export async function importText(text: string, fileName: string): Promise<void> {
  await loadYaml();
  const r = recognise(text);
  if (r.kind === 'error') {
    // A saved execution history (dropped, or picked with Open file…) is replayed on the open workflow instead.
    const history = await import('../aws/historyImport.ts');
    if (history.isHistoryText(text)) {
      history.importHistoryText(text, fileName);
      return;
    }
    refuse(fileName, r.message);
    return;
  }
  // A text that is no state machine at all (a state that is a string…) is refused, with its line and column.
  const problem = r.kind === 'definition' ? importProblem(r.text) : undefined;
  if (problem) {
    refuse(fileName, problem);
    return;
  }
  showNotice(undefined);
  if (r.kind === 'definition') {
    await addWorkflow({ name: nameFromFile(fileName), text: r.text });
    return;
  }
  const usable = r.machines.filter((m) => m.text !== undefined);
  if (r.machines.length === 1 && usable.length === 1) await openMachine(fileName, usable[0]!);
  else if (usable.length === 0) {
    const why = r.machines.map((m) => `${m.logicalId}: ${m.error ?? ''}`).join('; ');
    showNotice({ kind: 'error', message: `Could not import ${fileName}: ${why}` });
  } else useFiles.setState({ dialog: { kind: 'pick', fileName, machines: r.machines } });
}

export async function openMachine(fileName: string, m: FoundMachine): Promise<void> {
  closeDialog();
  if (m.text === undefined) return;
  const problem = importProblem(m.text, { syntax: false });
  if (problem) {
    refuse(`${m.logicalId} of ${fileName}`, problem);
    return;
  }
  // The template's substitution values go with the workflow: a SAM export gives them back.
  const extras = m.substitutions.length ? { cfn: { logicalId: m.logicalId, substitutions: m.substitutionValues } } : undefined;
  const opened = await addWorkflow({ name: m.logicalId, text: m.text, extras });
  if (opened && m.substitutions.length) {
    showNotice({ kind: 'info', message: `Opened ${m.logicalId} from ${fileName}; DefinitionSubstitutions kept as placeholders: ${m.substitutions.map((s) => `\${${s}}`).join(', ')}` });
  }
}

/**
 * Files larger than this are refused before they are read (reading and parsing a huge file stalls the page). Step
 * Functions takes 1 MB definitions; a SAM/CloudFormation template or a pretty-printed 10,000-state machine is
 * larger, so the bound is generous.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export async function importFiles(files: Iterable<File>): Promise<void> {
  for (const file of files) {
    if (!ACCEPTED.test(file.name)) {
      showNotice({ kind: 'error', message: `Could not import ${file.name}: choose a .json, .asl.json, .yaml, .yml or .asl.yaml file` });
      continue;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      refuse(file.name, `it is ${(file.size / 1048576).toFixed(0)} MB (at most ${MAX_IMPORT_BYTES / 1048576} MB)`);
      continue;
    }
    await importText(await file.text(), file.name);
  }
}

/**
 * Opening a `#share=` link: the shared workflow is added to the library as a copy; nothing is overwritten. The
 * link is checked whole first (shareCodec.ts: size while inflating, definition, layout; here: the simulation
 * set-up): a refusal says what was wrong and leaves the open workflow as it was.
 */
export async function openSharedFragment(hash: string): Promise<void> {
  if (!hash.startsWith(SHARE_PREFIX)) return;
  // The link is consumed: a reload must not add another copy.
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const r = await decodeShare(hash);
  if (!r.ok) {
    showNotice({ kind: 'error', message: r.message });
    return;
  }
  const sim = checkSimulationSetup(r.payload.extras.simulation);
  if (sim.problems.length) {
    const more = sim.problems.length > 1 ? ` (and ${sim.problems.length - 1} more)` : '';
    showNotice({ kind: 'error', message: `This share link was refused: ${sim.problems[0]}${more}. Nothing was opened.` });
    return;
  }
  const opened = await addWorkflow({ name: `${r.payload.name} (shared)`, text: r.payload.text, sidecar: r.payload.sidecar, extras: r.payload.extras });
  if (!opened) {
    const why = useLibrary.getState().status;
    const detail = why?.kind === 'error' ? ` ${why.message}` : '';
    showNotice({ kind: 'error', message: `The shared workflow could not be opened: it could not be stored.${detail}` });
    return;
  }
  const name = useLibrary.getState().name;
  showNotice({ kind: 'info', message: `Opened the shared workflow as “${name}”: your other workflows are unchanged.` });
}
