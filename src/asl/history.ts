/**
 * An execution history event in GetExecutionHistory's shape: `{id, previousEventId, timestamp, type,
 * <type>EventDetails}`. Here, at the bottom layer, because the simulator writes these events and AWS mode and the
 * local endpoint read and serve them: neither of those may import the simulator for it.
 */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: string;
  type: string;
  [details: string]: unknown;
}
