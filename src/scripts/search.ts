// The search page: reads q/point/kind from the URL, asks Pagefind (the index of <html lang>), lists the results.
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind {
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const pagefindUrl = '/pagefind/pagefind.js';

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
  let results: Awaited<ReturnType<PagefindResult['data']>>[];
  try {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.init();
    search = await pagefind.search(query || null, { filters });
    results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
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
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is our own indexed text with <mark> around the hits.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      return item;
    }),
  );
  status.textContent = results.length === 0 ? (form.dataset.noResults ?? '') : (form.dataset.resultsLabel ?? '{count}').replace('{count}', String(search.results.length));
}
