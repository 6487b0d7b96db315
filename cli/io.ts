/**
 * What a command may touch: output streams, standard input and the working directory. Tests
 * and future embedders pass their own; the bin passes the process's.
 */

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  readStdin(): Promise<string>;
  cwd: string;
}

export const EXIT_OK = 0;
/** The drafts have at least one finding of severity `error`. */
export const EXIT_FINDINGS = 1;
/** Bad input: unknown option, missing or unreadable file, invalid pack. */
export const EXIT_USAGE = 2;

/** An error the user can fix; the message is printed as is, without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** The name standard input is shown under. */
export const STDIN_NAME = '<stdin>';

/** Reads a text file, or standard input for "-"; a failure is a `CliError` naming the file. */
export async function readInput(path: string, io: CliIO): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new CliError(`cannot read ${path}: ${reason}`);
  }
}
