import type { LoggingLevel, LoggingSettings } from '../../aws/gateway.ts';

const LEVELS: LoggingLevel[] = ['OFF', 'ALL', 'ERROR', 'FATAL'];

/** Logging level and destination (a CloudWatch Logs log group ARN, with or without execution data). */
export function LoggingFields({ value, onChange }: { value: LoggingSettings; onChange: (v: LoggingSettings) => void }) {
  const needsGroup = value.level !== 'OFF' && !value.logGroupArn?.trim();
  return (
    <fieldset className="aws-logging">
      <legend>Logging</legend>
      <div className="aws-grid">
        <label>
          Logging level
          <select value={value.level} onChange={(e) => onChange({ ...value, level: e.target.value as LoggingLevel })}>
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="aws-check">
          <input type="checkbox" checked={value.includeExecutionData ?? false} onChange={(e) => onChange({ ...value, includeExecutionData: e.target.checked })} />
          Include execution data
        </label>
      </div>
      <label>
        Log group ARN
        <input
          value={value.logGroupArn ?? ''}
          onChange={(e) => onChange({ ...value, logGroupArn: e.target.value })}
          placeholder="arn:aws:logs:us-east-1:123456789012:log-group:my-group:*"
          spellCheck={false}
          aria-invalid={needsGroup}
        />
      </label>
      {needsGroup && <p className="muted">AWS needs a log group when the level is not OFF.</p>}
    </fieldset>
  );
}

/** The machine's logging as the fields show it. */
export function loggingOf(m: { loggingLevel?: LoggingLevel | undefined; logGroupArn?: string | undefined; includeExecutionData?: boolean | undefined } | undefined): LoggingSettings {
  return { level: m?.loggingLevel ?? 'OFF', logGroupArn: m?.logGroupArn ?? '', includeExecutionData: m?.includeExecutionData ?? false };
}
