/**
 * Default sizes of canvas boxes and edge labels, from a rough text-width estimate (no DOM: this runs in a worker
 * and in Node). Group paddings leave room for the title bar of Parallel/Map states and of branch groups.
 */
import type { GraphNode } from '../asl/graph.ts';
import { memoize } from '../asl/memo.ts';
import type { Size } from './types.ts';

export const STATE_MIN_WIDTH = 180;
export const STATE_MAX_WIDTH = 360;
export const STATE_HEIGHT = 48;
export const MARKER_SIZE: Size = { width: 56, height: 28 };
/** Title bar plus inner margin of every group box. */
export const GROUP_PADDING = { top: 40, left: 16, bottom: 16, right: 16 };
/** Gap between the branch groups of a Parallel state. */
export const BRANCH_GAP = 24;
export const EMPTY_GROUP: Size = { width: 180, height: 48 };
export const LABEL_MAX_CHARS = 48;
const LABEL_FONT_PX = 11;
const LABEL_HEIGHT = 18;

/** Average advance widths (em) of a proportional UI font: narrow, wide and ordinary glyphs. */
function charEm(ch: string): number {
  if (/[iljtf.,:;'|!()[\] ]/.test(ch)) return 0.32;
  if (/[mwMW@%]/.test(ch)) return 0.86;
  if (/[A-Z0-9#$&]/.test(ch)) return 0.66;
  return 0.55;
}

/** charEm of the ASCII characters, looked up by code: three regular expressions per character cost ~0.1 s at 5,000 states. */
const ASCII_EM = Float64Array.from({ length: 128 }, (_, c) => charEm(String.fromCharCode(c)));

/** Estimated width in pixels of `text` at `fontPx`. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    em += c < 128 ? (ASCII_EM[c] as number) : charEm(ch);
  }
  return Math.ceil(em * fontPx);
}

/** A label truncated to what the canvas shows. */
export function truncateLabel(label: string, max = LABEL_MAX_CHARS): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** The canvas's state name: app.css .state-node (13px, the app's font stack) and .state-name (weight 600). */
const NAME_FONT = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
/** A 2D context to measure names with, made on first use; null where there is no canvas (Node: the estimate). */
let nameContext: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * The width of a state's name as the canvas draws it, where a canvas can measure it (the page and the layout
 * worker). The estimate alone ran short of wide UI fonts: "SendNotification" in DejaVu Sans took 146 px against
 * 107 estimated, and the seed's third state was cut to "SendNotifica…" on the first screen. Remembered by name in
 * a bounded memo (asl/memo.ts): a re-layout, after every structural edit, measures every name again.
 */
const nameWidth = memoize((name: string): number => {
  if (nameContext === undefined) {
    nameContext = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (nameContext) nameContext.font = NAME_FONT;
  }
  return nameContext ? Math.ceil(advances(nameContext, name)) + 4 : estimateTextWidth(name, 14);
});

/**
 * The sum of the characters' advances, each measured once: measureText on every name cost ~0.25 s of the layout
 * worker at 5,000 states (6,000 names, headless Chromium) where a character's width is a Map lookup. Kerning is left
 * out: over the corpus's names the sum is 1 px under to 6 px over the measured width (the box keeps 4 px spare).
 */
function advances(context: OffscreenCanvasRenderingContext2D, text: string): number {
  let sum = 0;
  for (const ch of text) {
    let w = charWidths.get(ch);
    if (w === undefined) {
      w = context.measureText(ch).width;
      charWidths.set(ch, w);
    }
    sum += w;
  }
  return sum;
}
const charWidths = new Map<string, number>();

/** A label's width, remembered by text (a bounded memo, as a name's): a re-layout measures every label again. */
const labelWidth = memoize((label: string) => Math.ceil(estimateTextWidth(truncateLabel(label), LABEL_FONT_PX) * 1.25) + 14);

/**
 * State boxes: accent border, icon, the name (13px bold) and the type line, and room for a badge; wider for long
 * names up to a cap.
 */
export function defaultNodeSize(node: GraphNode): Size {
  if (node.kind === 'start' || node.kind === 'end') return { ...MARKER_SIZE };
  const text = nameWidth(node.name) + 84;
  const width = Math.min(STATE_MAX_WIDTH, Math.max(STATE_MIN_WIDTH, Math.ceil(text / 4) * 4));
  return { width, height: STATE_HEIGHT };
}

/**
 * The label box the layout reserves and the canvas draws (app.css .edge-label: 6px padding and a 1px border each
 * side). The estimate is widened by a quarter: wide UI fonts (DejaVu Sans on Linux) ran past it and got cut.
 */
export function edgeLabelSize(label: string): Size {
  return { width: labelWidth(label), height: LABEL_HEIGHT };
}
