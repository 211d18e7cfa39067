import { Menu } from 'electron';
import { menuTemplate, type MenuActions, type MenuPlatform } from './menu-template';

export function buildMenu(actions: MenuActions, platform: MenuPlatform): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions, platform));
}
