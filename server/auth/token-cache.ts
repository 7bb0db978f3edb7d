// Authenticated tokens kept in the process for a short while, so a request
// does not pay two statements to look its token up. Revocation still takes
// effect on the next request: a database trigger announces every change to a
// token (revoked, renamed, its reach) on the `switchyard_tokens` channel, and
// every process drops its copy when the notification arrives. While a process
// is not listening (its connection lost), it caches nothing and reads every
// token again. Tokens issued to an application are cached under the
// application's token id (several at once), and never past their expiry.
import { randomUUID } from "node:crypto";
import { setImmediate as yieldToIo } from "node:timers/promises";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import type { Logger } from "../logger.ts";
import { bearerSecretHash, lastUsedIsDue, lookUpToken, touchToken, type AuthResult } from "./authenticate.ts";
import type { Principal } from "./principal.ts";

export const TOKEN_CHANNEL = "switchyard_tokens";

// A backstop only: changes are pushed, so this bounds what a lost notification could cost.
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;
// How long a revocation waits to see its own notification come back (every listener has it by then).
const ECHO_TIMEOUT_MS = 1000;

interface Entry {
  principal: Principal;
  lastUsedAt: Date | null;
  expiresAt: number;
  /** An issued token's own expiry, on the request's clock. */
  validUntil?: Date;
}

export interface TokenCache {
  /** The principal behind an Authorization header, from the cache or the database. */
  authenticate(clock: Clock, authorization: string | null | undefined): Promise<AuthResult>;
  /**
   * Drops the token's copy in this process at once. Call it after the change is committed; it resolves
   * once this process has heard the change announced (at most a second), so every other process's
   * connection has the announcement too.
   */
  forget(tokenId: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts listening on first use, so processes that never authenticate (workers, the command line) hold no connection for it. */
export function createTokenCache(database: Database, logger: Logger): TokenCache {
  const entries = new Map<string, Entry>();
  // Token id to the hashes cached for it: an application's issued tokens all act as the application.
  const hashesOf = new Map<string, Set<string>>();
  const echoes = new Map<string, () => void>();
  let listening = false;
  // Bumped by every change heard: a lookup that began before one does not store what it read.
  let generation = 0;

  const drop = (tokenId: string) => {
    generation++;
    for (const hash of hashesOf.get(tokenId) ?? []) entries.delete(hash);
    hashesOf.delete(tokenId);
  };
  const forgetHash = (tokenId: string, hash: string) => {
    entries.delete(hash);
    const hashes = hashesOf.get(tokenId);
    hashes?.delete(hash);
    if (hashes?.size === 0) hashesOf.delete(tokenId);
  };
  const listen = () =>
    database.listen(TOKEN_CHANNEL, {
      notification: (payload) => {
        const [tokenId, echo] = payload.split(" ");
        drop(tokenId);
        if (echo) echoes.get(echo)?.();
      },
      listening: (active) => {
        if (listening && !active) logger.warn("lost the token-change connection; authenticating every request from the database meanwhile");
        listening = active;
        generation++;
        entries.clear();
        hashesOf.clear();
      },
    });
  let started: ReturnType<typeof listen> | undefined;
  // Another process's notification arrives on a socket: let whatever has already arrived be handled first.
  const crossProcess = database.kind === "postgres";

  return {
    async authenticate(clock, authorization) {
      const bearer = bearerSecretHash(authorization);
      if (!bearer.ok) return bearer;
      // Not awaited: until the connection listens, requests are simply looked up.
      started ??= listen().catch((error: unknown) => {
        logger.warn({ err: (error as Error).message }, "could not listen for token changes; tokens are not cached");
        return async () => {};
      });
      if (crossProcess) await yieldToIo();
      const now = clock.now();
      const entry = listening ? entries.get(bearer.secretHash) : undefined;
      if (entry && entry.expiresAt > performance.now() && (!entry.validUntil || now < entry.validUntil)) {
        if (lastUsedIsDue(entry.lastUsedAt, now)) {
          entry.lastUsedAt = now;
          await touchToken(database.prisma, entry.principal.tokenId, now);
        }
        return { ok: true, principal: entry.principal };
      }
      const seen = generation;
      const { result, lastUsedAt, validUntil } = await lookUpToken(database.prisma, clock, bearer);
      if (entry) forgetHash(entry.principal.tokenId, bearer.secretHash);
      if (result.ok && listening && generation === seen) {
        if (entries.size >= MAX_ENTRIES) {
          const [oldest, { principal }] = entries.entries().next().value!;
          forgetHash(principal.tokenId, oldest);
        }
        entries.set(bearer.secretHash, { principal: result.principal, lastUsedAt, expiresAt: performance.now() + TTL_MS, validUntil });
        const hashes = hashesOf.get(result.principal.tokenId) ?? new Set<string>();
        hashesOf.set(result.principal.tokenId, hashes.add(bearer.secretHash));
      }
      return result;
    },
    async forget(tokenId) {
      drop(tokenId);
      if (!crossProcess || !listening) return;
      // Sent after the change's own notification, so it comes back after it, on every listener.
      const echo = randomUUID();
      let heard = () => {};
      const back = new Promise<void>((resolve) => (heard = resolve));
      echoes.set(echo, heard);
      const timer = setTimeout(heard, ECHO_TIMEOUT_MS);
      try {
        await database.sql.query("SELECT pg_notify($1, $2)", [TOKEN_CHANNEL, `${tokenId} ${echo}`]);
        await back;
      } finally {
        clearTimeout(timer);
        echoes.delete(echo);
      }
    },
    async close() {
      const stop = await started;
      await stop?.();
    },
  };
}
