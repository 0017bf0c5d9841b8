/** Palette entries: the eight state types and the Task presets. */
import { TASK_PRESETS } from '../../asl/presets.ts';
import { STATE_TYPES, type State, type StateType } from '../../asl/types.ts';
import { STATE_TYPE_INFO } from '../../ui/stateLooks.ts';

export interface PaletteEntry {
  id: string;
  type: StateType;
  /** Accessible name of the palette button. */
  label: string;
  title: string;
  description: string;
  icon: string;
  /** Fields that replace the type's default skeleton (presets). */
  state?: Partial<State>;
  /** Base for the new state's name. */
  baseName?: string;
}

export const PALETTE_ENTRIES: readonly PaletteEntry[] = [
  ...STATE_TYPES.map((type) => ({
    id: `type:${type}`,
    type,
    label: `Add ${type} state`,
    title: type,
    description: STATE_TYPE_INFO[type].description,
    icon: STATE_TYPE_INFO[type].icon,
  })),
  ...TASK_PRESETS.map((p) => ({
    id: `preset:${p.id}`,
    type: 'Task' as const,
    label: `Add ${p.name} task`,
    title: p.name,
    description: p.description,
    icon: STATE_TYPE_INFO.Task.icon,
    state: { Resource: p.resource, Parameters: p.parameters } as Partial<State>,
    baseName: p.name.replace(/[^A-Za-z0-9]+/g, ''),
  })),
];

export const PALETTE_MIME = 'application/x-asl-studio-palette';

export function findEntry(id: string): PaletteEntry | undefined {
  return PALETTE_ENTRIES.find((e) => e.id === id);
}

export function filterEntries(query: string): PaletteEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...PALETTE_ENTRIES];
  return PALETTE_ENTRIES.filter((e) => `${e.title} ${e.description} ${e.type}`.toLowerCase().includes(q));
}
