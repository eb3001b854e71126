import { type CliEnv, loadCliEnv } from "../../config/env.js";
import { createEngine } from "../../core/engine.js";
import { loadKnowledge } from "../../core/knowledge/load.js";
import { parseDuration } from "../../gaps/duration.js";
import { buildReport, formatReport } from "../../gaps/format.js";
import { groupGaps } from "../../gaps/group.js";
import { placeGaps } from "../../gaps/place.js";
import { openEventLogForReading } from "../../store/open.js";
import { UsageError } from "../errors.js";
import { type CliIo, writeOut } from "../io.js";
import { knowledgeLocation } from "../knowledge.js";
import { parseCommand } from "../parse.js";
import { GAPS_USAGE } from "../usage.js";

/**
 * `containeros gaps [--json] [--since 7d]`: what curators should look at, read from the store the
 * bot writes (Redis with REDIS_URL, else the file under CONTAINEROS_DATA_DIR).
 */
export async function gapsCommand(
  argv: string[],
  io: CliIo,
  env: CliEnv = loadCliEnv(),
): Promise<number> {
  const { values, positionals } = parseCommand(argv, GAPS_USAGE, {
    json: { type: "boolean" },
    since: { type: "string" },
  });
  if (values.help) return writeOut(io.stdout, `${GAPS_USAGE}\n`).then(() => 0);
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}"`, GAPS_USAGE);
  }
  const since = values.since === undefined ? undefined : sinceDate(values.since);
  // Each group is placed where a new fact would go, by the same engine the bot answers with.
  const engine = createEngine(loadKnowledge(knowledgeLocation(values, env)).kb);
  const store = await openEventLogForReading(env);
  try {
    const events = await store.log.read({ since });
    const report = buildReport(placeGaps(groupGaps(events), engine), since, store.where);
    await writeOut(io.stdout, `${values.json ? JSON.stringify(report) : formatReport(report)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function sinceDate(text: string): Date {
  const ms = parseDuration(text);
  if (ms === undefined) {
    throw new UsageError(
      `--since expects a duration such as 30m, 12h, 7d or 2w, not "${text}"`,
      GAPS_USAGE,
    );
  }
  return new Date(Date.now() - ms);
}
