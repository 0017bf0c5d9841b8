/**
 * The validator (and the JSONata compiler it uses for `{% %}` syntax checks) loads in its own chunk right after
 * start-up, keeping it out of the initial bundle; once it is there, the current document is validated and every
 * later parse is.
 */
import { loadYaml } from '../asl/yamlLib.ts';
import { useAppStore } from './store.ts';

export function loadValidator(): Promise<void> {
  return import('../asl/validate.ts').then(({ validate }) => {
    useAppStore.getState().setValidator(validate);
    useAppStore.getState().revalidate();
  });
}

/** YAML support loads in its own chunk too; a YAML text that arrived before it is parsed again once it is there. */
export function loadYamlSupport(): Promise<void> {
  return loadYaml().then(() => {
    const { doc } = useAppStore.getState();
    if (doc.format === 'yaml' && doc.stale) useAppStore.getState().reparse();
  });
}
