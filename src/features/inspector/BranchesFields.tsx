/** Parallel: the list of branches (their start state and size), add a branch, remove one. */
import { addBranch, removeBranch } from '../../commands/index.ts';
import { isObj } from '../../commands/immutable.ts';
import { Section } from './Section.tsx';
import { run } from './edits.ts';
import type { InspectedState } from './useInspected.ts';

export function BranchesFields({ ctx }: { ctx: InspectedState }) {
  const branches = Array.isArray(ctx.state.Branches) ? (ctx.state.Branches as unknown[]) : [];
  return (
    <Section
      title="Branches"
      actions={
        <button type="button" onClick={() => run(addBranch, { id: ctx.id })}>
          Add branch
        </button>
      }
    >
      <ol className="insp-branches" aria-label="Branches">
        {branches.map((b, i) => {
          const states = isObj(b) && isObj(b.States) ? Object.keys(b.States) : [];
          const start = isObj(b) && typeof b.StartAt === 'string' ? b.StartAt : '(no StartAt)';
          return (
            <li key={i} className="insp-branch">
              <span>
                <strong>Branch {i + 1}</strong>: starts at {start} · {states.length} {states.length === 1 ? 'state' : 'states'}
              </span>
              <button
                type="button"
                className="insp-remove"
                disabled={branches.length <= 1}
                title={branches.length <= 1 ? 'A Parallel state needs at least one branch' : undefined}
                onClick={() => run(removeBranch, { id: ctx.id, index: i })}
              >
                Remove branch {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
