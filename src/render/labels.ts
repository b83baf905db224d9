// How the views (terminal, markdown) title each category.
import type { Category } from '../types.js';
export const CATEGORY_LABELS: Record<Category, string> = {
  strength: 'Strengths',
  meets_requirements: 'Meets statutory requirements',
  area_for_improvement: 'Areas for improvement',
  recommendation: 'Recommendations',
  priority_action: 'Priority actions',
};
