// HTTP headers given as `Name: value` lines (webhook-headers, prometheus-headers). The values are
// credentials: the caller registers them as secrets, and no message here ever quotes one.
import { ConfigurationError } from '../runtime/errors.js';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/; // RFC 9110 field-name

export function parseHeaders(text: string | undefined, input: string): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  for (const [index, raw] of (text ?? '').split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (!TOKEN.test(name) || value === '') {
      throw new ConfigurationError(`Input '${input}', line ${index + 1}: expected "Name: value" (a header name, a colon, a value)${TOKEN.test(name) ? ` for header ${name}` : ''}.`);
    }
    headers[name] = value;
  }
  return headers;
}
