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

/** `--format F` (or `--format=F`, default jsonl) and the files named around it. */
export function formatAndFiles(argv: string[]): { format: string; files: string[] } {
  const files: string[] = [];
  let format = 'jsonl';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else files.push(a);
  }
  return { format, files };
}

/**
 * The jsonl tools' shape: `--format jsonl FILE...`, one line per file from `row`, or
 * {"file", "error"} for a file it refuses (the exit status is then 1); 2 for a usage mistake.
 */
export async function jsonlPerFile(
  argv: string[],
  tool: string,
  row: (file: string) => Promise<object>,
): Promise<number> {
  const { files, format } = formatAndFiles(argv);
  if (format !== 'jsonl') {
    console.error(`Unknown format “${format}”: only jsonl is written.`);
    return 2;
  }
  if (!files.length) {
    console.error(`Usage: ${tool} --format jsonl FILE...`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      console.log(JSON.stringify(await row(file)));
    } catch (err) {
      failed++;
      const code = (err as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' ? `No such file: ${file}` : (err as Error).message;
      console.log(JSON.stringify({ file, error: message }));
    }
  }
  return failed ? 1 : 0;
}
