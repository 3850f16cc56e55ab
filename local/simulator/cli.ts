/**
 * `npm start`: talk to Back Stretches in a console, offline, through the same `handler` that runs
 * on Lambda. See COMMAND_HELP and USAGE for what it understands.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { LambdaHandler } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, optionsFromEnvironment } from '../../lambda/index';
import { startLocalMemory } from '../dynamo/local-memory';
import { availableLocales, loadInteractionModel, type InteractionModel } from '../model/interaction-model';
import { COMMAND_HELP, LineQueue, runInteractive, runScript } from './console';
import { espeakInstalled, espeakSpeaker, type Output, type Speaker } from './player';
import { newDevice } from '../envelopes/request';
import { Simulator, type Invoke } from './simulator';
import { USER_PROMPT } from './transcript';
import { runMain } from '../run-main';

const USAGE = `Usage: npm start -- [options]

Talk to the skill as you would to an Echo, offline. Text you type becomes the request Alexa would
send (matched against skill-package/interactionModels/custom/<locale>.json) and goes through the
Lambda handler; what Alexa would say is printed, long pauses as [10 s].

Options:
  --locale LOCALE   interaction model and voice to use (default en-US)
  --realtime        play answers in real time: pauses are waited out, and typing while Alexa talks
                    interrupts it (a barge-in); silence times out as on an Echo
  --speak           also speak through espeak-ng, when it is installed
  --script FILE     run the lines of FILE as a conversation, then exit; standard input is read the
                    same way when it is not a terminal
  --no-strict       with a script: exit 0 even when a line matched no intent
  --in-memory       keep the skill's memory (resume, progress) in this process only, not under .data/
  --json            show every request and response envelope
  -h, --help        this text`;

export interface CliOptions {
  readonly locale: string;
  readonly realtime: boolean;
  readonly speak: boolean;
  readonly script: string | null;
  readonly strict: boolean;
  readonly json: boolean;
  readonly inMemory: boolean;
  readonly help: boolean;
}

export function parseCliArgs(args: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      locale: { type: 'string', default: 'en-US' },
      realtime: { type: 'boolean', default: false },
      speak: { type: 'boolean', default: false },
      script: { type: 'string' },
      'no-strict': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'in-memory': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    locale: values.locale,
    realtime: values.realtime,
    speak: values.speak,
    script: values.script ?? null,
    strict: !values['no-strict'],
    json: values.json,
    inMemory: values['in-memory'],
    help: values.help,
  };
}

/** Sends envelopes through a Lambda-style handler, as the Lambda runtime would. */
export function lambdaInvoke(lambda: LambdaHandler): Invoke {
  return (request) =>
    new Promise<ResponseEnvelope>((resolve, reject) => {
      // The skill ignores the Lambda context today; these are the fields code usually reads from it,
      // with Alexa's 8-second deadline as the time left.
      const context = { functionName: 'back-stretches-local', getRemainingTimeInMillis: () => 8000 };
      lambda(request, context, (error: Error | null, response?: ResponseEnvelope) => {
        if (error) reject(error);
        else if (response === undefined || response === null) reject(new Error('the handler returned no response'));
        else resolve(response);
      });
    });
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n\n${COMMAND_HELP.join('\n')}\n`);
    return 0;
  }

  if (!/^[a-z]{2}-[A-Z]{2}$/.test(options.locale)) {
    process.stderr.write(`"${options.locale}" is not an Alexa locale like en-US. Available: ${availableLocales().join(', ')}\n`);
    return 2;
  }
  let model: InteractionModel;
  try {
    model = loadInteractionModel(options.locale);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const memory = await startLocalMemory(options.inMemory);
  try {
    return await converse(options, model, memory.description, buildSkill({ ...optionsFromEnvironment(), persistence: memory.persistence }).lambda());
  } finally {
    await memory.stop();
  }
}

/** The same person on every run, so the memory kept under .data/ is theirs next time too. */
const LOCAL_USER_ID = 'amzn1.ask.account.SIMULATOR-LOCAL-USER';

async function converse(options: CliOptions, model: InteractionModel, memoryNote: string, handler: LambdaHandler): Promise<number> {
  const device = { ...newDevice(options.locale), userId: LOCAL_USER_ID };
  const simulator = new Simulator({ model, invoke: lambdaInvoke(handler), realtime: options.realtime, device });
  const output: Output = { write: (text) => process.stdout.write(text) };
  const speaker = options.speak ? makeSpeaker(options.locale) : null;
  const transcript = { width: Math.min(process.stdout.columns ?? 100, 110), json: options.json };
  const consoleOptions = { output, transcript, realtime: options.realtime, speaker };

  if (options.script !== null || !process.stdin.isTTY) {
    let text: string;
    try {
      text = options.script !== null ? readFileSync(options.script, 'utf8') : readFileSync(0, 'utf8');
    } catch (error) {
      process.stderr.write(`Cannot read the script: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const result = await runScript(simulator, text.split(/\r?\n/), { ...consoleOptions, strict: options.strict });
    return result.exitCode;
  }

  process.stdout.write(
    `Back Stretches, offline (${options.locale}${options.realtime ? ', real time' : ''}). ` +
      `Say "open ${model.invocationName}" to begin; /help for commands, Ctrl-D to leave.\n${memoryNote}\n`,
  );
  const readline = createInterface({ input: process.stdin, output: process.stdout, prompt: USER_PROMPT });
  const lines = new LineQueue();
  readline.on('line', (line) => lines.push(line));
  readline.on('close', () => lines.end());
  await runInteractive(simulator, lines, { ...consoleOptions, prompt: () => readline.prompt() });
  readline.close();
  speaker?.stop();
  return 0;
}

/** Said when espeak-ng is missing: the run goes on, text only, and the user is told so. */
export const ESPEAK_MISSING =
  '--speak: espeak-ng is not installed, so nothing will be spoken aloud (text only). ' +
  'Install it with `sudo apt-get install espeak-ng` (Debian, Ubuntu) or `brew install espeak-ng` (macOS).';

export function makeSpeaker(locale: string, installed: () => boolean = espeakInstalled, warn: (message: string) => void = warnOnStderr): Speaker | null {
  if (!installed()) {
    warn(ESPEAK_MISSING);
    return null;
  }
  // On a line of its own: in real time it may come in the middle of Alexa's words.
  return espeakSpeaker(locale, (message) => warn(`\n--speak: ${message}`));
}

function warnOnStderr(message: string): void {
  process.stderr.write(`${message}\n`);
}

if (require.main === module) runMain(main);
