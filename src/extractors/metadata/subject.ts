// The inspected body, as the title or the first naming gives it ("Luton Borough Council",
// "Dorset local authority", "Brighton and Hove Local Area Partnership", a school's name).
import { defineRule, meta, type Draft } from '../define.js';

const NAME_WORD = "[A-Z][\\w'’&.-]*";
const JOINER = "(?:and|of|upon|on|in|the|for|le|la|St\\.?)";
const PROPER = `${NAME_WORD}(?:\\s+(?:${JOINER}\\s+)?${NAME_WORD}){0,6}`;
const INSTITUTION = new RegExp(
  `\\b(${PROPER}\\s+(?:(?:Metropolitan\\s+)?(?:Borough|City|County|District)\\s+)?(?:Council|School|Academy|College|Nursery|Home|Hospital|Trust|Prison|Local Area Partnership|Partnership|Centre|Service|Services|Foundation))\\b`,
);
const AFTER_TITLE: readonly RegExp[] = [
  /Inspection of (.+?) local authority\s+children[’']s\s+services/i,
  /Area SEND inspection of (.+?Local\s+Area\s+Partnership)/i,
  /Joint targeted area inspection of (?:the .+? (?:in|for) )?([A-Z][\w'’ -]+?)\s*$/,
  /\b(?:within|in|at|of)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|upon|on|the)?\s*[A-Z][\w'’-]*)*?)\s+children[’']s\s+services\s*$/,
  /\binspection of .+? (?:in|for) ([A-Z][\w'’-]*(?:\s+(?:and|of|upon|on|the)?\s*[A-Z][\w'’-]*)*)\s*$/i,
  // "Focused visit to Eastmoor children's services", "Joint local area SEND inspection in
  // Wessex", "An inspection of youth offending services in Westshire HM Inspectorate of ...".
  /\b(?:visit|inspection)\s+(?:to|in|of)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?!(?:HM|His|Her)\b)(?:(?:and|of|upon|on)\s+)?[A-Z][\w'’-]*)*?)(?:\s+(?:local authority\s+)?children[’']s\s+services)?\s*$/,
  /\binspection of [a-z][\w ]+? (?:in|for|at) ([A-Z][\w'’-]*(?:\s+(?!(?:HM|His|Her)\b)(?:(?:and|of|upon|on)\s+)?[A-Z][\w'’-]*)*)/,
  // CQC and Care Inspectorate covers: "Dr Patel and Partners Quality Report ...", "Westfield
  // House Care Home Service".
  /^(.+?)\s+(?:Quality Report|Inspection report)\b/,
  /^(.+?)\s+(?:Care Home|Housing Support|Support|Day Care of Children|Child Minding|Nurse Agency|Adult Placement|Secure Accommodation|School Care Accommodation|Fostering|Adoption) Service$/,
  // A named institution in the title: "Inspection of Oakfield Primary School Mill Lane ...",
  // "Brambleside Academy report card", "An inspection of Westshire Police".
  /^(?:(?:Re-)?Inspection of\s+(?:an?\s+[\w -]{1,40}?:\s*)?|An? inspection of\s+|.*?\binspection of\s+)?((?:[A-Z][\w'’&.-]*\s+(?:(?:and|of|upon|on|the)\s+)?){1,6}(?:School|Academy|College|Nursery|Police|Constabulary|Fire and Rescue Service))\b/,
];
const GENERIC_START = /^(?:The|A|An|This|Inspection|Annual|Joint|Area|Local|Children|Ofsted|Care Quality|Her|His|Social Work|Scroll|PUBLISHED|UPDATED|NHS|Government|Department)\b/;

function clean(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^the\s+/i, '').replace(/[’']s$/, '').trim();
}

export function findSubject(text: string, title: string | null, kind: string | null): string | null {
  if (title) {
    for (const re of AFTER_TITLE) {
      const m = re.exec(title);
      if (m?.[1]) {
        const name = clean(m[1]);
        return /local authority$/i.test(name) || re !== AFTER_TITLE[0] ? name : `${name} local authority`;
      }
    }
  }
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (kind === 'inspection-report') {
    // "School report" / name / address; or the authority's name above "Inspection of ...".
    const school = lines.findIndex((l) => /^(?:School report|A report on)$/i.test(l));
    if (school >= 0 && lines[school + 1]) return clean(lines[school + 1] as string);
    // Children's homes are named by their unique reference number ("SC487234").
    const urn = lines.slice(0, 5).find((l) => /^SC\d{6}$/.test(l));
    if (urn) return urn;
    const inspectionOf = lines.slice(0, 8).findIndex((l) => /^(?:Re-)?[Ii]nspection of\b/.test(l));
    if (inspectionOf > 0) return clean(lines.slice(0, inspectionOf).join(' '));
    if (inspectionOf === 0) {
      const named = lines.slice(1, 6).find((l) => /\b(?:Council|Borough|County|City)$/.test(l));
      if (named) return clean(named);
    }
  }
  const body = text.slice(0, 20000);
  const m = INSTITUTION.exec(body.replace(/\n/g, ' '));
  const services =
    /[Cc]hildren[’']s services in ([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)/.exec(body) ?? /\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+children[’']s\s+services\b/.exec(body);
  const prison = /\b([A-Z][\w'’-]+)\s+prison\b/.exec(body);
  const candidates = [m && !GENERIC_START.test(m[1] as string) ? { at: m.index, name: m[1] as string } : null,
    services ? { at: services.index, name: services[1] as string } : null,
    prison ? { at: prison.index, name: `${prison[1]} prison` } : null].filter((c): c is { at: number; name: string } => c !== null);
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0] ? clean(candidates[0].name) : null;
}

export default defineRule({
  name: 'metadata/subject',
  stage: 'metadata',
  description: 'Names the inspected body from the title, the lines above it, or its first naming in the text.',
  run(doc): Draft[] {
    return [meta('subject', findSubject(doc.text, doc.meta.title, doc.meta.kind))];
  },
});
