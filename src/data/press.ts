// Whether this build's pages link to PDFs: scripts/build.ts sets KIT_PDF=0 before Astro runs when it will not print
// them (no browser found, or switched off), and `npm run dev` never prints them.
import { kitConfig } from '../../kit.config.ts';

export const pdfsPrinted = (): boolean => kitConfig.pdf && process.env.KIT_PDF !== '0';
