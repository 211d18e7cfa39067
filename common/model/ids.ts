import { z } from 'zod';

/** Article ids name folders on disk: the pattern is what keeps a payload from walking out of them. */
export const articleIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not an article id');
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a record id');
/** An ISO timestamp as the services write it. */
export const timestampSchema = z.string().max(40);
