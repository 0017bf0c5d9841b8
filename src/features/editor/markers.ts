import type { editor } from 'monaco-editor/editor';
import type { DocumentModel } from '../../store/document.ts';
import { editorDiagnostics } from './diagnostics.ts';
import type { Monaco } from './monaco.ts';

const OWNER = 'asl-studio';

/**
 * Diagnostics → Monaco markers with exact ranges, each with its stable code (shown in the hover and the problems
 * peek). Validation markers are only meaningful for the parsed text.
 */
export function syncMarkers(monaco: Monaco, model: editor.ITextModel, doc: DocumentModel): void {
  const list = editorDiagnostics(doc);
  const markers = list
    .filter((d) => d.range)
    .map((d) => ({
      severity:
        d.severity === 'error'
          ? monaco.MarkerSeverity.Error
          : d.severity === 'warning'
            ? monaco.MarkerSeverity.Warning
            : monaco.MarkerSeverity.Info,
      message: d.message,
      code: d.code,
      source: 'asl-studio',
      startLineNumber: d.range!.line,
      startColumn: d.range!.column,
      endLineNumber: d.range!.endLine,
      endColumn: Math.max(d.range!.endColumn, d.range!.line === d.range!.endLine ? d.range!.column + 1 : 1),
    }));
  monaco.editor.setModelMarkers(model, OWNER, markers);
}
