// Predictions, hopes and plans are not findings ("could improve by one grade", "expects to
// have made progress"), unless they state an enforcement action ("could face a fine").
import { defineRule } from '../define.js';
import { isEnforcement, isPrediction } from '../shared/classify.js';

export default defineRule({
  name: 'filters/predictions',
  stage: 'filter',
  description: 'Drops sentences of news text that predict, hope or plan rather than report a finding.',
  reject(finding, doc) {
    if (finding.heading !== null || (doc.meta.kind !== 'news-article' && doc.meta.kind !== 'web-page')) return null;
    const text = doc.text.slice(finding.start, finding.end);
    return isPrediction(text) && !isEnforcement(text) ? 'prediction' : null;
  },
});
