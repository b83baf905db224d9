// Generated report-like text for the benchmark and the linear-time tests: invented schools and
// councils, headings, hard-wrapped paragraphs, bullet lists in Word's glyphs, "Improve ... by:"
// lead-ins with sub-bullets, quoted lines, page breaks with running footers. Deterministic
// (seeded), so a run can be repeated. Nothing here is copied from real reports.

/** A small seeded random number generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Ashdown', 'Brookfield', 'Carrow', 'Dunmere', 'Elmswood', 'Fenwick', 'Greyholm', 'Harlow Vale', 'Ivybridge', 'Juniper'];
const SUBJECTS = ['Leaders', 'Governors', 'Teachers', 'Staff', 'Managers', 'Social workers', 'The local authority', 'Partners', 'Senior leaders', 'The trust'];
const VERBS = ['have improved', 'do not always check', 'make sure that', 'have developed', 'do not yet monitor', 'work closely with', 'have strengthened', 'review'];
const OBJECTS = [
  'the quality of assessments for children in need',
  'how well pupils read in key stage 2',
  'the timeliness of initial health assessments',
  'the curriculum in mathematics and science',
  'supervision records and management oversight',
  'plans for children’s return home',
  'the attendance of disadvantaged pupils',
  'the “front door” arrangements for referrals',
  'training for staff on safeguarding, costing £3,000',
  'multi-agency risk assessment conferences',
];
const TAILS = ['.', ', and this is having a positive impact.', ' across the service.', ' consistently well.', ', so that children are safer.', ' in every year group.'];
const GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const sentence = (rnd) => `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}${pick(rnd, TAILS)}`;

/** Wraps prose at about `width` columns, as pdftotext does. */
function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/**
 * Text of about `bytes` UTF-8 bytes. `kind`: "report" (a mix of everything), "nested" (lead-ins
 * with sub-bullets, the list shape remark-parse is slowest on) or "quotes" (">"-quoted items).
 */
export function reportText(bytes, { seed = 1, kind = 'report' } = {}) {
  const rnd = random(seed);
  const place = pick(rnd, PLACES);
  const parts = [`Inspection of ${place} local authority children’s services`, `Inspection dates: 3 to 14 May 2021`, `Lead inspector: Alex Example`, ''];
  let size = Buffer.byteLength(parts.join('\n'));
  let page = 1;
  const add = (text) => {
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  };
  while (size < bytes) {
    const r = kind === 'report' ? rnd() : kind === 'nested' ? 0.5 : 0.85;
    if (r < 0.25) {
      add(`Overall effectiveness${' '.repeat(6)}${pick(rnd, GRADES)}`);
      add('');
      add(wrap(Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => sentence(rnd)).join(' '), 80 + Math.floor(rnd() * 20)));
      add('');
    } else if (r < 0.45) {
      add(rnd() < 0.5 ? 'Strengths' : 'Areas for improvement');
      add('');
      const glyph = pick(rnd, ['•', '▪', '\uF0A7', '-', '◼']);
      for (let i = 0, n = 3 + Math.floor(rnd() * 8); i < n; i++) add(`${glyph} ${sentence(rnd)}`);
      add('');
    } else if (r < 0.7) {
      add('What does the local authority need to improve?');
      add('');
      for (let i = 0, n = 2 + Math.floor(rnd() * 5); i < n; i++) {
        add(`• Improve ${pick(rnd, OBJECTS)} by:`);
        for (let k = 0, m = 1 + Math.floor(rnd() * 3); k < m; k++) add(`  ◦ ${sentence(rnd).toLowerCase()}`);
      }
      add('');
    } else if (r < 0.8) {
      add(`Inspection report: ${place} local authority, 3 to 14 May 2021${' '.repeat(20)}Page ${page++}`);
      add('\f');
    } else {
      add('Children and families told inspectors:');
      for (let i = 0, n = 2 + Math.floor(rnd() * 6); i < n; i++) add(`> ${sentence(rnd)}`);
      add('');
    }
  }
  return parts.join('\n');
}
