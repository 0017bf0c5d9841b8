/** A labelled form row: the label, the control, an optional help line and an inline error. */
import type { ReactNode } from 'react';
import './ui.css';

export interface FieldProps {
  label: string;
  /** The id of the control the label names. */
  htmlFor: string;
  help?: string;
  error?: string;
  children: ReactNode;
}

export function errorId(id: string): string {
  return `${id}-error`;
}

export function helpId(id: string): string {
  return `${id}-help`;
}

/** `aria-describedby` for a control: its error (when shown) and help line. */
export function describedBy(id: string, help: string | undefined, error: string | undefined): string | undefined {
  const ids = [error ? errorId(id) : undefined, help ? helpId(id) : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Field({ label, htmlFor, help, error, children }: FieldProps) {
  return (
    <div className={`ui-field${error ? ' ui-field-invalid' : ''}`}>
      <label className="ui-label" htmlFor={htmlFor} title={help}>
        {label}
      </label>
      {children}
      {error && (
        <p className="ui-error" id={errorId(htmlFor)} role="alert">
          {error}
        </p>
      )}
      {help && (
        <p className="ui-help" id={helpId(htmlFor)}>
          {help}
        </p>
      )}
    </div>
  );
}
