// Every statement a GraphQL operation runs is its organization's: it takes a
// turn of that organization's share of the API's database connections
// (server/db/organization-share.ts). Subscriptions too: each item is read in
// the subscriber's organization's share.
import type { Plugin } from "graphql-yoga";
import { actingFor } from "../server/db/organization-share.ts";
import type { GraphQLContext } from "./context.ts";

function organizationOf(contextValue: unknown): string | undefined {
  return (contextValue as Partial<GraphQLContext>).scope?.organizationId;
}

function actingIterator<T>(organizationId: string, source: AsyncIterable<T>): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    next: () => actingFor(organizationId, () => iterator.next()),
    return: (value) => actingFor(organizationId, () => iterator.return?.(value) ?? Promise.resolve({ done: true as const, value })),
    throw: (error) => actingFor(organizationId, () => iterator.throw?.(error) ?? Promise.reject(error)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export function useActingOrganization(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const organizationId = organizationOf(args.contextValue);
        return organizationId === undefined ? executeFn(args) : actingFor(organizationId, () => executeFn(args));
      });
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const organizationId = organizationOf(args.contextValue);
        if (organizationId === undefined) return subscribeFn(args);
        const result = await actingFor(organizationId, () => subscribeFn(args));
        return Symbol.asyncIterator in result ? actingIterator(organizationId, result) : result;
      });
    },
  };
}
