/**
 * The side-by-side view's outlet chooser: which outlets to show and in what order, kept in the
 * address (`?outlets=ap,cnn`) so a view can be shared. The server renders every column; without
 * this script the reader sees them all, in the default order.
 */
const PARAM = 'outlets';

interface View {
  /** Every outlet, in display order. */
  order: string[];
  shown: Set<string>;
}

const outletOf = (el: Element) => (el as HTMLElement).dataset.outlet ?? el.querySelector<HTMLElement>('[data-outlet]')?.dataset.outlet ?? '';

class CompareColumns extends HTMLElement {
  #lists: HTMLElement[] = [];
  #choices!: HTMLElement;
  #defaultOrder: string[] = [];

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form.chooser');
    const choices = this.querySelector<HTMLElement>('.choices');
    const columns = this.querySelector<HTMLElement>('.columns');
    const switcher = this.querySelector<HTMLElement>('.switcher ul');
    if (!form || !choices || !columns || !switcher) return;
    this.#choices = choices;
    this.#lists = [choices, columns, switcher];
    this.#defaultOrder = [...choices.children].map(outletOf);
    form.addEventListener('submit', (event) => event.preventDefault());
    choices.addEventListener('change', (event) => this.#onToggle(event.target as HTMLInputElement));
    choices.addEventListener('click', (event) => this.#onMove(event));
    window.addEventListener('popstate', () => this.#render(this.#fromAddress()));
    this.#render(this.#fromAddress());
    form.hidden = false;
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
    const url = new URL(location.href);
    const shown = view.order.filter((id) => view.shown.has(id));
    if (shown.join(',') === this.#defaultOrder.join(',')) url.searchParams.delete(PARAM);
    else url.searchParams.set(PARAM, shown.join(','));
    history.replaceState(history.state, '', url);
    this.#render(view);
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
