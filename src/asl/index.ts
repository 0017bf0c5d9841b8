/** The pure ASL core: types, parsing with positions, serialization, graph projection and validation. */
export * from './types.ts';
export * from './parse.ts';
export * from './serialize.ts';
export * from './source.ts';
export * from './ids.ts';
export * from './graph.ts';
export * from './choiceSummary.ts';
export { LineIndex } from './lines.ts';
export { validate, validateDefinition } from './validate.ts';
export * from './fields.ts';
export { MESSAGES, formatMessage, type MessageCode, type MessageParams } from './messages.ts';
