/**
 * A virtualised table body: fixed-height rows, only the visible ones (plus a little overscan) are rendered, so
 * 25,000 history events scroll smoothly. ARIA table semantics with aria-rowcount/aria-rowindex.
 */
import { useState, type ReactNode } from 'react';

export interface VirtualRowsProps {
  label: string;
  count: number;
  rowHeight?: number;
  height?: number;
  header: ReactNode;
  row: (index: number) => ReactNode;
}

const OVERSCAN = 8;

export function VirtualRows({ label, count, rowHeight = 24, height = 320, header, row }: VirtualRowsProps) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} role="row" aria-rowindex={i + 2} className="vrow" style={{ height: rowHeight }}>
        {row(i)}
      </div>,
    );
  }
  return (
    <div role="table" aria-label={label} aria-rowcount={count + 1} className="vtable">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="vrow vhead">
          {header}
        </div>
      </div>
      <div
        role="rowgroup"
        className="vbody"
        style={{ height, overflowY: 'auto' }}
        tabIndex={0}
        aria-label={`${label} rows`}
        onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      >
        <div style={{ height: count * rowHeight, position: 'relative' }}>
          <div style={{ position: 'absolute', top: first * rowHeight, left: 0, right: 0 }}>{rows}</div>
        </div>
      </div>
    </div>
  );
}
