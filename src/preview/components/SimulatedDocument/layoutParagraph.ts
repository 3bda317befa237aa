// Splits a simulated paragraph into the pieces the preview draws: tracked-change segments
// cut further at the selection's and comments' boundaries. Offsets are markup offsets (every
// character shown, tracked deletions included), the unit the simulation's select() takes.
// Limit: the view model gives a selection's end offset without its paragraph, so a
// selection running across paragraphs is drawn as a cursor at its start.

import type { SegmentKind, ViewComment, ViewParagraph, ViewSelection } from "../../simulated-word";

export interface Piece {
  text: string;
  kind: SegmentKind;
  author?: string;
  /** Markup offset of the piece's first character in the paragraph. */
  start: number;
  selected: boolean;
  commented: boolean;
}

export interface ParagraphLayout {
  pieces: Piece[];
  length: number;
  /** Markup offset of a collapsed cursor in this paragraph. */
  caret?: number;
}

export function paragraphLength(paragraph: ViewParagraph): number {
  return paragraph.segments.reduce((n, s) => n + s.text.length, 0);
}

export function layoutParagraph(
  paragraph: ViewParagraph,
  selection: ViewSelection | null,
  comments: readonly ViewComment[],
): ParagraphLayout {
  const length = paragraphLength(paragraph);
  const here = selection && selection.story === "body" && selection.paragraph === paragraph.index ? selection : null;
  const within = here !== null && here.end >= here.start && here.end <= length;
  const collapsed = here !== null && (!within || here.start === here.end);
  const ranges = comments
    .filter((c) => c.paragraph === paragraph.index)
    .map((c) => ({ start: Math.min(c.start, length), end: c.end >= c.start && c.end <= length ? c.end : length }));

  const cuts = new Set<number>([0, length]);
  for (const s of paragraph.segments) cuts.add(s.start);
  if (here && within && !collapsed) {
    cuts.add(here.start);
    cuts.add(here.end);
  }
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const pieces: Piece[] = [];
  for (const segment of paragraph.segments) {
    const segmentEnd = segment.start + segment.text.length;
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i];
      const to = points[i + 1];
      if (from < segment.start || to > segmentEnd || from === to) continue;
      pieces.push({
        text: segment.text.slice(from - segment.start, to - segment.start),
        kind: segment.kind,
        author: segment.author,
        start: from,
        selected: Boolean(here && within && !collapsed && from >= here.start && to <= here.end),
        commented: ranges.some((r) => from >= r.start && to <= r.end && r.start < r.end),
      });
    }
  }
  return { pieces, length, caret: collapsed && here ? Math.min(here.start, length) : undefined };
}
