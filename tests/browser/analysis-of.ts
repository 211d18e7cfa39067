import type { Page } from '@playwright/test';

/** An article's analysis as the renderer gets it, through the preload's bridge. */
export const analysisOf = (page: Page, articleId: string) =>
  page.evaluate((id) => window.gloss.analysis.get({ articleId: id }), articleId);
