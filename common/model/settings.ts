import type { EntityType } from './analysis';

export const THEMES = ['light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  theme: Theme;
  /** Reading font size in CSS pixels. */
  fontSize: number;
  fontFamily: 'serif' | 'sans';
  /** Which analysis layers are painted. */
  layers: {
    entities: boolean;
    quotes: boolean;
    /** Reported speech ("X noted that …"), a quieter layer of its own. */
    reported: boolean;
    entityTypes: Record<EntityType, boolean>;
  };
  lastArticleId: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'light',
  fontSize: 19,
  fontFamily: 'serif',
  layers: {
    entities: true,
    quotes: true,
    reported: true,
    entityTypes: { person: true, organization: true, place: true, misc: true },
  },
  lastArticleId: null,
};
