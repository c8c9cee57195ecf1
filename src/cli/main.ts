import { runCheck } from './check';
import { runEval } from './eval';

const USAGE = `Usage:
  nolan check [--org ID] [--media-authorised] [--politically-restricted] [--format json|text]
      Reads drafts as JSON lines on stdin; writes {"id", "findings"} per line to stdout.
  nolan eval FILE.jsonl [--org ID] [--json]
      Precision and recall per category on labelled drafts, and every wrong draft.
  nolan register serve [--port 8787] [--data ./data/register] [--org ID]
  nolan register verify [--data ./data/register]
  nolan register user add --email E --name N --role staff|reviewer|admin [--data ...]
  nolan register user list [--data ...]
  nolan register user revoke|token|reinstate --email E [--data ...]
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest);
    case 'eval':
      return runEval(rest);
    case 'register': {
      const { runRegister } = (await import(/* the register CLI, loaded only when asked for */ `./register${'.ts'}`)) as { runRegister(argv: string[]): Promise<number> };
      return runRegister(rest);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`nolan: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
