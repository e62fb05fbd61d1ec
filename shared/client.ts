/**
 * The client every caller of the API uses, generated from the contract so it
 * cannot drift from it. The transport (IPC, HTTP, direct) is injected; the
 * caller cannot tell which one it runs on.
 */
import { api, OP_NAMES, type ApiEvent, type OpInput, type OpName, type OpOutput } from './api';
import { ApiError, describeIssues, type Result } from './result';

export interface Transport {
  invoke(op: OpName, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to events from main; returns an unsubscribe function. */
  subscribe?(listener: (event: ApiEvent) => void): () => void;
}

export type ApiClient = { [N in OpName]: (input: OpInput<N>) => Promise<OpOutput<N>> } & {
  onEvent(listener: (event: ApiEvent) => void): () => void;
};

/**
 * Builds a typed client. Inputs are validated before they leave (a bad call
 * fails fast with the same invalid_input error the server would give), and
 * failures arrive as thrown {@link ApiError}s.
 */
export function createClient(transport: Transport): ApiClient {
  const client = {} as Record<string, unknown>;
  for (const name of OP_NAMES) {
    client[name] = async (input: unknown) => {
      const parsed = api[name].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new ApiError('invalid_input', `Invalid input for ${name}`, describeIssues(parsed.error));
      }
      const result = await transport.invoke(name, input ?? {});
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.issues);
      return result.value;
    };
  }
  client.onEvent = (listener: (event: ApiEvent) => void) => transport.subscribe?.(listener) ?? (() => {});
  return client as ApiClient;
}
