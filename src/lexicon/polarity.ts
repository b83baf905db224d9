// Cue words that tell a strength from a shortfall, an ask from a description, and an
// enforcement action from a comment. Each list is a set of regular-expression sources matched
// as whole words, case-insensitive. Extend them here; tests in test/lexicon.test.ts.

/** Shortfalls: an item or sentence with any of these is an area for improvement. */
export const NEGATIVE = [
  'not', "n['’]t", 'no (?:evidence|system|systems|clear|joint|effective|plan|plans|record|records|consistent|coordinated|strategic|oversight|member|access|capacity|assessment|assessments|respect|confidence|one|way|understanding|regard|action)', 'never', 'nor',
  'too (?:many|much|long|slow|slowly|high|few|late|often|variable|early|little)', 'too',
  'insufficient(?:ly)?', 'lack(?:s|ing|ed)?', 'poor(?:ly|er)?', 'weak(?:ness|nesses|er|ly)?', 'inadequa(?:te|tely|cies|cy)',
  'inconsistent(?:ly)?', 'inconsistency', 'inconsistencies', 'variab(?:le|ility)', 'variation(?:s)?', 'vary', 'varies',
  'delay(?:s|ed)?', 'drift', 'slow(?:er|ly)?', 'fail(?:s|ed|ing|ure|ures)?', 'declin(?:e|ed|es|ing)', 'deteriorat(?:e|ed|ion|ing)',
  'shortfall(?:s)?', 'gap(?:s)?', 'concerning', 'raised concerns?', 'concerns? (?:remain|remains|about|over|were raised|have been raised)', 'cause (?:for|of) concern', 'serious concerns?', 'significant concerns?', 'areas? of concern', 'limited', 'unnecessar(?:y|ily)', 'unplanned', 'struggl(?:e|es|ing)',
  'difficult', 'difficulty (?:in|with)', 'challenging', 'bad', 'worst', 'disagree(?:s|d)?', 'a (?:real |significant |key )?challenge', 'remains? (?:an? )?(?:area|concern|issue|weak|variable|inconsistent|too|high|low)',
  'yet to', 'underdeveloped', 'under-?resourced', 'under-?developed', 'infancy', 'unclear', 'ineffective(?:ly)?', 'rarely',
  'seldom', 'omission', 'reliant', 'unsuitable', 'unsafe', 'unacceptable', 'inappropriate(?:ly)?', 'unassessed',
  'widespread', 'serious(?:ly)?(?! case)', 'harmful', 'bully(?:ing)?', 'disrupt(?:ion|ive)', 'disengaged',
  'riot(?:ing)?', 'brawl(?:s|ing)?', 'fights?', 'fighting', 'swearing', 'truan(?:cy|ting|t)', 'unruly', 'damning', 'fear',
  'criticis(?:e|ed|m)', 'catalogue of', 'dehydrated', 'neglect(?:ed)?', 'overcrowd(?:ed|ing)', 'cramped', 'drugs?',
  'unaware', 'over[- ]generous', 'underachiev(?:e|ement|ing)', 'insecure', 'misses', 'missed', 'waiting (?:too )?long',
  'wait(?:s|ing)? too long', 'backlog', 'high caseloads?', 'caseloads? (?:are |remain )?(?:too )?high', 'turnover',
  'instability', 'unstable', 'not yet', 'further (?:work|improvement|development) (?:is )?(?:needed|required)',
  'still required', 'more (?:work|needs to be done)', 'hard to', 'exacerbat(?:e|ed|es)', 'worse', 'worsen(?:ed|ing)?',
  'less (?:effective|well|good)', 'low(?:er)? (?:quality|standards?|attendance)', 'below', 'isolated', 'absent',
  'absence of', 'unmet', 'out of date', 'outdated', 'basic', 'superficial', 'generic', 'generalised', 'overly', 'lengthy',
  'strain', 'pressure(?:s)?', 'vacanc(?:y|ies)', 'shortage(?:s)?', 'excuse(?:s)?', 'ignored', 'unchecked', 'ineffectual',
  'unreported', 'unprotected', 'exposed to', 'repeated changes', 'multiple changes', 'frequent changes', '(?<!fewer )changes of social workers?',
] as const;

