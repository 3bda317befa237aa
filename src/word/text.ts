// Pure helpers for turning a finding's character span into Word searches. No Office here,
// so they are tested directly.

/** Word's search accepts at most 255 characters (oj#168, oj#31). */
export const SEARCH_LIMIT = 255;

/** Whitespace-insensitive comparison: Word may report tabs, non-breaking spaces or line breaks where the review saw spaces. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function sameText(a: string, b: string): boolean {
  return normalizeWhitespace(a) === normalizeWhitespace(b);
}

/** In Word's (non-wildcard) search "^" introduces a special character; "^^" is a literal caret. */
export function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^");
}

/** Longest prefix of `s` whose escaped form fits the search limit. */
export function searchablePrefix(s: string, limit = SEARCH_LIMIT): string {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const w = s[i] === "^" ? 2 : 1;
    if (n + w > limit) break;
    n += w;
  }
  return s.slice(0, i);
}

/** Longest suffix of `s` whose escaped form fits the search limit. */
export function searchableSuffix(s: string, limit = SEARCH_LIMIT): string {
  let n = 0;
  let i = s.length;
  for (; i > 0; i--) {
    const w = s[i - 1] === "^" ? 2 : 1;
    if (n + w > limit) break;
    n += w;
  }
  return s.slice(i);
}

/**
 * Start offsets of `needle` in `hay` as Word's search reports them: left to right,
 * non-overlapping. Case-sensitive (we search with matchCase).
 */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    out.push(i);
    i = hay.indexOf(needle, i + needle.length);
  }
  return out;
}

export interface SlicePlan {
  /** The whole span fits one search. */
  single: boolean;
  /** Search text (unescaped) for the start (or the whole span) and its offset in the paragraph. */
  start: { text: string; at: number };
  /** For long spans: the end slice and its offset in the paragraph. */
  end?: { text: string; at: number };
}

/**
 * Chooses the searches for a span of `paragraphText` [start, end). Slices are cut so that
 * they neither begin nor end with whitespace: Word may hold a different space character
 * there than the review saw, and a slice made only of spaces would match anywhere.
 */
export function planSlices(span: string, start: number): SlicePlan {
  const lead = span.length - span.trimStart().length;
  const trail = span.length - span.trimEnd().length;
  const core = span.slice(lead, span.length - trail);
  const at = start + lead;
  if (escapeSearch(core).length <= SEARCH_LIMIT) return { single: true, start: { text: core, at } };
  const head = searchablePrefix(core).trimEnd();
  const tail = searchableSuffix(core).trimStart();
  return {
    single: false,
    start: { text: head, at },
    end: { text: tail, at: at + core.length - tail.length },
  };
}

/**
 * Line breaks split a clause into paragraphs; blank lines and trailing spaces of lines are
 * dropped. A one-line text is kept verbatim: its spaces may be meant for inline insertion.
 */
export function clauseParagraphs(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n|\u2029/);
  if (lines.length === 1) return text.trim() === "" ? [] : [text];
  return lines.map((l) => l.replace(/\s+$/, "")).filter((l) => l.trim() !== "");
}

/** getReviewedText may end with the paragraph mark on some builds: the review never includes it. */
export function stripParagraphMark(s: string): string {
  return s.replace(/[\r\n]+$/, "");
}
