/**
 * The side-by-side view's controls: which outlets to show and in what order, and which topic to
 * bring every column to, kept in the address (`?outlets=ap,cnn&topic=day`) so a view can be
 * shared. The server renders every column; without this script the reader sees them all, in the
 * default order, and the claim matrix is the way to compare by topic.
 */
const PARAM = 'outlets';
const TOPIC = 'topic';

interface View {
  /** Every outlet, in display order. */
  order: string[];
  shown: Set<string>;
}

const outletOf = (el: Element) => (el as HTMLElement).dataset.outlet ?? el.querySelector<HTMLElement>('[data-outlet]')?.dataset.outlet ?? '';

class CompareColumns extends HTMLElement {
  #lists: HTMLElement[] = [];
  #choices!: HTMLElement;
  #columns!: HTMLElement;
  #topic: HTMLSelectElement | null = null;
  #status: HTMLElement | null = null;
  #defaultOrder: string[] = [];

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form.chooser');
    const choices = this.querySelector<HTMLElement>('.choices');
    const columns = this.querySelector<HTMLElement>('.columns');
    const switcher = this.querySelector<HTMLElement>('.switcher ul');
    if (!form || !choices || !columns || !switcher) return;
    this.#choices = choices;
    this.#columns = columns;
    this.#lists = [choices, columns, switcher];
    this.#topic = this.querySelector('#topic-select');
    this.#status = this.querySelector('[data-topic-status]');
    this.#defaultOrder = [...choices.children].map(outletOf);
    form.addEventListener('submit', (event) => event.preventDefault());
    choices.addEventListener('change', (event) => this.#onToggle(event.target as HTMLInputElement));
    choices.addEventListener('click', (event) => this.#onMove(event));
    this.#topic?.addEventListener('change', () => this.#onTopic());
    window.addEventListener('popstate', () => this.#render(this.#fromAddress()));
    this.#render(this.#fromAddress());
    form.hidden = false;
    const topic = new URLSearchParams(location.search).get(TOPIC);
    if (topic && this.#topic?.querySelector(`option[value="${CSS.escape(topic)}"]`)) {
      this.#topic.value = topic;
      requestAnimationFrame(() => this.#reveal(topic));
    }
  }

  #onTopic() {
    const id = this.#topic?.value ?? '';
    const url = new URL(location.href);
    if (id) url.searchParams.set(TOPIC, id);
    else url.searchParams.delete(TOPIC);
    history.replaceState(history.state, '', url);
    this.#reveal(id);
  }

  /** Aligns the columns on a topic and brings them into view. */
  #reveal(id: string) {
    this.#align(id);
    if (id) this.#columns.scrollIntoView({ block: 'start' });
  }

  /** Brings each shown column to its first passage on the topic, or says the outlet does not report it. */
  #align(id: string) {
    const question = this.#topic?.selectedOptions[0]?.textContent ?? '';
    const reported: string[] = [];
    const silent: string[] = [];
    for (const col of this.#columns.querySelectorAll<HTMLElement>(':scope > .col')) {
      for (const el of col.querySelectorAll('.claim.is-active')) el.classList.remove('is-active');
      const note = col.querySelector<HTMLElement>('.topic-note');
      if (note) note.hidden = true;
      if (!id || col.hidden) continue;
      const label = col.dataset.label ?? '';
      const passages = col.querySelectorAll<HTMLElement>(`.claim[data-topic="${CSS.escape(id)}"]`);
      const first = passages[0];
      if (first) {
        reported.push(label);
        for (const el of passages) el.classList.add('is-active');
        this.#scrollTo(col, first);
      } else {
        silent.push(label);
        if (note) {
          note.textContent = `${label} does not report this: ${question}`;
          note.hidden = false;
        }
        col.scrollTo({ top: 0 });
      }
    }
    if (this.#status) {
      this.#status.textContent = id
        ? `${question} Reported by ${reported.join(', ') || 'none of the shown outlets'}.${silent.length ? ` Not reported by ${silent.join(', ')}.` : ''}`
        : '';
    }
  }

  /** Scrolls a column (wide screens) or the page (one column on a phone) to a passage. */
  #scrollTo(col: HTMLElement, passage: HTMLElement) {
    if (getComputedStyle(col).overflowY === 'visible') {
      passage.scrollIntoView({ block: 'center' });
      return;
    }
    const head = col.querySelector<HTMLElement>('.col-head')?.offsetHeight ?? 0;
    const top = passage.getBoundingClientRect().top - col.getBoundingClientRect().top + col.scrollTop - head - 12;
    col.scrollTo({ top });
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
  }

  #save(view: View) {
    this.#render(view);
    this.#align(this.#topic?.value ?? '');
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
    const to = from + Number(button.dataset.move);
    if (to < 0 || to >= view.order.length) return;
    [view.order[from], view.order[to]] = [view.order[to] as string, view.order[from] as string];
    this.#save(view);
    button.focus();
  }
}

customElements.define('compare-columns', CompareColumns);
