// Whether this build prints PDFs: kit.config.ts `pdf`, KIT_PDF=0, and a Chromium, Chrome or Edge to print with. Without
// one the site is still built, indexed and served; its pages say the PDFs were not printed.
import { findChromium } from './browser.ts';
import { kitConfig } from '../kit.config.ts';

export function pdfDecision(): { print: true } | { print: false; reason: string } {
  if (!kitConfig.pdf) return { print: false, reason: 'kit.config.ts has pdf: false.' };
  if (process.env.KIT_PDF === '0') return { print: false, reason: 'KIT_PDF=0 is set.' };
  if (!findChromium()) {
    return { print: false, reason: 'No Chromium, Google Chrome or Microsoft Edge was found. Install one (Debian/Ubuntu: apt-get install chromium; Windows and macOS: Edge or Chrome in the usual place) or set CHROMIUM_PATH, then run npm start again.' };
  }
  return { print: true };
}
