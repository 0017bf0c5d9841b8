/**
 * The YAML library, loaded on demand: it is a large module that most sessions never need (the seed and most files
 * are JSON), so it stays out of the page's initial bundle. The app starts `loadYaml()` at start-up; the CLI and the
 * test setup await it before anything runs. Code that handles YAML calls `yaml()`; `yamlReady()` says whether it
 * may. Only types are imported statically.
 */
import type * as YamlModule from 'yaml';

export type YamlLib = typeof YamlModule;

let lib: YamlLib | undefined;
let loading: Promise<YamlLib> | undefined;

export function loadYaml(): Promise<YamlLib> {
  loading ??= import('yaml').then((m) => {
    lib = m;
    return m;
  });
  return loading;
}

export function yamlReady(): boolean {
  return lib !== undefined;
}

/** The loaded library; throws when `loadYaml()` has not finished (callers check `yamlReady()` first). */
export function yaml(): YamlLib {
  if (!lib) throw new Error('YAML support is still loading');
  return lib;
}
