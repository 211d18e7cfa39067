/** What the user is shown when Gloss cannot start, then it exits. */
export interface StartupFailure {
  title: string;
  message: string;
}

const HINTS: Record<string, string> = {
  EACCES: 'Gloss is not allowed to write there. Check the folder’s permissions.',
  EPERM: 'Gloss is not allowed to write there. Check the folder’s permissions.',
  EROFS: 'That folder is on a disk that cannot be written to.',
  ENOSPC: 'The disk holding that folder is full. Free some space and start Gloss again.',
};

/** The words for a failure at start-up: what went wrong, where the library is, what to try. */
export function describeStartupFailure(err: unknown, userDataDir: string): StartupFailure {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as NodeJS.ErrnoException).code;
  const hint = (code && HINTS[code]) ?? 'If it happens again, please report this message.';
  return {
    title: 'Gloss could not start',
    message: `${e.message}\n\nYour library is kept in ${userDataDir}. ${hint}`,
  };
}

export interface StartupUi {
  /** A modal error box (Electron's dialog.showErrorBox, which works before the app is ready). */
  showError(title: string, message: string): void;
  exit(code: number): void;
}

/**
 * Runs the start-up; if it fails, stops what had started (worker threads), tells the user in a
 * dialog and exits with status 1, instead of leaving a process with no window behind.
 */
export async function startOrExit(
  start: () => Promise<void>,
  stop: () => Promise<void>,
  userDataDir: () => string,
  ui: StartupUi,
): Promise<boolean> {
  try {
    await start();
    return true;
  } catch (err) {
    console.error('Gloss could not start:', err);
    await stop().catch(() => {});
    const { title, message } = describeStartupFailure(err, userDataDir());
    ui.showError(title, message);
    ui.exit(1);
    return false;
  }
}
