/**
 * The search island: a custom element over server-rendered markup. Fuse.js loads when the page is
 * idle (or at the first keystroke); the index comes in small files, only those each query needs
 * (src/lib/search-shards.ts). Everything from content is put in the page as text, never as HTML.
 * Query and filters live in the address.
 */
import { allWordsSearcher, BASIC_OPTIONS, parseQuery, type Filters, type Hit } from '../lib/search';
import { ShardedSearch, type Found } from '../lib/search-shards';

/** Results shown at once; the status line says how many there are in all. */
const SHOWN = 60;
/**
 * Results left on screen this long count as a search the reader settled on: the next keystroke
 * starts a new history entry. Short pauses while typing do not, so Back steps once per search.
 */
const SETTLE_MS = 2500;
/**
 * The address follows the query once typing pauses this long, not at every keystroke: each change
 * of address is a navigation to Chromium, which also fetches the page's icon again. Writing it at
 * every keystroke cost 7 to 10 ms of a keystroke's 30 to 40 on a large site (the bench's queries,
 * typed in turn into both versions).
 */
const WRITE_MS = 400;

const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends `text` to `parent`, with the given ranges wrapped in <mark>; all as text nodes. */
function appendMarked(parent: HTMLElement, text: string, ranges: readonly [number, number][]) {
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parent.append(text.slice(at, start));
    parent.append(el('mark', undefined, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parent.append(text.slice(at));
}

class ClaimSearch extends HTMLElement {
  #engine: ShardedSearch | undefined;
  #loading: Promise<void> | undefined;
  #input!: HTMLInputElement;
  #outlet!: HTMLSelectElement;
  #topic!: HTMLSelectElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #settle: ReturnType<typeof setTimeout> | undefined;
  /** True while the reader is typing: the current history entry is still being written. */
  #typing = false;
  /** Ends the current search's history entry: the reader has settled on it. */
  #settled = () => {
    clearTimeout(this.#settle);
    if (this.#write) this.#typed();
    this.#typing = false;
  };
  /** A pending write of the typed query into the address. */
  #write: ReturnType<typeof setTimeout> | undefined;
  /** Writes the typed query into the address: the search's first write adds its history entry. */
  #typed = () => {
    clearTimeout(this.#write);
    this.#write = undefined;
    this.#remember(this.#typing ? 'replace' : 'push');
    this.#typing = true;
  };
  #announce: ReturnType<typeof setTimeout> | undefined;
  #run = 0;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('#q');
    const outlet = this.querySelector<HTMLSelectElement>('#f-outlet');
    const topic = this.querySelector<HTMLSelectElement>('#f-topic');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const results = this.querySelector<HTMLElement>('.results');
    if (!input || !outlet || !topic || !status || !results) return;
    this.#input = input;
    this.#outlet = outlet;
    this.#topic = topic;
    this.#status = status;
    this.#results = results;

    this.#fromAddress();
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#typed();
      this.#settled();
      void this.#search();
    });
    input.addEventListener('input', () => {
      // One history entry per search: its first pause in typing adds it, later ones update it,
      // until the reader settles (Enter, a filter, leaving the box, or results left on screen a while).
      clearTimeout(this.#write);
      this.#write = setTimeout(this.#typed, WRITE_MS);
      clearTimeout(this.#settle);
      this.#settle = setTimeout(this.#settled, SETTLE_MS);
      void this.#search();
    });
    for (const select of [outlet, topic]) {
      select.addEventListener('change', () => {
        this.#settled();
        this.#remember('push');
        void this.#search();
      });
    }
    input.addEventListener('blur', this.#settled);
    window.addEventListener('popstate', () => {
      // The address now names another search: what was being typed is not written over it.
      clearTimeout(this.#write);
      this.#write = undefined;
      this.#settled();
      this.#fromAddress();
      // Back and Forward land in the box, where the arrow keys reach the results.
      this.#input.focus({ preventScroll: true });
      void this.#search();
    });
    document.addEventListener('keydown', (event) => this.#onKey(event));
    input.addEventListener('focus', () => void this.#load(), { once: true });
    if (input.value.trim()) {
      // Arriving with a query (the header's search, a shared link): the box has focus, so the
      // arrow keys move into the results at once.
      input.focus({ preventScroll: true });
      void this.#search();
    } else idle(() => void this.#load());
  }

  /**
   * Fuse (its basic build, with the one extended-search feature we use, as its authors minify it:
   * half a kilobyte smaller than our bundler makes it) and the index's reader, once.
   */
  #load(): Promise<void> {
    this.#loading ??= import('fuse.js/min-basic').then(({ default: Fuse }) => {
      Fuse.use(allWordsSearcher(Fuse));
      const fetchJson = (path: string) =>
        fetch(this.dataset['index'] + path).then((r) => {
          if (!r.ok) throw new Error(`The search index did not load (${r.status}).`);
          return r.json();
        });
      const size = {
        buckets: Number(this.dataset['buckets']),
        heads: Number(this.dataset['heads']),
        shards: Number(this.dataset['shards']),
      };
      this.#engine = new ShardedSearch(Fuse, fetchJson, size, BASIC_OPTIONS);
      // A failed prefetch is the search's to report, when it needs the file.
      this.#engine.prefetch().catch(() => {});
    });
    return this.#loading;
  }

  #filters(): Filters {
    return { outlet: this.#outlet.value, topic: this.#topic.value };
  }

  #fromAddress() {
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    const pick = (select: HTMLSelectElement, value: string | null) => {
      select.value = [...select.options].some((o) => o.value === value) ? (value as string) : '';
    };
    pick(this.#outlet, params.get('outlet'));
    pick(this.#topic, params.get('topic'));
  }

  /** Writes the query and filters into the address: a new history entry, or in place while typing. */
  #remember(how: 'push' | 'replace') {
    const url = new URL(location.href);
    const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
    set('q', this.#input.value);
    set('outlet', this.#outlet.value);
    set('topic', this.#topic.value);
    if (url.href === location.href) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  async #search() {
    const run = ++this.#run;
    const raw = this.#input.value;
    const query = parseQuery(raw);
    if (!query.words.length && !query.phrases.length) {
      this.#show({ hits: [], articles: 0, complete: true }, raw, false);
      return;
    }
    let found: Found;
    try {
      await this.#load();
      found = await this.#engine!.search(query, this.#filters());
    } catch (error) {
      if (run === this.#run) this.#status.textContent = (error as Error).message;
      return;
    }
    if (run === this.#run) this.#show(found, raw, query.clipped);
  }

  #show({ hits, articles, complete }: Found, raw: string, clipped: boolean) {
    const empty = !raw.trim();
    // Which query the results on screen answer: lets a test (or a tool) wait for them.
    this.dataset['shown'] = raw;
    document.documentElement.classList.toggle('has-query', !empty);
    this.#results.replaceChildren();
    this.#results.hidden = empty;
    clearTimeout(this.#announce);
    if (empty) {
      this.#status.textContent = '';
      this.dispatchEvent(new CustomEvent('search-rendered'));
      return;
    }
    if (!hits.length && !complete && !articles) {
      // A large site waits for a second letter (src/lib/search-shards.ts).
      this.#status.textContent = 'Keep typing: one letter matches nearly everything.';
      this.dispatchEvent(new CustomEvent('search-rendered'));
      return;
    }
    if (!hits.length) {
      const box = el('div', 'no-results');
      box.append(
        el(
          'p',
          undefined,
          `Nothing matches “${raw.trim().slice(0, 120)}”${this.#outlet.value || this.#topic.value ? ' with these filters' : ''}.`,
        ),
      );
      const tips = el('ul');
      tips.append(el('li', undefined, 'Check the spelling, or use fewer or shorter words.'));
      if (this.#outlet.value || this.#topic.value) tips.append(el('li', undefined, 'Set the filters back to all outlets and all topics.'));
      tips.append(el('li', undefined, 'Browse the claims by topic in a story’s “Who says what” table, or try one of the examples.'));
      box.append(tips);
      this.#results.append(box);
    } else {
      this.#results.append(this.#render(hits.slice(0, SHOWN)));
    }
    const claims = hits.filter((h) => h.doc.kind === 'claim').length;
    const quotations = hits.filter((h) => h.doc.kind === 'quotation').length;
    const s = (n: number) => (n === 1 ? '' : 's');
    const shown = hits.length > SHOWN ? `; the best ${SHOWN} are shown` : '';
    // On a large site a broad query matches more articles than are searched at once: say so.
    const summary = !hits.length
      ? 'No results.'
      : complete
        ? `${hits.length} result${s(hits.length)}: ${claims} claim${s(claims)}${quotations ? `, ${quotations} quotation${s(quotations)}` : ''} and ${hits.length - claims - quotations} passage${s(hits.length - claims - quotations)}${shown}.`
        : `${hits.length} results from the best-matching of ${articles} articles${shown}. Add a word to narrow the search.`;
    const note = clipped ? ' Only the start of a very long query was used.' : '';
    // Announced once typing pauses, not at every keystroke.
    this.#status.textContent = '';
    this.#announce = setTimeout(() => (this.#status.textContent = summary + note), 350);
    this.dispatchEvent(new CustomEvent('search-rendered'));
  }

  /** Results grouped by story, then by topic (claims), as quotations or as passages, in rank order. */
  #render(hits: Hit[]): DocumentFragment {
    const stories = this.#engine!.stories;
    const fragment = document.createDocumentFragment();
    const groups = new Map<string, { section: HTMLElement; lists: Map<string, HTMLUListElement> }>();
    for (const hit of hits) {
      const { doc } = hit;
      const about = stories.get(doc.story);
      let story = groups.get(doc.story);
      if (!story) {
        story = { section: el('section', 'result-story'), lists: new Map() };
        story.section.append(el('h2', undefined, about?.title ?? doc.story));
        fragment.append(story.section);
        groups.set(doc.story, story);
      }
      const key = doc.kind === 'claim' ? `topic:${doc.topic}` : doc.kind === 'quotation' ? 'quotations' : 'passages';
      let list = story.lists.get(key);
      if (!list) {
        const [question, verdict] = (doc.kind === 'claim' && about?.topics[doc.topic ?? '']) || [doc.topic ?? '', ''];
        const h3 = el('h3', undefined, doc.kind === 'claim' ? question : doc.kind === 'quotation' ? 'Quotations' : 'In the articles’ text');
        if (verdict) h3.append(el('span', 'result-verdict', ` · ${verdict}`));
        list = el('ul', 'result-list');
        story.section.append(h3, list);
        story.lists.set(key, list);
      }
      list.append(this.#item(hit));
    }
    return fragment;
  }

  #item({ doc, marks }: Hit): HTMLLIElement {
    const li = el('li');
    const link = el('a', `result result-${doc.kind}`);
    link.href = doc.url;
    link.append(el('span', 'result-outlet', doc.outletLabel));
    const text = el('span', 'result-text');
    appendMarked(text, doc.text, marks.text);
    link.append(text);
    if (doc.quote) {
      const quote = el('span', 'result-quote');
      quote.append(el('span', 'visually-hidden', 'Their words: '));
      appendMarked(quote, doc.quote, marks.quote);
      link.append(quote);
    }
    li.append(link);
    return li;
  }

  /** `/` focuses the search box; arrow keys move between it and the results. */
  #onKey(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.#input.focus();
      this.#input.select();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('a.result')];
    if (!links.length) return;
    const at = links.indexOf(target as HTMLAnchorElement);
    if (target === this.#input && event.key === 'ArrowDown') {
      event.preventDefault();
      links[0]?.focus();
    } else if (at !== -1) {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.#input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    }
  }
}

customElements.define('claim-search', ClaimSearch);
