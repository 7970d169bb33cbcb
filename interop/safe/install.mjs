// Installs the pinned Safe clients from package-lock.json with `npm ci` when the lock changed
// since the last install (node_modules/.package-lock.json is npm's own record of it). `npm ci`
// never writes the lock, so a build leaves every tracked file as it was. Run by devnet's build.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const mtime = (p) => { try { return statSync(p).mtimeMs; } catch { return -1; } };

if (mtime(join(here, 'node_modules', '.package-lock.json')) < mtime(join(here, 'package-lock.json'))) {
  console.log('[interop/safe] npm ci (locked versions)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error('[interop/safe] npm ci failed: check that Node 20+ and the npm registry are reachable, then run the build again.');
    process.exit(r.status ?? 1);
  }
}
