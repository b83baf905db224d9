// The hast tree of an HTML page (rehype-parse, parse5 underneath). Only HTML input needs it,
// so the build loads it on first use (scripts/build.mjs, LAZY).
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export function htmlTree(html: string): Root {
  return unified().use(rehypeParse).parse(html) as Root;
}
