import type { KeyPress } from '../../renderer/src/state/keys';

/** A key press as a KeyboardEvent carries it, with no modifier unless given. */
export const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
