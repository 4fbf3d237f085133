// Reading a template or an imported script: a regular file only, of bounded size, opened without blocking. A FIFO
// named like a template would otherwise stall the run past any signal (a thread stuck in open() keeps Node from
// exiting), and /dev/zero would fill its memory; in a directory anyone can write to, either can appear.
import { constants, open } from 'node:fs/promises';

/** Why a file could not be read, in words that follow its name. */
export class FileProblem extends Error {}

/** The file's bytes; throws FileProblem when it is not a regular file, holds more than `max` bytes, or cannot be read. */
export async function readRegularFile(file: string, max: number, flags = 0): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | flags).catch((e: NodeJS.ErrnoException) => {
    throw new FileProblem(`cannot be read (${e.code ?? e.message})`);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileProblem('is not a regular file');
    if (info.size > max) throw new FileProblem(`is ${info.size} bytes; at most ${max} are allowed`);
    // One byte more than its size is asked for: a file that grows while it is read is refused, not read on.
    const buf = Buffer.alloc(info.size + 1);
    let size = 0;
    while (size < buf.length) {
      const { bytesRead } = await handle.read(buf, size, buf.length - size, size);
      if (bytesRead === 0) break;
      size += bytesRead;
    }
    if (size > info.size) throw new FileProblem('changed while it was read');
    return buf.subarray(0, size);
  } finally {
    await handle.close();
  }
}
