import { loadYaml } from '../asl/yamlLib.ts';

/** `asl-studio <command> …`: dispatches to one module per command, each exporting `run(args) → exit code`. */

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  validate: { summary: 'validate FILE...            check definitions, print diagnostics', load: () => import('./validate.ts') },
  simulate: { summary: 'simulate FILE [options]     run one execution in the simulator', load: () => import('./simulate.ts') },
  test: { summary: 'test PATH... [--json] [--coverage] [--min-coverage N]  run test-case files', load: () => import('./test.ts') },
  local: {
    summary: 'local [--port 8083] [--host H] [--mock-config FILE] [--lambda-endpoint URL] [--data DIR] [--wait-scale N|--skip-waits]  Step Functions endpoint',
    load: () => import('./local.ts'),
  },
  proxy: { summary: 'proxy [--port N] [--host H] [--allow-origin URL] [--endpoint URL]  AWS pass-through proxy', load: () => import('./proxy.ts') },
};

export function usage(): string {
  return ['Usage: asl-studio <command> [options]', '', 'Commands:', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  await loadYaml();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`asl-studio: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}
