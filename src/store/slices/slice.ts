/**
 * What a slice of the app store is given: zustand's `set` and `get`, narrowed to the slice's own fields.
 * createAppStore (store.ts) composes the slices into one store; each slice file holds its fields and actions.
 */
export type SliceSet<S> = (partial: Partial<S> | ((s: S) => Partial<S> | S)) => void;
export type SliceGet<S> = () => S;
