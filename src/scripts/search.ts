// The search page: reads q/point/kind from the URL, asks Pagefind (the index of <html lang>), lists the results.
import { plural, type PluralForms } from '../lib/plural.ts';
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind {
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const pagefindUrl = '/pagefind/pagefind.js';
const pageSize = 10;

export async function startSearch() {
  const form = document.querySelector<HTMLFormElement>('.search-page-form')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'point', 'kind']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = params.get(name) ?? '';
  }
  const query = (params.get('q') ?? '').trim();
  const filters: Record<string, string> = {};
  for (const name of ['point', 'kind']) if (params.get(name)) filters[name] = params.get(name)!;
  if (!query && Object.keys(filters).length === 0) return;

  status.textContent = form.dataset.loading ?? '';
  let search: Awaited<ReturnType<Pagefind['search']>>;
  try {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.init();
    search = await pagefind.search(query || null, { filters });
  } catch {
    // The index did not load (offline, or a server without it): say so, and offer to try again.
    status.textContent = form.dataset.failed ?? '';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.id = 'search-retry';
    retry.textContent = form.dataset.retry ?? '';
    // A failed module import is remembered by the page, so trying again means loading the page again.
    retry.addEventListener('click', () => location.reload());
    status.after(retry);
    return;
  }
  const total = search.results.length;
  list.replaceChildren();
  // Each result's text is fetched when it is shown: a page of results at a time, then "show more".
  const more = document.createElement('button');
  more.type = 'button';
  more.id = 'search-more';
  more.textContent = form.dataset.more ?? '';
  let shown = 0;
  const showPage = async () => {
    const page = await Promise.all(search.results.slice(shown, shown + pageSize).map((result) => result.data()));
    const items = page.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is our own indexed text with <mark> around the hits.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      return item;
    });
    list.append(...items);
    // Keyboard and screen-reader users land on the first new result, not back at the top.
    if (shown > 0) items[0]?.querySelector('a')?.focus();
    shown += page.length;
    if (shown >= total) more.remove();
    else if (!more.isConnected) list.after(more);
  };
  more.addEventListener('click', () => void showPage());
  await showPage();
  // Said once the first results are on the page.
  status.textContent = total === 0 ? (form.dataset.noResults ?? '') : plural(JSON.parse(form.dataset.results!) as PluralForms, document.documentElement.lang, total);
}
