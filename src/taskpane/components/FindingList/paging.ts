// How many of an area's findings the pane renders. A 1,000-page agreement can give one area
// more than a thousand findings, and rendering every card (each with its menus) makes the
// pane slow to open the area; the first ones are the ones that matter, because the engine
// lists risks before mentions.

/** Findings rendered at first, and added by each "Show more". */
export const FINDINGS_PAGE = 25;

/** How many more one "Show more" adds: a page, or what is left. */
export function moreCount(shown: number, total: number): number {
  return Math.max(0, Math.min(FINDINGS_PAGE, total - shown));
}
