/** Entry point of the `gloss` command (bundled to dist/main/cli.js). */
import { buildProgram } from './program';
import { exitFor } from './run';

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    const { code, message } = exitFor(e);
    const commanderCode = (e as { code?: string }).code;
    if (commanderCode === 'commander.helpDisplayed' || commanderCode === 'commander.help' || commanderCode === 'commander.version') return 0;
    if (message) process.stderr.write(`gloss: ${message}\n`);
    return code;
  }
}
