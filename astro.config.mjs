// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { isolateLatin } from './src/integration/isolate-latin.ts';
import kit from './src/integration/kit.ts';

export default defineConfig({
  // The site's public address, for absolute URLs in kit.json. Unset, kit.json uses addresses relative to the site root.
  site: process.env.KIT_SITE || undefined,
  // A second build (another municipality's profile, in the tests) can go elsewhere than dist/.
  outDir: process.env.KIT_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // kit(): the press after Astro's pages (search, PDFs, Office files, offline, downloads): src/integration/kit.ts.
  // Latin names inside right-to-left course texts are direction-isolated (src/integration/isolate-latin.ts).
  markdown: { processor: satteri({ hastPlugins: [isolateLatin] }) },
  integrations: [mdx(), kit()],
  devToolbar: { enabled: false },
});
