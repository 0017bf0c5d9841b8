/** Opening a `#share=` link (lazy chunk): the shared workflow is added to the library as a copy; nothing is overwritten. */
import { decodeShare, SHARE_PREFIX } from '../../persistence/shareCodec.ts';
import { addWorkflow } from '../library/controller.ts';
import { showNotice, useLibrary } from '../library/libraryStore.ts';

export async function openSharedFragment(hash: string): Promise<void> {
  if (!hash.startsWith(SHARE_PREFIX)) return;
  // The link is consumed: a reload must not add another copy.
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const r = await decodeShare(hash);
  if (!r.ok) {
    showNotice({ kind: 'error', message: r.message });
    return;
  }
  await addWorkflow({ name: `${r.payload.name} (shared)`, text: r.payload.text, sidecar: r.payload.sidecar, extras: r.payload.extras });
  const name = useLibrary.getState().name;
  showNotice({ kind: 'info', message: `Opened the shared workflow as “${name}”: your other workflows are unchanged.` });
}
