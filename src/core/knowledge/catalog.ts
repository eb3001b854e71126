import type { Fact, KnowledgeBase, Source, System, Topic } from "./schema.js";

/** Read-only lookups over a validated knowledge base, built once at load. */
export class Catalog {
  private readonly systemsById: Map<string, System>;
  private readonly topicsById: Map<string, Topic>;
  private readonly sourcesById: Map<string, Source>;
  private readonly factsByCell = new Map<string, number[]>();
  // Asked for several times a question: listed once here rather than rebuilt each time.
  private readonly systemIdList: readonly string[];
  private readonly topicIdList: readonly string[];
  private readonly tableTopicIdList: readonly string[];

  constructor(readonly kb: KnowledgeBase) {
    this.systemsById = new Map(kb.systems.map((s) => [s.id, s]));
    this.topicsById = new Map(kb.topics.map((t) => [t.id, t]));
    this.sourcesById = new Map(kb.sources.map((s) => [s.id, s]));
    this.systemIdList = kb.systems.map((s) => s.id);
    this.topicIdList = kb.topics.map((t) => t.id);
    this.tableTopicIdList = kb.topics.filter((t) => t.table).map((t) => t.id);
    kb.facts.forEach((fact, i) => {
      const key = cellKey(fact.system, fact.topic);
      const list = this.factsByCell.get(key) ?? [];
      list.push(i);
      this.factsByCell.set(key, list);
    });
  }

  system(id: string): System {
    return this.systemsById.get(id) as System;
  }

  topic(id: string): Topic {
    return this.topicsById.get(id) as Topic;
  }

  source(id: string): Source {
    return this.sourcesById.get(id) as Source;
  }

  fact(index: number): Fact {
    return this.kb.facts[index] as Fact;
  }

  /** Indexes of the facts about one system on one topic, in knowledge-file order. */
  cell(system: string, topic: string): number[] {
    return this.factsByCell.get(cellKey(system, topic)) ?? [];
  }

  systemIds(): readonly string[] {
    return this.systemIdList;
  }

  topicIds(): readonly string[] {
    return this.topicIdList;
  }

  /** Topics a comparison shows when the question names none, in the order topics.yml gives. */
  tableTopicIds(): readonly string[] {
    return this.tableTopicIdList;
  }
}

const cellKey = (system: string, topic: string) => `${system}\u0000${topic}`;
