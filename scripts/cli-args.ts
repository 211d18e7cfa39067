/** What the repository's command-line tools share: a whole-number option, and main's exit. */

/** `--name N` from argv, or the fallback; anything but a whole number at least `min` is refused. */
export function wholeNumber(argv: string[], name: string, fallback: number, min = 0): number {
  const i = argv.indexOf(name);
  const n = i < 0 ? fallback : Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} takes a whole number, not “${argv[i + 1]}”.`);
  return n;
}

/** Runs a CLI's main and exits with its status; a thrown error is printed (status 2), not a stack. */
export function runMain(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(err.message);
      process.exit(2);
    },
  );
}
