// A GraphQL document's text, before and while it is parsed. Documents are
// parsed before anyone is authenticated, so what a stranger can send must cost
// little: a bounded text, a bounded number of tokens, a bounded nesting, and a
// cache of parsed documents bounded by the bytes it keeps (yoga's default keeps
// 1,000 documents of any size for an hour: 1,000 distinct 15 MiB documents of
// whitespace filled the process's memory).
import { GraphQLError, parse, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";

/** Large values belong in variables; no hand-written document comes near this. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** Tokens of a document (graphql-armor's maxTokens; whitespace and comments are not tokens). */
export const MAX_TOKENS = 5000;

const KEPT_TEXT_BYTES = 2 * 1024 * 1024;
const KEPT_DOCUMENT_BYTES = 64 * 1024;

/**
 * Parsed documents (and parse errors) by their text, for the few documents
 * clients send over and over: at most 2 MiB of text is kept, and a document
 * over 64 KiB is parsed each time it comes, never kept.
 */
function textCache<V extends object>(): LRUCache<string, V> {
  return new LRUCache<string, V>({
    maxSize: KEPT_TEXT_BYTES,
    maxEntrySize: KEPT_DOCUMENT_BYTES,
    sizeCalculation: (_value, text) => text.length || 1,
  });
}

export const parsedDocuments = textCache<DocumentNode>();
export const parseErrors = textCache<object>();

/** A document yoga has parsed (kept in parsedDocuments), or parsed here within the same limits; undefined if it does not parse. */
export function parsedDocument(text: string): DocumentNode | undefined {
  const kept = parsedDocuments.get(text);
  if (kept) return kept;
  if (text.length > MAX_DOCUMENT_BYTES) return undefined;
  try {
    const document = parse(text, { maxTokens: MAX_TOKENS });
    parsedDocuments.set(text, document);
    return document;
  } catch {
    return undefined;
  }
}

/**
 * Refuses a document over MAX_DOCUMENT_BYTES before parsing it, and one nested
 * deeper than the parser's stack (a few thousand `[` within the token limit)
 * with a syntax error rather than a crash of the request.
 */
export function useDocumentLimits(): Plugin {
  return {
    onParse({ params, parseFn, setParseFn }) {
      const length = typeof params.source === "string" ? params.source.length : params.source.body.length;
      if (length > MAX_DOCUMENT_BYTES) {
        throw new GraphQLError(`The GraphQL document is longer than ${MAX_DOCUMENT_BYTES / 1024} KiB; send large values as variables.`, {
          extensions: { code: "DOCUMENT_TOO_LARGE", http: { status: 413 } },
        });
      }
      setParseFn((source, options) => {
        try {
          return parseFn(source, options);
        } catch (error) {
          // A syntax error like any other (HTTP 200 for application/json, as the GraphQL-over-HTTP spec asks).
          if (error instanceof RangeError) throw new GraphQLError("Syntax Error: the document is nested too deeply.");
          throw error;
        }
      });
    },
  };
}
