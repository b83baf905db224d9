// Reading a news article: which sentences are the body (not headline, caption, byline or page
// furniture), and whose voice each one is: the report's (the inspectors, the inspectorate,
// "the report said"), someone else's (councillors, officers, the council, parents), or the
// journalist's own summary. Quotes that run over several paragraphs keep their speaker.
import type { Block } from '../../pipeline/sectionise.js';
import { flatten, sentences } from '../../util/text.js';
import type { Doc } from '../define.js';

export type Voice = 'report' | 'other' | 'none';

export interface NewsSentence {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  text: string;
  voice: Voice;
  block: Block;
  /** The sentence ends a paragraph with ':' and opens a list ("Inspectors highlighted:"). */
  leadIn: boolean;
}

const REPORT_NOUN =
  /\b(?:report|reports|inspectors?|inspection|inspectorate|watchdog|ofsted|cqc|care quality commission|estyn|assessors?|hmi|chief inspector|inspecting body)\b/i;
const SPEECH_VERB =
  /\b(?:said|says|say|found|finds|find|highlighted|highlights|highlight|warned|warns|warn|added|adds|noted|notes|praised|praises|criticised|criticises|concluded|concludes|recommended|recommends|recommending|identified|identifies|stated|states|reported|observed|observes|went on|explained|told|tells|described|describes|exposed|revealed|reveals|uncovered|acknowledged|commented|claimed|insisted|asked|replied|enquired|argued|believes|thinks|noticed|heard|appealed|admitted|accepted|welcomed)\b/i;
