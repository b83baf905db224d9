// Section headings and lead-ins that reports use, and what the text under them is.
// A new report family is mostly new rows here. Patterns are tested against the heading text
// lower-cased, with curly quotes straightened, footnote digits, trailing page numbers and a
// trailing ':' removed, and white space folded (see `headingKey`).
import type { Category } from '../types.js';

/**
 * What the blocks under a heading are:
 * - a category: findings of that category (an item that is an ask may still become a
 *   recommendation, see the section rule);
 * - 'findings': findings whose category each item's own wording decides (neutral lists);
 * - 'stop': a section whose text is not a findings list (summaries, case studies, next steps).
 */
export type HeadingRole = Category | 'findings' | 'stop';

export interface HeadingEntry {
  readonly role: HeadingRole;
  readonly pattern: RegExp;
}

const BODY = "(?:local authority|council|children's home|lscb|school|college|provider|service|partnership|setting|academy|home|trust|area partnership|local area partnership|prison|police force|force|youth offending service|yos|partners)";

export const HEADINGS: readonly HeadingEntry[] = [
  // Strengths
  { role: 'strength', pattern: /^(?:key |main |particular |areas of |notable )?strengths$/ },
  { role: 'strength', pattern: new RegExp(`^(?:the )?${BODY}(?:'s|s')? (?:key )?strengths$`) },
  { role: 'strength', pattern: /^the (?:school|provider|college|setting|service) has the following strengths$/ },
  { role: 'strength', pattern: /^what is the (?:local )?area partnership doing that is effective\??$/ },
  { role: 'strength', pattern: /^what (?:is working|works|went) well\??$/ },
  { role: 'strength', pattern: /^(?:areas of )?good practice$/ },
  { role: 'strength', pattern: /^this is an? (?:good|outstanding) (?:school|provider|college|setting)\.?$/ },
  { role: 'strength', pattern: /^what (?:the )?(?:school|provider|college|setting) does well\b.*$/ },
  // Statutory requirements met
  { role: 'meets_requirements', pattern: /^the service meets the requirements of statutory guidance(?: in the following areas)?$/ },
  { role: 'meets_requirements', pattern: /^(?:areas (?:of practice )?that )?meets? (?:statutory |the )?requirements(?: of statutory guidance)?$/ },
  // Areas for improvement: described shortfalls
  { role: 'area_for_improvement', pattern: /^(?:key |main |other |further )?areas? (?:for|of|requiring) (?:development|improvement)$/ },
  { role: 'area_for_improvement', pattern: /^areas? of (?:significant |key )?weakness(?:es)?$/ },
  { role: 'area_for_improvement', pattern: /^(?:key |main |significant )?weaknesses$/ },
  { role: 'area_for_improvement', pattern: /^(?:causes? of concern|concerns|key concerns|main concerns)$/ },
  { role: 'area_for_improvement', pattern: /^(?:area for improvement|cause of concern) \d{1,2}$/ },
  { role: 'area_for_improvement', pattern: /^what does the (?:local )?(?:area )?partnership need to do better\??$/ },
  { role: 'area_for_improvement', pattern: /^what (?:is|are) not (?:yet )?(?:working|good enough)(?: well)?\??$/ },
  { role: 'area_for_improvement', pattern: /^this is an? (?:inadequate )?(?:school|provider|college|setting)(?: that requires improvement)?\.?$/ },
  { role: 'area_for_improvement', pattern: /^it is not (?:yet )?(?:an? )?(?:good|outstanding)(?: (?:school|provider|college|setting))? because$/ },
  { role: 'strength', pattern: /^(?:this is an? (?:good|outstanding) (?:school|provider|college|setting)\.? )?(?:it is (?:good|outstanding) because|the school has these strengths)$/ },
  // Priority actions
  { role: 'priority_action', pattern: /^(?:areas? (?:for|of|requiring) )?priority (?:and immediate )?actions?$/ },
  { role: 'priority_action', pattern: /^(?:areas? for )?(?:priority and )?immediate actions?$/ },
  { role: 'priority_action', pattern: /^(?:statutory )?requirements(?: and due dates?)?$/ },
  { role: 'priority_action', pattern: /^(?:enforcement|compliance) actions?(?: (?:we have taken|taken))?$/ },
  { role: 'priority_action', pattern: /^(?:actions? (?:we have told|the provider must take)|breaches of regulations?).*$/ },
  // CQC: "Action the service MUST take to improve" (breaches of regulations).
  { role: 'priority_action', pattern: /^actions? the (?:service|provider|practice|trust|location|hospital) must take(?: to improve)?$/ },
  // Recommendations: what is to be done
  { role: 'recommendation', pattern: /^(?:key |main |our |further )?recommendations?$/ },
  { role: 'recommendation', pattern: /^what needs to improve(?: in this (?:local authority|area of social work practice|area))?\??$/ },
  { role: 'recommendation', pattern: new RegExp(`^what does (?:the |this )?${BODY} need to (?:do to )?improve(?: further)?\\??$`) },
  { role: 'recommendation', pattern: /^what (?:the |this )?(?:school|provider|college|setting) (?:needs|should do|must do) to (?:do to )?improve.*$/ },
  { role: 'recommendation', pattern: /^(?:areas? for action|actions? (?:required|needed)|what should happen next|improvements? needed)$/ },
  { role: 'recommendation', pattern: /^(?:you|the provider|the registered (?:person|provider|manager)) (?:should|must)(?: take the following actions?)?.*$/ },
  // CQC: "Action the service SHOULD take to improve".
  { role: 'recommendation', pattern: /^actions? the (?:service|provider|practice|trust|location|hospital) should take(?: to improve)?$/ },
  // HMICFRS: numbered sub-headings under "Causes of concern" / "Areas for improvement".
  { role: 'recommendation', pattern: /^recommendation \d{1,2}$/ },
  // Sections that are not findings lists (they end the section before them).
  {
    role: 'stop',
    pattern:
      /^(?:executive summary|summary(?: of (?:findings|key findings.*|main findings|inspection findings|judgements))?|summary for children(?: and young people)?|headline findings|main findings|key findings|inspection findings.*|findings|next steps|contents|introduction|background|context|information about (?:this|the) .*|progress since the (?:last|previous) inspection|inspection judgements?.*|the inspection judgements and what they mean|what the .*inspection judgements mean|record of main findings|capacity to improve|full report|school details|provider details|local area partnership details|inspection team|about this inspection|how we carried out this inspection|what we found|what inspectors found|overall findings|case study.*|practice study.*|areas covered by the visit|the local authority|the local safeguarding children board|lead inspector|inspection dates?.*|judgement|grade|what is it like to .*|what is the area partnership.*doing.*|inspection outcome)$/,
  },
  // Summaries and reviews of earlier findings: not this inspection's findings lists.
  { role: 'stop', pattern: /^(?:key messages|findings and evaluation of progress|previous (?:area for improvement|requirement) \d{1,2}|what the (?:service|provider) has done to meet any .*)$/ },
];

/** The form of a heading line that the patterns above are tested against. */
export function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*\.{3,}\s*\d*\s*$/, '') // table-of-contents leaders
    .replace(/\s{2,}\d{1,3}\s*$/, '') // trailing page number in a contents line
    .replace(/([?a-z)])\d{1,2}$/, '$1') // footnote digit glued on: "what needs to improve?1"
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|[ivx]+\.)\s+/, '') // "1. Summary", "2.1 Adoption"
    .replace(/[\s:–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function headingRole(line: string): HeadingRole | null {
  const key = headingKey(line);
  if (key.length === 0 || key.length > 140) return null;
  for (const entry of HEADINGS) if (entry.pattern.test(key)) return entry.role;
  return null;
}
