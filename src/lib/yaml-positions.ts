/*
 * Where each field of a YAML document is written, so the content linter can give a problem's
 * line and column. js-yaml's event stream (`parseEvents`) carries source offsets; walking it with
 * a stack of open mappings and sequences gives each field path (`claims[2].quote`, written as
 * issues.ts's `fieldPath` writes it) the offset of its key, or of its item in a list.
 */
import { EVENT_ID, type Event, parseEvents } from 'js-yaml';
import type { Position } from './content-errors';
import { fieldPath } from './issues';

interface Open {
  path: PropertyKey[];
  kind: 'mapping' | 'sequence';
  /** Sequences: the next item's index. Mappings: whether the next node is a key. */
  index: number;
  expectKey: boolean;
  /** Mappings: the key just read, and where it is written. */
  key?: PropertyKey;
  keyAt?: number;
}

/** Where a node starts: a quoted scalar at its opening mark, a collection at its first character. */
function startOf(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) return event.style === 2 || event.style === 3 ? event.valueStart - 1 : event.valueStart;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  return 0;
}

/** The offset of each field path in `source` (the whole document at `''`). Throws on invalid YAML, as `load` does. */
export function fieldOffsets(source: string): Map<string, number> {
  const offsets = new Map<string, number>([['', 0]]);
  const stack: Open[] = [];
  for (const event of parseEvents(source, {})) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const parent = stack.at(-1);
    let path: PropertyKey[] = [];
    if (parent?.kind === 'mapping') {
      if (parent.expectKey) {
        parent.expectKey = false;
        parent.key = event.type === EVENT_ID.SCALAR ? source.slice(event.valueStart, event.valueEnd) : '?';
        parent.keyAt = startOf(event);
        // A key that is itself a collection (rare, never ours) is opened and closed like any other.
        if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
          stack.push({ path: [], kind: 'mapping', index: 0, expectKey: true });
        continue;
      }
      parent.expectKey = true;
      path = [...parent.path, parent.key ?? '?'];
      offsets.set(fieldPath(path), parent.keyAt ?? startOf(event));
    } else if (parent?.kind === 'sequence') {
      path = [...parent.path, parent.index++];
      offsets.set(fieldPath(path), startOf(event));
    } else {
      // The document itself: where its first field is written.
      offsets.set('', startOf(event));
    }
    if (event.type === EVENT_ID.MAPPING) stack.push({ path, kind: 'mapping', index: 0, expectKey: true });
    else if (event.type === EVENT_ID.SEQUENCE) stack.push({ path, kind: 'sequence', index: 0, expectKey: false });
  }
  return offsets;
}

/** Line and column (1-based) of each offset of a text. */
export function positionAt(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** The nearest written field to `field`: itself, else its parent (`claims[2].value` missing → `claims[2]`), up to the document. */
export function nearestField(offsets: ReadonlyMap<string, number>, field: string): number {
  for (let path = field; ;) {
    const offset = offsets.get(path);
    if (offset !== undefined) return offset;
    const parent = path.replace(/(?:\[\d+\]|\.?[^.[\]]+)$/, '');
    if (parent === path) return 0;
    path = parent;
  }
}
