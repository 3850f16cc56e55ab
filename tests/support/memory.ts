/**
 * Helpers for the memory-across-sessions tests: the skill built on the DynamoDB persistence adapter and a
 * local dynalite, users of their own (so tests sharing one table never see each other's records), sessions
 * started on a chosen day, the stored item read back with the document client, and misbehaving servers
 * (stopped, slow, silent) to drive the adapter's timeout and failure paths.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LambdaHandler, PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, SessionEndedReason } from 'ask-sdk-model';
import type { IntentRequestBuilder } from 'ask-sdk-test/lib/factory/IntentRequestBuilder';
import type { LaunchRequestBuilder } from 'ask-sdk-test/lib/factory/LaunchRequestBuilder';
import type { SessionEndedRequestBuilder } from 'ask-sdk-test/lib/factory/SessionEndedRequestBuilder';
import type { SkillSettings } from 'ask-sdk-test/lib/types';
import { buildSkill, STORE_TIMEOUT_MS } from '../../lambda/index';
import { DynamoPersistenceAdapter, KEY_ATTRIBUTE } from '../../lambda/persistence/dynamo-adapter';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/dynamo/local-dynamo';
import type { IntentName } from '../../lambda/alexa/intents';
import { Conversation, SKILL_SETTINGS, intent, launch, sessionEnded, type SlotFill, type Turn } from './skill';

// The SDK warns once about the laptop's Node.js 20; the skill itself runs on Lambda's Node.js 22.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Where a DynamoDB-compatible server listens, and the skill's table on it (a LocalDynamo fits). */
export interface TableAt {
  readonly endpoint: string;
  readonly tableName: string;
}

/** The production adapter, pointed at a local endpoint, with the skill's own store timeout. */
export function adapterFor(table: TableAt, timeoutMs: number = STORE_TIMEOUT_MS): DynamoPersistenceAdapter {
  const adapter = new DynamoPersistenceAdapter({
    tableName: table.tableName,
    endpoint: table.endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    timeoutMs,
  });
  return adapter;
}

/** The Lambda handler as deployed with a table (or, without persistence, as deployed without TABLE_NAME). */
export function skillWith(persistence?: PersistenceAdapter): LambdaHandler {
  return buildSkill(persistence === undefined ? {} : { persistence }).lambda();
}

/** Epoch ms of a time of day (UTC) on a calendar day given as YYYY-MM-DD: the skill's day is the UTC date. */
export function at(day: string, time = '08:00'): number {
  const ms = Date.parse(`${day}T${time}:00.000Z`);
  if (!Number.isFinite(ms)) throw new Error(`Not a day and time: ${day} ${time}`);
  return ms;
}

export { addDays } from '../../lambda/time/days';

let users = 0;

/**
 * One Alexa user (one account id): builds their requests and opens their sessions. Each test takes users
 * of its own, so one dynalite table can serve a whole file.
 */
export class User {
  readonly id: string;
  readonly settings: SkillSettings;

  constructor(label: string) {
    users += 1;
    this.id = `amzn1.ask.account.memory-${label}-${users}-${Math.random().toString(36).slice(2, 8)}`;
    this.settings = { ...SKILL_SETTINGS, userId: this.id };
  }

  launch(): LaunchRequestBuilder {
    return launch(this.settings);
  }

  intent(name: IntentName, slots: Readonly<Record<string, SlotFill>> = {}): IntentRequestBuilder {
    return intent(name, slots, this.settings);
  }

  sessionEnded(reason: SessionEndedReason): SessionEndedRequestBuilder {
    return sessionEnded(reason, this.settings);
  }

  /** A new Alexa session of this user (new session id, `session.new` on its first request) starting at `time`. */
  session(handler: LambdaHandler, time: number): Conversation {
    return new Conversation(handler, time);
  }
}

/** The session id of a conversation, as the skill saw it. */
export function sessionIdOf(conversation: Conversation): string {
  const first = conversation.turns[0];
  const id = first?.request.session?.sessionId;
  if (id === undefined) throw new Error('The conversation has not sent anything yet');
  return id;
}

/** Sends "next" until the session ends (the routine is over); fails on a loop. */
export async function nextUntilEnd(conversation: Conversation, user: User, maxTurns = 60): Promise<Turn> {
  let turn = conversation.last;
  for (let i = 0; !turn.ended; i++) {
    if (i >= maxTurns) throw new Error(`No end after ${maxTurns} turns: "${turn.text}"`);
    turn = await conversation.send(user.intent('AMAZON.NextIntent'));
  }
  return turn;
}

/** Sends "next" until a response says `text` (and returns that response); fails when the session ends first. */
export async function nextUntilSaid(conversation: Conversation, user: User, text: string, maxTurns = 40): Promise<Turn> {
  let turn = conversation.last;
  for (let i = 0; !turn.text.includes(text); i++) {
    if (turn.ended || i >= maxTurns) throw new Error(`Never heard "${text}"; last: "${turn.text}"`);
    turn = await conversation.send(user.intent('AMAZON.NextIntent'));
  }
  return turn;
}

