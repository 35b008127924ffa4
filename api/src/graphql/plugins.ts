import type { ApolloServerPlugin } from "@apollo/server";
import { validate } from "graphql";
import { exceedsTokenLimit, queryLimitRule, tokenLimitError } from "./limits.js";
import type { Context } from "./context.js";
import { unwrapResolverError } from "@apollo/server/errors";
import { INTERNAL_ERROR_MESSAGE, isClientFacing, isOutage } from "./errors.js";

/**
 * Logs every unexpected error with the request's logger (so the log line
 * carries the request id) and gives the client that id in the masked error.
 */
export const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (!isClientFacing(error)) {
            contextValue.logger.error(
              { err: error.originalError ?? error, operationName, path: error.path },
              "GraphQL error",
            );
          } else if (isOutage(error)) {
            // The client is told (SEARCH_UNAVAILABLE); the operators need to know why.
            const cause = (unwrapResolverError(error) as Error).cause;
            contextValue.logger.warn({ err: cause, operationName, path: error.path }, "service unavailable");
          }
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== "single") return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.message === INTERNAL_ERROR_MESSAGE) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
};

/**
 * Refuses operations beyond the query limits before anything runs.
 * A plugin rather than a validation rule because the cost depends on the
 * request's variables (`first: $pageSize`), because Apollo caches validation,
 * and because Apollo gives every validation rule's error its own code.
 * The token limit is graphql-js's parser's (`parseOptions.maxTokens` in the
 * app), which reports it as a syntax error: this says it is the limit (a
 * document over it is refused for that, whatever else is wrong with it).
 */
export const queryLimitPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, schema }) {
        const [error] = validate(schema, document, [queryLimitRule(request.variables ?? {})]);
        if (error) throw error;
      },
      async willSendResponse({ response, source }) {
        if (response.body.kind !== "single" || source === undefined) return;
        const [error] = response.body.singleResult.errors ?? [];
        if (error?.extensions?.code !== "GRAPHQL_PARSE_FAILED" || !exceedsTokenLimit(source)) return;
        response.body.singleResult.errors = [tokenLimitError()];
      },
    };
  },
};
