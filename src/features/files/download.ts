/** Saving a file (through a temporary link) and copying text, with a polite confirmation. */
import { showNotice, showToast } from '../library/libraryStore.ts';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

export async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showToast({ message: `${what} copied to the clipboard` });
  } catch {
    showNotice({ kind: 'error', message: `Could not copy ${what} (clipboard not allowed): use the download instead.` });
  }
}

/** A file name from a workflow name: `Orders (copy)` → `orders-copy`. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'workflow';
}
