/**
 * Price of a run as a Standard workflow: $0.025 per 1,000 state transitions
 * (https://aws.amazon.com/step-functions/pricing/; the free tier is ignored). The simulator counts a transition
 * for every state it runs, including states inside Parallel branches and Map iterations, and every retry.
 */
export const STANDARD_PRICE_PER_TRANSITION_USD = 0.025 / 1000;

export function standardCostUsd(transitions: number): number {
  return transitions * STANDARD_PRICE_PER_TRANSITION_USD;
}
