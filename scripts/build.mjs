// Bundles the Lambda entry into one file, and into files of their own what a cold start seldom needs, each
// loaded the first time it is needed: every language but English (lambda/i18n/load.ts), and the screen's
// code and APL document (lambda/handlers/respond.ts: only devices with a screen). A cold start reads only
// what it needs. The Node.js 22 Lambda runtime ships the AWS SDK v3, so it stays out of the bundle;
// node20 syntax runs on both this machine and the Lambda runtime.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The same settings for the skill, its languages and the benchmark's baselines. */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  external: ['@aws-sdk/*'],
  legalComments: 'none',
};

/** English is the fallback and is always there; every other language is required from its own file. */
const LANGUAGE_FILE = /^\.\/languages\/([a-z]{2})$/;
/** The screen's directives, as respond.ts requires them; the rest of the skill imports only screen/has-screen.ts. */
const SCREEN_FILE = /^\.\.\/screen\/directives$/;
const separateFiles = {
  name: 'separate-files',
  setup(esbuild) {
    esbuild.onResolve({ filter: LANGUAGE_FILE }, (args) => {
      const [, language] = LANGUAGE_FILE.exec(args.path) ?? [];
      if (language === 'en' || !args.importer.endsWith('i18n/load.ts')) return undefined;
      return { path: `./i18n/${language}.js`, external: true };
    });
    esbuild.onResolve({ filter: SCREEN_FILE }, (args) =>
      args.importer.endsWith('handlers/respond.ts') ? { path: './screen.js', external: true } : undefined);
  },
};

/** The skill and the benchmark's baselines: English inside, every other language and the screen files of their own. */
export const lambdaBundleOptions = { ...bundleOptions, plugins: [separateFiles] };

/** Every routine's length in every locale (scripts/routine-lengths.ts), measured by the skill's own code from source. */
async function measureRoutines() {
  const dir = mkdtempSync(join(tmpdir(), 'routine-lengths-'));
  try {
    const outfile = join(dir, 'routine-lengths.js');
    await build({ ...bundleOptions, minify: false, entryPoints: ['scripts/routine-lengths.ts'], outfile, logLevel: 'warning' });
    return createRequire(import.meta.url)(outfile).measureRoutines();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function buildSkill(outDir) {
  const define = { BUILT_ROUTINE_LENGTHS: JSON.stringify(await measureRoutines()) };
  await build({ ...lambdaBundleOptions, define, entryPoints: ['lambda/index.ts'], outfile: `${outDir}/index.js`, logLevel: 'warning' });
  const languages = readdirSync('lambda/i18n/languages').map((file) => file.replace(/\.ts$/, '')).filter((language) => language !== 'en');
  await Promise.all([
    ...languages.map((language) =>
      build({ ...bundleOptions, entryPoints: [`lambda/i18n/languages/${language}.ts`], outfile: `${outDir}/i18n/${language}.js`, logLevel: 'warning' })),
    build({ ...bundleOptions, entryPoints: ['lambda/screen/directives.ts'], outfile: `${outDir}/screen.js`, logLevel: 'warning' }),
  ]);
  console.log(`built ${outDir}/index.js, screen.js and ${languages.length} languages in ${outDir}/i18n/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSkill(process.env.OUT_DIR ?? 'dist/lambda');
}
