// Pagefind index of the built site: one index per language (from <html lang>), filters for point and document kind.
import * as pagefind from 'pagefind';

export async function buildSearchIndex(site = 'dist') {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  console.log(`pagefind: indexed ${added.page_count} pages`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}
