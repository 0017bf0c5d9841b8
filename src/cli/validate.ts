/** `asl-studio validate`: not implemented yet. */
export async function run(args: string[]): Promise<number> {
  console.error(`asl-studio validate: not implemented yet (${args.length} arguments)`);
  return 2;
}
