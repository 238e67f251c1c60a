/**
 * Returns a command's parsed arguments, or its exit code when there is nothing to run: 1 after printing
 * what was wrong and the usage, 0 after printing the usage asked for with --help.
 */
export function parseCommandLine<T extends { readonly values: { readonly help?: boolean | undefined } }>(read: () => T, usage: string): T | number {
  let parsed: T;
  try {
    parsed = read();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 1;
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
