// Bundles the Lambda entry into one file. The Node.js 22 Lambda runtime ships the AWS SDK v3, so it stays
// out of the bundle; node20 syntax runs on both this machine and the Lambda runtime.
import { build } from 'esbuild';

/** The same settings for the skill and for the benchmark's hello-world baseline. */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  external: ['@aws-sdk/*'],
  legalComments: 'none',
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({
    ...bundleOptions,
    entryPoints: ['lambda/index.ts'],
    outfile: `${process.env.OUT_DIR ?? 'dist/lambda'}/index.js`,
    logLevel: 'info',
  });
}