/** Praise: an item with these and no shortfall is a strength. */
export const POSITIVE = [
  'good', 'well', 'effective(?:ly)?', 'strong(?:er|ly)?', 'strength(?:s|en|ens|ened|ening)?', 'robust(?:ly)?',
  'timely', 'improved', 'improving', 'significant improvements?', 'improvements? (?:have|has) been (?:made|achieved)', 'benefit(?:s|ed|ing)?', 'comprehensive(?:ly)?', 'clear(?:ly)?',
  'appropriate(?:ly)?', 'positive(?:ly)?', 'prais(?:e|ed|es|ing)', 'swift(?:ly)?', 'thorough(?:ly)?', 'committed', 'commitment',
  'persistent(?:ly)?', 'better', 'high[- ]quality', 'success(?:ful|fully)?', 'insightful', 'child[- ]focused', 'stab(?:le|ility)',
  'continuity', 'warm(?:ly)?', 'rich', 'valued', 'proud', 'exceptional(?:ly)?', 'excellent', 'outstanding', 'impressive',
  'safeguarded', 'secure(?:d)?', 'achiev(?:e|ed|es|ing)', '(?:good|significant|strong|considerable|tangible|rapid|sustained) progress', 'dedicated', 'caring', 'kind(?:ly|ness)?', 'polite(?:ly)?',
  'respect(?:ful|fully)?', 'courteous', 'confident(?:ly)?', 'knowledgeable', 'skilled', 'skilful(?:ly)?', 'effective',
  'well-(?:managed|established|led|developed|trained|informed|attended|chaired|coordinated|resourced)', 'established',
  'responsive', 'prompt(?:ly)?', 'decisive(?:ly)?', 'authoritative', 'real strength', 'turning point', 'thanking', 'compliments?',
  'enjoy(?:s|ed)?', 'happy', 'safe', 'supportive', 'engag(?:ed|ing)', 'innovative', 'creative', 'tenacious', 'ambitious',
  'passionate', 'inspirational', 'well-mannered', 'healthy', 'accurate(?:ly)?', 'meaningful', 'embedded', 'vast majority',
  'now in touch', 'in touch with', 'greater', 'increas(?:ed|ing) (?:focus|capacity|stability)', 'influenced',
] as const;

/** Asks: what should be done. An item or sentence that mainly asks is a recommendation. */
export const ASK_SENTENCE = [
  'recommend(?:s|ed|ing|ation|ations)?', 'should (?:not |also |urgently )?(?:be|ensure|improve|develop|continue|review|strengthen|consider|take|make|identify|act|work|address|increase|reduce|establish|provide|monitor|urgently)',
  'must (?:be|ensure|improve|develop|continue|review|strengthen|take|make|address|act)', '(?<!\\b(?:what|where|which|how)(?: \\w+){0,2} )needs? (?:addressing|attention|reducing|improving|strengthening|to be (?:improved|addressed|reviewed|strengthened|provided|developed)|to take place|to improve|to ensure)',
  'need to (?:take place|improve|ensure|be)', 'needs to be', 'there needs to be', 'is required to', 'are required to', 'should be improved',
] as const;

/** Verbs that open an imperative item ("Ensure that ...", "Improve the quality of ..."). */
export const IMPERATIVE_START = [
  'ensure', 'improve', 'strengthen', 'review', 'reduce', 'address', 'develop', 'increase', 'establish', 'provide', 'make sure',
  'work', 'hold', 'agree', 'accelerate', 'seek', 'consolidate', 'build', 'implement', 'monitor', 'raise', 'secure', 'embed',
  'continue', 'take', 'consider', 'use', 'evaluate', 'put', 'introduce', 'prioritise', 'clarify', 'extend', 'promote',
  'sharpen', 'support', 'identify', 'act', 'urgently', 'as a matter of urgency', 'undertake', 'complete', 'enable', 'tackle',
  'set', 'further develop', 'continue to', 'make', 'create', 'align', 'share', 'engage', 'involve', 'record', 'check', 'assess',
] as const;

/** Enforcement and compliance actions: priority actions whatever else the sentence says. */
export const ENFORCEMENT = [
  'formal warning', 'warning notice', 'enforcement (?:action|notice)', 'financial penalty', 'fined', 'face a fine',
  'ordered to (?:improve|make|take)', 'compliance action', 'prosecut(?:e|ed|ion)', 'cancel(?:led)? (?:its |their )?registration',
  'notice of proposal', 'requirement notice', 'statutory requirement', 'suspend(?:ed)? (?:its |their )?registration',
] as const;

export const wordsPattern = (list: readonly string[], flags = 'gi'): RegExp =>
  // Whole words: not inside "well-being" or "children's", but a quote mark may stand beside them.
  new RegExp(`(?<![\\w-])(?<!\\w['’])(?:${list.join('|')})(?![\\w-]|['’]\\w)`, flags);
