// The municipality profile: schema, filling in course text, and a whole build for another municipality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { marked } from 'marked';
import { launchChromium } from '../../scripts/browser.ts';
import { serveOrigin } from '../../scripts/serve.ts';
import { langCodes } from '../../src/i18n/languages.ts';
import { fillProfile, fillProfileDeep, logoProblems, markdownText, profileSchema, replaceProfileTags } from '../../src/lib/profile.ts';
import { statementMarkdown } from '../../src/lib/statement.ts';
import { loadProfile, profilePath } from '../../src/data/profile.ts';

const ostersund = profileSchema.parse(yaml.load(readFileSync('src/content/profiles/ostersund.yaml', 'utf8')));
// A filled-in and an almost empty profile: the behaviour, not what Östersund happens to have filled in so far.
const exempelby = profileSchema.parse(yaml.load(readFileSync('tests/fixtures/profiles/exempelby.yaml', 'utf8')));
const empty = profileSchema.parse({ id: 'tomby', name: 'Tomby kommun', shortName: 'Tomby', county: { name: 'Toms län' }, region: { name: 'Region Tom' } });

test('without KIT_PROFILE the build uses the default profile, Östersund\'s, and it is valid', () => {
  const saved = process.env.KIT_PROFILE;
  delete process.env.KIT_PROFILE;
  try {
    assert.equal(profilePath(), 'src/content/profiles/ostersund.yaml');
    const { profile, problems } = loadProfile();
    assert.deepEqual(problems, []);
    assert.equal(profile?.id, 'ostersund', 'the file names its own id');
  } finally {
    if (saved !== undefined) process.env.KIT_PROFILE = saved;
  }
  assert.equal(profilePath('exempelby'), 'src/content/profiles/exempelby.yaml', 'KIT_PROFILE=<id>');
  assert.equal(profilePath('tests/fixtures/profiles/exempelby.yaml'), 'tests/fixtures/profiles/exempelby.yaml', 'KIT_PROFILE=<path>');
});

test('a profile may leave everything but its names empty: empty fields are undefined or empty lists, and say "Fyll i"', () => {
  assert.equal(empty.reception, undefined);
  assert.equal(empty.library, undefined);
  assert.equal(empty.description, undefined);
  assert.deepEqual(empty.organisations, { voluntary: [], sports: [], studyAssociations: [], faith: [] });
  assert.deepEqual(empty.studyVisits, []);
  const tags = 'Mottagning: <Profil visa="mottagning" />; bibliotek: <Profil visa="bibliotek" />; föreningar: <Profil visa="foreningar" />; om orten: <Profil visa="beskrivning" />.';
  assert.equal(replaceProfileTags(tags, empty), 'Mottagning: Fyll i; bibliotek: Fyll i; föreningar: Fyll i; om orten: Fyll i.');
  // The same tags with a filled-in profile name what it has.
  const filled = replaceProfileTags(tags, exempelby);
  assert.match(filled, /^Mottagning: Välkomstenheten i Exempelby; bibliotek: Exempelby bibliotek; föreningar: Språkcaféet Exempelby, Klubben .+; om orten: Exempelby ligger vid en liten å\\\. Se Sjöviksvägs\p{L}+\\\.\.$/u);
  assert.doesNotMatch(filled, /Fyll i/);
});

test('a profile missing a required field is refused with the field named', () => {
  const result = profileSchema.safeParse({ id: 'x', name: 'X kommun', shortName: 'X', county: { name: 'X län' } });
  assert.equal(result.success, false);
  assert.ok(result.error!.issues.some((issue) => issue.path.join('.') === 'region'));
});

test('tokens in front-matter text are filled from the profile, deeply, leaving dates alone', () => {
  assert.equal(fillProfile('Här är det {{region}}, i {{lan}}, {{kommun}}.', empty), 'Här är det Region Tom, i Toms län, Tomby kommun.');
  const date = new Date('2026-11-23');
  const filled = fillProfileDeep({ slides: [{ notes: 'Du bor i {{ort}}.' }], reviewed: date }, empty);
  assert.equal(filled.slides[0].notes, 'Du bor i Tomby.');
  assert.equal(filled.reviewed, date);
});

