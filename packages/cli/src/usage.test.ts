import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('help and version', () => {
  it('--help leads with examples, lists the commands and documents every exit code', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[2]).toBe('Voorbeelden');
    for (const text of [
      'evaluate',
      'termijnen',
      'schema',
      'check',
      'conformance',
      '--evaluate',
      '--peildatum',
      '--variant',
      '--format',
      '--lang',
    ]) {
      expect(stdout).toContain(text);
    }
    for (const exitCode of ['0 ', '1 ', '64', '65', '66', '70'])
      expect(stdout).toMatch(new RegExp(`^  ${exitCode}`, 'm'));
  });

  it('--help --lang en is in English', async () => {
    const { code, stdout } = await runCli(['--help', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples');
    expect(stdout).toContain('Exit codes');
  });

  it('-h after a command shows the help too', async () => {
    const { code, stdout } = await runCli(['evaluate', '-h']);
    expect(code).toBe(0);
    expect(stdout).toContain('Afsluitcodes');
  });

  it('--version prints the CLI version and the rule-set version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^iza-regels \d+\.\d+\.\d+\nregelset \d+\.\d+\.\d+\n$/);
  });
});

describe('usage errors exit 64', () => {
  it.each([
    ['no command at all', []],
    ['an unknown command', ['toets']],
    ['an unknown option', ['evaluate', '--bogus', 'plan.json']],
    ['an option without its value', ['evaluate', 'plan.json', '--peildatum']],
    ['an unknown --format', ['evaluate', 'plan.json', '--format', 'xml']],
    ['an unknown --lang', ['termijnen', '--lang', 'de']],
    ['an extra argument', ['evaluate', 'a.json', 'b.json']],
    ['an unknown schema name', ['schema', 'onbekend']],
  ])('%s', async (_name, args) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/✖ .+\n {2}\(en\) .+/);
  });

  it('names the unknown option in Dutch and English', async () => {
    const { stderr } = await runCli(['evaluate', '--bogus', 'plan.json']);
    expect(stderr).toContain('Onbekende optie --bogus');
    expect(stderr).toContain("(en) Unknown option '--bogus'");
  });
});

describe('internal errors exit 70', () => {
  it('an unexpected exception is reported as a bug with a hint how to report it', async () => {
    // Simulate a bug: JSON.stringify throws while the receipt is written.
    const crash = `data:text/javascript,JSON.stringify = () => { throw new Error('kapot') };`;
    const { code, stdout, stderr } = await runCli(['evaluate', '-', '--peildatum', '2026-11-23'], {
      input: '{}',
      nodeArgs: ['--import', crash],
    });
    expect(code).toBe(70);
    expect(stdout).toBe('');
    expect(stderr).toContain('Interne fout: kapot');
    expect(stderr).toContain('iza-regels --version');
    expect(stderr).toContain('(en) Internal error: kapot');
  });
});
