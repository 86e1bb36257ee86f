// The one way the explorer reads data: POST /graphql on the server that
// serves it.

export const ENDPOINT = '/graphql';

/** A failure to show to the user: unreachable server, HTTP error, or GraphQL errors. */
export class ApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** Runs a query and returns its data; any GraphQL error rejects with ApiError. */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError('The server cannot be reached. Is `jhagraph serve` running?');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError(`The server answered ${res.status} ${res.statusText} without GraphQL data.`);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '));
  }
  if (!res.ok || body.data == null) {
    throw new ApiError(`The server answered ${res.status} ${res.statusText}.`);
  }
  return body.data;
}
