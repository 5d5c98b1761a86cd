// Registers the service worker (dist/sw.js) so a page opened once opens again without a network, and runs the point
// page's "Gör tillgänglig offline" button: the size first, then the state ("Tillgänglig offline, version …").
import { offlineManifestUrl, type OfflineManifest } from '../lib/offline-cache.ts';

async function worker(): Promise<ServiceWorker | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  // Offline, registering again fails (sw.js cannot be fetched): the worker already in charge is the one to ask.
  await navigator.serviceWorker.register('/sw.js').catch((error) => {
    if (!navigator.serviceWorker.controller) throw error;
  });
  const registration = await navigator.serviceWorker.ready;
  return registration.active ?? undefined;
}

/** Asks the worker something and waits for its answer of `type` about `key`. */
function ask<T>(active: ServiceWorker, message: { type: string; key?: string; urls?: string[] }, answers: string[]): Promise<T> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (!answers.includes(event.data?.type) || (message.key && event.data.key !== message.key)) return;
      navigator.serviceWorker.removeEventListener('message', listen);
      resolve(event.data as T);
    };
    navigator.serviceWorker.addEventListener('message', listen);
    active.postMessage(message);
  });
}

export async function registerOffline() {
  try {
    const active = await worker();
    if (!active) return;
    // The first visit ran before the worker: keep what this page used (and only that) so it opens again offline.
    const used = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => new URL(url).origin === location.origin);
    await ask(active, { type: 'used', urls: [location.pathname, ...used] }, ['used-kept']);
    document.documentElement.dataset.offlineUsed = 'true';
  } catch {
    // No service worker (file://, old browser, private mode): the kit works as before, online.
  }
}

interface State { label: string; bytes: number; upToDate: boolean; current: string }

/** The point page's panel: [data-offline-key="<lang>/<point>"] with a size line, one button and a status line. */
export async function startOfflinePanel(panel: HTMLElement) {
  const key = panel.dataset.offlineKey!;
  const [lang, point] = key.split('/');
  const strings = JSON.parse(panel.dataset.strings!) as Record<'make' | 'update' | 'size' | 'saving' | 'ready' | 'outdated' | 'failed' | 'unsupported', string>;
  const button = panel.querySelector('button')!;
  const size = panel.querySelector<HTMLElement>('.offline-size')!;
  const status = panel.querySelector<HTMLElement>('.offline-state')!;
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k) => values[k] ?? '');
  const megabytes = (bytes: number) => new Intl.NumberFormat(document.documentElement.lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(Math.max(0.1, bytes / 1e6));
  const show = (state: State | undefined) => {
    panel.dataset.state = state ? (state.upToDate ? 'ready' : 'outdated') : 'none';
    status.textContent = !state ? '' : state.upToDate ? fill(strings.ready, { version: state.label }) : fill(strings.outdated, { version: state.label, current: state.current });
    button.textContent = state && !state.upToDate ? strings.update : strings.make;
    button.hidden = Boolean(state?.upToDate);
    button.disabled = false;
  };
  let active: ServiceWorker | undefined;
  try {
    active = await worker();
  } catch {
    active = undefined;
  }
  if (!active) {
    status.textContent = strings.unsupported;
    button.hidden = true;
    return;
  }
  try {
    const manifest = (await (await fetch(offlineManifestUrl(lang, point), { cache: 'no-cache' })).json()) as OfflineManifest;
    size.textContent = fill(strings.size, { size: megabytes(manifest.bytes) });
  } catch {
    // Offline: the size is not known now; the state below still says what is kept.
  }
  show((await ask<{ state?: State }>(active, { type: 'state', key }, ['state'])).state);
  panel.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = strings.saving;
    const answer = await ask<{ type: string; state?: State }>(active!, { type: 'keep', key }, ['kept', 'keep-failed']);
    if (answer.type === 'kept') show(answer.state);
    else {
      status.textContent = strings.failed;
      button.disabled = false;
    }
  });
}
