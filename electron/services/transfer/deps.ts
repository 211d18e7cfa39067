import type { Annotations } from '../annotations';
import type { Library } from '../library';
import type { SearchService } from '../search/search-service';
import type { SettingsService } from '../settings';

/** The services a transfer reads and writes through: the same ones every other change goes through. */
export interface TransferDeps {
  library: Library;
  annotations: Annotations;
  settings: SettingsService;
  search: Pick<SearchService, 'touch'>;
  appVersion: string;
}
