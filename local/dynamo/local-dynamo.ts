import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { KEY_ATTRIBUTE } from '../../lambda/persistence/dynamo-adapter';

/**
 * A DynamoDB-compatible server (dynalite, on LevelDB) inside this process, on 127.0.0.1, so the very
 * same persistence adapter that talks to DynamoDB on Lambda runs on a laptop and in the tests.
 */
export interface LocalDynamo {
  readonly endpoint: string;
  readonly port: number;
  readonly tableName: string;
  stop(): Promise<void>;
}

export interface LocalDynamoOptions {
  /** Folder for the data; kept in memory when absent. */
  readonly path?: string;
  /** 0 (the default) picks a free port; a fixed one lets a stopped server come back at the same address. */
  readonly port?: number;
  readonly tableName?: string;
}

export const LOCAL_TABLE = 'back-stretches-local';
/** dynalite accepts any credentials; the SDK insists on having some. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'local';

const TABLE_WAIT_MS = 10_000;

export async function startLocalDynamo(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  const server = dynalite({ ...(options.path ? { path: options.path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const tableName = options.tableName ?? LOCAL_TABLE;
  const stop = () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  try {
    await ensureTable(endpoint, tableName);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, tableName, stop };
}

/** Creates the table the skill expects (key: the Alexa user id) and waits until it can be read. */
async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    await client.send(new CreateTableCommand({
      TableName: tableName,
      KeySchema: [{ AttributeName: KEY_ATTRIBUTE, KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: KEY_ATTRIBUTE, AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const deadline = Date.now() + TABLE_WAIT_MS;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    if (Date.now() > deadline) throw new Error(`table ${tableName} did not become ACTIVE`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  client.destroy();
}
