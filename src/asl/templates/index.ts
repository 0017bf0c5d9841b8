/**
 * The templates gallery: the seed and examples of the common patterns, each with an input and mocks so that a
 * new workflow made from it runs at once in the simulator.
 */
import { APPROVAL } from './approval.ts';
import { BLANK, CHOICE, SEED } from './basic.ts';
import { JSONATA } from './jsonata.ts';
import { MAP } from './map.ts';
import { PARALLEL } from './parallel.ts';
import { RETRY_BACKOFF } from './retryBackoff.ts';
import { SAGA } from './saga.ts';
import type { WorkflowTemplate } from './types.ts';

export type { TemplateMock, TemplateMockStep, TemplateSimulation, WorkflowTemplate } from './types.ts';

export const TEMPLATES: WorkflowTemplate[] = [BLANK, SEED, RETRY_BACKOFF, SAGA, PARALLEL, MAP, APPROVAL, JSONATA, CHOICE];

export function templateById(id: string): WorkflowTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
