import type { ReactNode } from "react";

/**
 * Text with the parts that matched a search wrapped in <mark>. Built from the API's plain text
 * and match positions as React elements, so the text is escaped by React and never parsed as HTML.
 */
export interface HighlightedValue {
  readonly text: string;
  /** Where the matches are, in UTF-16 code units (JavaScript string positions). */
  readonly highlights: ReadonlyArray<{ readonly start: number; readonly length: number }>;
}

export function Highlighted({ value }: { readonly value: HighlightedValue }): ReactNode {
  const { text } = value;
  const ranges = [...value.highlights].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, length } of ranges) {
    // Overlapping or out-of-range positions are skipped rather than trusted.
    if (start < at || length <= 0 || start + length > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, start + length)}</mark>);
    at = start + length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
