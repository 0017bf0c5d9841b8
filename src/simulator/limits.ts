/**
 * Simulation limits. AWS quotas (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html):
 * 25,000 events in an execution's history, 256 KiB per input/output/result (States.DataLimitExceeded). The
 * transition cap is the simulator's own guard against machines that loop forever (AWS has no such limit; a
 * Standard execution would run for up to a year).
 */
import type { SimulationLimits } from './execution.ts';

export const AWS_MAX_HISTORY_EVENTS = 25_000;
export const AWS_MAX_PAYLOAD_BYTES = 256 * 1024;
export const DEFAULT_MAX_TRANSITIONS = 100_000;

export function resolveLimits(l: Partial<SimulationLimits> = {}): SimulationLimits {
  return {
    maxHistoryEvents: l.maxHistoryEvents ?? AWS_MAX_HISTORY_EVENTS,
    maxPayloadBytes: l.maxPayloadBytes ?? AWS_MAX_PAYLOAD_BYTES,
    maxTransitions: l.maxTransitions ?? DEFAULT_MAX_TRANSITIONS,
  };
}
