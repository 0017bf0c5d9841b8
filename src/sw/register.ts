/**
 * Registers the service worker (`sw.js`, production builds only: see `scripts/vite/swPlugin.ts`) once the page
 * has loaded and gone idle, on http(s) secure contexts (localhost counts). After the first visit the app works offline. When a
 * new build is installed and waiting, a small toast offers to reload into it; nothing is shown otherwise.
 */
import { showToast } from '../features/library/libraryStore.ts';

export function canUseServiceWorker(): boolean {
  return 'serviceWorker' in navigator && window.isSecureContext && /^https?:$/.test(location.protocol);
}

export function registerServiceWorker(): void {
  if (!canUseServiceWorker()) return;
  const start = () => {
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(offerUpdates, () => {
      // No offline support (private mode, a blocked worker): the app works as before while online.
    });
  };
  // After the page has loaded and gone idle: precaching the build must not compete with the first render.
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5_000 }) : setTimeout(start, 1_000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/** Offer a waiting new version (a toast with "Reload"); reload once it has taken over at the user's request. */
export function offerUpdates(registration: ServiceWorkerRegistration): void {
  let reloadWanted = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install also takes the page over: reload only when the user asked for the new version.
    if (reloadWanted) location.reload();
  });
  const offer = (worker: ServiceWorker) =>
    showToast({
      message: 'New version of asl-studio available',
      action: {
        label: 'Reload',
        run: () => {
          reloadWanted = true;
          worker.postMessage('skip-waiting');
        },
      },
    });
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
}
