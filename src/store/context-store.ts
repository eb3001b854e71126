import type { Redis } from "ioredis";
import { z } from "zod";
import {
  type ConversationContext,
  MAX_CONTEXT_WORD_LENGTH,
  MAX_CONTEXT_WORDS,
} from "../core/answer/contract.js";
import { ExpiringMap } from "./expiring-map.js";
import { parseJsonWith } from "./parse-json.js";
import type { RedisLink } from "./redis-link.js";

/** What a conversation (a Slack thread, a DM) remembers between questions, kept for a while. */
export interface ContextStore {
  get(key: string): Promise<ConversationContext | undefined>;
  set(key: string, context: ConversationContext): Promise<void>;
}

/** A conversation idle for longer than this starts afresh. */
export const CONTEXT_TTL_MS = 60 * 60_000;

const contextSchema = z.object({
  systems: z.array(z.string()).max(20),
  topics: z.array(z.string()).max(20),
  recentSystems: z.array(z.string()).max(20).optional(),
  pending: z.array(z.string()).max(50).optional(),
  words: z.array(z.string().max(MAX_CONTEXT_WORD_LENGTH)).max(MAX_CONTEXT_WORDS).optional(),
  beyond: z.object({ id: z.string().max(100), label: z.string().max(200) }).optional(),
  leader: z.string().max(100).optional(),
});

export class MemoryContextStore implements ContextStore {
  private readonly contexts: ExpiringMap<ConversationContext>;

  constructor(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    this.contexts = new ExpiringMap({ ttlMs: CONTEXT_TTL_MS, maxEntries: 5000, ...options });
  }

  async get(key: string): Promise<ConversationContext | undefined> {
    return this.contexts.get(key);
  }

  async set(key: string, context: ConversationContext): Promise<void> {
    this.contexts.set(key, context);
  }
}

/** JSON under `context:<key>` with an expiry; anything unreadable counts as no context. */
export class RedisContextStore implements ContextStore {
  constructor(
    private readonly client: Redis,
    private readonly ttlMs = CONTEXT_TTL_MS,
  ) {}

  async get(key: string): Promise<ConversationContext | undefined> {
    const json = await this.client.get(`context:${key}`);
    return json === null ? undefined : parseJsonWith(contextSchema, json);
  }

  async set(key: string, context: ConversationContext): Promise<void> {
    await this.client.set(`context:${key}`, JSON.stringify(context), "PX", this.ttlMs);
  }
}

/** Redis while it is there; every context is also kept locally for when it is not. */
export const failoverContextStore = (
  link: RedisLink,
  remote: ContextStore,
  local: ContextStore,
): ContextStore => ({
  get: (key) =>
    link.run(
      "reading a conversation",
      () => remote.get(key),
      () => local.get(key),
    ),
  async set(key, context) {
    await local.set(key, context);
    await link.run(
      "saving a conversation",
      () => remote.set(key, context),
      () => {},
    );
  },
});
