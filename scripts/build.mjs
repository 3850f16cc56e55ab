// Bundles the Lambda entry into one file. The Node.js 22 Lambda runtime ships the AWS SDK v3, so it stays
// out of the bundle; node20 syntax runs on both this machine and the Lambda runtime.
import { build } from 'esbuild';

await build({
  entryPoints: ['lambda/index.ts'],
  outfile: 'dist/lambda/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  external: ['@aws-sdk/*'],
  legalComments: 'none',
  logLevel: 'info',
});
