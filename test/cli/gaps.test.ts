import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/main.js";
import type { GapsReport } from "../../src/gaps/format.js";
import { FileEventLog } from "../../src/store/file-event-log.js";
import { RedisEventLog } from "../../src/store/redis-event-log.js";
import { RedisLink } from "../../src/store/redis-link.js";
import { captureIo } from "../helpers/cli-io.js";
import { describeWithRedis, type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { buildFeedbackEvent, buildUnansweredEvent } from "../helpers/stored-events.js";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function gaps(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(["gaps", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe("containeros gaps (local file)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "containeros-gaps-"));
    vi.stubEnv("CONTAINEROS_DATA_DIR", dir);
    vi.stubEnv("REDIS_URL", "");
    const log = new FileEventLog({ dir });
    await log.append(buildUnansweredEvent({ question: "size of the moon", at: daysAgo(10) }));
    await log.append(buildUnansweredEvent({ question: "moon size?", at: daysAgo(2) }));
    await log.append(
      buildUnansweredEvent({ question: "What is the size of the moon", at: daysAgo(1) }),
    );
    await log.append(buildFeedbackEvent({ question: "coreos security", at: daysAgo(1) }));
    await log.append(buildFeedbackEvent({ question: "coreos security", helpful: true }));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it("should list groups most frequent first, with counts and last seen", async () => {
    const { code, out } = await gaps();
    expect(code).toBe(0);
    expect(out).toContain("3 unanswered, 1 marked unhelpful, in 2 groups");
    expect(out.indexOf('3×  "What is the size of the moon"')).toBeGreaterThan(0);
    expect(out.indexOf("3×")).toBeLessThan(out.indexOf('1×  "coreos security"'));
    expect(out).toContain('also asked as: "moon size?", "size of the moon"');
    expect(out).toContain("answered about: coreos, security");
    // Where a new fact would go, by what the engine reads in the questions.
    expect(out).toContain("likely about: no known system · Size and footprint");
    expect(out).toContain("likely about: CoreOS · Security and access");
  });

  it("should print one JSON object with --json, limited by --since", async () => {
    const { code, out } = await gaps("--json", "--since", "7d");
    expect(code).toBe(0);
    const report = JSON.parse(out) as GapsReport;
    expect(report.groups.map((g) => [g.question, g.count])).toEqual([
      ["What is the size of the moon", 2],
      ["coreos security", 1],
    ]);
    expect(report.source).toBe(join(dir, "events.jsonl"));
    expect(Date.parse(report.since ?? "")).toBeLessThan(Date.now() - 6 * 86_400_000);
  });

  it("should say there is nothing to review when nothing was recorded", async () => {
    vi.stubEnv("CONTAINEROS_DATA_DIR", join(dir, "empty"));
    const { code, out } = await gaps();
    expect(code).toBe(0);
    expect(out).toContain("Nothing to review");
  });

  it("should reject a bad duration or argument as a usage error", async () => {
    const bad = await gaps("--since", "a week");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      '--since expects a duration such as 30m, 12h, 7d or 2w, not "a week"',
    );
    expect(bad.err).toContain("Usage: containeros gaps");
    expect((await gaps("extra")).code).toBe(2);
    expect((await gaps("--verbose")).code).toBe(2);
  });

  it("should print its help", async () => {
    const { code, out } = await gaps("--help");
    expect(code).toBe(0);
    expect(out).toContain("Usage: containeros gaps [--json] [--since DURATION]");
  });
});

describeWithRedis("containeros gaps (Redis)", () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.stop());
  afterEach(() => vi.unstubAllEnvs());

  it("should read the events the bot recorded in Redis when REDIS_URL is set", async () => {
    const link = new RedisLink({ url: server.url, logger: console });
    await link.waitUntilReady(5000);
    await new RedisEventLog(link.client).append(
      buildUnansweredEvent({ question: "kubernetes pricing" }),
    );
    await link.close();
    vi.stubEnv("REDIS_URL", server.url);
    const { code, out } = await gaps("--json");
    expect(code).toBe(0);
    const report = JSON.parse(out) as GapsReport;
    expect(report.source).toBe(`Redis at 127.0.0.1:${server.port}`);
    expect(report.groups.map((g) => g.question)).toEqual(["kubernetes pricing"]);
  });

  it("should fail in one line, without the password, when Redis cannot be reached", async () => {
    vi.stubEnv("REDIS_URL", "redis://:s3cret@127.0.0.1:1");
    const { code, out, err } = await gaps();
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe("containeros: could not connect to Redis at 127.0.0.1:1 (REDIS_URL)\n");
  });
});
