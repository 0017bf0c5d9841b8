/** Test helpers: the corpus of real machines as graphs (Node only: used by tests and the bench script). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../asl/parse.ts';
import { toGraph, type StateGraph } from '../../asl/graph.ts';
import { fixturePath } from '../../testing/fixtures.ts';

export const CORPUS_DIR = fixturePath('corpus/aws-samples/definitions');

export interface CorpusMachine {
  file: string;
  definition: unknown;
  graph: StateGraph;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusMachine[] {
  return readdirSync(dir)
    .filter((f) => /\.(json|ya?ml)$/i.test(f))
    .sort()
    .flatMap((file) => {
      const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
      return doc.value === undefined ? [] : [{ file, definition: doc.value, graph: toGraph(doc.value) }];
    });
}
