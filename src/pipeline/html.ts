// Stage (HTML input only): read an HTML page into the plain text the rest of the pipeline reads,
// keeping a map back to the HTML source. The page is parsed by rehype-parse (parse5 underneath:
// real HTML parsing, entities decoded, positions kept), not stripped with regular expressions.
//
// The text has one line per block element ("- " before a list item, table cells split by
// three spaces so grade tables read as rows), a blank line between blocks, headings on their
// own lines, and white space folded. Script, style, navigation, page headers and footers,
// asides, forms, and boxes that are plainly furniture (cookie banners, share links, related
// articles, adverts) are left out. The normaliser then runs on that text; ComposedMap joins
// the two maps so positions index the HTML the user gave.
import type { Element, ElementContent, RootContent, Text } from 'hast';
import { ComposedMap } from './composed-map.js';
import { htmlTree } from './html-tree.js';
import { MappedText } from './mapped-text.js';
import { normalise } from './normalise.js';

/** Elements whose content is never report text. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
  'option', 'textarea', 'svg', 'iframe', 'object', 'canvas', 'dialog', 'menu',
]);
/** Boxes that a class, id or role marks as page furniture. */
const FURNITURE = /\b(?:cookie|consent|gdpr|share|sharing|social|related|newsletter|advert|ad-slot|promo|breadcrumbs?|site-nav|skip-link|comments?)\b/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'html', 'blockquote', 'pre', 'address', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'caption', 'hr', 'details', 'summary', 'center',
]);
const CELLS = new Set(['td', 'th']);
const ENTITY = /^&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});?/;

/** Whether the input is an HTML page: by its file name, its opening, or its many block tags. */
export function isHtml(text: string, path?: string | null): boolean {
  if (path && /\.x?html?$/i.test(path)) return true;
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart();
  if (/^<!doctype\s+html\b|^<html\b/i.test(head)) return true;
  const tags = text.match(/<\/?(?:p|div|h[1-6]|li|ul|ol|table|tr|td|section|article|br|body)\b[^>]*>/gi)?.length ?? 0;
  return tags >= 10 && tags * 200 >= text.length;
}

function classes(node: Element): string {
  const p = node.properties;
  const cls = Array.isArray(p['className']) ? p['className'].join(' ') : String(p['className'] ?? '');
  return `${cls} ${String(p['id'] ?? '')}`;
}

function dropped(node: Element): boolean {
  if (DROPPED.has(node.tagName)) return true;
  const p = node.properties;
  if (p['hidden'] !== undefined && p['hidden'] !== false) return true;
  if (String(p['ariaHidden']) === 'true') return true;
  if (typeof p['role'] === 'string' && FURNITURE_ROLES.has(p['role'])) return true;
  // The article itself may carry a class such as "article--related-links": only boxes.
  return node.tagName !== 'body' && node.tagName !== 'main' && node.tagName !== 'article' && FURNITURE.test(classes(node));
}

/** Builds the text of the page with a map to the HTML source. */
export function htmlText(html: string): MappedText {
  const tree = htmlTree(html);
  const out = new MappedText(html);
  let pendingBreak = '';
  let pendingSpace: number | null = null;
  let lineStart = true;
  let written = false;

  const breakLine = (text: '\n' | '\n\n'): void => {
    pendingSpace = null;
    // Nothing written yet, or only a marker on this line ("- " before an item's paragraph).
    if (!written || (lineStart && !pendingBreak)) return;
    if (text.length > pendingBreak.length) pendingBreak = text;
  };

  /** Writes what is pending (a line break, a space) in front of text at source offset `at`. */
  const flushPending = (at: number): void => {
    if (pendingBreak) {
      out.replace(at, at, pendingBreak);
      pendingBreak = '';
      lineStart = true;
    } else if (pendingSpace !== null && !lineStart) {
      out.replace(pendingSpace, pendingSpace, ' ');
    }
    pendingSpace = null;
  };

  /** Emits a prefix ("- ", a cell gap) standing at source offset `at`. */
  const prefix = (at: number, text: string): void => {
    flushPending(at);
    out.replace(at, at, text);
    lineStart = false;
    written = true;
  };

  const emitText = (node: Text): void => {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
    const raw = html.slice(pos.start.offset, pos.end.offset);
    const value = node.value;
    const base = pos.start.offset;
    let i = 0;
    let j = 0;
    let runStart = -1; // start (in raw) of a verbatim run being copied
    const endRun = (): void => {
      if (runStart >= 0) out.copy(base + runStart, base + i);
      runStart = -1;
    };
    while (i < raw.length) {
      const c = raw[i] as string;
      if (/\s/.test(c)) {
        endRun();
        let k = i;
        while (k < raw.length && /\s/.test(raw[k] as string)) k++;
        while (j < value.length && /\s/.test(value[j] as string)) j++;
        if (!lineStart && pendingSpace === null && !pendingBreak) pendingSpace = base + i;
        i = k;
        continue;
      }
      const match = c === '&' ? ENTITY.exec(raw.slice(i)) : null;
      // An ampersand the parser kept as it stands ("&foo" with no such entity) is plain text.
      const entity = match && !value.startsWith(match[0], j) ? match : null;
      if (entity) {
        endRun();
        // The entity decodes to the value's characters up to where the raw text resumes.
        const after = i + entity[0].length;
        let n = 1;
        const same = (a: string | undefined, b: string | undefined): boolean => a === b || (a !== undefined && b !== undefined && /\s/.test(a) && /\s/.test(b));
        while (j + n < value.length && n < 2 && raw[after] !== undefined && !same(value[j + n], raw[after]) && !ENTITY.test(raw.slice(after))) n++;
        let decoded = value.slice(j, j + n);
        j += n;
        if (/^\s+$/.test(decoded)) {
          // &nbsp; and friends: a space like any other.
          if (!lineStart && pendingSpace === null && !pendingBreak) pendingSpace = base + i;
          i = after;
          continue;
        }
        decoded = decoded.replace(/\s/g, ' ');
        flushPending(base + i);
        out.replace(base + i, base + after, decoded);
        lineStart = false;
        written = true;
        i = after;
        continue;
      }
      if (runStart < 0) {
        flushPending(base + i);
        runStart = i;
      }
      lineStart = false;
      written = true;
      i++;
      j++;
    }
    endRun();
  };

  const visit = (node: RootContent | ElementContent): void => {
    if (node.type === 'text') {
      emitText(node);
      return;
    }
    if (node.type !== 'element') return;
    if (dropped(node)) return;
    const tag = node.tagName;
    const start = node.position?.start.offset;
    if (tag === 'br') {
      breakLine('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) breakLine('\n\n');
    if (tag === 'li' && start !== undefined) {
      // One line per item, "- " before it; the item's text follows its marker directly.
      breakLine('\n');
      prefix(start, '- ');
      lineStart = true;
    } else if (CELLS.has(tag) && start !== undefined && !lineStart && !pendingBreak && written) {
      // Cells after the first: a wide gap, as pdftotext -layout leaves a table row.
      prefix(start, '   ');
      lineStart = true;
    }
    for (const child of node.children) visit(child);
    if (block) breakLine('\n\n');
    else if (tag === 'li') breakLine('\n');
  };

  for (const child of tree.children) visit(child);
  return out;
}

/** The HTML branch of normalise: the page's text, normalised, mapped back to the HTML. */
export function normaliseHtml(html: string): ComposedMap {
  const text = htmlText(html);
  return new ComposedMap(normalise(text.text), text);
}
