/**
 * An error boundary around one pane (canvas, code editor, palette, a side-panel view): a render error in it shows
 * what went wrong and a "Reload this pane" button in its place, while the rest of the page keeps working. The work
 * lives in the store, which a render error never touches, so reloading the pane (remounting it) loses nothing.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import './ui.css';
import { TEST_HOOKS } from './testHooks.ts';

interface Props {
  /** The pane's name as the user knows it ("Canvas", "Mocks"). */
  name: string;
  /** The class of the pane's own root element, so the fallback takes its place in the layout. */
  className?: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  /** Bumped by "Reload this pane": a fresh key remounts the children. */
  generation: number;
}

export class PaneBoundary extends Component<Props, State> {
  override state: State = { error: undefined, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the developer console; the user sees the message in the pane.
    console.error(`The ${this.props.name} pane failed`, error, info.componentStack);
  }

  private readonly reload = () => this.setState((s) => ({ error: undefined, generation: s.generation + 1 }));

  override render(): ReactNode {
    const { error, generation } = this.state;
    if (!error) {
      return (
        <PaneKey key={generation}>
          <Tripwire name={this.props.name} />
          {this.props.children}
        </PaneKey>
      );
    }
    const { name, className } = this.props;
    return (
      <section className={`${className ?? ''} pane-failed`} role="alert" aria-label={`${name} failed`} data-pane-failed={name}>
        <h2>The {name.toLowerCase()} stopped working</h2>
        <p>Your workflow is safe: nothing was lost or changed. Reloading this pane shows it again.</p>
        <pre className="pane-failed-message">{`${error.name}: ${error.message}`.slice(0, 500)}</pre>
        <button type="button" onClick={this.reload}>
          Reload this pane
        </button>
      </section>
    );
  }
}

/**
 * For the end-to-end test of this boundary (e2e/hostile-input.spec.ts): with `window.__aslStudioFailPane` set to a
 * pane's name, that pane fails as it mounts (instrumented builds only). Nothing else sets it; it renders nothing.
 */
function Tripwire({ name }: { name: string }): null {
  // Instrumented (test) builds only: a production build has no way to fail a pane on purpose.
  if (TEST_HOOKS && (globalThis as { __aslStudioFailPane?: unknown }).__aslStudioFailPane === name) throw new Error(`${name} failed on purpose (test)`);
  return null;
}

/** A keyed wrapper (no DOM of its own): a new key remounts the pane. */
function PaneKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
