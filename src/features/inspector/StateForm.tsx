/** The form of one state: general fields, then the sections its type and query language call for. */
import { BranchesFields } from './BranchesFields.tsx';
import { CatchList } from './CatchList.tsx';
import { ChoiceFields } from './ChoiceFields.tsx';
import { FlowFields } from './FlowFields.tsx';
import { GeneralFields } from './GeneralFields.tsx';
import { IoFields } from './IoFields.tsx';
import { MapFields } from './MapFields.tsx';
import { RetryList } from './RetryList.tsx';
import { FailFields, PassFields, WaitFields } from './SimpleTypeFields.tsx';
import { TaskFields } from './TaskFields.tsx';
import type { InspectedState } from './useInspected.ts';


import { STATE_TRAITS } from '../../asl/stateTypes.ts';

export function StateForm({ ctx }: { ctx: InspectedState }) {
  const t = ctx.type;
  return (
    <>
      <GeneralFields ctx={ctx} />
      {t && STATE_TRAITS[t].hasNext && <FlowFields ctx={ctx} />}
      {t === 'Task' && <TaskFields ctx={ctx} />}
      {t === 'Choice' && <ChoiceFields ctx={ctx} />}
      {t === 'Wait' && <WaitFields ctx={ctx} />}
      {t === 'Fail' && <FailFields ctx={ctx} />}
      {t === 'Pass' && <PassFields ctx={ctx} />}
      {t === 'Map' && <MapFields ctx={ctx} />}
      {t === 'Parallel' && <BranchesFields ctx={ctx} />}
      <IoFields ctx={ctx} />
      {t && STATE_TRAITS[t].canCatch && (
        <>
          <RetryList ctx={ctx} />
          <CatchList ctx={ctx} />
        </>
      )}
    </>
  );
}
