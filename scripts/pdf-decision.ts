// Whether this build prints PDFs: kit.config.ts `pdf` and KIT_PDF (src/data/press.ts), and a Chromium, Chrome or Edge
// to print with. Without one the site is still built, indexed and served; its pages say the PDFs were not printed.
import { findChromium } from './browser.ts';
import { pdfsPrinted } from '../src/data/press.ts';
import { browserCandidates, noBrowserMessage } from '../src/lib/browser-paths.ts';

export function pdfDecision(): { print: true } | { print: false; reason: string } {
  if (!pdfsPrinted()) return { print: false, reason: 'PDFs are switched off (kit.config.ts pdf: false, or KIT_PDF=0).' };
  if (!findChromium()) return { print: false, reason: `${noBrowserMessage(browserCandidates({ platform: process.platform, env: process.env }))}. Then run npm start again.` };
  return { print: true };
}
