import type { Page } from '@playwright/test';

/** Whether the words are inside the reading column's visible part (the article opened at them). */
export const inView = (page: Page, exact: string): Promise<boolean> =>
  page.evaluate((exact) => {
    const scroller = document.querySelector('.reading-scroll')!.getBoundingClientRect();
    const body = document.querySelector('[data-testid="article-body"]')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue!.indexOf(exact);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + exact.length);
      const box = range.getBoundingClientRect();
      return box.top >= scroller.top && box.bottom <= scroller.bottom;
    }
    return false;
  }, exact);
