// Bundles the Lambda entry into one file, and each language but English into a file of its own that the
// skill loads the first time someone speaks that language (lambda/i18n/languages.ts): a cold start reads
// only what it needs. The Node.js 22 Lambda runtime ships the AWS SDK v3, so it stays out of the bundle;
// node20 syntax runs on both this machine and the Lambda runtime.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

/** The same settings for the skill, its languages and the benchmark's hello-world baseline. */
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
const LANGUAGE_FILE = /^\.\/locales\/([a-z]{2})$/;
const separateLanguages = {
  name: 'separate-languages',
  setup(esbuild) {
    esbuild.onResolve({ filter: LANGUAGE_FILE }, (args) => {
      const [, language] = LANGUAGE_FILE.exec(args.path) ?? [];
      if (language === 'en' || !args.importer.endsWith('languages.ts')) return undefined;
      return { path: `./i18n/${language}.js`, external: true };
    });
  },
};

export async function buildSkill(outDir) {
  await build({ ...bundleOptions, entryPoints: ['lambda/index.ts'], outfile: `${outDir}/index.js`, plugins: [separateLanguages], logLevel: 'warning' });
  const languages = readdirSync('lambda/i18n/locales').map((file) => file.replace(/\.ts$/, '')).filter((language) => language !== 'en');
  await Promise.all(languages.map((language) =>
    build({ ...bundleOptions, entryPoints: [`lambda/i18n/locales/${language}.ts`], outfile: `${outDir}/i18n/${language}.js`, logLevel: 'warning' })));
  console.log(`built ${outDir}/index.js and ${languages.length} languages in ${outDir}/i18n/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSkill(process.env.OUT_DIR ?? 'dist/lambda');
}
