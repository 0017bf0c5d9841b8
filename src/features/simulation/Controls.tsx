/**
 * Run controls: Run, Pause, Step, Step back, Continue, Stop, Reset; the speed of the animation; the virtual clock;
 * a breakpoint toggle for the selected state (also F9, and inside Parallel branches and Map iterations).
 */
import { dispatchKey } from '../keyboard/keymap.ts';
import { useEffect } from 'react';
import { own } from '../../asl/own.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { simulation } from './controller.ts';
import { useSession } from './session.ts';
import { SPEEDS, useSimulationSettings, type ClockMode, type Speed } from './settings.ts';

/**
 * A button's symbol: hidden from screen readers (the word says it), and from the common Unicode blocks that the
 * usual Linux fonts cover too (the media-control symbols U+23F5…U+23F8 drew as empty boxes with Debian's fonts).
 */
function Glyph({ children }: { children: string }) {
  return <span aria-hidden="true">{children}</span>;
}

/** The clock as an ISO time; a value a Date cannot hold (from a hostile definition) shows as such, never throws. */
function isoTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? 'beyond the calendar' : d.toISOString();
}

export function formatClock(ms: number): string {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(3)} s` : `${Math.floor(s / 60)} min ${(s % 60).toFixed(3)} s`;
}

function useBreakpointToggle() {
  const selectedId = useAppStore((s) => s.ui.selectedId);
  const node = useAppStore((s) => (s.ui.selectedId ? s.doc.graph.byId.get(s.ui.selectedId) : undefined));
  const has = useSimulationView((s) => (selectedId ? own(s.breakpoints, selectedId) === true : false));
  const toggle = () => {
    if (!selectedId || node?.kind !== 'state') return;
    useSimulationView.getState().toggleBreakpoint(selectedId);
    simulation.syncBreakpoints();
  };
  return { name: node?.kind === 'state' ? node.name : undefined, has, toggle };
}

export function Controls() {
  const s = useSession(useShallow((x) => ({ status: x.status, running: x.running, canStepBack: x.canStepBack, now: x.now, start: x.startTime })));
  const speed = useSimulationSettings((x) => x.speed);
  const clock = useSimulationSettings((x) => x.clock);
  const bp = useBreakpointToggle();
  const live = s.status === 'RUNNING';
  // A run always starts at a real time (now, or the fixed 2024-01-01); an imported history whose events carry no
  // timestamps (placeholders, as in the recorded fixtures) has none: say so rather than show 1970-01-01.
  const timed = s.start > 0;
  const paused = live && !s.running;
  useEffect(() => {
    // The canvas handles F9 too when this panel is closed; here the panel's toggle wins.
    const onKey = (e: KeyboardEvent) => {
      if (dispatchKey(e, { 'canvas.breakpoint': () => bp.toggle() })) e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [bp]);
  return (
    <div className="sim-controls" role="toolbar" aria-label="Simulation controls">
      <div className="sim-buttons">
        <button type="button" onClick={simulation.run} disabled={s.running || paused} title="Start a new execution">
          <Glyph>▶</Glyph> Run
        </button>
        <button type="button" onClick={simulation.pause} disabled={!s.running}>
          <Glyph>❚❚</Glyph> Pause
        </button>
        <button type="button" onClick={simulation.run} disabled={!paused}>
          <Glyph>▷</Glyph> Continue
        </button>
        <button type="button" onClick={simulation.step} disabled={s.running} aria-label="Step one state">
          <Glyph>⤼</Glyph> Step
        </button>
        <button type="button" onClick={simulation.stepBack} disabled={s.running || !s.canStepBack}>
          <Glyph>⤺</Glyph> Step back
        </button>
        <button type="button" onClick={simulation.stop} disabled={!live}>
          <Glyph>■</Glyph> Stop
        </button>
        <button type="button" onClick={simulation.reset} disabled={s.running}>
          <Glyph>↺</Glyph> Reset
        </button>
      </div>
      <div className="sim-buttons">
        <label>
          Speed{' '}
          <select
            aria-label="Speed"
            value={speed}
            onChange={(e) => {
              useSimulationSettings.getState().setSpeed(e.target.value as Speed);
              simulation.syncPacing();
            }}
          >
            {Object.entries(SPEEDS).map(([k, v]) => (
              <option key={k} value={k}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Start{' '}
          <select aria-label="Start time" title="Fixed: every run starts at 2024-01-01T00:00:00Z (reproducible)" value={clock} onChange={(e) => useSimulationSettings.getState().setClock(e.target.value as ClockMode)}>
            <option value="now">Start now</option>
            <option value="fixed">Fixed 2024-01-01</option>
          </select>
        </label>
        <span className="sim-clock" aria-label="Simulated clock">
          <Glyph>◷</Glyph> {!s.status ? '—' : timed ? formatClock(s.now - s.start) : <span title="The imported history's events carry no timestamps">no recorded times</span>}
          {s.status && timed && <span className="muted"> ({isoTime(s.now)})</span>}
        </span>
        <button type="button" onClick={bp.toggle} disabled={!bp.name} title="Toggle a breakpoint on the selected state (F9)">
          {bp.name ? `${bp.has ? 'Remove' : 'Add'} breakpoint on ${bp.name}` : 'Select a state to add a breakpoint'}
        </button>
      </div>
    </div>
  );
}
