/**
 * The `gloss` command line: the same API as the app, for scripting and batch
 * work. Every command takes --data DIR (default: the OS app-data folder, or
 * GLOSS_DATA).
 */
import { Command } from 'commander';
import { VERSION } from '../core/core';
import { defaultDataDir } from '../core/paths';
import { registerAnnotationCommands } from './annotation-commands';
import { registerAnnotationEditCommands } from './annotation-edit-commands';
import { registerBundleCommands } from './bundle-commands';
import { registerClaimCommands } from './claim-commands';
import { registerCompareCommands } from './compare-commands';
import { registerKeyCommands } from './key-commands';
import { registerExportCommands } from './export-commands';
import { registerHostCommands } from './host-commands';
import { registerJudgementCommands } from './judgement-commands';
import { registerLibraryCommands } from './library-commands';
import { registerOutletCommands } from './outlet-commands';
import type { GlobalOptions } from './run';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('gloss')
    .description('Gloss — an offline workbench for editorial analysts.')
    .version(VERSION)
    .option('--data <dir>', `library folder (default: ${defaultDataDir()}; env GLOSS_DATA)`)
    .showHelpAfterError('(run gloss --help for usage)')
    .exitOverride();
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  registerLibraryCommands(program, globals);
  registerAnnotationCommands(program, globals);
  registerAnnotationEditCommands(program, globals);
  registerJudgementCommands(program, globals);
  registerOutletCommands(program, globals);
  registerClaimCommands(program, globals);
  registerCompareCommands(program, globals);
  registerExportCommands(program, globals);
  registerBundleCommands(program, globals);
  registerKeyCommands(program, globals);
  registerHostCommands(program, globals);
  // Accept --data after the command name too (`gloss list --data DIR`).
  for (const command of program.commands) {
    command.option('--data <dir>', 'library folder').exitOverride();
    command.hook('preAction', (_this, action) => {
      const local = action.opts<GlobalOptions>().data;
      if (local) program.setOptionValue('data', local);
    });
  }
  return program;
}