const OTHER_SPEAKER =
  /\b(?:councillors?|cllr|council(?:['’]s)? (?:leaders?|bosses|officers?|chiefs?|director|spokes\w+|cabinet)|the council (?:said|says|expects|believes|has said|is|was|will|added)|^(?:the )?council\b|directors?|officers?|spokes(?:man|woman|person)|chief executive|mayor|cabinet member|portfolio|headteacher|head teacher|headmistress|headmaster|parents?|minister|mp\b|governors?|owners?|managers?|a meeting heard|the meeting heard|meeting was told|was told|group was told|board was told|local authority (?:said|says|has noted|noted|expects|believes))\b/i;
const SAY_VERB = /\b(?:said|says|told|added|explained|asked|replied|warned|insisted|claimed|argued|enquired|admitted|commented|went on|appealed|stressed|urged)\b/i;
const PERSON = /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\.?\s+[A-Z][\w'’-]+|\b(?:[Cc]ouncil|meeting|group|committee|board|[Aa]uthority|[Ss]chool|[Tt]rust|owners?|spokes\w+)\b/;
const PRONOUN_SPEAKER = /\b(?:he|she|they|it)\s+(?:said|says|added|told|explained|warned|continued|went on)\b/i;
const FURNITURE_START =
  /^(?:most popular|most read|sponsored|related (?:articles|stories|content)|featured (?:jobs|event)|job of the week|advertise with us|about us|share this|comments?|@highlight|sign up|newsletter|read more|read the full|click here|more from|you may also like|trending|©|copyright)\b/i;
const BYLINE = /^(?:by\b|published|updated|\||top of page|bottom of page|\d{1,2}:\d{2})/i;
const CAPTION = /^['‘"“]?[\p{Lu}][\p{L}'’ -]{0,30}['’"”]?:\s+\S/u;
const OPEN_QUOTE = /^["“'‘]/;

/** The words of a paragraph outside its quotes: where its attribution stands. */
export function unquoted(text: string): string {
  let rest = text.replace(/“[^”]*(?:”|$)/g, ' ').replace(/"[^"]*(?:"|$)/g, ' ');
  // A single-quoted opening runs to the closing quote mark that is followed by punctuation or space.
  if (/^\s*['‘]/.test(rest)) rest = rest.replace(/^\s*['‘][\s\S]*?(?:['’](?=[\s,.;:!?]|$)|$)/, ' ');
  return rest.replace(/(?<=\s)['‘][^'’]{1,200}['’](?=[\s,.;:!?]|$)/g, ' ');
}

/** Names of people introduced as inspectors ("chief inspector of prisons Nick Hardwick"). */
function inspectorNames(text: string): Set<string> {
  const names = new Set<string>();
  const re = /\b(?:chief inspector(?: of [a-z]+)?|inspector|HMI|Ofsted(?:['’]s)? (?:chief|director)[a-z ]*?)\s*,?\s+([A-Z][a-z]+)\s+([A-Z][a-z'’-]+)/g;
  for (const m of text.matchAll(re)) names.add(m[2] as string);
  const after = /\b([A-Z][a-z]+)\s+([A-Z][a-z'’-]+),\s+(?:the\s+)?(?:chief inspector|Her Majesty|His Majesty|HM Chief Inspector|Ofsted)/g;
  for (const m of text.matchAll(after)) names.add(m[2] as string);
  return names;
}

function voiceOf(sentence: string, inspectors: Set<string>): Voice | null {
  const verbs = [...sentence.matchAll(new RegExp(SPEECH_VERB.source, 'gi'))];
  if (verbs.length === 0 && !/\ba meeting heard\b|\bwas told\b/i.test(sentence)) return null;
  const named = (text: string): boolean =>
    [...inspectors].some((name) => new RegExp(`\\b(?:Mr|Mrs|Ms|Dr|Sir)?\\s*${name}\\b`).test(text));
  // A sentence that opens with the inspectors as its subject ("Inspectors visiting the council
  // praised ...") is theirs.
  if (/^["“'‘]?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:inspectors|report|inspectorate|watchdog|Ofsted|CQC|Estyn)\b(?![’']s)/i.test(sentence.trim())) return 'report';
  // The speaker stands next to the verb: "the report said", "Mr Senior told", "said the report".
  for (const v of verbs) {
    const before = sentence.slice(0, v.index).split(/\s+/).filter(Boolean).slice(-5).join(' ');
    const after = sentence.slice(v.index + v[0].length).split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
    for (const side of [before, after]) {
      if (named(side)) return 'report';
      const report = REPORT_NOUN.exec(side);
      const other = OTHER_SPEAKER.exec(side) ?? PERSON.exec(side);
      if (report && (!other || (side === before ? report.index > other.index : report.index < other.index))) return 'report';
      if (other) return 'other';
    }
  }
  for (const v of verbs) {
    const from = sentence.lastIndexOf(' ', Math.max(0, v.index - 60)) + 1;
    const window = sentence.slice(from, v.index + v[0].length + 35);
    if (named(window) || REPORT_NOUN.test(window)) return 'report';
    if (OTHER_SPEAKER.test(window)) return 'other';
  }
  if (named(sentence)) return 'report';
  if (PRONOUN_SPEAKER.test(sentence)) return null; // resolved by the caller: the last speaker
  if (SAY_VERB.test(sentence) || /\ba meeting heard\b|\bwas told\b/i.test(sentence)) return 'other';
  return null;
}

/** Whether a paragraph leaves a quote open (British style: each quoted paragraph opens anew). */
function leavesQuoteOpen(text: string): boolean {
  const doubles = (text.match(/["“”]/g) ?? []).length;
  if (/^["“]/.test(text)) return doubles % 2 === 1;
  if (/^['‘]/.test(text)) return !/['’][\s,.;:!?]*$/.test(text.trim()) || /[.!?]$/.test(text.trim());
  return false;
}

export function newsSentences(doc: Doc): NewsSentence[] {
  const inspectors = inspectorNames(doc.text);
  const out: NewsSentence[] = [];
  let lastSpeaker: Voice = 'none';
  let openQuote: Voice | null = null;
  for (const block of doc.blocks) {
    const text = block.text.trim();
    if (FURNITURE_START.test(text)) break;
    if (block.kind === 'heading' || BYLINE.test(text)) continue;
    if (CAPTION.test(text) && !/:\s*$/.test(text) && !SPEECH_VERB.test(text.slice(0, text.indexOf(':')))) continue;
    const flat = flatten(block.text);
    const spans = sentences(flat);
    const isQuote = OPEN_QUOTE.test(text);
    // A quoted paragraph speaks with one voice: its attribution outside the quotes, else the
    // speaker of the quote it continues, else the last speaker named.
    let paragraphVoice: Voice | null = null;
    if (isQuote) {
      const outside = unquoted(flat);
      paragraphVoice = voiceOf(outside, inspectors) ?? (PRONOUN_SPEAKER.test(outside) ? lastSpeaker : null) ?? openQuote ?? (lastSpeaker !== 'none' ? lastSpeaker : null);
    }
    let lastVoice: Voice | null = null;
    // A quote opened after a colon ("One parent said: 'We're ...") runs on to later sentences.
    let carried: Voice | null = null;
    for (const s of spans) {
      const sentence = flat.slice(s.start, s.end);
      let voice: Voice | null = isQuote ? paragraphVoice : voiceOf(unquoted(sentence), inspectors);
      if (!voice && !isQuote && PRONOUN_SPEAKER.test(unquoted(sentence))) voice = lastSpeaker;
      voice ??= carried ?? 'none';
      if (/:\s*["“'‘]/.test(sentence) && !/["”'’]\s*$/.test(sentence)) carried = voice;
      else if (/["”'’]\s*$/.test(sentence)) carried = null;
      if (voice !== 'none') lastVoice = voice;
      out.push({
        start: block.start + s.start,
        end: block.start + s.end,
        text: sentence.replace(/\s+/g, ' ').trim(),
        voice,
        block,
        leadIn: /:\s*$/.test(sentence) && s.end === spans[spans.length - 1]?.end,
      });
    }
    paragraphVoice ??= lastVoice;
    if (paragraphVoice && paragraphVoice !== 'none') lastSpeaker = paragraphVoice;
    openQuote = isQuote && leavesQuoteOpen(text) ? paragraphVoice : null;
  }
  return out;
}
