import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useLibrary } from '../features/library/libraryStore.ts';
import { offerUpdates } from './register.ts';

/** A fake service-worker container, registration and worker: just the events and fields the code reads. */
class FakeWorker extends EventTarget {
  state = 'installing';
  readonly posted: unknown[] = [];
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
}

let container: EventTarget & { controller: object | null };
const reload = vi.fn<() => void>();

beforeEach(() => {
  container = Object.assign(new EventTarget(), { controller: null as object | null });
  vi.stubGlobal('navigator', { serviceWorker: container });
  vi.stubGlobal('location', { reload });
  reload.mockClear();
  useLibrary.setState({ toast: undefined });
});

afterEach(() => vi.unstubAllGlobals());

const asRegistration = (r: FakeRegistration) => r as unknown as ServiceWorkerRegistration;

describe('offerUpdates', () => {
  test('the first install takes the page over silently: no toast, no reload', () => {
    const reg = new FakeRegistration();
    offerUpdates(asRegistration(reg));
    const worker = new FakeWorker();
    reg.installing = worker;
    reg.dispatchEvent(new Event('updatefound'));
    worker.become('installed');
    container.controller = {};
    container.dispatchEvent(new Event('controllerchange'));
    expect(useLibrary.getState().toast).toBeUndefined();
    expect(reload).not.toHaveBeenCalled();
  });

  test('a new version found while the page is controlled is offered; Reload lets it take over, then reloads', () => {
    container.controller = {};
    const reg = new FakeRegistration();
    offerUpdates(asRegistration(reg));
    const worker = new FakeWorker();
    reg.installing = worker;
    reg.dispatchEvent(new Event('updatefound'));
    expect(useLibrary.getState().toast).toBeUndefined();
    worker.become('installed');
    const toast = useLibrary.getState().toast;
    expect(toast?.message).toBe('New version of asl-studio available');
    expect(reload).not.toHaveBeenCalled();
    toast?.action?.run();
    expect(worker.posted).toEqual(['skip-waiting']);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a version already waiting when the page opens is offered at once', () => {
    container.controller = {};
    const reg = new FakeRegistration();
    reg.waiting = new FakeWorker();
    offerUpdates(asRegistration(reg));
    expect(useLibrary.getState().toast?.action?.label).toBe('Reload');
  });
});
