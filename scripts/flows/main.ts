import { DataFileError } from '../../src/core/errors.ts'
import { toMermaid } from '../../src/flow/mermaid.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import { runChat } from './chat.ts'
import { runCheck } from './check.ts'
import { readFlowFiles } from './load.ts'
import { runDialogTests } from './test-dialogs.ts'

const usage = `usage: npm run flows -- <command>

  check            schema and graph checks for flows/*.yaml (exit 1 on errors);
                   add --verbose to list every key a translation lacks
  graph [file]     Mermaid flowchart of the flows (or of one file, e.g. flows/elderly.yaml)
  chat             talk to the bot in this terminal (shows label, confidence, slots, route)
  test [file...]   run golden conversations in tests/dialogs/*.yaml (exit 1 on a mismatch)`

const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'check':
        return await runCheck({ verbose: rest.includes('--verbose') })
      case 'graph': {
        console.log(toMermaid(parseFlows(readFlowFiles()), rest[0]))
        return 0
      }
      case 'chat':
        return await runChat()
      case 'test':
        return await runDialogTests(rest)
      default:
        console.log(usage)
        return command === undefined || command === 'help' ? 0 : 2
    }
  } catch (e) {
    if (e instanceof DataFileError) {
      console.error(e.message)
      return 1
    }
    throw e
  }
}

process.exitCode = await main(process.argv.slice(2))
