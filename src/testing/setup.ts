/** Vitest setup: the lazily loaded parts of the core are loaded before any test runs (as the CLI and the app do). */
import { loadYaml } from '../asl/yamlLib.ts';

await loadYaml();
