/** A problem the user can fix: a bad input, a bad file. The message says what and how. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** The message a person sees when an action fails: user errors as they are, internal ones with their causes. */
export function describeFailure(error: unknown): string {
  if (error instanceof ConfigurationError) return error.message;
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && parts.length < 5) {
    parts.push(current.message);
    current = current.cause;
  }
  if (parts.length === 0) parts.push(String(error));
  return `Internal error: ${parts.join(' ← caused by: ')}`;
}
