/**
 * Unpacks a store package (.zip) into a folder, the way a browser reads the package a user
 * installs. yauzl reads the zip's central directory and refuses unsafe entry names (absolute
 * paths, `..`), so a bad package fails here instead of writing outside the folder.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openPromise } from 'yauzl';

/** Writes every file of `zipPath` under `destDir`; returns their names, as the zip lists them. */
export async function unpackZip(zipPath: string, destDir: string): Promise<string[]> {
  const zip = await openPromise(zipPath, { autoClose: false, strictFileNames: true, validateEntrySizes: true });
  const files: string[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const target = join(destDir, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target));
      files.push(entry.fileName);
    }
  } finally {
    zip.close();
  }
  return files;
}
