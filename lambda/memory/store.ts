import { getUserId, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import { StaleWriteError } from '../persistence/dynamo-adapter';
import { applyChanges, type SessionChanges } from './history';
import { readRecord, type UserRecord } from './record';

/** Concurrent writers (two devices of one user) are merged and retried this many times. */
const WRITE_ATTEMPTS = 3;
const REQUEST_ATTRIBUTE = 'backStretchesHistory';
/** Sessions waiting to be saved while the store is down, per user and in all, before the oldest are given up. */
const MAX_WAITING_SESSIONS = 20;
const MAX_WAITING_USERS = 1000;

const warn = (event: string, error: unknown) =>
  console.warn(JSON.stringify({ event, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));

/**
 * The user's history through ask-sdk-core's attributes manager and whatever persistence adapter the
 * skill was built with. Nothing here throws: a database that is slow or down costs the user their memory
 * for this turn, never the conversation. Saves are idempotent per session (see applyChanges), so a save
 * that failed is simply included in the next one; a session's last save that failed waits here, in this
 * process, for the user's next request.
 */
export class History {
  private readonly unsaved = new Map<string, Map<string, SessionChanges>>();
  /** Requests during which the store already failed: the rest of that turn does not wait on it again. */
  private readonly failedDuring = new WeakSet<HandlerInput>();

  /** The stored record, or null when it cannot be read right now. */
  async load(input: HandlerInput): Promise<UserRecord | null> {
    if (this.failedDuring.has(input)) return null;
    try {
      const { record, problem } = readRecord(await input.attributesManager.getPersistentAttributes());
      if (problem !== null) console.warn(JSON.stringify({ event: 'history-record-salvaged', problem }));
      return this.pending(input).reduce(applyChanges, record);
    } catch (error) {
      warn('history-read-failed', error);
      this.failedDuring.add(input);
      return null;
    }
  }

  /** Writes this session's changes (and any left from an earlier failure); false when it could not. */
  async save(input: HandlerInput, changes: SessionChanges): Promise<boolean> {
    const userId = getUserId(input.requestEnvelope);
    const waiting = this.unsaved.get(userId) ?? new Map<string, SessionChanges>();
    waiting.set(changes.entry.id, changes);
    // Kept newest last, and bounded: a long outage must not grow a warm Lambda's memory without end.
    this.unsaved.delete(userId);
    this.unsaved.set(userId, waiting);
    while (waiting.size > MAX_WAITING_SESSIONS) waiting.delete(waiting.keys().next().value ?? '');
    while (this.unsaved.size > MAX_WAITING_USERS) this.unsaved.delete(this.unsaved.keys().next().value ?? '');
    const all = [...waiting.values()];
    if (this.failedDuring.has(input)) return false;
    try {
      for (let attempt = 1; ; attempt++) {
        const raw = await input.attributesManager.getPersistentAttributes(attempt === 1);
        const stored = readRecord(raw);
        if (!stored.writable) {
          // A newer version of the skill wrote this record: writing this version's reading of it would lose data.
          console.warn(JSON.stringify({ event: 'history-save-skipped', problem: stored.problem }));
          return false;
        }
        const merged = all.reduce(applyChanges, stored.record);
        // The write is conditional on the revision exactly as stored, whatever an old or broken record holds;
        // what this version does not understand is written back as it was.
        const { revision: _readable, ...record } = merged;
        input.attributesManager.setPersistentAttributes({ ...fitting(stored.kept, record), ...record, revision: raw.revision });
        try {
          await input.attributesManager.savePersistentAttributes();
          this.unsaved.delete(userId);
          return true;
        } catch (error) {
          if (!(error instanceof StaleWriteError) || attempt >= WRITE_ATTEMPTS) throw error;
        }
      }
    } catch (error) {
      warn('history-save-failed', error);
      this.failedDuring.add(input);
      return false;
    }
  }

  /** Deletes the user's record; false when it could not. */
  async forget(input: HandlerInput): Promise<boolean> {
    try {
      const remove = input.attributesManager.deletePersistentAttributes;
      if (remove === undefined) return false;
      await remove.call(input.attributesManager);
      this.unsaved.delete(getUserId(input.requestEnvelope));
      return true;
    } catch (error) {
      warn('history-delete-failed', error);
      return false;
    }
  }

  private pending(input: HandlerInput): SessionChanges[] {
    return [...(this.unsaved.get(getUserId(input.requestEnvelope))?.values() ?? [])];
  }

  /** Makes this history available to the handlers of a request. */
  interceptor(): RequestInterceptor {
    return { process: (input) => void input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [REQUEST_ATTRIBUTE]: this }) };
  }
}

/**
 * DynamoDB refuses an item over 400 KB. The record itself is bounded (compacted() folds old sessions into
 * totals); what could still make a save too large is what other versions left beside it. Kept fields go,
 * largest first and logged, until the item fits: losing one foreign field beats never saving again.
 */
const MAX_ITEM_CHARACTERS = 350_000;
function fitting(kept: Readonly<Record<string, unknown>>, record: object): Record<string, unknown> {
  const fields = Object.entries(kept).map(([key, value]) => [key, value, JSON.stringify(value)?.length ?? 0] as const);
  let size = JSON.stringify(record).length + fields.reduce((sum, [key, , length]) => sum + key.length + length, 0);
  const out = { ...kept };
  for (const [key, , length] of [...fields].sort((a, b) => b[2] - a[2])) {
    if (size <= MAX_ITEM_CHARACTERS) break;
    Reflect.deleteProperty(out, key);
    size -= key.length + length;
    console.warn(JSON.stringify({ event: 'history-field-dropped', field: key, characters: length }));
  }
  return out;
}

/** The history the skill was built with, or null when it keeps none (no table configured). */
export function historyOf(input: HandlerInput): History | null {
  const candidate: unknown = input.attributesManager.getRequestAttributes()[REQUEST_ATTRIBUTE];
  return candidate instanceof History ? candidate : null;
}
