// News articles: one finding per sentence that reports what the inspection found, praised,
// criticised or asked for, quoted or reported ("the report said", "Ofsted recommends that",
// "... should be improved", "... needs addressing"), and the journalist's own summary of the
// report where it evaluates. Its category comes from its own wording.
import type { Category } from '../../types.js';
import { defineRule, type Draft } from '../define.js';
import { asks, isEnforcement, polarity } from '../shared/classify.js';
import { newsSentences } from '../shared/news.js';

const FINDING_VERB = /\b(?:found|finds|said|says|highlighted|warned|warns|criticised|identified|concluded|reported|noted|stated|exposed|uncovered|revealed)\b/i;
const TERMINAL = /[.!?]["'”’)\]]*$|["'”’]$/;
// "In the latest report the inspectors said: 'There has been ..." - the finding starts after it.
const INLINE_LEAD_IN = /^[^'"“‘:]{0,100}?\b(?:said|added|went on|stated|found|wrote|concluded|highlighted|continued|says)\s*:\s*['"“‘]?/i;

export default defineRule({
  name: 'findings/news-sentences',
  stage: 'findings',
  description: "Takes each sentence of a news article that reports the inspection's evaluation, categorised by its wording.",
  run(doc): Draft[] {
    if (doc.meta.kind !== 'news-article' && doc.meta.kind !== 'web-page') return [];
    const found: Draft[] = [];
    for (const s of newsSentences(doc)) {
      if (s.leadIn || s.voice === 'other' || !TERMINAL.test(s.text)) continue;
      let start = s.start;
      const lead = INLINE_LEAD_IN.exec(s.text);
      if (lead && s.text.length - lead[0].length > 20) {
        const flat = doc.text.slice(s.start, s.end);
        const at = flat.search(/:\s*['"“‘]?\s*\S/);
        if (at > 0) start = s.start + at + (flat.slice(at).match(/^:\s*['"“‘]?\s*/)?.[0].length ?? 1);
      }
      let category: Category | null;
      if (isEnforcement(s.text)) category = 'priority_action';
      else if (asks(s.text)) category = 'recommendation';
      else {
        const p = polarity(s.text);
        // A reported finding with no cue either way is, in news, most often a criticism.
        const reported = s.voice === 'report' && FINDING_VERB.test(s.text);
        category = p === 'negative' ? 'area_for_improvement' : p === 'positive' ? 'strength' : reported ? 'area_for_improvement' : null;
      }
      if (category) found.push({ type: 'finding', category, start, end: s.end, heading: null });
    }
    return found;
  },
});
