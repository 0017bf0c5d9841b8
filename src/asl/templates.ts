/** The workflows a new one can start from (see ./templates/index.ts). */
export * from './templates/index.ts';
