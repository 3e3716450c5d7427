/** Runs the CLI in process with a capturing terminal. */
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], color = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    color: { out: color, err: color },
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
