import { resolve } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import { STORE_TIMEOUT_MS } from '../../lambda/index';
import { DynamoPersistenceAdapter } from '../../lambda/persistence/dynamo-adapter';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startLocalDynamo, type LocalDynamo } from './local-dynamo';

// These tools run on the Node.js 20 of a laptop on purpose; the skill itself runs on Lambda's Node.js 22.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Where `npm start` and `npm run serve` keep users' histories between runs (git-ignored). */
export const LOCAL_DATA_PATH = resolve(__dirname, '../../.data/dynalite');

export interface LocalMemory {
  readonly persistence: PersistenceAdapter;
  /** One line for the user: where the memory lives. */
  readonly description: string;
  stop(): Promise<void>;
}

/** The local DynamoDB for the skill's memory: on disk under .data/, or in memory only. */
export async function startLocalMemory(inMemory: boolean): Promise<LocalMemory> {
  let db: LocalDynamo;
  let description: string;
  if (inMemory) {
    db = await startLocalDynamo();
    description = 'Memory: in this process only (--in-memory); nothing is kept after you leave.';
  } else {
    try {
      db = await startLocalDynamo({ path: LOCAL_DATA_PATH });
      description = `Memory: kept in ${LOCAL_DATA_PATH} (delete the folder to forget everything).`;
    } catch (error) {
      // LevelDB allows one process per folder: a second `npm start` gets a memory of its own.
      db = await startLocalDynamo();
      description = `Memory: in this process only, because ${LOCAL_DATA_PATH} is in use (${error instanceof Error ? error.message : String(error)}).`;
    }
  }
  const persistence = new DynamoPersistenceAdapter({
    tableName: db.tableName,
    endpoint: db.endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    timeoutMs: STORE_TIMEOUT_MS,
  });
  return { persistence, description, stop: () => db.stop() };
}
