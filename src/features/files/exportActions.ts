/**
 * Export and share (lazy chunk): ASL JSON/YAML (download or copy), the graph as SVG/PNG, a SAM template, the
 * mocks as a MockConfigFile, and a share link. The definition text is exported as typed when its format matches;
 * otherwise the last valid definition is converted.
 */
import { toSamTemplate } from '../../asl/cfn.ts';
import { toJson, toYaml } from '../../asl/serialize.ts';
import { loadYaml } from '../../asl/yamlLib.ts';
import { describeSize, encodeShare, MAX_SHARE_CHARS } from '../../persistence/shareCodec.ts';
import { useAppStore } from '../../store/store.ts';
import { showNotice, showToast } from '../library/libraryStore.ts';
import { workflowStorage } from '../library/workflowStorage.ts';
import { useFiles } from './filesStore.ts';
import { canvasToSvg, svgToPng } from './svgExport.ts';
import { downloadBlob, downloadText, slug } from '../../ui/download.ts';

export type AslFormat = 'json' | 'yaml';

export async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showToast({ message: `${what} copied to the clipboard` });
  } catch {
    showNotice({ kind: 'error', message: `Could not copy ${what} (clipboard not allowed): use the download instead.` });
  }
}

/** The ASL text in a format, or undefined (with a notice) when the text has a syntax error in the other format. */
export async function aslText(format: AslFormat): Promise<string | undefined> {
  await loadYaml();
  // Text typed within the parse debounce is not parsed yet: parse it now, or a format change would export the old definition.
  useAppStore.getState().flushParse();
  const { doc } = useAppStore.getState();
  if (doc.format === format) return doc.text;
  if (doc.stale || !doc.definition) {
    showNotice({ kind: 'error', message: 'Fix the syntax error first: the definition cannot be converted while it does not parse.' });
    return undefined;
  }
  return format === 'json' ? toJson(doc.definition) : toYaml(doc.definition);
}

const fileBase = () => slug(workflowStorage.currentName());

export async function exportAsl(format: AslFormat, mode: 'download' | 'copy'): Promise<void> {
  const text = await aslText(format);
  if (text === undefined) return;
  if (mode === 'copy') await copyText(text, `ASL ${format.toUpperCase()}`);
  else downloadText(text, `${fileBase()}.asl.${format}`, format === 'json' ? 'application/json' : 'application/yaml');
}

function svgOfCanvas(): string | undefined {
  const canvas = document.querySelector<HTMLElement>('.canvas');
  try {
    if (!canvas) throw new Error('The canvas is not shown');
    const chosen = useFiles.getState().imageTheme;
    const theme = chosen === 'auto' ? (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light') : chosen;
    return canvasToSvg(canvas, theme, workflowStorage.currentName(), { runColours: useFiles.getState().imageRunColours === 'include' });
  } catch (e) {
    showNotice({ kind: 'error', message: `Could not draw the graph: ${(e as Error).message}` });
    return undefined;
  }
}

export async function exportImage(kind: 'svg' | 'png'): Promise<void> {
  const svg = svgOfCanvas();
  if (svg === undefined) return;
  if (kind === 'svg') downloadText(svg, `${fileBase()}.svg`, 'image/svg+xml');
  else downloadBlob(await svgToPng(svg), `${fileBase()}.png`);
}

export async function exportSam(): Promise<void> {
  await loadYaml();
  useAppStore.getState().flushParse();
  const { doc } = useAppStore.getState();
  if (!doc.definition || doc.stale) {
    showNotice({ kind: 'error', message: 'Fix the syntax error first: the SAM template needs a definition that parses.' });
    return;
  }
  const cfn = workflowStorage.getExtras<{ logicalId?: string; substitutions?: Record<string, unknown> }>('cfn');
  const text = toSamTemplate(doc.definition, cfn?.logicalId ?? workflowStorage.currentName(), 'yaml', cfn?.substitutions);
  downloadText(text, `${fileBase()}.template.yaml`, 'application/yaml');
}

export async function exportMocks(): Promise<void> {
  const [{ toMockConfig }, { taskStates }, { useSimulationSettings }, { useSession }] = await Promise.all([
    import('../simulation/mockSet.ts'),
    import('../simulation/taskStates.ts'),
    import('../simulation/settings.ts'),
    import('../simulation/session.ts'),
  ]);
  const { doc } = useAppStore.getState();
  const name = slug(workflowStorage.currentName());
  const r = toMockConfig(useSimulationSettings.getState().mocks, taskStates(doc.definition), name, 'Default', useSession.getState().lastResults);
  downloadText(toJson(r.file), `${name}.mocks.json`, 'application/json');
  if (r.notes.length) showNotice({ kind: 'info', message: `Mocks exported. ${r.notes.join('; ')}` });
}

/**
 * The extras, with the simulation set-up (input, presets, mocks) under `simulation` while the simulation panel
 * still keeps it outside the workflow (it is then stored with the shared copy, ready for per-workflow use).
 */
async function withSimulation(extras: Record<string, unknown>): Promise<Record<string, unknown>> {
  if ('simulation' in extras) return extras;
  const { useSimulationSettings } = await import('../simulation/settings.ts');
  const { inputText, presets, mocks } = useSimulationSettings.getState();
  return { ...extras, simulation: { inputText, presets, mocks } };
}

/** The share link of the open workflow, shown in a dialog (or why it is too long). */
export async function createShareLink(): Promise<void> {
  const content = workflowStorage.snapshot();
  const fragment = await encodeShare({ name: content.name, text: content.text, sidecar: content.sidecar, extras: await withSimulation(content.extras) });
  const url = `${location.origin}${location.pathname}${fragment}`;
  useFiles.setState({ dialog: { kind: 'share', url, size: describeSize(url.length), tooLong: url.length > MAX_SHARE_CHARS } });
}
