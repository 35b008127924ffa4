// The web app's only window onto the API contract: typed documents for each operation.
export * from "./generated/graphql";
export type { TypedDocumentNode } from "@graphql-typed-document-node/core";
