// Finding the browser people already have: Edge or Chrome on Windows and macOS, the usual packages on Linux.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { browserCandidates, noBrowserMessage } from '../../src/lib/browser-paths.ts';
import { findChromium } from '../../scripts/browser.ts';

const windowsEnv = { ProgramFiles: 'D:\\Program Files', 'ProgramFiles(x86)': 'D:\\Program Files (x86)', LOCALAPPDATA: 'D:\\Users\\Amina\\AppData\\Local' };

test('Windows: Chrome and Edge under %ProgramFiles%, %ProgramFiles(x86)% and %LOCALAPPDATA%, from the environment', () => {
  assert.deepEqual(browserCandidates({ platform: 'win32', env: windowsEnv }), [
    'D:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'D:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'D:\\Users\\Amina\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    'D:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    'D:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'D:\\Users\\Amina\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
  ]);
  // Variable names are case-insensitive on Windows; a variable that is not set adds no guessed C:\ path.
  assert.deepEqual(browserCandidates({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Programme' } }), [
    'C:\\Programme\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Programme\\Microsoft\\Edge\\Application\\msedge.exe',
  ]);
  assert.deepEqual(browserCandidates({ platform: 'win32', env: {} }), []);
});

test('macOS: Chrome, Edge and Chromium in /Applications and ~/Applications', () => {
  assert.deepEqual(browserCandidates({ platform: 'darwin', env: { HOME: '/Users/amina' } }), [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Users/amina/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Users/amina/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Users/amina/Applications/Chromium.app/Contents/MacOS/Chromium',
  ]);
});

test('Linux: the Debian/Ubuntu packages, Chrome, Edge and the snap', () => {
  assert.deepEqual(browserCandidates({ platform: 'linux', env: {} }), [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ]);
});

test('CHROMIUM_PATH comes first on every platform, and only once', () => {
  for (const platform of ['win32', 'darwin', 'linux']) {
    const list = browserCandidates({ platform, env: { ...windowsEnv, HOME: '/home/a', CHROMIUM_PATH: '/opt/chrome/chrome' } });
    assert.equal(list[0], '/opt/chrome/chrome', platform);
    assert.equal(list.filter((p) => p === '/opt/chrome/chrome').length, 1, platform);
  }
  assert.equal(browserCandidates({ platform: 'linux', env: { CHROMIUM_PATH: '/usr/bin/chromium' } }).filter((p) => p === '/usr/bin/chromium').length, 1);
});

test('findChromium: the first browser that exists, undefined when none does, an error for a CHROMIUM_PATH that does not', () => {
  const home = mkdtempSync(join(tmpdir(), 'kit-browser-'));
  const edge = join(home, 'Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  // This test machine has no /Applications: with an empty home, nothing is found.
  assert.equal(findChromium({ HOME: home }, 'darwin'), undefined);
  mkdirSync(dirname(edge), { recursive: true });
  writeFileSync(edge, '');
  assert.equal(findChromium({ HOME: home }, 'darwin'), edge);
  assert.equal(findChromium({ HOME: home, CHROMIUM_PATH: edge }, 'linux'), edge);
  assert.throws(() => findChromium({ HOME: home, CHROMIUM_PATH: join(home, 'no-such-browser') }, 'darwin'), /CHROMIUM_PATH=.*no-such-browser does not exist/);
});

test('the message without a browser says how to get one on each platform', () => {
  const message = noBrowserMessage(['/usr/bin/chromium']);
  assert.match(message, /apt-get install chromium/);
  assert.match(message, /Windows and macOS .*Microsoft Edge or Google Chrome/);
  assert.match(message, /CHROMIUM_PATH/);
  assert.match(message, /Looked in: \/usr\/bin\/chromium/);
});
