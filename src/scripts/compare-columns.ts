/**
 * The side-by-side view's controls: which outlets to show and in what order, and which topic to
 * line the columns up on, kept in the address (`?outlets=ap,cnn&topic=day`) so a view can be
 * shared. The server renders every column; without this script the reader sees them all, in the
 * default order, and the claim matrix is the way to compare by topic.
 *
 * Lining up: the page scrolls as one (no column is a scroll box of its own, which trapped the
 * wheel), so the columns are aligned by giving each a gap above its text, sized so that every
 * column's passage on the topic starts at the same height; then the page scrolls there.
 */
const PARAM = 'outlets';
const TOPIC = 'topic';

interface View {
  /** Every outlet, in display order. */
  order: string[];
  shown: Set<string>;
}

const outletOf = (el: Element) =>
  (el as HTMLElement).dataset['outlet'] ?? el.querySelector<HTMLElement>('[data-outlet]')?.dataset['outlet'] ?? '';
const phone = () => matchMedia('(max-width: 47.99rem)').matches;
/** Space left between the sticky controls and column heads and the lined-up passages. */
const MARGIN = 12;

class CompareColumns extends HTMLElement {
  #lists: HTMLElement[] = [];
  #choices!: HTMLElement;
  #columns!: HTMLElement;
  #controls!: HTMLElement;
  #topic!: HTMLSelectElement;
  #status: HTMLElement | null = null;
  #count: HTMLElement | null = null;
  #shownLabel: HTMLElement | null = null;
  #steps: HTMLButtonElement[] = [];
  #defaultOrder: string[] = [];
  /** Which passage on the topic the columns are lined up on (0: the first of each). */
  #step = 0;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form.choose');
    const choices = this.querySelector<HTMLElement>('.choices');
    const columns = this.querySelector<HTMLElement>('.columns');
    const switcher = this.querySelector<HTMLElement>('.switcher ul');
    const controls = this.querySelector<HTMLElement>('.controls');
    const topic = this.querySelector<HTMLSelectElement>('#topic-select');
    if (!form || !choices || !columns || !switcher || !controls || !topic) return;
    this.#choices = choices;
    this.#columns = columns;
    this.#controls = controls;
    this.#topic = topic;
    this.#lists = [choices, columns, switcher];
    this.#status = this.querySelector('[data-topic-status]');
    this.#count = this.querySelector('[data-step-count]');
    this.#shownLabel = this.querySelector('[data-shown]');
    this.#steps = [...this.querySelectorAll<HTMLButtonElement>('button[data-step]')];
    this.#defaultOrder = [...choices.children].map(outletOf);

