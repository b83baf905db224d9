// Which kind of document this is: a letter (addressed, signed), a full report (labelled
// inspection dates, publication, grade tables), a news article (byline, reporting verbs,
// quotes) or other web text. Nothing is guessed: unknown is null with a diagnostic.
import { defineRule, meta, type Draft } from '../define.js';

const LETTER = /^\s*Dear\s+\S/m;
const SIGN_OFF = /\bYours\s+(?:sincerely|faithfully)\b/i;
const REPORT_LABELS =
  /\bInspection dates?\b|\bReport published\b|^\s*School report\b|Local Area Partnership report|\bDate of (?:inspection|publication)\b|^\s*Inspection report\b|^\s*Inspection of\b|^\s*(?:An?|A joint) inspection of\b|\bRe-inspection of\b|Unique reference number|\bURN\b/im;
const NEWS_CUES: readonly RegExp[] = [
  // `^[^\S\n]*` and one `\s*` match what `^\s*By\s*\n?\s*` did, in linear time (used with test()).
  /^[^\S\n]*By\s*[A-Z][a-z]+\s+[A-Z]/m,
  /\bPUBLISHED:|\bUPDATED:|\bUpdated\s+\w+day\b/,
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}/,
  /\b\d{1,2}:\d{2}\s*(?:am|pm|EST|GMT|BST)\b/i,
  /\b(?:the report|inspectors|Ofsted|the inspectorate|the watchdog|the CQC)\s+(?:has\s+)?(?:said|found|highlighted|warned|praised|criticised|noted|added|rated)\b/i,
  /\b(?:said|told|warned|added|explained)\s+(?:the\s+)?(?:councillor|Cllr|Mr|Mrs|Ms|Dr)\b|\bcouncillor\b|\bCllr\b/i,
  /\ba meeting heard\b|\bmeeting was told\b|\btold a\b.*\bmeeting\b/i,
  /@highlight|Scroll down for video|Most popular|Read more|Share this (?:article|story)/i,
];
const WEB_CUES = /\bcookies?\b|\bSkip to (?:main )?content\b|\bMenu\b|\bSign in\b|\bSearch\b/i;

export default defineRule({
  name: 'metadata/document-kind',
  stage: 'metadata',
  description: 'Tells a letter, a full report, a news article and other web text apart by their address lines, labels and reporting cues.',
  run(doc): Draft[] {
    const head = doc.text.slice(0, 6000);
    const news = NEWS_CUES.filter((cue) => cue.test(doc.text)).length;
    if (LETTER.test(head) && (SIGN_OFF.test(doc.text) || /This letter summarises/i.test(doc.text)) && news < 2) return [meta('kind', 'inspection-letter')];
    if (REPORT_LABELS.test(doc.text.slice(0, 2500)) && news < 2) return [meta('kind', 'inspection-report')];
    if (news >= 2) return [meta('kind', 'news-article')];
    if (LETTER.test(head)) return [meta('kind', 'inspection-letter')];
    if (REPORT_LABELS.test(head)) return [meta('kind', 'inspection-report')];
    if (news === 1) return [meta('kind', 'news-article')];
    if (WEB_CUES.test(head)) return [meta('kind', 'web-page')];
    return [{ type: 'diagnostic', severity: 'warning', message: 'unknown document family: no letter, report or news-article cues found; document.kind is null' }];
  },
});
