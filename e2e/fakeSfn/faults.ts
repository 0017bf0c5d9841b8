/**
 * Failure injection for the fake Step Functions endpoint, by class: the e2e tests arm a fault for an operation
 * (or every operation, `*`) and a number of calls; the server then answers those calls as AWS would fail them, or
 * drops the connection (`Network`: the proxy then says the upstream is unreachable, as when the endpoint is down).
 */
import { FakeError } from './operations.ts';

export type FaultKind = 'AccessDenied' | 'ExpiredToken' | 'Throttling' | 'MissingRole' | 'Network';

export interface Fault {
  operation: string;
  kind: FaultKind;
  /** How many calls fail (default: every call until the faults are cleared). */
  times?: number;
}

export const KINDS: readonly FaultKind[] = ['AccessDenied', 'ExpiredToken', 'Throttling', 'MissingRole', 'Network'];

export class Faults {
  private armed: (Fault & { left: number })[] = [];

  arm(list: Fault[]): void {
    for (const f of list) {
      if (!KINDS.includes(f.kind)) throw new Error(`Unknown fault kind ${String(f.kind)}`);
      this.armed.push({ ...f, left: f.times ?? Infinity });
    }
  }

  clear(): void {
    this.armed = [];
  }

  /** The fault that applies to this call (and counts it), if any. */
  take(operation: string): FaultKind | undefined {
    const f = this.armed.find((x) => x.left > 0 && (x.operation === operation || x.operation === '*'));
    if (!f) return undefined;
    f.left -= 1;
    return f.kind;
  }
}

/** The AWS error a fault answers with (every kind but Network, which drops the connection instead). */
export function faultError(kind: Exclude<FaultKind, 'Network'>, operation: string, account: string): FakeError {
  switch (kind) {
    case 'AccessDenied':
      return new FakeError('AccessDeniedException', `User: arn:aws:iam::${account}:user/e2e is not authorized to perform: states:${operation} because no identity-based policy allows the states:${operation} action`);
    case 'ExpiredToken':
      return new FakeError('ExpiredTokenException', 'The security token included in the request is expired');
    case 'Throttling':
      return new FakeError('ThrottlingException', 'Rate exceeded');
    case 'MissingRole':
      return new FakeError('AccessDeniedException', 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.');
  }
}
