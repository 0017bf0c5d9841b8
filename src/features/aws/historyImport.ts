/**
 * Import an execution history for the open workflow (lazy chunk): read and check the file
 * (src/aws/historyFile.ts), show it on the canvas and in the simulation panel exactly as AWS mode shows a run
 * (showExecution.ts), and "Turn into a test" (historyCase.ts). The workflow text is never touched; a file that is
 * not a history, or one of another workflow, is refused with a notice that says why.
 */
import { readHistoryFile, enteredNames, MAX_HISTORY_CHARS } from '../../aws/historyFile.ts';
import { stateIds } from '../../asl/ids.ts';
import { useAppStore } from '../../store/store.ts';
import { useA11yUi } from '../a11y/focus.ts';
import { downloadText, slug } from '../../ui/download.ts';
import { showNotice, showToast } from '../library/libraryStore.ts';
import { useSession } from '../simulation/session.ts';
import { addTestCase } from '../tests/testsStore.ts';
import { caseFileText, caseFromHistory, toSuiteCase } from './historyCase.ts';
import { useImportedHistory } from './importedHistory.ts';
import { showStandard } from './showExecution.ts';

function refuse(fileName: string, why: string): void {
  showNotice({ kind: 'error', message: `Could not import the execution history ${fileName}: ${why}. Nothing was changed.` });
}

/** Whether a text is an execution history file (readHistoryFile accepts it). */
export function isHistoryText(text: string): boolean {
  return readHistoryFile(text).ok;
}

/** Read, check and show a history given as text (a file's contents). */
export function importHistoryText(text: string, fileName: string): boolean {
  useAppStore.getState().flushParse();
  const definition = useAppStore.getState().doc.definition;
  if (!definition) {
    refuse(fileName, 'the open workflow does not parse; fix it first');
    return false;
  }
  const r = readHistoryFile(text, fileName);
  if (!r.ok) {
    refuse(fileName, r.message);
    return false;
  }
  const known = stateIds(definition);
  const names = enteredNames(r.history.events);
  const foreign = names.filter((n) => known.idsOf(n).length === 0);
  if (names.length > 0 && foreign.length === names.length) {
    refuse(fileName, `it runs none of this workflow's states (${foreign.slice(0, 3).join(', ')}…): open the workflow it was recorded with`);
    return false;
  }
  const warnings = [...r.history.warnings];
  if (foreign.length > 0) warnings.push(`States not in this workflow: ${foreign.slice(0, 5).join(', ')}`);
  showStandard(r.history.execution, r.history.events);
  useSession.setState({ announcement: `Showing imported execution ${r.history.execution.name}: ${r.history.execution.status}` });
  useImportedHistory.setState({ fileName, history: { ...r.history, warnings }, shownEvents: useSession.getState().events, position: r.history.events.length, message: '' });
  useA11yUi.getState().setSideTab('simulation');
  showNotice(undefined);
  return true;
}

/** Show the imported execution as it was after its first `n` events (the replay), on the canvas and in the panel. */
export function showImportedAt(n: number): void {
  const { history } = useImportedHistory.getState();
  if (!history) return;
  const count = Math.max(1, Math.min(history.events.length, Math.round(n)));
  const ended = count >= history.events.length;
  const execution = ended ? history.execution : { ...history.execution, status: 'RUNNING' as const, stopDate: undefined, output: undefined, error: undefined, cause: undefined };
  showStandard(execution, history.events.slice(0, count));
  const last = history.events[count - 1];
  useSession.setState({ announcement: ended ? `Showing imported execution ${history.execution.name}: ${history.execution.status}` : `Replay at event ${count} of ${history.events.length}: ${last?.type ?? ''}` });
  useImportedHistory.setState({ shownEvents: useSession.getState().events, position: count });
}

export async function importHistoryFile(file: File): Promise<void> {
  // UTF-8 is at least one byte a character: a file over the limit in bytes may still fit, so read up to twice it.
  if (file.size > MAX_HISTORY_CHARS * 2) {
    refuse(file.name, `it is ${Math.round(file.size / 1048576)} MB`);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    refuse(file.name, `it could not be read (${(e as Error).message})`);
    return;
  }
  importHistoryText(text, file.name);
}

/** The imported execution as a test case of the open workflow (see historyCase.ts), or why it cannot be one. */
async function recordedCase() {
  const { history } = useImportedHistory.getState();
  const definition = useAppStore.getState().doc.definition;
  if (!history || !definition) return undefined;
  const name = `Recorded ${history.execution.name}`.slice(0, 80);
  const r = await caseFromHistory(definition, history.events, name);
  if (!r.ok) {
    useImportedHistory.setState({ message: `Cannot turn this execution into a test: ${r.message}` });
    return undefined;
  }
  return { testCase: r.case, definition, history };
}

const callCount = (mocks: Record<string, Record<string, unknown>>) => Object.values(mocks).reduce((n, m) => n + Object.keys(m).length, 0);

/** "Turn into a test": the case joins the workflow's test suite, and the Tests panel opens on it. */
export async function turnIntoTest(): Promise<void> {
  const made = await recordedCase();
  if (!made) return;
  const { testCase } = made;
  const added = addTestCase(toSuiteCase(testCase));
  const calls = callCount(testCase.mocks);
  const summary = `Test "${added}" added: the recorded input, ${calls} mocked call${calls === 1 ? '' : 's'}, expects ${testCase.expected.status}.`;
  useImportedHistory.setState({ message: `${summary}${testCase.warnings.length ? ` ${testCase.warnings.join(' ')}` : ''}` });
  if (testCase.warnings.length) showNotice({ kind: 'info', message: `${summary} ${testCase.warnings.join(' ')}` });
  else showToast({ message: summary });
  useA11yUi.getState().setSideTab('tests');
}

/** The same case as a file `asl-studio test` runs (input, inline MockConfigFile, expectation). */
export async function downloadTestFile(): Promise<void> {
  const made = await recordedCase();
  if (!made) return;
  const { testCase, definition, history } = made;
  const source = `Recorded execution ${history.execution.arn || history.execution.name} (${useImportedHistory.getState().fileName ?? 'imported file'})`;
  downloadText(caseFileText(testCase, definition, source), `${slug(testCase.name)}.test.json`, 'application/json');
  const calls = callCount(testCase.mocks);
  useImportedHistory.setState({ message: `Saved ${slug(testCase.name)}.test.json: ${calls} mocked call${calls === 1 ? '' : 's'}, expects ${testCase.expected.status}.` });
}
