import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_NAMES, MENU_COMMANDS, type MenuCommand } from '../../common/ipc/menu-commands';
import { menuTemplate } from '../../electron/main/menu-template';

type Item = MenuItemConstructorOptions;
const items = (template: Item[]): Item[] =>
  template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
const click = (i: Item) => (i.click as unknown as () => void)();

describe('the application menu', () => {
  for (const isMac of [false, true])
    it(`holds every command with its accelerator, and each sends it (${isMac ? 'macOS' : 'Windows, Linux'})`, () => {
      const sent: MenuCommand[] = [];
      let opened = 0;
      const all = items(
        menuTemplate(
          {
            openFile: () => opened++,
            command: (c) => sent.push(c),
            openDataFolder: () => {},
            restoreBackup: () => {},
          },
          { isMac, isDev: false },
        ),
      );
      for (const command of MENU_COMMAND_NAMES) {
        const found = all.filter((i) => i.accelerator === MENU_COMMANDS[command].accelerator);
        expect(found, command).toHaveLength(1);
        click(found[0]!);
      }
      expect(sent).toEqual(MENU_COMMAND_NAMES);
      click(all.find((i) => i.label === 'Open Article…' && i.accelerator === 'CmdOrCtrl+O')!);
      expect(opened).toBe(1);
    });

  it('puts undo and redo in Edit, the panels in View and the shortcut sheet in Help', () => {
    const template = menuTemplate(
      { openFile: () => {}, command: () => {}, openDataFolder: () => {}, restoreBackup: () => {} },
      { isMac: false, isDev: false },
    );
    const under = (label: string) =>
      (template.find((t) => t.label === label || t.role === label)!.submenu as Item[]).map((i) => i.label);
    expect(under('Edit').slice(0, 2)).toEqual(['Undo', 'Redo']);
    expect(under('View').slice(0, 2)).toEqual(['Show or Hide the Library', 'Show or Hide the Side Panel']);
    expect(under('help')).toEqual(['Keyboard Shortcuts', 'Show the Data Folder', undefined, 'About Gloss']);
  });

  for (const isMac of [false, true])
    it(`has no Reload or developer tools in a release build, and has them from source (${isMac ? 'macOS' : 'Windows, Linux'})`, () => {
      const roles = (isDev: boolean) =>
        items(
          menuTemplate(
            { openFile: () => {}, command: () => {}, openDataFolder: () => {}, restoreBackup: () => {} },
            { isMac, isDev },
          ),
        ).map((i) => i.role);
      const developer = ['reload', 'forceReload', 'toggleDevTools'];
      expect(roles(false).filter((r) => developer.includes(r!))).toEqual([]);
      expect(roles(true).filter((r) => developer.includes(r!))).toEqual(developer);
      // About: in the app menu on macOS, in Help elsewhere; standard roles for editing and zoom.
      expect(roles(false)).toContain(isMac ? 'appMenu' : 'about');
      for (const role of [
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
      ])
        expect(roles(false)).toContain(role);
    });

  it('shows the data folder from Help', () => {
    let shown = 0;
    const all = items(
      menuTemplate(
        {
          openFile: () => {},
          command: () => {},
          openDataFolder: () => void shown++,
          restoreBackup: () => {},
        },
        { isMac: false, isDev: false },
      ),
    );
    click(all.find((i) => i.label === 'Show the Data Folder')!);
    expect(shown).toBe(1);
  });
});
