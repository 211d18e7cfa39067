/**
 * The W3C export against the Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
 * a zod schema written from the model's sections checks every item's shape, and every key and
 * vocabulary value used is a term of the JSON-LD context the collection names
 * (http://www.w3.org/ns/anno.jsonld, https://www.w3.org/TR/annotation-vocab/#json-ld-context).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ANNO_CONTEXT, renderW3c } from '../../common/export/w3c';
import { HIGHLIGHTS, item, TEXT } from './export-fixture';

/** The motivations of §3.3.5 (oa:Motivation instances), which `motivation` and `purpose` take. */
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

/**
 * The terms of anno.jsonld this export uses: properties (keys) and the class and motivation names
 * it uses as values. Each is defined in that context (e.g. "TextQuoteSelector": "oa:TextQuoteSelector",
 * "total": "as:totalItems", "first": "as:first", "items": "as:items", "via": "oa:via").
 */
const CONTEXT_TERMS = new Set([
  'id',
  'type',
  'label',
  'total',
  'first',
  'items',
  'startIndex',
  'generator',
  'name',
  'homepage',
  'motivation',
  'purpose',
  'created',
  'modified',
  'body',
  'value',
  'format',
  'target',
  'source',
  'selector',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'styleClass',
  'stylesheet',
  'via',
  'AnnotationCollection',
  'AnnotationPage',
  'Annotation',
  'TextualBody',
  'SpecificResource',
  'TextQuoteSelector',
  'TextPositionSelector',
  'CssStylesheet',
  'Software',
  ...MOTIVATIONS,
]);

const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'an IRI');
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const motivation = z.enum(MOTIVATIONS);

// §4.2.4 Text Quote Selector, §4.2.5 Text Position Selector (start, end: non-negative integers)
const textQuote = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  })
  .strict();
const textPosition = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((s) => s.end >= s.start);
// §3.2.4 Embedded Textual Body
const textualBody = z
  .object({
    type: z.literal('TextualBody'),
    value: z.string(),
    format: z.string().optional(),
    purpose: motivation.optional(),
  })
  .strict();
// §4.1 Specific Resources, §4.4 Styles (styleClass on the Specific Resource)
const specificResource = z
  .object({
    type: z.literal('SpecificResource'),
    source: iri,
    selector: z.array(z.union([textQuote, textPosition])).min(1),
    styleClass: z.string().optional(),
  })
  .strict();
// §3.1 Annotations
const annotation = z
  .object({
    id: iri,
    type: z.literal('Annotation'),
    motivation,
    created: dateTime,
    modified: dateTime,
    body: z.array(textualBody).min(1).optional(),
    target: specificResource,
    stylesheet: z.object({ type: z.literal('CssStylesheet'), value: z.string() }).strict(),
    via: iri,
  })
  .strict();
// §5.1 Annotation Collection, §5.2 Annotation Page (embedded as `first`)
const collection = z
  .object({
    '@context': z.literal(ANNO_CONTEXT),
    id: iri,
    type: z.literal('AnnotationCollection'),
    label: z.string(),
    generator: z.object({ id: iri, type: z.literal('Software'), name: z.string(), homepage: iri }).strict(),
    total: z.number().int().nonnegative(),
    first: z
      .object({
        id: iri,
        type: z.literal('AnnotationPage'),
        startIndex: z.number().int().nonnegative(),
        items: z.array(annotation),
      })
      .strict(),
  })
  .strict();

function termsUsed(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) termsUsed(v, found);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '@context') continue;
      found.add(k);
      if ((k === 'type' || k === 'motivation' || k === 'purpose') && typeof v === 'string') found.add(v);
      termsUsed(v, found);
    }
  return found;
}

describe('W3C Web Annotation export', () => {
  const second = item({ meta: { ...item().meta, id: 'second-1', url: null }, url: null });
  const json = JSON.parse(renderW3c([item(), second], 'Gloss library - annotations'));

  it('is an AnnotationCollection whose every item fits the model', () => {
    const parsed = collection.parse(json);
    expect(parsed.total).toBe(HIGHLIGHTS.length * 2);
    expect(parsed.first.items).toHaveLength(parsed.total);
  });

  it('uses only terms of the anno.jsonld context', () => {
    const unknown = [...termsUsed(json)].filter((t) => !CONTEXT_TERMS.has(t));
    expect(unknown).toEqual([]);
  });

  it('selects each highlight by quote and by code-point position in the article', () => {
    const codePoints = [...TEXT];
    const items = collection.parse(json).first.items.slice(0, HIGHLIGHTS.length);
    HIGHLIGHTS.forEach((h, i) => {
      const [quote, position] = items[i]!.target.selector as [
        z.infer<typeof textQuote>,
        z.infer<typeof textPosition>,
      ];
      expect(quote).toEqual(h.target.quote);
      // past the emoji, code points and UTF-16 offsets differ: the model counts code points
      expect(codePoints.slice(position.start, position.end).join('')).toBe(h.target.quote.exact);
    });
    expect(items[3]!.target.selector[1]).toMatchObject({
      start: HIGHLIGHTS[3]!.start,
      end: HIGHLIGHTS[3]!.end - 1,
    });
  });

  it('has notes as commenting bodies, tags as tagging bodies, and a link back', () => {
    const [first, second_, third, fourth] = collection.parse(json).first.items;
    expect(first!.motivation).toBe('highlighting');
    expect(first!.body).toEqual([
      {
        type: 'TextualBody',
        value: '**Bold** note\n\n- one\n- two',
        format: 'text/markdown',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'budget', purpose: 'tagging' },
      { type: 'TextualBody', value: 'city hall', purpose: 'tagging' },
    ]);
    expect(second_!.body).toEqual([{ type: 'TextualBody', value: '2026', purpose: 'tagging' }]);
    expect(third!.body).toHaveLength(1);
    expect(fourth!.body).toBeUndefined();
    expect(first!.target.source).toBe('https://example.org/council');
    expect(first!.via).toBe(`gloss://open?article=council-a1b2c3&offset=${HIGHLIGHTS[0]!.start}`);
    expect(first!.target.styleClass).toBe('yellow');
    expect(first!.stylesheet.value).toContain('.yellow');
  });

  it('names an article with no web address by urn, and keeps ids across exports', () => {
    const items = collection.parse(json).first.items;
    expect(items.at(-1)!.target.source).toBe('urn:gloss:article:second-1');
    const ids = items.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.parse(renderW3c([item(), second], 'Gloss library - annotations'))).toEqual(json);
  });

  it('leaves out the position of a highlight not found in the current text', () => {
    const lost = item({ highlights: [{ ...HIGHLIGHTS[0]!, found: false }] });
    const parsed = collection.parse(JSON.parse(renderW3c([lost], 'x')));
    expect(parsed.first.items[0]!.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });
});
