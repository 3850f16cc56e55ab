import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_ATTRIBUTE } from '../../lambda/persistence/dynamo-adapter';
import { buildBundle } from '../support/bundle';

const ROOT = join(__dirname, '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

interface Resource { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }
interface Template { Parameters: Record<string, unknown>; Resources: Record<string, Resource>; Outputs: Record<string, { Value: unknown }> }
interface Statement { Effect: string; Action: string[]; Resource: unknown }

const template = json('infrastructure/cfn-deployer/skill-stack.json') as Template;
const resources = (type: string) => Object.entries(template.Resources).filter(([, r]) => r.Type === type);
const only = (type: string): [string, Resource] => {
  const found = resources(type);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const askResources = json('ask-resources.json') as {
  profiles: { default: { code: { default: { src: string } }; skillInfrastructure: { type: string; userConfig: Record<string, string> } } };
};
const profile = askResources.profiles.default;

describe('the deployment', () => {
  test('ask deploy uses the CloudFormation deployer with this template, Node.js 22 and the bundle', () => {
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(profile.skillInfrastructure.userConfig).toMatchObject({ runtime: 'nodejs22.x', templatePath: './infrastructure/cfn-deployer/skill-stack.json' });
    expect(profile.code.default.src).toBe('./dist/lambda');
    expect(Object.keys(template.Parameters)).toEqual(expect.arrayContaining(['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion']));
  });

  test('the handler path names the export of the bundle that npm run build writes', () => {
    const [file, exported] = profile.skillInfrastructure.userConfig.handler!.split('.');
    const out = buildBundle();
    const bundle = require(join(out, `${file}.js`)) as Record<string, unknown>;
    expect(typeof bundle[exported!]).toBe('function');
    const [, fn] = only('AWS::Lambda::Function');
    expect(fn.Properties.Handler).toEqual({ Ref: 'LambdaHandler' });
  });

  test('the function: arm64, answers inside Alexa\'s 8 s, knows its table and its skill', () => {
    const [, fn] = only('AWS::Lambda::Function');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.Runtime).toEqual({ Ref: 'LambdaRuntime' });
    expect(fn.Properties.Timeout).toBeLessThan(8);
    const [tableId] = only('AWS::DynamoDB::Table');
    expect(fn.Properties.Environment).toEqual({ Variables: { TABLE_NAME: { Ref: tableId }, SKILL_ID: { Ref: 'SkillId' } } });
    expect(template.Outputs.SkillEndpoint?.Value).toEqual({ 'Fn::GetAtt': [only('AWS::Lambda::Function')[0], 'Arn'] });
  });

  test('the table: on demand, point-in-time recovery, keyed by the Alexa user id the adapter uses', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: KEY_ATTRIBUTE, KeyType: 'HASH' }],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  test('the role may only read, write and delete items of that table, and write its own logs', () => {
    const [, role] = only('AWS::IAM::Role');
    const policies = role.Properties.Policies as { PolicyDocument: { Statement: Statement[] } }[];
    const statements = policies.flatMap((p) => p.PolicyDocument.Statement);
    const [tableId] = only('AWS::DynamoDB::Table');
    const [logId] = only('AWS::Logs::LogGroup');
    expect(statements).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'], Resource: { 'Fn::GetAtt': [tableId, 'Arn'] } },
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::Sub': `\${${logId}.Arn}:*` } },
    ]);
  });

  test('only Alexa, and only for this skill, may invoke the function; logs are kept for a limited time', () => {
    const [, permission] = only('AWS::Lambda::Permission');
    expect(permission.Properties).toMatchObject({ Principal: 'alexa-appkit.amazon.com', EventSourceToken: { Ref: 'SkillId' }, Action: 'lambda:InvokeFunction' });
    const [, logs] = only('AWS::Logs::LogGroup');
    expect(logs.Properties.RetentionInDays).toEqual({ Ref: 'LogRetentionDays' });
    const [, fn] = only('AWS::Lambda::Function');
    expect(logs.Properties.LogGroupName).toEqual({ 'Fn::Sub': `/aws/lambda/${(fn.Properties.FunctionName as { 'Fn::Sub': string })['Fn::Sub']}` });
  });
});
