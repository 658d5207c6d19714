// Range queries against the Prometheus HTTP API (/api/v1/query_range).
import { ConfigurationError } from '../runtime/errors.js';

export type QueryRange = (query: string, startSeconds: number, endSeconds: number, stepSeconds: number) => Promise<number[]>;

/** All finite sample values of every series the query returns, over the window. */
export function prometheusClient(baseUrl: string): QueryRange {
  return async (query, start, end, step) => {
    const url = new URL('api/v1/query_range', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    url.search = new URLSearchParams({ query, start: String(start), end: String(end), step: String(step) }).toString();
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new ConfigurationError(`Cannot reach Prometheus at ${baseUrl} (${(error as Error).cause ?? (error as Error).message}). Check input 'prometheus-url'.`);
    }
    const body = (await response.json().catch(() => ({}))) as { status?: string; error?: string; errorType?: string; data?: { result?: { values?: [number, string][] }[] } };
    if (!response.ok || body.status !== 'success') {
      throw new ConfigurationError(`Prometheus rejected the query ${JSON.stringify(query)}: ${body.errorType ?? response.status} ${body.error ?? response.statusText}.`);
    }
    return (body.data?.result ?? []).flatMap((series) => (series.values ?? []).map(([, v]) => Number(v)).filter(Number.isFinite));
  };
}
