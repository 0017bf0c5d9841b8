/** Robustness properties of behaviour: commands with their text edits and undo, and simulation (see properties.ts). */
import { describe } from 'vitest';
import { propertyTests } from './suite.ts';

describe('robustness: commands and simulation', () => {
  propertyTests(['commands never throw', 'simulate finishes']);
});
