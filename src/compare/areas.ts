// Rows of the judgement grid: the frameworks name the same judgement area differently over the
// years (SIF 2013-17: "children who need help and protection"; ILACS 2018-: "the experiences
// and progress of children who need help and protection"). These rows line them up; an area no
// row claims gets a row of its own, under its own name. First matching row wins.

export interface GridArea {
  readonly area: string;
  readonly pattern: RegExp;
}

export const GRID_AREAS: readonly GridArea[] = [
  { area: 'overall effectiveness', pattern: /^overall effectiveness$|^overall$/ },
  { area: 'children who need help and protection', pattern: /children who need help and protection/ },
  { area: 'children in care', pattern: /children (?:in care|looked after)/ },
  { area: 'adoption performance', pattern: /^adoption performance$/ },
  { area: 'care leavers', pattern: /^(?:the )?(?:experiences and progress of )?care leavers$/ },
  { area: 'leadership', pattern: /^leadership, management and governance$|impact of leaders/ },
  { area: 'local safeguarding children board', pattern: /safeguarding children board|\blscb\b/ },
];

/** The grid row of a judgement area. */
export function gridArea(area: string): string {
  const key = area.toLowerCase().trim();
  return GRID_AREAS.find((row) => row.pattern.test(key))?.area ?? key;
}
