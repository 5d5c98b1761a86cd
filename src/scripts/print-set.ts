// The print set form on the point page: puts the kit's own PDFs for the chosen session together into one, in the
// browser, with pdf-lib.
// Nothing leaves the browser and nothing is stored; pdf-lib is loaded only when the facilitator asks for a set.
import { parseCount, printSetOrder, type PrintSetLanguage } from '../lib/print-set.ts';

export function startPrintSet() {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-print-set]')) {
    const languages = JSON.parse(form.dataset.printSet!) as PrintSetLanguage[];
    const status = form.querySelector<HTMLElement>('.print-set-status')!;
    const link = form.querySelector<HTMLAnchorElement>('.print-set-download')!;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      link.hidden = true;
      if (link.href) URL.revokeObjectURL(link.href);
      link.removeAttribute('href');
      const counts: Record<string, number> = {};
      let valid = true;
      for (const { lang } of languages) {
        const input = form.elements.namedItem(lang) as HTMLInputElement;
        const count = parseCount(input.value);
        input.setAttribute('aria-invalid', String(count === undefined));
        if (count === undefined) valid = false;
        else counts[lang] = count;
      }
      const session = Number((form.elements.namedItem('session') as HTMLSelectElement).value);
      const order = printSetOrder(languages, counts, session);
      if (!valid || order.length === 0) {
        status.textContent = valid ? form.dataset.msgEmpty! : form.dataset.msgInvalid!;
        return;
      }
      button.disabled = true;
      status.textContent = form.dataset.msgMaking!;
      try {
        const { bytes, pages } = await combine(order);
        link.href = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
        link.download = link.dataset.file!.replace('{{session}}', String(session));
        link.dataset.pages = String(pages);
        link.hidden = false;
        status.textContent = form.dataset.msgReady!.replace('{{pages}}', String(pages));
        link.focus();
      } catch (error) {
        console.warn(error);
        status.textContent = form.dataset.msgFailed!;
      } finally {
        button.disabled = false;
      }
    });
  }
}

/** One PDF from `order`: each distinct PDF is fetched and embedded once, then drawn on as many pages as needed. */
async function combine(order: string[]): Promise<{ bytes: Uint8Array<ArrayBuffer>; pages: number }> {
  const { PDFDocument } = await import('pdf-lib');
  const out = await PDFDocument.create();
  const embedded = new Map<string, Awaited<ReturnType<typeof out.embedPdf>>>();
  for (const url of new Set(order)) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const source = await PDFDocument.load(await response.arrayBuffer(), { updateMetadata: false });
    embedded.set(url, await out.embedPdf(source, source.getPageIndices()));
  }
  for (const url of order) {
    for (const page of embedded.get(url)!) out.addPage([page.width, page.height]).drawPage(page);
  }
  return { bytes: (await out.save()) as Uint8Array<ArrayBuffer>, pages: out.getPageCount() };
}
