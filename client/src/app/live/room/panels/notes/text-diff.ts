/** One edit that turns `before` into `after`: at `index`, remove `remove` characters and insert `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The changed range between a textarea's old and new value (common prefix and suffix kept), so a keystroke or a
 * paste becomes one small Y.Text delete + insert instead of replacing the document and others' edits with it.
 */
export function textDiff(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** A Y.Text delta (`retain`/`insert`/`delete` ops) applied to a caret position: where the same text is now. */
export function moveThrough(
  position: number,
  delta: readonly { retain?: number; insert?: unknown; delete?: number }[],
): number {
  let at = 0;
  let moved = position;
  for (const op of delta) {
    if (op.retain) at += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (at <= position) moved += length;
      at += length;
    } else if (op.delete) {
      if (at < position) moved -= Math.min(op.delete, position - at);
    }
    if (at > position) break;
  }
  return Math.max(0, moved);
}
