import type { FlatGraph, FlatLayout } from './types.ts';
export async function fastLayout(_g: FlatGraph): Promise<FlatLayout> { throw new Error('todo'); }
