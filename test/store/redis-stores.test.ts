import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { RedisContextStore } from "../../src/store/context-store.js";
import { RedisDedupStore } from "../../src/store/dedup.js";
import { FileEventLog } from "../../src/store/file-event-log.js";
import { RedisFloodCounter } from "../../src/store/flood.js";
import { openStores } from "../../src/store/open.js";
import { failoverEventLog, RedisEventLog } from "../../src/store/redis-event-log.js";
import { RedisLink } from "../../src/store/redis-link.js";
import { describeWithRedis, type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import {
  buildAskedEvent,
  buildFeedbackEvent,
  buildUnansweredEvent,
} from "../helpers/stored-events.js";

const quiet = { info: () => {}, warn: () => {} };

describeWithRedis("Redis stores against a real redis-server", () => {
  let server: RedisServer;
  const links: RedisLink[] = [];
  const connect = async (keyPrefix = `t${links.length}:`) => {
    const link = new RedisLink({ url: server.url, logger: quiet, keyPrefix });
    links.push(link);
    expect(await link.waitUntilReady(5000)).toBe(true);
    return link.client;
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(links.map((link) => link.close()));
    await server?.stop();
  });

  it("should let exactly one of many concurrent claims on an event win", async () => {
    const [a, b] = [await connect("shared:"), await connect("shared:")];
    const stores = [new RedisDedupStore(a), new RedisDedupStore(b)];
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (stores[i % 2] as RedisDedupStore).claim("Ev42")),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.pttl("dedup:Ev42")).toBeGreaterThan(0);
  });

  it("should copy events recorded locally while Redis was away into Redis once it is back", async () => {
    const own = await startRedisServer();
    const link = new RedisLink({ url: own.url, logger: quiet, keyPrefix: "handover:" });
    links.push(link);
    expect(await link.waitUntilReady(5000)).toBe(true);
    const dataDir = mkdtempSync(join(tmpdir(), "containeros-handover-"));
    const local = new FileEventLog({ dir: dataDir });
    const remote = new RedisEventLog(link.client);
    const log = failoverEventLog(link, remote, local);
    try {
      await own.stop();
      const meanwhile = [
        buildUnansweredEvent({ question: "asked during the outage" }),
        buildAskedEvent(),
      ];
      for (const event of meanwhile) await log.append(event);
      expect(await local.read()).toEqual(meanwhile);
      const back = await startRedisServer(own.port);
      try {
        expect(await link.waitUntilReady(10_000)).toBe(true);
        await vi.waitFor(async () => expect(await remote.read()).toEqual(meanwhile), {
          timeout: 5000,
        });
        await log.handedOver();
        expect(await local.read()).toEqual([]);
        expect(await log.read()).toEqual(meanwhile);
      } finally {
        await link.close();
        await back.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("should append events to a stream and read them back since a time", async () => {
    const log = new RedisEventLog(await connect());
    const old = buildUnansweredEvent({ question: "old", at: "2015-01-01T00:00:00.000Z" });
    const recent = [buildFeedbackEvent(), buildAskedEvent()];
    await log.append(old);
    for (const event of recent) await log.append(event);
    expect(await log.read()).toEqual([old, ...recent]);
    expect(await log.read({ since: new Date(Date.now() - 60_000) })).toEqual(recent);
  });

  it("should read past one page of events", async () => {
    const log = new RedisEventLog(await connect());
    const client = links.at(-1)?.client;
    const pipeline = client?.pipeline();
    for (let i = 0; i < 2500; i++) {
      pipeline?.xadd(
        "events",
        "*",
        "e",
        JSON.stringify(buildUnansweredEvent({ question: `q${i}` })),
      );
    }
    pipeline?.xadd("events", "*", "e", "{torn");
    await pipeline?.exec();
    const events = await log.read();
    expect(events).toHaveLength(2500);
    expect(events.at(-1)).toMatchObject({ question: "q2499" });
  });

  it("should keep a conversation as JSON with an expiry, and ignore anything unreadable", async () => {
    const client = await connect();
    const store = new RedisContextStore(client, 200);
    const context = {
      systems: ["coreos"],
      topics: ["size"],
      recentSystems: ["coreos"],
      pending: ["coreos-size-minimal-os-layer"],
      words: ["selinux", "enabled"],
      beyond: { id: "pricing", label: "what it costs" },
      leader: "rancheros",
    };
    await store.set("C1:1.0", context);
    expect(await store.get("C1:1.0")).toEqual(context);
    await client.set("context:bad", "{not json");
    expect(await store.get("bad")).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await store.get("C1:1.0")).toBeUndefined();
  });

  it("should count hits per sender and window without storing the sender id", async () => {
    const client = await connect();
    const counter = new RedisFloodCounter(client, 60_000, () => 60_000 * 7);
    expect(await counter.hit("U0ASKER")).toBe(1);
    expect(await counter.hit("U0ASKER")).toBe(2);
    expect(await counter.hit("U0OTHER")).toBe(1);
    // KEYS patterns do not get the client's key prefix.
    const keys = await client.keys("*flood:*");
    expect(keys).toHaveLength(2);
    expect(keys.join(" ")).not.toContain("U0ASKER");
    const unprefixed = (keys[0] ?? "").replace(/^t\d+:/, "");
    expect(await client.pttl(unprefixed)).toBeGreaterThan(0);
  });
});

describeWithRedis("Stores when Redis goes away", () => {
  it("should keep working from local memory and files, log once, and use Redis again when it is back", async () => {
    const server = await startRedisServer();
    const dataDir = mkdtempSync(join(tmpdir(), "containeros-failover-"));
    const logs: string[] = [];
    const logger = {
      info: (m: string) => logs.push(`info ${m}`),
      warn: (m: string) => logs.push(`warn ${m}`),
    };
    const stores = await openStores({ redisUrl: server.url, dataDir, logger });
    let restarted: RedisServer | undefined;
    try {
      expect(stores.backend).toBe("redis");
      expect(await stores.dedup.claim("Ev1")).toBe(true);
      await stores.contexts.set("C1:1.0", { systems: ["coreos"], topics: ["size"] });

      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await stores.dedup.claim("Ev1")).toBe(false);
      expect(await stores.dedup.claim("Ev2")).toBe(true);
      expect(await stores.dedup.claim("Ev2")).toBe(false);
      expect(await stores.contexts.get("C1:1.0")).toEqual({
        systems: ["coreos"],
        topics: ["size"],
      });
      expect(await stores.flood.hit("U1")).toBe(1);
      await stores.events.append(buildUnansweredEvent({ question: "during the outage" }));
      expect(await stores.events.read()).toMatchObject([{ question: "during the outage" }]);
      expect(logs.filter((line) => line.startsWith("warn"))).toHaveLength(1);
      expect(logs.join("\n")).toMatch(/Redis at 127\.0\.0\.1:\d+ is unavailable/);

      restarted = await startRedisServer(server.port);
      await expect
        .poll(() => logs.some((line) => /^info Redis at \S+ is back$/.test(line)), {
          timeout: 5000,
        })
        .toBe(true);
      expect(await stores.dedup.claim("Ev3")).toBe(true);
      // What was recorded during the outage is copied into Redis, once.
      await expect
        .poll(() => stores.events.read(), { timeout: 5000 })
        .toMatchObject([{ question: "during the outage" }]);
      await stores.events.append(buildAskedEvent());
      expect((await stores.events.read()).map((event) => event.kind)).toEqual([
        "unanswered",
        "asked",
      ]);
      expect(logs).toContain("info Copied 1 event recorded locally into Redis");
    } finally {
      await stores.close();
      await restarted?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
