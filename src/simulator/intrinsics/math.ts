/**
 * Math and id intrinsics: States.MathRandom, States.MathAdd, States.UUID.
 * Recorded: MathAdd rounds each argument half-up before adding (1.49 + 1.5 = 3, -1.5 + 0 = -1), i.e. Math.round.
 * MathRandom(start, end[, seed]) gives an integer in [start, end); with a seed it is deterministic (the seeded
 * generator is java.util.Random's, the runtime AWS uses).
 */
import { expectCount, expectInteger, expectNumber, intrinsicFailure, type IntrinsicFn } from './args.ts';

const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

/** java.util.Random (48-bit LCG), enough of it for nextInt(bound). */
export class JavaRandom {
  private seed: bigint;
  constructor(seed: number) {
    this.seed = (BigInt(Math.trunc(seed)) ^ MULTIPLIER) & MASK;
  }
  next(bits: number): number {
    this.seed = (this.seed * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }
  /** A double in [0, 1), as java.util.Random.nextDouble(). */
  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) * 2 ** -53;
  }
  nextInt(bound: number): number {
    if ((bound & -bound) === bound) return Number((BigInt(bound) * BigInt(this.next(31))) >> 31n);
    let bits: number;
    let val: number;
    do {
      bits = this.next(31);
      val = bits % bound;
    } while (((bits - val + (bound - 1)) | 0) < 0);
    return val;
  }
}

const mathRandom: IntrinsicFn = (args, { scope }) => {
  expectCount('MathRandom', args, 2, 3);
  const start = expectInteger('MathRandom', args[0], 'the start');
  const end = expectInteger('MathRandom', args[1], 'the end');
  if (end <= start) intrinsicFailure('MathRandom', `the end (${end}) must be greater than the start (${start})`);
  const span = end - start;
  if (args.length === 3) {
    const seed = expectInteger('MathRandom', args[2], 'the seed');
    if (span <= 0x7fffffff) return start + new JavaRandom(seed).nextInt(span);
  }
  const r = (scope.random ?? Math.random)();
  return start + Math.floor(r * span);
};

const mathAdd: IntrinsicFn = (args) => {
  expectCount('MathAdd', args, 2);
  const a = expectNumber('MathAdd', args[0], 'the first argument');
  const b = expectNumber('MathAdd', args[1], 'the second argument');
  const sum = Math.round(a) + Math.round(b);
  return Object.is(sum, -0) ? 0 : sum;
};

const uuid: IntrinsicFn = (args, { scope }) => {
  expectCount('UUID', args, 0);
  return scope.uuid ? scope.uuid() : globalThis.crypto.randomUUID();
};

export const mathFunctions: Record<string, IntrinsicFn> = { MathRandom: mathRandom, MathAdd: mathAdd, UUID: uuid };
