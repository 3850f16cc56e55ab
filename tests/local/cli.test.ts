import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parseCliArgs } from '../../local/simulator/cli';

/** Runs `npm start -- <args>` in-process, capturing what it prints. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    // The tests keep no memory on disk: .data/ belongs to the person running npm start.
    const code = await main([...args, '--in-memory']);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function script(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'back-stretches-')), 'conversation.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('npm start options', () => {
  it('defaults to en-US, printed answers, strict scripts', () => {
    expect(parseCliArgs([])).toEqual({ locale: 'en-US', realtime: false, speak: false, script: null, strict: true, json: false, inMemory: false, help: false });
  });

  it('reads every option', () => {
    expect(parseCliArgs(['--locale', 'en-GB', '--realtime', '--speak', '--script', 'demo.txt', '--no-strict', '--json', '--in-memory'])).toEqual({
      inMemory: true,
      locale: 'en-GB',
      realtime: true,
      speak: true,
      script: 'demo.txt',
      strict: false,
      json: true,
      help: false,
    });
  });

  it('refuses an unknown option', () => {
    expect(() => parseCliArgs(['--fast'])).toThrow();
  });
});

describe('npm start -- --script FILE', () => {
  it('runs the conversation and exits 0', async () => {
    const { code, stdout } = await run(['--script', script(['# a demo', 'open my back stretches', 'stop'])]);
    expect(code).toBe(0);
    expect(stdout).toContain('you> open my back stretches');
    expect(stdout).toContain('alexa> Welcome to Back Stretches.');
  });

  it('runs the README demo (local/examples/demo.txt) cleanly', async () => {
    const { code, stdout } = await run(['--script', join(__dirname, '..', '..', 'local', 'examples', 'demo.txt')]);
    expect(code).toBe(0);
    expect(stdout).toContain('you> @8 it hurts');
    expect(stdout).toContain('-> PainIntent');
    expect(stdout).toMatch(/session closed\)\n$/);
  });

  it('exits 1 when a line matches nothing', async () => {
    const { code, stdout } = await run(['--script', script(['open my back stretches', 'purple monkey dishwasher'])]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/line 2 \("purple monkey dishwasher"\)/);
  });

  it('shows the envelopes with --json', async () => {
    const { stdout } = await run(['--json', '--script', script(['open my back stretches'])]);
    expect(stdout).toContain('"type": "LaunchRequest"');
    expect(stdout).toContain('"shouldEndSession": false');
  });

  it('exits 2 for a locale without a model, a missing script or a bad option', async () => {
    const noModel = await run(['--locale', 'xx-XX', '--script', script(['open my back stretches'])]);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toMatch(/No interaction model for locale "xx-XX".*en-US/);
    expect((await run(['--script', '/nonexistent/conversation.txt'])).code).toBe(2);
    expect((await run(['--fast'])).code).toBe(2);
  });

  it('prints help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--realtime/);
    expect(stdout).toMatch(/\/silence/);
  });
});
