/**
 * The graph as drawn, as a standalone SVG (lazy chunk): node boxes, containers and edge labels are measured from
 * the React Flow DOM (so nested containers and manual positions come out exactly as shown) and drawn as SVG
 * primitives; edge paths are React Flow's own `d` attributes (already in flow coordinates). Light or dark theme.
 * PNG is that SVG drawn onto a canvas at twice the size.
 */
export type ImageTheme = 'light' | 'dark';

const THEMES = {
  light: { bg: '#ffffff', node: '#ffffff', group: '#f4f6f8', border: '#8c8c94', text: '#16191f', muted: '#545b64', edge: '#687078' },
  dark: { bg: '#0f1b2a', node: '#1e2a3a', group: '#16222f', border: '#5f6b7a', text: '#e9ebed', muted: '#a7b0ba', edge: '#9aa5b1' },
} as const;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (n: number) => Math.round(n * 10) / 10;

export interface SvgOptions {
  /** Keep the simulation's run colours (a status's accent, the taken path); default: leave them out. */
  runColours?: boolean;
}

export function canvasToSvg(canvas: HTMLElement, theme: ImageTheme, title: string, options: SvgOptions = {}): string {
  const runColours = options.runColours === true;
  const catchColour = getComputedStyle(canvas).getPropertyValue('--catch').trim();
  const flow = canvas.querySelector<HTMLElement>('.react-flow');
  const viewport = canvas.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !viewport) throw new Error('The canvas is not shown');
  const t = THEMES[theme];
  const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
  const zoom = m.a || 1;
  const origin = flow.getBoundingClientRect();
  const boxOf = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { x: (r.left - origin.left - m.e) / zoom, y: (r.top - origin.top - m.f) / zoom, w: r.width / zoom, h: r.height / zoom };
  };
  const boxes: Box[] = [];
  const groups: string[] = [];
  const states: string[] = [];
  for (const el of canvas.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const b = boxOf(el);
    boxes.push(b);
    const marker = el.querySelector<HTMLElement>('.marker-node');
    if (marker) {
      const fill = getComputedStyle(marker).backgroundColor || t.text;
      states.push(
        `<g class="marker"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="${num(b.h / 2)}" fill="${fill}"/>` +
          `<text x="${num(b.x + b.w / 2)}" y="${num(b.y + b.h / 2 + 4)}" text-anchor="middle" fill="#ffffff" font-weight="600" font-size="12">${esc(marker.textContent ?? '')}</text></g>`,
      );
      continue;
    }
    const inner = el.querySelector<HTMLElement>('[data-state-name]') ?? el;
    const name = inner.dataset.stateName ?? el.textContent ?? '';
    const style = getComputedStyle(inner);
    // The state type's accent (the node's --accent), unless run colours are asked for: a status recolours the border.
    const typeAccent = inner.style.getPropertyValue('--accent').trim();
    const accent = (runColours ? style.borderLeftColor : typeAccent || style.borderLeftColor) || t.border;
    if (inner.classList.contains('container-node') || el.classList.contains('react-flow__node-group')) {
      groups.push(
        `<g class="container" data-state-name="${esc(name)}"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="10" fill="${t.group}" stroke="${t.border}" stroke-dasharray="${inner.dataset.stateName ? '0' : '4 3'}"/>` +
          `<text x="${num(b.x + 10)}" y="${num(b.y + 18)}" fill="${t.text}" font-weight="600" font-size="12">${esc(name)}` +
          `<tspan fill="${t.muted}" font-weight="400"> ${esc(inner.dataset.stateType ?? '')}</tspan></text></g>`,
      );
      continue;
    }
    const type = inner.querySelector('.state-type')?.textContent ?? inner.dataset.stateType ?? '';
    states.push(
      `<g class="state" data-state-name="${esc(name)}"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="8" fill="${t.node}" stroke="${t.border}"/>` +
        `<rect x="${num(b.x)}" y="${num(b.y)}" width="5" height="${num(b.h)}" rx="2" fill="${accent}"/>` +
        `<text x="${num(b.x + 14)}" y="${num(b.y + b.h / 2 - 2)}" fill="${t.text}" font-weight="600" font-size="13">${esc(name)}</text>` +
        `<text x="${num(b.x + 14)}" y="${num(b.y + b.h / 2 + 13)}" fill="${t.muted}" font-size="11">${esc(type)}</text></g>`,
    );
  }
  const edges: string[] = [];
  /** One arrowhead marker per edge colour (catch edges are red, as on the canvas). */
  const colors = new Map<string, string>();
  for (const path of canvas.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
    const d = path.getAttribute('d');
    if (!d) continue;
    const bb = path.getBBox();
    boxes.push({ x: bb.x, y: bb.y, w: bb.width, h: bb.height });
    const style = getComputedStyle(path);
    // A taken path is drawn green (or greyed when stale): without run colours, as it is drawn without a run.
    const taken = path.classList.contains('edge-taken');
    const isCatch = path.classList.contains('edge-catch');
    const drawn = style.stroke && style.stroke !== 'none' ? style.stroke : t.edge;
    const stroke = taken && !runColours ? (isCatch && catchColour ? catchColour : t.edge) : drawn;
    const dashed = taken && !runColours ? (isCatch ? '5 4' : 'none') : style.strokeDasharray;
    if (!colors.has(stroke)) colors.set(stroke, `arrow${colors.size}`);
    edges.push(
      `<path d="${esc(d)}" fill="none" stroke="${esc(stroke)}" stroke-width="1.5"${dashed && dashed !== 'none' ? ` stroke-dasharray="${esc(dashed)}"` : ''} marker-end="url(#${colors.get(stroke)})"/>`,
    );
  }
  const labels: string[] = [];
  for (const el of canvas.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *')) {
    const text = el.textContent?.trim();
    if (!text) continue;
    const b = boxOf(el);
    labels.push(
      `<g class="edge-label"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="4" fill="${t.bg}" stroke="${t.border}" stroke-width="0.5"/>` +
        `<text x="${num(b.x + b.w / 2)}" y="${num(b.y + b.h / 2 + 4)}" text-anchor="middle" fill="${t.muted}" font-size="11">${esc(text)}</text></g>`,
    );
  }
  const pad = 24;
  const minX = Math.min(...boxes.map((b) => b.x), 0) - pad;
  const minY = Math.min(...boxes.map((b) => b.y), 0) - pad;
  const maxX = Math.max(...boxes.map((b) => b.x + b.w), 100) + pad;
  const maxY = Math.max(...boxes.map((b) => b.y + b.h), 100) + pad;
  const w = num(maxX - minX);
  const h = num(maxY - minY);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${num(minX)} ${num(minY)} ${w} ${h}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<title>${esc(title)}</title>`,
    `<defs>${[...colors].map(([color, id]) => `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${esc(color)}"/></marker>`).join('')}</defs>`,
    `<rect x="${num(minX)}" y="${num(minY)}" width="${w}" height="${h}" fill="${t.bg}"/>`,
    ...groups,
    ...edges,
    ...states,
    ...labels,
    '</svg>',
  ].join('\n');
}

/**
 * The SVG's own width and height (its root attributes). An `<img>` rounds them to whole pixels, which would make
 * the PNG up to a pixel off and scale the drawing a little: the PNG uses these instead.
 */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const width = attr('width');
  const height = attr('height');
  if (!(width > 0 && height > 0)) throw new Error('The image has no size');
  return { width, height };
}

/** The PNG's pixel size for an SVG of that size drawn at `scale`. */
export function pngSize(size: { width: number; height: number }, scale: number): { width: number; height: number } {
  return { width: Math.ceil(size.width * scale), height: Math.ceil(size.height * scale) };
}

/** The SVG drawn on a canvas at `scale` (the PNG is exactly `scale` times the SVG's size, rounded up), as a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = svgSize(svg);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const c = document.createElement('canvas');
  const px = pngSize(size, scale);
  c.width = px.width;
  c.height = px.height;
  const ctx = c.getContext('2d');
  if (!ctx) throw new Error('Canvas drawing is not available');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
