/**
 * `npm run bench`: the skill's speed and size, as one table of whole-process figures (medians over
 * repeated runs), for anyone to reproduce:
 * - cold start: a fresh Node process that loads dist/lambda/index.js and answers a LaunchRequest, against
 *   the same, in the same run and bundled with the same settings, for an alexa-samples-style peer
 *   (bench/alexa-samples-peer.ts: what an ordinary ask-sdk-core skill speaking through i18next costs), for a
 *   hello-world ask-sdk-core skill, and for that hello world saying the launch's sentences through the
 *   skill's i18next set-up: how much of the gap any skill speaking through i18next makes, and how much is
 *   the skill's own;
 * - warm: 10,000 requests of a realistic conversation in one process, p50 and p99 per request;
 * - bundle size, and memory (RSS) growth over those 10,000 requests;
 * - the speech timeline: each exercise's hold, as spoken, against its seconds.
 * No test asserts a time: this prints, and the README records what it printed and where.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { statSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { EXERCISE_IDS } from '../lambda/catalog/exercises';
import { voiceFor } from '../lambda/i18n/voice';
import { holdSegments } from '../lambda/speech/hold';
import { totalSeconds } from '../lambda/speech/segments';
import { dosage } from '../lambda/workout/dosage';
import { DEFAULT_SETTINGS } from '../lambda/workout/types';

const ROOT = join(__dirname, '..');
const COLD_RUNS = 21;
const WARM_REQUESTS = 10_000;
/**
 * V8 grows its young generation in steps while a process allocates, up to a fixed size, and keeps it:
 * 8, 16, then 32 MB here within the first 20,000 requests. The warm-up outlasts that, so the RSS measured
 * afterwards shows what requests hold on to; the table prints the young generation's size either side.
 */
const WARM_UP_REQUESTS = 30_000;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

async function bundles(): Promise<{ skill: string; peer: string; hello: string; helloI18next: string }> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  const { lambdaBundleOptions } = (await import(join(ROOT, 'scripts', 'build.mjs'))) as { lambdaBundleOptions: Parameters<typeof build>[0] };
  const baseline = async (name: string) => {
    const outfile = join(ROOT, 'dist', 'bench', `${name}.js`);
    await build({ ...lambdaBundleOptions, entryPoints: [join(ROOT, 'bench', `${name}.ts`)], outfile, logLevel: 'silent' });
    return outfile;
  };
  return {
    skill: join(ROOT, 'dist', 'lambda', 'index.js'),
    peer: await baseline('alexa-samples-peer'),
    hello: await baseline('hello-world'),
    helloI18next: await baseline('hello-i18next'),
  };
}

