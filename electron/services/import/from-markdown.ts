import { Marked, type Token, type Tokens } from 'marked';
import { parseFragment } from './dom';
import { cleanLine, type Draft } from './draft';

/** Our own instance, so that no other user of `marked` in the process can change how we render. */
const markdown = new Marked({ gfm: true, breaks: false, async: false });

function plainText(inlineMarkdown: string): string {
  return parseFragment(markdown.parseInline(inlineMarkdown) as string).textContent ?? '';
}

/**
 * Markdown is rendered to HTML and then treated like any other HTML (raw HTML inside Markdown is
 * just as hostile). The first `# ` heading is the title; when it opens the document it leaves the
 * body, so the reader does not show it twice.
 */
export function fromMarkdown(text: string, options: { title?: string | undefined }): Draft {
  const tokens = markdown.lexer(text.replace(/\r\n?/g, '\n'));
  const headingIndex = tokens.findIndex((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
  const heading = headingIndex >= 0 ? (tokens[headingIndex] as Tokens.Heading) : null;
  const headingTitle = heading ? cleanLine(plainText(heading.text)) : null;
  const title = cleanLine(options.title) ?? headingTitle;
  const opensDocument = tokens.slice(0, headingIndex).every((t: Token) => t.type === 'space');
  if (heading && opensDocument && headingTitle === title) tokens.splice(headingIndex, 1);
  const bodyHtml = markdown.parser(tokens) as string;
  return { format: 'md', title, byline: null, siteName: null, bodyHtml, warnings: [] };
}
