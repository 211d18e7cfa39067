import { useCallback } from 'react';
import type { AppModules } from '../state/app';
import { aboutFile } from '../state/toasts';

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Imports dropped or picked files, one result toast each, and opens the last one imported. */
export function useImport(m: AppModules) {
  return useCallback(
    async (files: File[]) => {
      let last: string | null = null;
      for (const file of files) {
        try {
          const result = await m.api.library.import({
            fileName: file.name,
            dataBase64: await fileToBase64(file),
          });
          last = result.article.id;
          // A duplicate's warning says it was opened instead: that is its one result to show.
          if (!result.warnings.some((w) => w.includes('already in your library')))
            m.toasts.push({ level: 'info', message: `Imported “${result.article.title}”.` });
          for (const w of result.warnings) m.toasts.push({ level: 'warning', message: w });
        } catch (err) {
          m.toasts.push({
            level: 'error',
            message: aboutFile(file.name, err instanceof Error ? err.message : String(err)),
          });
        }
      }
      await m.library.refresh();
      if (last) await m.library.open(last);
    },
    [m],
  );
}
