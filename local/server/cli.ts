/**
 * `npm run serve`: the skill as a local web service for a real Echo, through an HTTPS tunnel.
 * Verification of Alexa's signature and timestamp stays on unless `--no-verify` says otherwise.
 */
import { parseArgs } from 'node:util';
import { buildSkill, optionsFromEnvironment } from '../../lambda/index';
import { startLocalMemory } from '../dynamo/local-memory';
import { DEFAULT_PORT, startServer } from './server';
import { runMain } from '../run-main';

const USAGE = `Usage: [PORT=3000] npm run serve -- [--no-verify] [--in-memory]

Serves the skill on http://127.0.0.1:PORT/ (POST /, GET /health) for an HTTPS tunnel.
  --no-verify   accept requests without Alexa's signature or a fresh timestamp (for curl tests only)
  --in-memory   keep users' memory (resume, progress) in this process only, not under .data/
  -h, --help    this text`;

export const NO_VERIFY_WARNING =
  'WARNING: --no-verify: request signatures and timestamps are NOT checked. Anyone who can reach this ' +
  'port can talk to the skill as if they were Alexa. Use it only for local tests (curl), never behind a public tunnel.';

export function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, not "${value}"`);
  return port;
}

async function main(argv: readonly string[]): Promise<number> {
  let verify: boolean;
  let inMemory: boolean;
  let port: number;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        'no-verify': { type: 'boolean', default: false },
        'in-memory': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    verify = !values['no-verify'];
    inMemory = values['in-memory'];
    port = portFrom(process.env.PORT);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }

  if (!verify) process.stderr.write(`${NO_VERIFY_WARNING}\n`);
  const memory = await startLocalMemory(inMemory);
  const skill = buildSkill({ ...optionsFromEnvironment(), persistence: memory.persistence }).create();
  const running = await startServer(port, { verifySignature: verify, verifyTimestamp: verify, skill });
  process.stdout.write(`${memory.description}\n`);
  process.stdout.write(
    `Back Stretches is listening on ${running.url}/ (Alexa POSTs there; GET ${running.url}/health for a health check).\n` +
      `Signature and timestamp verification: ${verify ? 'ON' : 'OFF'}.` +
      `${process.env.SKILL_ID ? ` Only skill ${process.env.SKILL_ID} is answered.` : ' Set SKILL_ID to answer only your own skill.'}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await memory.stop();
  return 0;
}

if (require.main === module) runMain(main);
