// `npm test`: builds the site (unless KIT_SKIP_BUILD=1), serves dist/ on localhost, runs unit and e2e tests against it.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { serveOrigin } from './serve.ts';

if (process.env.KIT_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { server, origin } = await serveOrigin();
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['tests/unit/*.test.ts', 'tests/e2e/*.test.ts'];
console.log(`\nTesting the built site at ${origin}/`);
// Async, so this process keeps serving while the tests run.
const run = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, KIT_BASE_URL: origin },
});
const [code] = await once(run, 'exit');
server.close();
process.exit(code ?? 1);
