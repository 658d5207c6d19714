import { describeFailure } from './errors.js';
import type { ActionIO, ActionMain } from './port.js';

/** Runs an adapter; any failure ends in one readable message and a failed step, never a stack trace. */
export async function runAction(main: ActionMain, io: ActionIO): Promise<void> {
  try {
    await main(io);
  } catch (error) {
    if (error instanceof Error && error.stack) io.debug(error.stack);
    io.setFailed(describeFailure(error));
  }
}
