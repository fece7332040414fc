/** Whether a clause reports an event as done, going on, or announced for the future. */
import type { EventStatus } from '../contract/extraction.js';

const PLANNED = /\b(will|shall|is set to|are set to|plans? to|planned|scheduled|expected to|to be held|is to|are to|upcoming|is due to|are due to|next week|next month|tomorrow|later this (week|month)|going to|to resume|would be)\b/i;
const ONGOING = /\b(continu\w*|under way|underway|ongoing|currently|remains?|still|are being|is being|in force|in place|holding)\b/i;

/** planned for announcements, ongoing for continuing states, occurred otherwise. */
export function detectStatus(clause: string): EventStatus {
  if (PLANNED.test(clause)) return 'planned';
  if (ONGOING.test(clause)) return 'ongoing';
  return 'occurred';
}
