/**
 * Shapes kept alive. V8's optimised code checks the shapes ("maps") of the objects it reads and holds those shapes
 * weakly: once every object of a shape has been collected (a finished run's history, its step context, its
 * inspection records), a full collection frees the shape, and every function optimised for it is thrown away
 * (`--trace-deopt`: "weak objects") and optimised again while the next run goes, at a lower tier until then. A run
 * that follows a full collection paid for that: in the engine bench, which collects all garbage before each round,
 * about a third of a counter round (d7e105c as much as after it) was spent so, and more the more functions the hot
 * path has. One object of each shape of the hot path, made here once with placeholder values and the same fields
 * in the same order as the engine's own, keeps the shapes, so a run starts on the code the last one optimised.
 * The classes call `keepShape` beside their definition; keyed shapes (an event's `<type>EventDetails`) are kept
 * the first time a key is seen (runtime.ts).
 */
const kept: object[] = [];

/** Keeps `o` (a placeholder of a hot-path class) for the life of the module; returns it. */
export function keepShape<T extends object>(o: T): T {
  kept.push(o);
  return o;
}
