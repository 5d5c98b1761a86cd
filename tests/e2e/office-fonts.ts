// The kit's own fonts for LibreOffice: it reads TrueType, not the WOFF files the site serves, so the tests unpack
// WOFF 1.0 (zlib-compressed SFNT tables) into .ttf files and point fontconfig at them. No font comes from elsewhere.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** WOFF 1.0 → SFNT (TrueType/OpenType), as the WOFF spec's decoder does. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [woff.toString('latin1', at, at + 4), woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12), woff.readUInt32BE(at + 16)];
    const raw = woff.subarray(offset, offset + compLength);
    return { tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(2 ** entrySelector * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - 2 ** entrySelector * 16, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tables.forEach((table, i) => {
    header.write(table.tag, 12 + i * 16, 'latin1');
    header.writeUInt32BE(table.checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(table.data.length, 24 + i * 16);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** A fontconfig file naming the kit's fonts (regular and bold of each script) unpacked into `dir`. */
export function kitFontConfig(dir: string): string {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  const packages = ['noto-sans', 'noto-sans-ethiopic', 'vazirmatn'];
  for (const name of packages) {
    const files = join('node_modules/@fontsource', name, 'files');
    for (const file of readdirSync(files).filter((f) => /-(400|700)-normal\.woff$/.test(f))) {
      writeFileSync(join(fonts, file.replace(/\.woff$/, '.ttf')), woffToSfnt(readFileSync(join(files, file))));
    }
  }
  const config = join(dir, 'fonts.conf');
  writeFileSync(config, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`);
  return config;
}
