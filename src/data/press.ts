// Whether this build's pages link to PDFs: the kit integration (src/integration/kit.ts) sets KIT_PDF=0 before the
// pages render when it will not print them (no browser found, or switched off); `npm run dev` never prints them.
import { kitConfig } from '../../kit.config.ts';

export const pdfsPrinted = (): boolean => kitConfig.pdf && process.env.KIT_PDF !== '0';
