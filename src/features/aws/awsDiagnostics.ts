/**
 * ValidateStateMachineDefinition's diagnostics as the app's own: they join the document's diagnostics, so the
 * canvas badges, the editor markers, the inspector and the Problems list show them like ours, labelled "AWS".
 * They go away on the next validation on AWS and as soon as the text is parsed again (any edit), because the store
 * derives the diagnostics afresh from each parse.
 */
import { locationToPath, type ValidationDiagnostic } from '../../aws/gateway.ts';
import { rangeOf, type ParsedDocument } from '../../asl/parse.ts';
import type { Diagnostic } from '../../asl/types.ts';
import { useAppStore } from '../../store/store.ts';

export const AWS_CODE_PREFIX = 'aws.';

export const isAwsDiagnostic = (d: Diagnostic): boolean => d.code.startsWith(AWS_CODE_PREFIX);

/** AWS diagnostics → app diagnostics with a path into the definition and, where the document has it, a range. */
export function fromAwsDiagnostics(list: readonly ValidationDiagnostic[], definition: unknown, parsed: ParsedDocument | undefined): Diagnostic[] {
  return list.map((d) => {
    const path = locationToPath(definition, d.location) ?? [];
    const range = parsed && d.location !== undefined ? rangeOf(parsed, path) : undefined;
    return {
      code: `${AWS_CODE_PREFIX}${d.code || 'DIAGNOSTIC'}`,
      severity: d.severity === 'WARNING' ? 'warning' : 'error',
      message: `AWS: ${d.code ? `${d.code}: ` : ''}${d.message}`,
      path,
      ...(range ? { range } : {}),
    };
  });
}

/**
 * Show AWS's diagnostics for `source` (the document text that was validated, before any YAML → JSON) with the
 * document's, replacing earlier AWS diagnostics; returns them. If the text changed meanwhile, they are returned
 * without positions and not added to the document: its positions would be wrong.
 */
export function showAwsDiagnostics(source: string, list: readonly ValidationDiagnostic[]): Diagnostic[] {
  useAppStore.getState().flushValidation();
  const { doc } = useAppStore.getState();
  if (doc.stale || doc.text !== source || doc.validText !== source) return fromAwsDiagnostics(list, undefined, undefined);
  const mapped = fromAwsDiagnostics(list, doc.definition, doc.parsed);
  const own = doc.diagnostics.filter((d) => !isAwsDiagnostic(d));
  if (mapped.length === 0 && own.length === doc.diagnostics.length) return mapped;
  useAppStore.setState({ doc: { ...doc, diagnostics: [...own, ...mapped] } });
  return mapped;
}
