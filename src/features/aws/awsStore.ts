/**
 * AWS mode's state: whether the panel is open, the connection (settings and status), the machine opened from AWS.
 * Credentials live in memory only, unless the user opts in to keeping them in this tab's sessionStorage (cleared
 * when the tab closes). This module is tiny and eager (the toolbar shows the status); the SDK loads on connect.
 * AWS state never enters the undo history.
 *
 * `createAwsStore` makes one (the app's is `useAwsStore`); tests make their own, which share nothing.
 */
import { create } from 'zustand';
import type { ConnectionSettings, MachineDetails, StepFunctionsGateway } from '../../aws/gateway.ts';

export const SESSION_KEY = 'asl-studio.aws-connection';

export type ConnectionStatus = 'disconnected' | 'testing' | 'connected' | 'failed';

export interface AwsState {
  open: boolean;
  settings: ConnectionSettings | undefined;
  /** The user chose to keep the settings (credentials included) in sessionStorage. */
  remember: boolean;
  status: ConnectionStatus;
  message: string | undefined;
  /** Why the last connection test failed (classified where it is shown, so the classifier stays lazy). */
  error: unknown;
  /** The role ARN last used to test a state on AWS (a role name, not a secret: kept for this page only). */
  testRoleArn: string;
  gateway: StepFunctionsGateway | undefined;
  machine: MachineDetails | undefined;
  setOpen: (open: boolean) => void;
  connect: (settings: ConnectionSettings, remember: boolean) => Promise<void>;
  disconnect: () => void;
  setMachine: (machine: MachineDetails | undefined) => void;
  setTestRoleArn: (arn: string) => void;
}

function restored(): { settings: ConnectionSettings | undefined; remember: boolean } {
  try {
    const text = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(SESSION_KEY);
    return text ? { settings: JSON.parse(text) as ConnectionSettings, remember: true } : { settings: undefined, remember: false };
  } catch {
    return { settings: undefined, remember: false };
  }
}

export function createAwsStore() {
  return create<AwsState>()((set) => ({
    open: false,
    ...restored(),
    status: 'disconnected',
    message: undefined,
    error: undefined,
    testRoleArn: '',
    gateway: undefined,
    machine: undefined,
    setOpen: (open) => set({ open }),
    connect: async (settings, remember) => {
      if (remember) sessionStorage.setItem(SESSION_KEY, JSON.stringify(settings));
      else sessionStorage.removeItem(SESSION_KEY);
      set({ settings, remember, status: 'testing', message: 'Testing the connection…', error: undefined, gateway: undefined });
      try {
        // Nothing signed leaves the page before the proxy URL has identified itself as the asl-studio proxy.
        // (No proxy URL: calls go directly to the custom endpoint, such as `asl-studio local`.)
        if (settings.proxyUrl.trim() !== '' || !settings.endpoint?.trim()) {
          const { identifyProxy } = await import('../../aws/proxyCheck.ts');
          await identifyProxy(settings.proxyUrl, undefined, typeof location === 'undefined' ? undefined : location.origin);
        }
        const { createSdkGateway } = await import('../../aws/sdkGateway.ts');
        const gateway = await createSdkGateway(settings);
        const page = await gateway.listStateMachines();
        set({ status: 'connected', gateway, message: `Connected to ${settings.endpoint || `AWS ${settings.region}`}: ${page.items.length}${page.nextToken ? '+' : ''} state machines` });
      } catch (e) {
        set({ status: 'failed', message: 'Connection failed', error: e });
      }
    },
    disconnect: () => {
      sessionStorage.removeItem(SESSION_KEY);
      set({ status: 'disconnected', gateway: undefined, machine: undefined, settings: undefined, remember: false, message: 'Disconnected: credentials forgotten', error: undefined });
    },
    setMachine: (machine) => set({ machine }),
    setTestRoleArn: (testRoleArn) => set({ testRoleArn }),
  }));
}

export const useAwsStore = createAwsStore();
