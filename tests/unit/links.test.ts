import { describe, expect, it } from 'vitest';
import { checkExternalUrl, ExternalLinks } from '../../electron/services/links';
import { dispatch } from '../../electron/services/service-map';
import { servicesPerTest } from '../support/services-per-test';

describe('links from an article', () => {
  it('lets web and mail links through, normalized', () => {
    expect(checkExternalUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(checkExternalUrl('HTTP://Example.org')).toBe('http://example.org/');
    expect(checkExternalUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('refuses every other scheme, and what is not a URL at all', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      'slack://open',
      'ms-msdt:/id',
    ])
      expect(() => checkExternalUrl(url), url).toThrow(
        /^Gloss opens only web \(http, https\) and mail links/,
      );
    for (const url of ['/relative/path', 'example.org', 'http://', ''])
      expect(() => checkExternalUrl(url), url).toThrow(/not a web address/);
  });

  it('opens only what passed, and records it', async () => {
    const handed: string[] = [];
    const links = new ExternalLinks(async (url) => void handed.push(url));
    await links.open('https://example.org/statement');
    await expect(links.open('file:///etc/passwd')).rejects.toThrow();
    expect(handed).toEqual(['https://example.org/statement']);
    expect(links.opened).toEqual(handed);
  });
});

describe('app.openExternal through the contract', () => {
  const t = servicesPerTest({ sample: false });

  it('answers a refused link with its message, and opens nothing', async () => {
    expect(
      await dispatch(t.services.handlers, 'app.openExternal', { url: 'javascript:alert(1)' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-link', message: expect.stringContaining('“javascript:” link stays closed') },
    });
    expect(await dispatch(t.services.handlers, 'app.openExternal', { url: 'https://example.org/' })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(t.services.links.opened).toEqual(['https://example.org/']);
  });
});
