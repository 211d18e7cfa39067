/**
 * The user's settings. The schema is the one source of the type, of the `settings.update` patch
 * (laid over the settings with mergeDeep) and of the check on settings.json when it is read.
 */
import { z } from 'zod';
import { articleIdSchema } from './ids';

export const THEMES = ['light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const entityTypesSchema = z.object({
  person: z.boolean(),
  organization: z.boolean(),
  place: z.boolean(),
  misc: z.boolean(),
});

const layersSchema = z.object({
  entities: z.boolean(),
  quotes: z.boolean(),
  /** Reported speech ("X noted that …"), a quieter layer of its own. */
  reported: z.boolean(),
  entityTypes: entityTypesSchema,
});

/** Which sides the reader keeps beside the text; one put away is a toggle away. */
const sidesSchema = z.object({ library: z.boolean(), panel: z.boolean() });

export const settingsSchema = z.object({
  theme: z.enum(THEMES),
  /** Reading font size in CSS pixels. */
  fontSize: z.number().int().min(12).max(40),
  fontFamily: z.enum(['serif', 'sans']),
  /** Which analysis layers are painted. */
  layers: layersSchema,
  lastArticleId: articleIdSchema.nullable(),
  // A settings.json written before sides existed still fits.
  sides: sidesSchema.default({ library: true, panel: true }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What `settings.update` takes: any part of the settings, nested objects in part too. */
export const settingsPatchSchema = settingsSchema
  .extend({
    layers: layersSchema.extend({ entityTypes: entityTypesSchema.partial() }).partial(),
    sides: sidesSchema.partial(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

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
  sides: { library: true, panel: true },
};