test('building with another profile shows its name and organisations, and none of Östersund\'s', async () => {
  const out = mkdtempSync(join(tmpdir(), 'kit-exempelby-'));
  const build = spawnSync(process.execPath, ['--input-type=module', '-e', "const { build } = await import('astro'); await build({ root: process.cwd(), logLevel: 'error' });"], {
    encoding: 'utf8',
    // Also built as on a machine without a browser (scripts/build.ts then sets KIT_PDF=0): no PDFs, and pages say so.
    env: { ...process.env, KIT_PROFILE: 'tests/fixtures/profiles/exempelby.yaml', KIT_OUT_DIR: out, KIT_PDF: '0', KIT_PRESS: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  assert.equal(build.status, 0, build.stderr);
  // The page's main content: the footer rightly keeps crediting the original course from Östersund.
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replace(/^[\s\S]*<main|<\/main>[\s\S]*$/g, '');
  const participants = page('sv/kultur-och-fritid/fordjupning');
  assert.match(participants, /Språkcaféet Exempelby/);
  assert.match(participants, /IK Exempel/);
  assert.match(participants, /Exempelby bibliotek/);
  const manus = page('sv/kultur-och-fritid/handledarmanus');
  assert.match(manus, /Lokalt i Exempelby/);
  assert.match(manus, /Besök på Exempelby bibliotek/);
  assert.match(manus, /Fyll i: studieförbund på orten/, 'an empty list tells the facilitator what to fill in');
  const facts = page('sv/fakta-om-sverige/fordjupning');
  // The name is valid but nasty: it shows as typed (escaped), never as an element.
  assert.match(facts, /Den här kursen hålls i Exempelby kommun &lt;img src=x onerror=alert\(1\)&gt; \*_\[\. Kommunen ligger i Exempels län\. Regionen heter Region Exempel\./);
  const health = page('sv/sjuk-och-halsovard/fordjupning') + page('ar/sjuk-och-halsovard/bildspel');
  assert.match(health, /Region Exempel/);
  // "Storsjön i Jämtland" stays: it is one of the five lakes with free fishing everywhere in Sweden, not local text.
  for (const html of [participants, manus, facts, health]) assert.doesNotMatch(html, /Östersund|Region Jämtland|Jämtlands län|regionjh/);
  const whole = readFileSync(join(out, 'sv/index.html'), 'utf8');
  assert.match(whole, /--accent: #5a2d82/, 'the municipality\'s colour');
  assert.match(whole, /<img class="site-logo" src="\/logo.svg" alt="Exempelby kommun <img src=x onerror=alert\(1\)> \*_\["/, 'the municipality\'s logo');
  assert.equal(JSON.parse(readFileSync(join(out, 'kit.json'), 'utf8')).profile.name, 'Exempelby kommun <img src=x onerror=alert(1)> *_[');
  assert.equal(readFileSync(join(out, 'logo.svg'), 'utf8'), readFileSync('public/favicon.svg', 'utf8'), 'the logo file, copied from the project');

  // Without PDFs: no page links to one, each says the PDF was not made, and nothing offers PDF zips.
  const catalog = JSON.parse(readFileSync(join(out, 'kit.json'), 'utf8'));
  // The profile's local modules count beside the sessions and visits, in kit.json and on the overview.
  assert.deepEqual([catalog.localModuleHours, catalog.totalHoursWithLocalModules], [4.5, catalog.totalHoursWithVisits + 4.5]);
  const overview = readFileSync(join(out, 'sv/kurs/index.html'), 'utf8');
  assert.ok(overview.includes('Naturen runt Exempelby') && overview.includes(`data-total-hours-with-local-modules="${catalog.totalHoursWithVisits + 4.5}"`), 'the overview lists the local modules and their total');
  assert.equal(catalog.pdfsPrinted, false);
  assert.ok(catalog.downloads.length > 0 && catalog.downloads.every((d: { kind: string }) => d.kind !== 'pdfs'), 'no PDF zips in kit.json');
  for (const path of ['sv/kultur-och-fritid/fordjupning', 'ar/kultur-och-fritid', 'sv/kultur-och-fritid/tolk', 'sv/kultur-och-fritid/utvardering', 'sv/kultur-och-fritid/bildspel']) {
    const html = readFileSync(join(out, path, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /\/pdf\/[^"&\s]*\.pdf/, `${path}: no PDF address`);
    if (!path.endsWith('bildspel')) assert.match(html, /class="pdf-missing"/, `${path}: says the PDF was not made`);
  }
  assert.doesNotMatch(readFileSync(join(out, 'sv/nedladdning/index.html'), 'utf8'), /kursverktyg-pdf-/);

  // Crawled in Chromium: no dialog, no element made from the profile, no request off the origin, on the pages where
  // profile text goes through Markdown (the statement in every language, the interpreter pack) and a few others.
  const { server, origin } = await serveOrigin(out);
  const browser = await launchChromium();
  try {
    const dialogs: string[] = [];
    const offOrigin: string[] = [];
    const pages = [...langCodes.map((lang) => `/${lang}/tillganglighet/`), '/sv/kultur-och-fritid/tolk/', '/ar/kultur-och-fritid/tolk/', '/sv/kultur-och-fritid/fordjupning/', '/sv/kultur-och-fritid/handledarmanus/', '/sv/fakta-om-sverige/bildspel/', '/sv/', '/sv/fakta-om-sverige/fordjupning/', '/en/fakta-om-sverige/fordjupning/'];
    for (const path of pages) {
      const context = await browser.newContext();
      context.on('request', (request) => { if (!request.url().startsWith(origin) && !/^(data|blob|about):/.test(request.url())) offOrigin.push(`${path}: ${request.url()}`); });
      const page = await context.newPage();
      page.on('dialog', (dialog) => { dialogs.push(`${path}: ${dialog.message()}`); void dialog.dismiss(); });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.hover('main').catch(() => undefined);
      assert.equal(await page.locator('main img[src="x"], main [onerror], main [onmouseover], main a[href^="javascript:"]').count(), 0, `${path}: no element from profile text`);
      if (path.endsWith('tillganglighet/')) assert.ok((await page.locator('main').innerText()).includes('Exempelby kommun <img src=x onerror=alert(1)> *_[ står bakom'), `${path}: the name as typed`);
      if (path.includes('kultur-och-fritid/fordjupning')) assert.ok((await page.locator('main').innerText()).includes('Klubben <b onmouseover=alert(2)>*_[fet](javascript:alert(3))_*</b>'), `${path}: the association's name as typed`);
      // A long unbroken word from the profile wraps on a 390 px phone instead of widening the page.
      if (path.includes('fakta-om-sverige/fordjupning')) {
        await page.setViewportSize({ width: 390, height: 844 });
        assert.ok((await page.locator('main').innerText()).includes('Sjöviksvägsföreningens'), `${path}: the profile's description is on the page`);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), `${path}: ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide at 390 px`);
      }
      await context.close();
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual(offOrigin, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('<Profil> tags become plain text outside MDX, with "Fyll i" where the profile is empty', () => {
  assert.equal(replaceProfileTags('Här <Profil visa="region" />; föreningar: <Profil visa="foreningar" rubrik="x" />.', empty), 'Här Region Tom; föreningar: Fyll i.');
  assert.equal(replaceProfileTags('Här <Profil visa="region" />; idrott: <Profil visa="idrottsforeningar" rubrik="x" />.', exempelby), 'Här Region Exempel; idrott: IK Exempel.');
});

test('profile text in Markdown is text: markup and Markdown characters render as typed', () => {
  const nasty = '<img src=x onerror=alert(1)> *_[x](javascript:alert(1))_* # 1. `c` &amp;';
  const html = marked.parseInline(markdownText(nasty), { async: false });
  assert.doesNotMatch(html, /<img|<a |<em|<strong|<code/);
  assert.equal(html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'), nasty);
  const profile = { ...ostersund, name: nasty, organisations: { ...ostersund.organisations, voluntary: [{ name: 'A_b_ *c*' }] } };
  assert.doesNotMatch(marked.parse(replaceProfileTags('Här: <Profil visa="kommun" /> och <Profil visa="foreningar" />.', profile), { async: false }) as string, /<img|<em|<strong/);
  const statement = marked.parse(statementMarkdown({ profile, siteName: '<b>Kit</b>', assessed: '2026-11-29' }), { async: false }) as string;
  assert.doesNotMatch(statement, /<img|<b>|href="javascript:/);
  assert.match(statement, /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('a hostile profile is refused by npm run check with file: field: message and no stack trace', () => {
  const check = (profile: string) => spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8', env: { ...process.env, KIT_PROFILE: profile } });
  const run = check('tests/fixtures/profiles/hostile.yaml');
  assert.equal(run.status, 1);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  const file = 'tests/fixtures/profiles/hostile.yaml';
  for (const [field, message] of [
    ['shortName', /bidi override/],
    ['organisations.voluntary.0.name', /bidi override/],
    ['url', /https/],
    ['county.url', /https/],
    ['accessibilityContact.url', /https/],
    ['description', /at most 600 characters/],
    ['reception.email', /e-mail/],
    ['reception.phone', /phone number/],
    ['logo', /not a URL/],
    ['colors.accent', /#rrggbb/],
  ] as const) {
    assert.ok(run.stderr.split('\n').some((line) => line.startsWith(`${file}: ${field}: `) && message.test(line)), `${field}: ${message}\n${run.stderr}`);
  }
  const logo = check('tests/fixtures/profiles/hostile-logo.yaml');
  assert.equal(logo.status, 1);
  for (const message of [/<script>/, /<foreignObject>/, /event attributes/, /link or load/]) {
    assert.ok(logo.stderr.split('\n').some((line) => line.startsWith('tests/fixtures/profiles/hostile-logo.yaml: logo: ') && message.test(line)), `${message}\n${logo.stderr}`);
  }
  assert.equal(check('tests/fixtures/profiles/exempelby.yaml').status, 0, 'the nasty but valid profile passes');
});

test('a logo must be a real, small file of its type', () => {
  const svg = (body: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`);
  assert.deepEqual(logoProblems('logo.svg', svg('<circle r="4" fill="url(#g)"/>')), []);
  assert.match(logoProblems('logo.svg', svg('<a href="javascript:alert(1)">x</a>')).join(), /link or load/);
  assert.match(logoProblems('logo.svg', svg('<style>@import "https://evil.example/x.css";</style>')).join(), /link or load/);
  assert.match(logoProblems('logo.png', svg('')).join(), /not a PNG/);
  assert.match(logoProblems('logo.webp', new Uint8Array(300 * 1024)).join(), /at most 200 KB/);
  assert.equal(profileSchema.safeParse({ ...ostersund, logo: '../secret.svg' }).success, false);
  assert.equal(profileSchema.safeParse({ ...ostersund, logo: '/etc/logo.svg' }).success, false);
  assert.equal(profileSchema.safeParse({ ...ostersund, logo: 'src/content/profiles/logo.svg' }).success, true);
});

test('npm run build stops on a hostile profile with the content check\'s file: field: message lines', () => {
  // scripts/build.ts checks the content while Astro builds; the check's report must still be what the coordinator sees.
  const out = mkdtempSync(join(tmpdir(), 'kit-hostile-build-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, KIT_PROFILE: 'tests/fixtures/profiles/hostile.yaml', KIT_OUT_DIR: out, KIT_PDF: '0', ASTRO_TELEMETRY_DISABLED: '1' } });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /tests\/fixtures\/profiles\/hostile\.yaml: url: must be an https:\/\/ address/);
    assert.match(run.stderr, /tests\/fixtures\/profiles\/hostile\.yaml: colors\.accent: must be a colour/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(join(out, 'index.html')), false, 'no site was written');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