/** A document client on a local table, for reading and planting items the way DynamoDB stores them. */
export function documentsFor(table: TableAt): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: table.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 }),
  );
}

/** The user's item as DynamoDB holds it (strongly consistent read), or undefined when there is none. */
export async function storedItem(table: TableAt, userId: string): Promise<Record<string, unknown> | undefined> {
  const documents = documentsFor(table);
  try {
    const { Item } = await documents.send(new GetCommand({ TableName: table.tableName, Key: { [KEY_ATTRIBUTE]: userId }, ConsistentRead: true }));
    return Item;
  } finally {
    documents.destroy();
  }
}

/** Writes an item as it is, bypassing the skill (older shapes, corrupted values). */
export async function plantItem(table: TableAt, userId: string, attributes: Record<string, unknown>): Promise<void> {
  const documents = documentsFor(table);
  try {
    await documents.send(new PutCommand({ TableName: table.tableName, Item: { ...attributes, [KEY_ATTRIBUTE]: userId } }));
  } finally {
    documents.destroy();
  }
}

/** A port that was free a moment ago, so a server can be stopped and started again at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close((error) => (error ? reject(error) : resolve(port)));
    });
  });
}

export interface SlowProxy {
  readonly endpoint: string;
  /** Requests received so far. */
  readonly received: () => number;
  stop(): Promise<void>;
}

/**
 * An HTTP proxy in front of a DynamoDB endpoint that answers late: each request is forwarded after
 * `delayMs`, or never when `delayMs` is 'never' (a server that accepts connections and then hangs).
 * A request whose client gave up (the adapter's timeout aborts it) is not forwarded at all.
 */
export async function slowProxy(target: string, delayMs: number | 'never'): Promise<SlowProxy> {
  const targetUrl = new URL(target);
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let received = 0;
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    received += 1;
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      if (delayMs === 'never') return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (outgoing.destroyed || incoming.socket.destroyed) return;
        const forward = httpRequest(
          { host: targetUrl.hostname, port: targetUrl.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(outgoing);
          },
        );
        forward.on('error', () => outgoing.destroy());
        forward.end(Buffer.concat(chunks));
      }, delayMs);
      timers.add(timer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received: () => received,
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What the skill logged with console.warn: its JSON lines, parsed (anything else kept as text). */
export interface Warnings {
  /** The `event` of each JSON warning, in order. */
  events(): string[];
  /** Every warning as logged. */
  lines(): string[];
  restore(): void;
}

/** Captures console.warn (silently) until `restore()`. */
export function captureWarnings(): Warnings {
  const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const lines = () => spy.mock.calls.map((args: unknown[]) => args.map(String).join(' '));
  return {
    lines,
    events: () =>
      lines().flatMap((line) => {
        try {
          const parsed: unknown = JSON.parse(line);
          return typeof parsed === 'object' && parsed !== null && 'event' in parsed && typeof parsed.event === 'string' ? [parsed.event] : [];
        } catch {
          return [];
        }
      }),
    restore: () => spy.mockRestore(),
  };
}

/**
 * Makes several writers meet: each waits in `arrive()` until all have arrived, so two devices that have
 * both read the same revision write at the same moment every time, not only when the scheduler happens
 * to interleave them. After `giveUpMs` the ones that came go on alone (a writer that never arrives makes
 * the test's assertions fail, not hang).
 */
export class WriteRace {
  private arrived = 0;
  private release: () => void = () => undefined;
  private readonly allThere: Promise<void>;

  constructor(
    private readonly writers: number,
    giveUpMs = 2000,
  ) {
    this.allThere = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, giveUpMs);
      this.release = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  arrive(): Promise<void> {
    this.arrived += 1;
    if (this.arrived >= this.writers) this.release();
    return this.allThere;
  }
}

/** A persistence adapter in front of another that counts writes and the ones refused, and can join a WriteRace. */
export class CountingAdapter implements PersistenceAdapter {
  writes = 0;
  rejectedWrites = 0;
  private race: WriteRace | null = null;

  constructor(private readonly inner: PersistenceAdapter) {}

  /** The next write waits for the other writers of `race` before it goes to the store. */
  meetAtNextWrite(race: WriteRace): void {
    this.race = race;
  }

  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return this.inner.getAttributes(envelope);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const race = this.race;
    this.race = null;
    if (race !== null) await race.arrive();
    this.writes += 1;
    try {
      await this.inner.saveAttributes(envelope, attributes);
    } catch (error) {
      this.rejectedWrites += 1;
      throw error;
    }
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const remove = this.inner.deleteAttributes;
    if (remove === undefined) return Promise.reject(new Error('The wrapped adapter cannot delete'));
    return remove.call(this.inner, envelope);
  }
}
