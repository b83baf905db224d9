// Lead-ins: the sentence (ending with ':') that opens a list, and what its items are.
// "Ofsted found:" and "Inspectors highlighted:" are neutral: each item's wording decides.
import type { HeadingRole } from './headings.js';

export const LEAD_INS: readonly { readonly role: HeadingRole; readonly pattern: RegExp }[] = [
  { role: 'area_for_improvement', pattern: /\b(?:requires?|requiring) improvement(?: to be good)? because$|\b(?:is|are) not (?:yet )?(?:good|outstanding) because$|\b(?:is|are) inadequate because$|\bnot yet good because$/ },
  { role: 'area_for_improvement', pattern: /\b(?:areas?|aspects?) (?:requiring|for|of|needing) (?:significant )?(?:improvement|development|concern|weakness)\b.*$|\b(?:is|are) unsatisfactory because$|\b(?:weaknesses|concerns|failings|shortcomings|failures|criticisms)\b(?: \w+){0,6} (?:were|are|include|included|identified|found)$/ },
  { role: 'area_for_improvement', pattern: /\b(?:inspectors|ofsted|the report|the inspection|the watchdog) (?:criticised|raised concerns about|was concerned|were concerned)\b.*$/ },
  { role: 'strength', pattern: /\b(?:is|are) (?:good|outstanding|excellent) because$|\bstrengths?\b(?: \w+){0,6} (?:were|are|include|included)$|\b(?:inspectors|ofsted|the report) praised\b.*$/ },
  { role: 'recommendation', pattern: /\bwhere the (?:provider|service|practice|trust|location) should make improvements? (?:are|is)$|\brecommend\w*\b.*$|\bshould take the following actions?$|\b(?:needs|need|has|have) to (?:improve|do)\b.*$|\bimprovements? (?:needed|required)\b.*$|\b(?:asked|told|required) to\b.*$/ },
  { role: 'priority_action', pattern: /\bwhere the (?:provider|service|practice|trust|location) must make improvements? (?:are|is)$|\bpriority actions?\b.*$|\b(?:must|required to) (?:take|address) the following\b.*$|\brequirements? (?:were|are)$/ },
  // Estyn: "The school's current performance is adequate because:" lists strengths and shortfalls.
  { role: 'findings', pattern: /\b(?:is|are) (?:adequate|satisfactory) because$/ },
  {
    role: 'findings',
    pattern:
      /\b(?:inspectors|ofsted|the report|the inspection|the inspectorate|the watchdog|they|it|the letter|the visit|the cqc|estyn)\b(?: \w+){0,4} (?:highlighted|highlights|found|finds|said|says|noted|notes|identified|reported|observed|concluded|added|stated|listed|pointed out)(?: that)?$|\bfound that$|\bthe (?:report|inspection) (?:said|found)$|\bthe following (?:features|findings|points)\b.*$/,
  },
];

/** What a lead-in announces, or null when the sentence is not one. */
export function leadInRole(sentence: string): HeadingRole | null {
  const key = sentence
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (!key.endsWith(':')) return null;
  const bare = key.replace(/\s*:$/, '');
  for (const entry of LEAD_INS) if (entry.pattern.test(bare)) return entry.role;
  return null;
}
