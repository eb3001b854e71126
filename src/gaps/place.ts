import type { Engine } from "../core/engine.js";
import { mostFrequent } from "../core/most-frequent.js";
import type { GapGroup } from "./group.js";

/** Where a new fact for a group of gaps would go: a system and topic, each by id and name. */
export interface GapPlace {
  system: { id: string; name: string } | null;
  topic: { id: string; name: string } | null;
}

export type PlacedGapGroup = GapGroup & { likely: GapPlace };

/**
 * The system and topic each group most likely concerns, by what the engine reads in each of
 * its wordings (the most named wins; earlier, more recent wordings break ties).
 */
export function placeGaps(groups: GapGroup[], engine: Engine): PlacedGapGroup[] {
  const systemName = new Map(engine.kb.systems.map((s) => [s.id, s.name]));
  const topicName = new Map(engine.kb.topics.map((t) => [t.id, t.name]));
  const named = (id: string | undefined, names: Map<string, string>) => {
    const name = id === undefined ? undefined : names.get(id);
    return id !== undefined && name !== undefined ? { id, name } : null;
  };
  return groups.map((group) => {
    const wordings = [group.question, ...group.otherWordings].map((q) => engine.subjects(q));
    const systems = [...wordings.flatMap((w) => w.systems), ...group.systems];
    const topics = [...wordings.flatMap((w) => w.topics), ...group.topics];
    return {
      ...group,
      likely: {
        system: named(mostFrequent(systems), systemName),
        topic: named(mostFrequent(topics), topicName),
      },
    };
  });
}

/** "CoreOS · Size and footprint", "no known system · Security and access", "no known system". */
export function describePlace({ system, topic }: GapPlace): string {
  return [system?.name ?? "no known system", ...(topic ? [topic.name] : [])].join(" · ");
}
