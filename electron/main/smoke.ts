import type { MethodOutput } from '../../common/ipc/contract';
import { dispatch, type Services } from '../services/service-map';

/** The line a smoke run prints, read by tests/electron/smoke-packaged.mjs. */
export const SMOKE_PREFIX = 'GLOSS_SMOKE ';

export interface SmokeReport {
  ok: boolean;
  /** What the window's page answered: its title and whether window.gloss is there. */
  page: { title: string; bridge: boolean } | null;
  articles: number;
  entities: number;
  quotes: number;
  error?: string;
}

/**
 * The packaged app's smoke mode (GLOSS_SMOKE=1): once the window's renderer is up, check the page
 * has its bridge, analyse the sample through the same dispatch the renderer uses (so the worker,
 * the models and the sample are read from where the package put them), report and say whether all
 * of it worked. `evaluate` runs a script in the window's page.
 */
export async function runSmoke(
  services: Services,
  evaluate: (script: string) => Promise<unknown>,
): Promise<SmokeReport> {
  const report: SmokeReport = { ok: false, page: null, articles: 0, entities: 0, quotes: 0 };
  try {
    report.page = (await evaluate(
      "({ title: document.title, bridge: typeof window.gloss?.library?.list === 'function' })",
    )) as SmokeReport['page'];
    const articles = services.library.list();
    report.articles = articles.length;
    if (!articles[0]) throw new Error('the library is empty: the sample was not added');
    const analysis = await dispatch(services.handlers, 'analysis.get', { articleId: articles[0].id });
    if (!analysis.ok) throw new Error(analysis.error.message);
    const { entities, quotes } = analysis.value as MethodOutput<'analysis.get'>;
    report.entities = entities.length;
    report.quotes = quotes.length;
    report.ok = report.page?.bridge === true && report.entities > 0 && report.quotes > 0;
  } catch (err) {
    report.error = err instanceof Error ? err.message : String(err);
  }
  return report;
}
