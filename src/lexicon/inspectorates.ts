// The inspectorates, their short names (as ANNOTATION.md gives them) and the ways texts name them.
export interface InspectorateEntry {
  readonly name: string;
  readonly pattern: RegExp;
  /** Weight of a mention: Ofsted leads the joint inspections it takes part in. */
  readonly weight: number;
}

export const INSPECTORATES: readonly InspectorateEntry[] = [
  { name: 'Ofsted', weight: 2, pattern: /\bOfsted\b|Office for Standards in Education|ofsted\.gov\.uk/gi },
  { name: 'CQC', weight: 1, pattern: /\bCQC\b|Care Quality Commission/gi },
  { name: 'Estyn', weight: 2, pattern: /\bEstyn\b|Arolygiaeth/gi },
  { name: 'HMI Probation', weight: 1, pattern: /\bHMI Probation\b|Inspectorate of Probation|chief inspector of probation/gi },
  { name: 'HMI Prisons', weight: 1, pattern: /\bHMI Prisons\b|Inspectorate of Prisons|chief inspector of prisons|\bHMCIP\b/gi },
  { name: 'HMICFRS', weight: 1, pattern: /\bHMICFRS\b|\bHMIC\b|Inspectorate of Constabulary|Inspector of Constabulary|HMI Constabulary/gi },
  { name: 'Care Inspectorate', weight: 2, pattern: /\bCare Inspectorate\b/gi },
  { name: 'Education Scotland', weight: 2, pattern: /\bEducation Scotland\b/gi },
  { name: 'HIQA', weight: 2, pattern: /\bHIQA\b|Health Information and Quality Authority/gi },
];

/**
 * Kinds of inspection, from the titles and labels that name them (first match wins). Used with
 * test() only. A line start is `^[^\S\n]*`, not `^\s*` (the same matches for test(), but `^\s*`
 * rescans every following blank line from each line start: quadratic on long runs of blank lines).
 */
export const INSPECTION_TYPES: readonly { readonly type: string; readonly pattern: RegExp }[] = [
  { type: 'joint targeted area inspection', pattern: /joint targeted area inspection|\bJTAI\b/i },
  { type: 'area SEND inspection', pattern: /area SEND (?:full )?inspection|local area SEND inspection|Local Area Partnership report/i },
  { type: 'focused visit', pattern: /\bfocused visit\b/i },
  { type: 'monitoring visit', pattern: /\bmonitoring visit\b/i },
  { type: 'unannounced inspection', pattern: /unannounced inspection of contact,? referral and assessment/i },
  { type: 'ILACS inspection', pattern: /^[^\S\n]*Inspection of [^\n]{0,80}?local authority\s+children[’']s\s+services|^[^\S\n]*Inspection of children[’']s social care services/im },
  { type: 'SIF inspection', pattern: /(?:Re-)?inspection of services for children in need of help and\s+protection/i },
  { type: 'looked after children inspection', pattern: /Inspection of looked after children\s+services/i },
  { type: 'safeguarding and looked after children inspection', pattern: /inspection of safeguarding and looked after children services/i },
  { type: 'school inspection', pattern: /^[^\S\n]*School report\b|section (?:5|8) of the Education Act|short inspection of/im },
  { type: 'children’s home inspection', pattern: /children['’]s home inspection|Social Care Common Inspection Framework/i },
  { type: 'further education inspection', pattern: /further education and skills inspection/i },
  { type: 'prison inspection', pattern: /inspection of (?:HMP|[A-Z]\w+ prison)|\bprison\b[^.\n]{0,60}\binspect/i },
  { type: 'care home inspection', pattern: /\bcare home\b[^.\n]{0,80}\binspect|\binspect[^.\n]{0,80}\bcare home\b/i },
  { type: 'school report card inspection', pattern: /\b(?:school|academy)\b[^\n]{0,60}\breport card\b/i },
  { type: 'school inspection', pattern: /^[^\S\n]*A report on[^\S\n]*\n\s*(?:Ysgol\b|[^\n]*\bSchool\b)/im },
  { type: 'youth offending service inspection', pattern: /\binspection of youth (?:offending|justice) services?\b/i },
  { type: 'probation service inspection', pattern: /\binspection of probation services?\b/i },
  { type: 'PEEL inspection', pattern: /\bPEEL\b/ },
  { type: 'comprehensive inspection', pattern: /\b(?:announced|unannounced) comprehensive inspection\b/i },
  { type: 'care service inspection', pattern: /^[^\S\n]*(?:Care Home|Housing Support|Support|Day Care of Children|Child Minding|Nurse Agency|Adult Placement|Secure Accommodation|School Care Accommodation|Fostering|Adoption) Service\s*$/m },
];
