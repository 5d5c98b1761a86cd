// The press's settings, in one place (the schema and what each field means: src/lib/kit-config.ts). A municipality
// changes its profile (src/content/profiles/), not this file. For one build, KIT_PROFILE=<id or file> picks another
// profile and KIT_PDF=0 skips the PDFs. No process.env here: pages' scripts get these values from the page.
import { defineKitConfig } from './src/lib/kit-config.ts';

export const kitConfig = defineKitConfig({
  profile: 'ostersund',
  pdf: true,
  handout: { slidesPerPage: 3, noteLinesPerSlide: 9 },
  lix: { fordjupning: 30, handledarmanus: 45 },
  requiredHours: 100,
  session: { maxMinutes: 180, breakMinutes: 15, startTime: '09:00', weekdays: [2, 4] },
  palette: { accent: '#0b5a8a', accentDark: '#0b3d5c', ink: '#1b1f24', muted: '#4a525c', line: '#c9d2da', focus: '#c45a00' },
});
