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
  const out: LocalArgs = { port: 8083, host: '127.0.0.1', hostExplicit: false, mockConfigFile: env.SFN_MOCK_CONFIG || undefined, lambdaEndpoint: undefined, dataDir: undefined, waitScale: 1, allowOrigins: [], verbose: false };
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    if (name === '--skip-waits') {
      out.waitScale = 0;
      continue;
    }
    if (name === '--verbose') {
      out.verbose = true;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
    i++;
    if (name === '--port') {
      out.port = Number(value);
      if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error(`bad --port ${value}`);
    } else if (name === '--host') {
      out.host = value;
      out.hostExplicit = true;
    } else if (name === '--mock-config') out.mockConfigFile = value;
    else if (name === '--data') out.dataDir = value;
    else if (name === '--lambda-endpoint') out.lambdaEndpoint = new URL(value).href;
    else if (name === '--wait-scale') {
      out.waitScale = Number(value);
      if (!Number.isFinite(out.waitScale) || out.waitScale < 0) throw new Error(`bad --wait-scale ${value} (a number ≥ 0: 1 real time, 0.1 ten times faster, 0 no waiting)`);
    } else if (name === '--allow-origin') out.allowOrigins.push(new URL(value).origin);
    else throw new Error(`unknown option ${name}`);
  }
  if (out.allowOrigins.length === 0) out.allowOrigins = DEFAULT_ORIGINS;
  return out;
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
