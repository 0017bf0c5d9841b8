/**
 * fixtures/conformance-recorded/histories/parallel-order.json as its recording tool left it (see its notes):
 * LocalStack's snapshot transformer gave the events between ParallelStateStarted and ParallelStateExited id [0]
 * and previousEventId 0, sorted them by content, and dropped ParallelStateSucceeded; the events outside keep AWS's
 * ids. `asRecorded` does the same to a history (events already normalised, ids included) so the two compare.
 */
export function asRecorded(events: readonly unknown[]): unknown[] {
  const list = events as readonly { type: string }[];
  const from = list.findIndex((e) => e.type === 'ParallelStateStarted') + 1;
  const to = list.findIndex((e) => e.type === 'ParallelStateExited');
  if (from === 0 || to < from) return [...list];
  const inner = list
    .slice(from, to)
    .filter((e) => e.type !== 'ParallelStateSucceeded')
    .map((e) => ({ ...e, id: [0], previousEventId: 0 }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return [...list.slice(0, from), ...inner, ...list.slice(to)];
}