/** Wall time of a whole fresh process, start to exit, in ms. */
function coldStart(bundle: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(ROOT, 'bench', 'cold-start.cjs'), bundle], { stdio: 'ignore', env: { PATH: process.env.PATH } });
  if (result.status !== 0) throw new Error(`${bundle} did not answer a LaunchRequest`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** A realistic conversation, request by request: each takes the previous response's attributes. */
const SCRIPT: readonly (readonly [string, Record<string, { id: string; type: string }>?])[] = [
  ['LaunchRequest'], ['AMAZON.NextIntent'], ['AMAZON.NextIntent'], ['AMAZON.PauseIntent'], ['AMAZON.ResumeIntent'],
  ['HowToIntent', { exercise: { id: 'cobra_stretch', type: 'ExerciseType' } }], ['AMAZON.ResumeIntent'], ['AMAZON.NextIntent'],
  ['PainIntent'], ['AMAZON.NoIntent'], ['PainKindIntent', { painKind: { id: 'mild', type: 'PainKindType' } }], ['GentlerIntent'],
  ['RemainingIntent'], ['AMAZON.NextIntent'], ['AMAZON.NextIntent'], ['AMAZON.StopIntent'],
];

function envelope(step: number, attributes: Record<string, unknown>, at: number): RequestEnvelope {
  const [name, slots] = SCRIPT[step % SCRIPT.length]!;
  const base = { requestId: `bench-${step}`, timestamp: new Date(at).toISOString(), locale: 'en-US' };
  const request = name === 'LaunchRequest'
    ? { type: 'LaunchRequest' as const, ...base }
    : {
        type: 'IntentRequest' as const, ...base, dialogState: 'COMPLETED' as const,
        intent: {
          name, confirmationStatus: 'NONE' as const,
          slots: Object.fromEntries(Object.entries(slots ?? {}).map(([slot, { id, type }]) => [slot, {
            name: slot, value: id, confirmationStatus: 'NONE' as const,
            resolutions: { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.bench.${type}`, status: { code: 'ER_SUCCESS_MATCH' as const }, values: [{ value: { name: id, id } }] }] },
          }])),
        },
      };
  const user = { userId: 'amzn1.ask.account.bench' };
  return {
    version: '1.0',
    session: { new: step % SCRIPT.length === 0, sessionId: `bench-${Math.floor(step / SCRIPT.length)}`, application: { applicationId: 'bench' }, user, attributes },
    context: { System: { application: { applicationId: 'bench' }, user, device: { deviceId: 'bench', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request,
  };
}

interface Warm {
  readonly p50: number;
  readonly p99: number;
  readonly rssGrowthMb: number;
  readonly rssMb: number;
  readonly heapGrowthMb: number;
  readonly youngGenerationMb: readonly [number, number];
}

const youngGenerationMb = () => (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? NaN) / 2 ** 20;

async function warm(bundlePath: string): Promise<Warm> {
  // Without --expose-gc (npm run bench passes it) the heap figures would count garbage not yet collected.
  const collect = global.gc ?? (() => { throw new Error('run with node --expose-gc'); });
  const { handler } = require(bundlePath) as { handler: (e: RequestEnvelope, c: object, cb: (err: Error | null, r?: ResponseEnvelope) => void) => void };
  const invoke = (request: RequestEnvelope) =>
    new Promise<ResponseEnvelope>((resolve, reject) => handler(request, {}, (error, response) => (error || !response ? reject(error ?? new Error('no response')) : resolve(response))));
  const run = async (count: number, timings: number[] | null) => {
    let attributes: Record<string, unknown> = {};
    let at = Date.UTC(2030, 0, 1);
    for (let step = 0; step < count; step++) {
      at += 120_000;
      const request = envelope(step, step % SCRIPT.length === 0 ? {} : attributes, at);
      const started = process.hrtime.bigint();
      const response = await invoke(request);
      if (timings) timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      attributes = response.sessionAttributes ?? {};
    }
  };
  // Long enough for the JIT and the heap to settle, so what follows measures growth, not warm-up.
  await run(WARM_UP_REQUESTS, null);
  collect();
  const before = process.memoryUsage();
  const youngBefore = youngGenerationMb();
  const timings: number[] = [];
  await run(WARM_REQUESTS, timings);
  collect();
  const after = process.memoryUsage();
  return {
    youngGenerationMb: [youngBefore, youngGenerationMb()],
    p50: percentile(timings, 0.5),
    p99: percentile(timings, 0.99),
    rssGrowthMb: (after.rss - before.rss) / 2 ** 20,
    rssMb: after.rss / 2 ** 20,
    heapGrowthMb: (after.heapUsed - before.heapUsed) / 2 ** 20,
  };
}

function timeline(): { worst: string; within: boolean } {
  const voice = voiceFor('en-US');
  let worst = { id: '', off: 0 };
  for (const id of EXERCISE_IDS) {
    for (const phase of dosage(id, DEFAULT_SETTINGS).phases) {
      const spoken = totalSeconds(holdSegments({ type: 'hold', exercise: id, cue: phase.cue, seconds: phase.seconds, from: 0, to: phase.seconds }, voice));
      const off = Math.abs(spoken - phase.seconds) / phase.seconds;
      if (off >= worst.off) worst = { id: `${id} ${phase.seconds} s: ${spoken.toFixed(2)} s`, off };
    }
  }
  return { worst: `${(worst.off * 100).toFixed(1)}% (${worst.id})`, within: worst.off <= 0.1 };
}

async function main(): Promise<void> {
  const { skill, peer, hello, helloI18next } = await bundles();
  const runs = { skill: [] as number[], peer: [] as number[], hello: [] as number[], helloI18next: [] as number[] };
  // Interleaved runs share whatever else the machine is doing.
  for (let i = 0; i < COLD_RUNS; i++) {
    runs.skill.push(coldStart(skill));
    runs.peer.push(coldStart(peer));
    runs.hello.push(coldStart(hello));
    runs.helloI18next.push(coldStart(helloI18next));
  }
  const coldSkill = median(runs.skill);
  const coldPeer = median(runs.peer);
  const coldHello = median(runs.hello);
  const coldHelloI18next = median(runs.helloI18next);
  const { p50, p99, rssGrowthMb, rssMb, heapGrowthMb, youngGenerationMb: [youngBefore, youngAfter] } = await warm(skill);
  const bundleKb = statSync(skill).size / 1024;
  const speech = timeline();
  const rows: [string, string, string][] = [
    [`cold start, skill (median of ${COLD_RUNS})`, `${coldSkill.toFixed(0)} ms`, ''],
    [`cold start, alexa-samples-style peer (median of ${COLD_RUNS})`, `${coldPeer.toFixed(0)} ms`, ''],
    ['cold start ratio to the peer', (coldSkill / coldPeer).toFixed(2), '<= 1.10'],
    [`cold start, hello world (median of ${COLD_RUNS})`, `${coldHello.toFixed(0)} ms`, ''],
    ['cold start ratio to the hello world', (coldSkill / coldHello).toFixed(2), '<= 1.15'],
    [`cold start, hello world speaking through i18next (median of ${COLD_RUNS})`, `${coldHelloI18next.toFixed(0)} ms`, ''],
    ['its ratio to the hello world', (coldHelloI18next / coldHello).toFixed(2), ''],
    ["the skill's ratio to it", (coldSkill / coldHelloI18next).toFixed(2), ''],
    [`warm p50 (${WARM_REQUESTS} requests)`, `${p50.toFixed(3)} ms`, ''],
    [`warm p99 (${WARM_REQUESTS} requests)`, `${p99.toFixed(3)} ms`, '< 1 ms'],
    ['bundle size', `${bundleKb.toFixed(0)} KB`, '< 250 KB'],
    [`RSS growth over ${WARM_REQUESTS} requests`, `${rssGrowthMb.toFixed(1)} MB`, 'flat'],
    [`RSS after ${WARM_UP_REQUESTS + WARM_REQUESTS} requests`, `${rssMb.toFixed(0)} MB`, ''],
    [`heap growth over ${WARM_REQUESTS} requests, after GC`, `${heapGrowthMb.toFixed(1)} MB`, 'flat'],
    [`V8 young generation, before and after`, `${youngBefore.toFixed(0)} / ${youngAfter.toFixed(0)} MB`, ''],
    ['worst hold against its seconds', speech.worst, 'within 10%'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  process.stdout.write(`Back Stretches benchmark: Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n\n`);
  process.stdout.write(`${'measure'.padEnd(width)}  ${'value'.padStart(12)}  goal\n`);
  for (const [name, value, goal] of rows) process.stdout.write(`${name.padEnd(width)}  ${value.padStart(12)}  ${goal}\n`);
}

void main();
