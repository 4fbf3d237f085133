// How much a host may hand back, and what the kernel lets an environment carry. Output past a cap is never cut
// silently: the block (or the rest of the host's output) is `incomplete-output`, with the size seen.

/** Bytes one block may write to one stream (stdout or stderr). */
export const MAX_BLOCK_OUTPUT = 16 * 1024 * 1024;
/** Bytes one host may return in a run, all blocks and templates together: what bounds the memory a host costs. */
export const MAX_HOST_OUTPUT = 32 * 1024 * 1024;
/**
 * Linux refuses to exec with an argument or environment string longer than this, its NUL included
 * (MAX_ARG_STRLEN, 32 pages). nuclei passes earlier blocks' output as environment variables, so a block
 * printing more makes the next block's exec fail there too.
 */
export const MAX_ENV_STRING = 32 * 4096;

/** "17,301,504 bytes" */
export function bytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}
