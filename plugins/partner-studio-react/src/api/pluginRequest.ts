import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';

/** A query parameter's value: a list repeats the parameter. */
export type QueryValue = string | number | readonly string[] | undefined;

/**
 * `?a=1&b=x&b=y` of the parameters that have a value (undefined and empty
 * strings are left out, a list repeats the parameter); empty when none has.
 *
 * @public
 */
export function queryString(params: Record<string, QueryValue> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (typeof value === 'object') {
      for (const item of value) search.append(name, item);
    } else {
      search.set(name, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * How a request is made and its answer read.
 *
 * @public
 */
export interface PluginRequestOptions<T> {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Reads an OK response; default: its JSON body. */
  read?: (response: Response) => Promise<T>;
}

/**
 * A request to a path of a backend plugin, with the user's token.
 *
 * @public
 */
export type PluginRequest = <T>(
  pluginId: string,
  path: string,
  options?: PluginRequestOptions<T>,
) => Promise<T>;

/**
 * Requests to backend plugins as every Partner Studio client makes them:
 * the plugin's base URL from discovery, the user's token through the fetch
 * API, a JSON body, and any answer that is not OK thrown as a
 * `ResponseError` (status, and the backend's error body with what was
 * wrong).
 *
 * @public
 */
export function createPluginRequest(apis: {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
}): PluginRequest {
  return async <T>(
    pluginId: string,
    path: string,
    options: PluginRequestOptions<T> = {},
  ): Promise<T> => {
    const { method = 'GET', body, read } = options;
    const baseUrl = await apis.discoveryApi.getBaseUrl(pluginId);
    const response = await apis.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return read ? read(response) : ((await response.json()) as T);
  };
}
