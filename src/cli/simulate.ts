/** `asl-studio simulate`: not implemented yet. */
export async function run(args: string[]): Promise<number> {
  console.error(`asl-studio simulate: not implemented yet (${args.length} arguments)`);
  return 2;
}
