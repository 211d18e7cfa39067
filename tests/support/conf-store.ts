import Conf from 'conf';
import type { StoreConstructor } from '../../electron/services/storage/store-factory';

/** conf is electron-store's engine (same files, same atomic writes) without the Electron binary. */
export const confStore: StoreConstructor = (options) => new Conf(options) as never;
