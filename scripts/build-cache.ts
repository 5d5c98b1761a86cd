// Files a stage made in an earlier build, kept under node_modules/.cache by a key of everything that shapes them, so
// a rebuild makes only what changed. KIT_CACHE=off turns every cache off; KIT_PDF_CACHE / KIT_OFFICE_CACHE move or
// turn off one. Entries unused for 30 days are removed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class FileCache {
  readonly dir: string;
  private readonly ext: string;

  /** `name`: the folder under node_modules/.cache; `setting`: the environment variable that moves it or says "off". */
  constructor(name: string, ext: string, setting?: string) {
    const own = setting ? process.env[setting] : undefined;
    this.dir = process.env.KIT_CACHE === 'off' ? 'off' : own || join('node_modules', '.cache', name);
    this.ext = ext;
    if (this.dir !== 'off') mkdirSync(this.dir, { recursive: true });
  }

  get(key: string): Buffer | undefined {
    if (this.dir === 'off') return undefined;
    const file = this.file(key);
    if (!existsSync(file)) return undefined;
    const now = new Date();
    utimesSync(file, now, now);
    return readFileSync(file);
  }

  put(key: string, bytes: Uint8Array) {
    if (this.dir !== 'off') writeFileSync(this.file(key), bytes);
  }

  prune(maxAgeDays = 30) {
    if (this.dir === 'off') return;
    const oldest = Date.now() - maxAgeDays * 86_400_000;
    for (const name of readdirSync(this.dir)) if (statSync(join(this.dir, name)).mtimeMs < oldest) rmSync(join(this.dir, name));
  }

  private file(key: string) {
    return join(this.dir, `${key}.${this.ext}`);
  }
}