    form.addEventListener('submit', (event) => event.preventDefault());
    choices.addEventListener('change', (event) => this.#onToggle(event.target as HTMLInputElement));
    choices.addEventListener('click', (event) => this.#onMove(event));
    topic.addEventListener('change', () => this.#onTopic());
    for (const button of this.#steps) button.addEventListener('click', () => this.#onStep(Number(button.dataset['step'])));
    window.addEventListener('popstate', () => this.#render(this.#fromAddress()));
    window.addEventListener('hashchange', () => this.#markCurrent());
    // Text reflows when the window or the fonts change: keep the sticky offsets and the lining-up true.
    new ResizeObserver(() => {
      this.#measureControls();
      if (this.#topic.value) this.#align(false);
    }).observe(this.#columns);

    this.#render(this.#fromAddress());
    this.#measureControls();
    const asked = new URLSearchParams(location.search).get(TOPIC);
    const shown = () => document.documentElement.classList.remove('lining-up');
    if (asked && topic.querySelector(`option[value="${CSS.escape(asked)}"]`)) {
      topic.value = asked;
      requestAnimationFrame(() => {
        this.#align(true);
        shown();
      });
    } else shown();
  }

  /** Column heads stick below the controls; on a phone the article's name must not hide under them. */
  #measureControls() {
    this.style.setProperty('--controls-h', `${this.#controls.offsetHeight}px`);
  }

  #onTopic() {
    const id = this.#topic.value;
    const url = new URL(location.href);
    if (id) url.searchParams.set(TOPIC, id);
    else url.searchParams.delete(TOPIC);
    history.replaceState(history.state, '', url);
    this.#step = 0;
    this.#align(true);
  }

  #onStep(by: number) {
    this.#step = Math.max(0, this.#step + by);
    this.#align(true);
  }

  /** The shown columns, in order. */
  #shownColumns(): HTMLElement[] {
    return [...this.#columns.querySelectorAll<HTMLElement>(':scope > .col')].filter((col) => !col.hidden);
  }

  /**
   * Lines the shown columns up on the chosen topic's passage (the current step's, or each column's
   * last when it has fewer), says which outlets are silent, and scrolls there when asked.
   */
  #align(scroll: boolean) {
    const id = this.#topic.value;
    const question = this.#topic.selectedOptions[0]?.textContent ?? '';
    const cols = this.#shownColumns();
    for (const col of this.#columns.querySelectorAll<HTMLElement>(':scope > .col')) {
      for (const el of col.querySelectorAll('.claim.is-active')) el.classList.remove('is-active');
      const gap = col.querySelector<HTMLElement>('.align-gap');
      if (gap) gap.style.height = '0px';
      const note = col.querySelector<HTMLElement>('.topic-note');
      if (note) note.hidden = true;
    }
    const reported: string[] = [];
    const silent: string[] = [];
    let most = 0;
    /** Each shown column's passage to line up, with its height on the page before any gap. */
    const targets: { col: HTMLElement; at: HTMLElement }[] = [];
    for (const col of cols) {
      if (!id) continue;
      const label = col.dataset['label'] ?? '';
      const passages = [...col.querySelectorAll<HTMLElement>(`.claim[data-topic="${CSS.escape(id)}"]`)];
      most = Math.max(most, passages.length);
      const at = passages[Math.min(this.#step, passages.length - 1)];
      if (at) {
        reported.push(label);
        for (const el of passages) el.classList.add('is-active');
        targets.push({ col, at });
      } else {
        silent.push(label);
        const note = col.querySelector<HTMLElement>('.topic-note');
        if (note) {
          note.textContent = `${label} does not report this: ${question}`;
          note.hidden = false;
          targets.push({ col, at: note });
        }
      }
    }
    this.#step = Math.min(this.#step, Math.max(0, most - 1));
    this.#showSteps(id ? most : 0);
    if (this.#status) {
      this.#status.textContent = id
        ? `${question} Reported by ${reported.join(', ') || 'none of the shown outlets'}.${silent.length ? ` Not reported by ${silent.join(', ')}.` : ''}`
        : '';
    }
    if (!id) return;
    if (phone()) {
      // One article at a time: bring the shown one's passage (or its note) into view.
      const current = cols.find((col) => getComputedStyle(col).display !== 'none');
      const target = targets.find((t) => t.col === current)?.at;
      if (scroll && target) this.#scrollTo(target);
      return;
    }
    // Columns side by side in one row share a line; wrapped rows each line up on their own.
    const rows = new Map<number, { col: HTMLElement; at: HTMLElement }[]>();
    for (const t of targets) rows.set(t.col.offsetTop, [...(rows.get(t.col.offsetTop) ?? []), t]);
    for (const row of rows.values()) {
      const tops = row.map((t) => t.at.getBoundingClientRect().top);
      const line = Math.max(...tops);
      row.forEach((t, i) => {
        const gap = t.col.querySelector<HTMLElement>('.align-gap');
        if (gap) gap.style.height = `${line - (tops[i] as number)}px`;
      });
    }
    const first = targets[0]?.at;
    if (scroll && first) this.#scrollTo(first);
  }

  /** Scrolls the page so that `el` sits just below the sticky controls and column heads. */
  #scrollTo(el: HTMLElement) {
    const head = phone() ? 0 : (el.closest('.col')?.querySelector<HTMLElement>('.col-head')?.offsetHeight ?? 0);
    const top = el.getBoundingClientRect().top + scrollY - this.#controls.offsetHeight - head - MARGIN;
    scrollTo({ top: Math.max(0, top) });
  }

  #showSteps(total: number) {
    const [previous, next] = this.#steps;
    if (previous) previous.disabled = total === 0 || this.#step === 0;
    if (next) next.disabled = total === 0 || this.#step >= total - 1;
    if (this.#count) this.#count.textContent = total ? `passage ${this.#step + 1} of ${total}` : '';
  }

  /** The view the address asks for; every outlet when it names none we know. */
  #fromAddress(): View {
    const known = new Set(this.#defaultOrder);
    const asked = (new URLSearchParams(location.search).get(PARAM) ?? '').split(',').map((s) => s.trim());
    const shown = [...new Set(asked)].filter((id) => known.has(id));
    if (!shown.length) return { order: this.#defaultOrder, shown: known };
    return { order: [...shown, ...this.#defaultOrder.filter((id) => !shown.includes(id))], shown: new Set(shown) };
  }

  /** The view the controls show. */
  #fromControls(): View {
    const items = [...this.#choices.children];
    const ticked = items.filter((li) => li.querySelector('input')?.checked);
    return { order: items.map(outletOf), shown: new Set(ticked.map(outletOf)) };
  }

  #render({ order, shown }: View) {
    for (const list of this.#lists) {
      const byId = new Map([...list.children].map((el) => [outletOf(el), el]));
      for (const id of order) {
        const el = byId.get(id);
        if (el) list.append(el);
      }
      for (const el of list.children) {
        const input = el.querySelector('input');
        if (input) input.checked = shown.has(outletOf(el));
        else (el as HTMLElement).hidden = !shown.has(outletOf(el));
      }
    }
    if (this.#shownLabel) {
      const labels = new Map([...this.#columns.children].map((col) => [outletOf(col), (col as HTMLElement).dataset['label'] ?? '']));
      this.#shownLabel.textContent = order
        .filter((id) => shown.has(id))
        .map((id) => labels.get(id))
        .join(', ');
    }
    this.#markCurrent();
  }

  /** On a phone: which article is on screen, shown on its tab (the address's choice, else the first shown). */
  #markCurrent() {
    const cols = this.#shownColumns();
    const targeted = cols.find((col) => `#${col.id}` === location.hash);
    const current = targeted ?? cols[0];
    for (const col of this.#columns.children) col.classList.toggle('is-current', col === current);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.switcher a')) {
      if (link.dataset['outlet'] === current?.dataset['outlet']) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }

  #save(view: View) {
    this.#render(view);
    this.#align(false);
    const url = new URL(location.href);
    const shown = view.order.filter((id) => view.shown.has(id));
    if (shown.join(',') === this.#defaultOrder.join(',')) url.searchParams.delete(PARAM);
    else url.searchParams.set(PARAM, shown.join(','));
    history.replaceState(history.state, '', url);
  }

  #onToggle(input: HTMLInputElement) {
    // At least one article stays on the page.
    if (!input.checked && this.#fromControls().shown.size === 0) input.checked = true;
    this.#save(this.#fromControls());
  }

  #onMove(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
    const li = button?.closest('li');
    if (!button || !li) return;
    const view = this.#fromControls();
    const from = view.order.indexOf(outletOf(li));
    const to = from + Number(button.dataset['move']);
    if (to < 0 || to >= view.order.length) return;
    [view.order[from], view.order[to]] = [view.order[to] as string, view.order[from] as string];
    this.#save(view);
    button.focus();
  }
}

customElements.define('compare-columns', CompareColumns);
