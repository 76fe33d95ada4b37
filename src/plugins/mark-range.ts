import type { Element, ElementContent } from 'hast';
import { textOf } from '../lib/quotes';

/**
 * Wraps the text between two offsets of `parent`'s text in elements made by `make`, without ever
 * splitting an element that is there already: where the range starts or ends inside one (a
 * claim's anchor, a link, `<em>`), the part inside it is wrapped inside it, the rest outside, so
 * one range may give several wrappers. `make(0)` makes the first (give it the id), `make(1)` the
 * next… Text nodes are split freely; they carry no ids. A range that lies inside one element is
 * wrapped inside it, so the wrapper nests in, rather than around, what holds it.
 */
export function markRange(parent: Element, start: number, end: number, make: (n: number) => Element): void {
  let made = 0;
  const wrap = (node: Element, from: number, to: number): void => {
    const out: ElementContent[] = [];
    let run: ElementContent[] = [];
    const flush = () => {
      if (!run.length) return;
      const wrapper = make(made++);
      wrapper.children = run;
      out.push(wrapper);
      run = [];
    };
    let pos = 0;
    for (const child of node.children) {
      const length = textOf(child).length;
      const [s, e] = [pos, pos + length];
      pos = e;
      if (e <= from || s >= to) {
        flush();
        out.push(child);
      } else if (from <= s && e <= to) {
        run.push(child);
      } else if (child.type === 'text') {
        const [a, b] = [Math.max(from, s) - s, Math.min(to, e) - s];
        if (a > 0) {
          flush();
          out.push({ ...child, value: child.value.slice(0, a) });
        }
        run.push({ ...child, value: child.value.slice(a, b) });
        if (b < length) {
          flush();
          out.push({ ...child, value: child.value.slice(b) });
        }
      } else if (child.type === 'element') {
        flush();
        wrap(child, Math.max(from, s) - s, Math.min(to, e) - s);
        out.push(child);
      } else {
        run.push(child);
      }
    }
    flush();
    node.children = out;
  };
  if (end > start) wrap(parent, start, end);
}
