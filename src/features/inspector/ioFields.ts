/** Which input/output fields a state type has in a query language, in the order the data flows through them. */
import { fieldSpec, type FieldOwner } from '../../asl/fields.ts';
import type { QueryLanguage, StateType } from '../../asl/types.ts';

const JSONPATH_IO = ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath', 'Assign'];
const JSONATA_IO = ['Arguments', 'Output', 'Assign'];

/** The I/O fields of a state type in a query language, in pipeline order. */
export function ioFields(type: StateType, lang: QueryLanguage): string[] {
  const names = lang === 'JSONata' ? JSONATA_IO : JSONPATH_IO;
  return names.filter((n) => {
    // Map's Parameters is the legacy ItemSelector: the Map section shows that.
    if (type === 'Map' && n === 'Parameters') return false;
    const spec = fieldSpec(type as FieldOwner, n);
    return spec !== undefined && spec.languages.includes(lang);
  });
}
