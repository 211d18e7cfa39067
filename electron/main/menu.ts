import { Menu } from 'electron';
import { menuTemplate, type MenuActions } from './menu-template';

export function buildMenu(actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions, process.platform === 'darwin'));
}
