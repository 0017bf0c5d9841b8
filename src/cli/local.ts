/**
 * `asl-studio local [--port 8083] [--host 127.0.0.1] [--mock-config FILE] [--lambda-endpoint URL] [--data DIR]
 * [--wait-scale N] [--skip-waits] [--allow-origin URL]... [--verbose]`: a Step Functions endpoint on this project's simulator for
 * the AWS CLI, the SDKs and the app (docs/local.md). The mock config may also come from SFN_MOCK_CONFIG, as
 * with Step Functions Local.
 */
import { readFileSync } from 'node:fs';
import { parseMockConfig, type MockConfigFile } from '../simulator/mockConfig.ts';
import { fileStore } from '../local/fileStore.ts';
import { lambdaCaller } from '../local/lambda.ts';
import { DEFAULT_ORIGINS, startLocalServer } from '../local/server.ts';
import { portOption, readOptions } from './options.ts';

export interface LocalArgs {
  port: number;
  host: string;
  hostExplicit: boolean;
  mockConfigFile: string | undefined;
  lambdaEndpoint: string | undefined;
  dataDir: string | undefined;
  waitScale: number;
  allowOrigins: string[];
  verbose: boolean;
}

export function parseLocalArgs(args: string[], env: NodeJS.ProcessEnv = process.env): LocalArgs {
  const v = readOptions(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    'mock-config': { type: 'string' },
    data: { type: 'string' },
    'lambda-endpoint': { type: 'string' },
    'wait-scale': { type: 'string' },
    'skip-waits': { type: 'boolean' },
    'allow-origin': { type: 'string', multiple: true },
    verbose: { type: 'boolean' },
  });
  let waitScale = 1;
  if (v['wait-scale'] !== undefined) {
    waitScale = Number(v['wait-scale']);
    if (!Number.isFinite(waitScale) || waitScale < 0) throw new Error(`bad --wait-scale ${v['wait-scale']} (a number ≥ 0: 1 real time, 0.1 ten times faster, 0 no waiting)`);
  }
  if (v['skip-waits']) waitScale = 0;
  const origins = (v['allow-origin'] ?? []).map((o) => new URL(o).origin);
  return {
    port: v.port === undefined ? 8083 : portOption(v.port),
    host: v.host ?? '127.0.0.1',
    hostExplicit: v.host !== undefined,
    mockConfigFile: v['mock-config'] ?? (env.SFN_MOCK_CONFIG || undefined),
    lambdaEndpoint: v['lambda-endpoint'] === undefined ? undefined : new URL(v['lambda-endpoint']).href,
    dataDir: v.data,
    waitScale,
    allowOrigins: origins.length > 0 ? origins : DEFAULT_ORIGINS,
    verbose: v.verbose === true,
  };
}

export function loadMockConfig(file: string): MockConfigFile {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read the mock config ${file}: ${(e as Error).message}`);
  }
  const r = parseMockConfig(value);
  if (!r.ok) throw new Error(`the mock config ${file} is not valid: ${r.message}`);
  return r.file;
}

export async function run(args: string[]): Promise<number> {
  let parsed: LocalArgs;
  let mockConfig: MockConfigFile | undefined;
  try {
    parsed = parseLocalArgs(args);
    mockConfig = parsed.mockConfigFile ? loadMockConfig(parsed.mockConfigFile) : undefined;
  } catch (e) {
    console.error(`asl-studio local: ${(e as Error).message}`);
    return 2;
  }
  try {
    const store = parsed.dataDir ? fileStore(parsed.dataDir) : undefined;
    const lambda = parsed.lambdaEndpoint ? await lambdaCaller(parsed.lambdaEndpoint) : undefined;
    const local = await startLocalServer({ ...parsed, store, mockConfig, lambda, log: parsed.verbose ? (line) => console.log(line) : undefined });
    if (local.warning) console.warn(local.warning);
    console.log(`Step Functions endpoint on ${local.url} (machines and executions ${local.service.store.description})`);
    if (parsed.mockConfigFile) console.log(`Mock config: ${parsed.mockConfigFile}`);
    if (parsed.lambdaEndpoint) console.log(`Lambda tasks without a mock call ${parsed.lambdaEndpoint}`);
    console.log(`Try: aws stepfunctions list-state-machines --endpoint-url ${local.url}   Ctrl+C stops it.`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await local.close();
    return 0;
  } catch (e) {
    console.error(`asl-studio local: ${(e as Error).message}`);
    return 1;
  }
}
