import { keepMineAsCopy, loadTheirs } from './controller.ts';
import { showNotice, showToast, useLibrary } from './libraryStore.ts';

/** The conflict notice, storage problems, the toast (undo delete) and one-off notices (import errors, share links). */
export function LibraryOverlays() {
  const status = useLibrary((s) => s.status);
  const storageError = useLibrary((s) => s.storageError);
  const toast = useLibrary((s) => s.toast);
  const notice = useLibrary((s) => s.notice);
  return (
    <div className="library-overlays">
      {status.kind === 'conflict' && (
        <div className="persist-banner persist-conflict" role="alert" aria-label="Conflict">
          <span>{status.message}</span>
          <button type="button" onClick={() => void keepMineAsCopy()}>
            Keep mine (save as copy)
          </button>
          <button type="button" onClick={() => void loadTheirs()}>
            Load theirs
          </button>
        </div>
      )}
      {(storageError || status.kind === 'error') && (
        <div className="persist-banner persist-error" role="alert" aria-label="Storage problem">
          {storageError ?? (status.kind === 'error' ? status.message : '')}
        </div>
      )}
      {notice && (
        <div className={`persist-banner persist-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} aria-label="Notice">
          <span>{notice.message}</span>
          <button type="button" onClick={() => showNotice(undefined)} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      )}
      {toast && (
        <div className="persist-toast" role="status" aria-label="Toast">
          <span>{toast.message}</span>
          {toast.action && (
            <button type="button" onClick={toast.action.run}>
              {toast.action.label}
            </button>
          )}
          <button type="button" onClick={() => showToast(undefined)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
