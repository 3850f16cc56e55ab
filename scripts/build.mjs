// Bundles the Lambda entry into one file, and into files of their own what a cold start seldom needs, each
// loaded the first time it is needed: every language but English (lambda/i18n/load.ts), the screen's code
// and APL document (lambda/handlers/respond.ts: only devices with a screen), and zod (only when session
// attributes or a stored record come back to be checked). A cold start reads only what it needs. The
// Node.js 22 Lambda runtime ships the AWS SDK v3, so it stays out of the bundle; node20 syntax runs on both
// this machine and the Lambda runtime.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

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

/** An import made by the project's own code, not by a package inside node_modules. */
const fromProject = (args) => args.namespace === 'file' && !args.importer.includes('/node_modules/');

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

/**
 * zod, in zod.js next to index.js, loaded by the first call of one of its functions. The skill calls zod
 * only to build its schemas, and builds them on first use (lambda/session/attributes.ts,
 * lambda/memory/record.ts), so a launch with no attributes and no stored record never loads it. Inside the
 * bundle, `zod/mini` is a module of forwarding functions of the same names; each names its zod function in
 * a string ("zod.object"), which is how the build finds the functions zod.js must export (zodFile below).
 */
const ZOD_FORWARD = /"zod\.([A-Za-z_$][\w$]*)"/g;
const lazyZod = {
  name: 'lazy-zod',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^zod\/mini$/ }, (args) => (fromProject(args) ? { path: 'zod/mini', namespace: 'lazy-zod' } : undefined));
    esbuild.onResolve({ filter: /^\.\/zod\.js$/ }, (args) => (args.namespace === 'lazy-zod' ? { path: './zod.js', external: true } : undefined));
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy-zod' }, async () => {
      const zod = await import('zod/mini');
      const names = Object.keys(zod).filter((name) => typeof zod[name] === 'function');
      const contents = [
        'let zod;',
        "const forward = (name) => (zod ??= require('./zod.js'))[name.slice('zod.'.length)];",
        ...names.map((name, i) => `function f${i}(...args) { return forward(${JSON.stringify(`zod.${name}`)})(...args); }`),
        `export { ${names.map((name, i) => `f${i} as ${name}`).join(', ')} };`,
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/** zod.js: the zod functions a bundle forwards to, and nothing else of zod. */
async function zodFile(bundle, outfile) {
  const names = [...new Set([...readFileSync(bundle, 'utf8').matchAll(ZOD_FORWARD)].map(([, name]) => name))];
  if (names.length === 0) return false;
  await build({ ...bundleOptions, stdin: { contents: `export { ${names.join(', ')} } from 'zod/mini';`, resolveDir: process.cwd(), loader: 'js' }, outfile, logLevel: 'warning' });
  return true;
}

/**
 * ask-sdk-core once. esbuild gives every module that imports a CommonJS package its own copy of the
 * package's exports (__toESM: a getter per export, about 20 KB of young heap for ask-sdk-core's 41), and
 * ten of the skill's modules import it. Here they all import one module that takes the exports once.
 */
const oneAskSdkCore = {
  name: 'one-ask-sdk-core',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^ask-sdk-core$/ }, (args) => (fromProject(args) ? { path: 'ask-sdk-core', namespace: 'one-ask-sdk-core' } : undefined));
    esbuild.onLoad({ filter: /.*/, namespace: 'one-ask-sdk-core' }, () => {
      const names = Object.keys(require('ask-sdk-core'));
      return { contents: `const sdk = require('ask-sdk-core');\nexport const { ${names.join(', ')} } = sdk;\n`, loader: 'js', resolveDir: process.cwd() };
    });
  },
};

/** The skill and the benchmark's baselines: English inside, every other language, the screen and zod files of their own. */
export const lambdaBundleOptions = { ...bundleOptions, plugins: [separateFiles, lazyZod, oneAskSdkCore] };

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
  if (!(await zodFile(`${outDir}/index.js`, `${outDir}/zod.js`))) throw new Error('the bundle forwards to no zod function: is zod still lazy?');
  const languages = readdirSync('lambda/i18n/languages').map((file) => file.replace(/\.ts$/, '')).filter((language) => language !== 'en');
  await Promise.all([
    ...languages.map((language) =>
      build({ ...bundleOptions, entryPoints: [`lambda/i18n/languages/${language}.ts`], outfile: `${outDir}/i18n/${language}.js`, logLevel: 'warning' })),
    build({ ...bundleOptions, entryPoints: ['lambda/screen/directives.ts'], outfile: `${outDir}/screen.js`, logLevel: 'warning' }),
  ]);
  console.log(`built ${outDir}/index.js, screen.js, zod.js and ${languages.length} languages in ${outDir}/i18n/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSkill(process.env.OUT_DIR ?? 'dist/lambda');
}
