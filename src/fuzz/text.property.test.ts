/** Robustness properties of the text layers: parse, validate, toGraph, serialize (see properties.ts). */
import { describe } from 'vitest';
import { propertyTests } from './suite.ts';

describe('robustness: text layers', () => {
  propertyTests(['parse never throws', 'validate and validateDefinition', 'toGraph never throws', 'serialize is stable']);
});
