import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu-template';

describe('the File menu’s backup and import', () => {
  it('has both items when the app gives them, each doing its own action', () => {
    const done: string[] = [];
    const file = menuTemplate(
      {
        openFile: () => {},
        command: () => {},
        openDataFolder: () => {},
        restoreBackup: () => done.push('restore'),
        backupLibrary: () => done.push('backup'),
        importTransfer: () => done.push('import'),
      },
      { isMac: false, isDev: false },
    ).find((m) => m.label === 'File')!;
    const items = (file.submenu as { label?: string; click?: () => void }[]).filter((i) => i.label);
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['Back Up Library…', 'Import Backup or Annotations…']));
    for (const label of ['Back Up Library…', 'Import Backup or Annotations…'])
      items.find((i) => i.label === label)!.click!();
    expect(done).toEqual(['backup', 'import']);
  });
});
