import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Runs npm run build's script into a fresh directory, so a test reads the bundle it built and nothing older. */
export function buildBundle(): string {
  const out = mkdtempSync(join(tmpdir(), 'bundle-'));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, OUT_DIR: out }, stdio: 'ignore' });
  return out;
}
