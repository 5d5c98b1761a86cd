// Registers the service worker (dist/sw.js) so the kit keeps working without a network once it has been opened.
// On a deck page it also asks to keep that point's handout and PDFs, so a facilitator can print them offline.
export async function registerOffline(keep: string[] = []) {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/sw.js');
    if (keep.length === 0) return;
    const registration = await navigator.serviceWorker.ready;
    navigator.serviceWorker.addEventListener('message', (event) => {
      if (event.data?.type === 'kept') document.documentElement.dataset.offlineReady = 'true';
    });
    registration.active?.postMessage({ type: 'keep', urls: [location.pathname, ...keep] });
  } catch {
    // No service worker (file://, old browser, private mode): the kit works as before, online.
  }
}
