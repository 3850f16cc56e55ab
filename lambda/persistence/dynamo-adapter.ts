import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getUserId, type PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * ask-sdk-core's PersistenceAdapter on the AWS SDK v3 document client: one item per Alexa user id.
 * (ask-sdk-dynamodb-persistence-adapter needs the out-of-support SDK v2 and costs a second of cold start.)
 *
 * Every call is bounded by `timeoutMs`, well inside Alexa's 8 s deadline, so the conversation never waits
 * on the database. Writes are conditional on the `revision` attribute that was read: two devices of one
 * user cannot overwrite each other's sessions; the loser gets a StaleWriteError and merges.
 */
export interface DynamoAdapterOptions {
  readonly tableName: string;
  readonly timeoutMs: number;
  /** A local endpoint (dynalite); the region's endpoint when absent. */
  readonly endpoint?: string;
  readonly region?: string;
  /** Tests and local runs pass fixed credentials; on Lambda the execution role's are used. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

export const KEY_ATTRIBUTE = 'userId';
export const REVISION_ATTRIBUTE = 'revision';

export class StaleWriteError extends Error {
  constructor() {
    super('The stored record changed since it was read');
    this.name = 'StaleWriteError';
  }
}

export class DynamoPersistenceAdapter implements PersistenceAdapter {
  private client: { documents: DynamoDBDocumentClient; commands: typeof import('@aws-sdk/lib-dynamodb') } | null = null;

  constructor(private readonly options: DynamoAdapterOptions) {}

  /** The AWS SDK is loaded on first use, not when the skill starts: a cold start does not pay for it up front. */
  private connect() {
    if (this.client === null) {
      const dynamo = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
      const commands = require('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');
      const client = new dynamo.DynamoDBClient({
        region: this.options.region ?? process.env.AWS_REGION ?? 'us-east-1',
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
        ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
        // One attempt: a retry would not fit the time the conversation can wait; the next save catches up.
        maxAttempts: 1,
      });
      this.client = { documents: commands.DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), commands };
    }
    return this.client;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { documents, commands: { GetCommand } } = this.connect();
    const result = await documents.send(
      new GetCommand({ TableName: this.options.tableName, Key: { [KEY_ATTRIBUTE]: getUserId(envelope) }, ConsistentRead: true }),
      { abortSignal: AbortSignal.timeout(this.options.timeoutMs) },
    );
    const { [KEY_ATTRIBUTE]: _key, ...attributes } = result.Item ?? {};
    return attributes;
  }

  /**
   * Writes `attributes` as the next revision of what was read: their `revision` is the value that was
   * stored (absent when nothing was, or when an older record had none).
   */
  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const read: unknown = attributes[REVISION_ATTRIBUTE];
    const next = typeof read === 'number' ? read + 1 : 1;
    const { documents, commands: { PutCommand } } = this.connect();
    try {
      await documents.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: { ...attributes, [KEY_ATTRIBUTE]: getUserId(envelope), [REVISION_ATTRIBUTE]: next },
          ...(read === undefined
            ? { ConditionExpression: 'attribute_not_exists(#revision)', ExpressionAttributeNames: { '#revision': REVISION_ATTRIBUTE } }
            : { ConditionExpression: '#revision = :read', ExpressionAttributeNames: { '#revision': REVISION_ATTRIBUTE }, ExpressionAttributeValues: { ':read': read } }),
        }),
        { abortSignal: AbortSignal.timeout(this.options.timeoutMs) },
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') throw new StaleWriteError();
      throw error;
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const { documents, commands: { DeleteCommand } } = this.connect();
    await documents.send(
      new DeleteCommand({ TableName: this.options.tableName, Key: { [KEY_ATTRIBUTE]: getUserId(envelope) } }),
      { abortSignal: AbortSignal.timeout(this.options.timeoutMs) },
    );
  }
}
