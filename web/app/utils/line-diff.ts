/** One line of a line-by-line comparison, or a run of unchanged lines left out. */
export type DiffLine =
  | { readonly kind: "same" | "added" | "removed"; readonly text: string }
  | { readonly kind: "skipped"; readonly count: number };

/** Above this many cells the comparison table would be slow to build: the changed part is shown whole instead. */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * The lines of `before` and `after`, each marked as kept, removed or added, from a longest common
 * subsequence of lines: the fewest lines marked for what changed. Unchanged runs longer than
 * twice `context` are shortened to `context` lines either side of a change.
 */
export function diffLines(before: string, after: string, context = 2): DiffLine[] {
  // Browsers send a textarea's line breaks as CRLF: a line is the same line whichever ending it has.
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const changedA = a.slice(start, endA);
  const changedB = b.slice(start, endB);
  const middle =
    changedA.length * changedB.length > MAX_TABLE_CELLS
      ? [...changedA.map(removed), ...changedB.map(added)]
      : commonSubsequenceDiff(changedA, changedB);
  return shorten([...a.slice(0, start).map(same), ...middle, ...a.slice(endA).map(same)], context);
}

const same = (text: string): DiffLine => ({ kind: "same", text });
const added = (text: string): DiffLine => ({ kind: "added", text });
const removed = (text: string): DiffLine => ({ kind: "removed", text });

function commonSubsequenceDiff(a: readonly string[], b: readonly string[]): DiffLine[] {
  const columns = b.length + 1;
  // longest[i * columns + j]: how many lines a[i..] and b[j..] have in common, in order.
  const longest = new Uint32Array((a.length + 1) * columns);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      longest[i * columns + j] =
        a[i] === b[j]
          ? longest[(i + 1) * columns + j + 1]! + 1
          : Math.max(longest[(i + 1) * columns + j]!, longest[i * columns + j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push(same(a[i]!));
      i++;
      j++;
    } else if (longest[(i + 1) * columns + j]! >= longest[i * columns + j + 1]!) {
      lines.push(removed(a[i++]!));
    } else {
      lines.push(added(b[j++]!));
    }
  }
  return [...lines, ...a.slice(i).map(removed), ...b.slice(j).map(added)];
}

function shorten(lines: DiffLine[], context: number): DiffLine[] {
  const changed = lines.map((line) => line.kind !== "same");
  const nearChange = (index: number) => changed.slice(Math.max(0, index - context), index + context + 1).some(Boolean);
  const result: DiffLine[] = [];
  for (const [index, line] of lines.entries()) {
    if (nearChange(index)) {
      result.push(line);
      continue;
    }
    const last = result.at(-1);
    if (last?.kind === "skipped") result[result.length - 1] = { kind: "skipped", count: last.count + 1 };
    else result.push({ kind: "skipped", count: 1 });
  }
  return result;
}
