// Queries against the Prometheus HTTP API: ranges (/api/v1/query_range) for the analysis windows,
// instant values (/api/v1/query) for the A/B experiment's cumulative counts. Headers (authentication)
// go with every request; their values are secrets and never appear in a message.
import { ConfigurationError } from '../runtime/errors.js';

export interface MetricsSource {
  /** All finite sample values of every series the query returns, over the window. */
  range(query: string, startSeconds: number, endSeconds: number, stepSeconds: number): Promise<number[]>;
  /** The sum of the query's series at one moment (now by default); undefined when it returns none. */
  instant(query: string, atSeconds?: number): Promise<number | undefined>;
}

type Body = { status?: string; error?: string; errorType?: string; data?: { result?: { value?: [number, string]; values?: [number, string][] }[] } };

export function prometheusClient(baseUrl: string, headers: Record<string, string> = {}): MetricsSource {
  const call = async (endpoint: string, params: Record<string, string>, query: string) => {
    const url = new URL(endpoint, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    url.search = new URLSearchParams(params).toString();
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new ConfigurationError(`Cannot reach Prometheus at ${baseUrl} (${(error as Error).cause ?? (error as Error).message}). Check input 'prometheus-url'.`);
    }
    if (response.status === 401 || response.status === 403) {
      throw new ConfigurationError(`Prometheus at ${baseUrl} answered ${response.status} ${response.statusText}: check input 'prometheus-headers' (the credentials it sends).`);
    }
    const body = (await response.json().catch(() => ({}))) as Body;
    if (!response.ok || body.status !== 'success') {
      throw new ConfigurationError(`Prometheus rejected the query ${JSON.stringify(query)}: ${body.errorType ?? response.status} ${body.error ?? response.statusText}.`);
    }
    return body.data?.result ?? [];
  };
  return {
    async range(query, start, end, step) {
      const result = await call('api/v1/query_range', { query, start: String(start), end: String(end), step: String(step) }, query);
      return result.flatMap((series) => (series.values ?? []).map(([, v]) => Number(v)).filter(Number.isFinite));
    },
    async instant(query, at) {
      const result = await call('api/v1/query', { query, ...(at === undefined ? {} : { time: String(at) }) }, query);
      const values = result.map((series) => Number(series.value?.[1])).filter(Number.isFinite);
      return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
    },
  };
}
