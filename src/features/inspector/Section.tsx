/** A titled group of fields (a fieldset: its legend names the group for assistive technology). */
import type { ReactNode } from 'react';

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <fieldset className="insp-section">
      <legend className="insp-section-title">{title}</legend>
      {children}
      {actions && <div className="insp-actions">{actions}</div>}
    </fieldset>
  );
}
