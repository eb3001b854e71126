import type { Fact, KnowledgeBase, Source, System, Topic } from "./schema.js";

/** Read-only lookups over a validated knowledge base, built once at load. */
export class Catalog {
  private readonly systemsById: Map<string, System>;
  private readonly topicsById: Map<string, Topic>;
  private readonly sourcesById: Map<string, Source>;
  /** system -> topic -> facts, in the order `rankCell` starts from (see `cellOrder`). */
  private readonly cells = new Map<string, Map<string, number[]>>();
  /** system -> its topics with facts, most facts first. */
  private readonly topicsByWeight = new Map<string, string[]>();
  // Asked for several times a question: listed once here rather than rebuilt each time.
  private readonly systemIdList: readonly string[];
  private readonly topicIdList: readonly string[];
  private readonly tableTopicIdList: readonly string[];
  private readonly overviewTopicIdList: readonly string[];
  /** system -> its facts; and every fact's place in the order answers break ties by. */
  private readonly factsBySystem = new Map<string, number[]>();
  /**
   * Every system's cell on a topic, systems in file order: a question naming no system scores a
   * topic across all of them, and at 100x knowledge looking up 600 cells per topic cost more than
   * scoring their facts.
   */
  private readonly factsByTopic = new Map<string, number[]>();
  private readonly ranks: Int32Array;
  /** 1 where a fact leads its cell: asked for every fact a question reaches, thousands at 100x. */
  private readonly leads: Uint8Array;
  private readonly allFactList: readonly number[];
  private readonly indexById: Map<string, number>;
  /** system -> the fact marked `introduces`: what the system is. */
  private readonly introductions = new Map<string, number>();

  constructor(readonly kb: KnowledgeBase) {
    this.indexById = new Map(kb.facts.map((f, i) => [f.id, i]));
    this.systemsById = new Map(kb.systems.map((s) => [s.id, s]));
    this.topicsById = new Map(kb.topics.map((t) => [t.id, t]));
    this.sourcesById = new Map(kb.sources.map((s) => [s.id, s]));
    this.systemIdList = kb.systems.map((s) => s.id);
    this.topicIdList = kb.topics.map((t) => t.id);
    this.tableTopicIdList = kb.topics.filter((t) => t.table).map((t) => t.id);
    this.overviewTopicIdList = kb.topics.filter((t) => t.overview).map((t) => t.id);
    kb.facts.forEach((fact, i) => {
      const bySystem = this.cells.get(fact.system) ?? new Map<string, number[]>();
      this.cells.set(fact.system, bySystem);
      const cell = bySystem.get(fact.topic) ?? [];
      bySystem.set(fact.topic, cell);
      cell.push(i);
      if (fact.introduces) this.introductions.set(fact.system, i);
    });
    for (const [system, byTopic] of this.cells) {
      for (const [topic, facts] of byTopic) byTopic.set(topic, cellOrder(kb, facts));
      // topicIds order breaks ties, as the stable sort keeps it.
      const topics = this.topicIdList.filter((topic) => byTopic.has(topic));
      const size = (topic: string) => byTopic.get(topic)?.length ?? 0;
      this.topicsByWeight.set(
        system,
        topics.sort((a, b) => size(b) - size(a)),
      );
    }
    this.leads = Uint8Array.from(kb.facts, (fact) =>
      Number(fact.lead === true || this.cell(fact.system, fact.topic).length === 1),
    );
    // Ties between equally relevant facts: systems in file order, each system's topics by weight,
    // then each cell's own order, so a question's answer never depends on the order of articles.
    this.ranks = new Int32Array(kb.facts.length);
    let rank = 0;
    for (const system of this.systemIdList) {
      const list: number[] = [];
      for (const topic of this.topicsByFactCount(system)) list.push(...this.cell(system, topic));
      for (const index of list) this.ranks[index] = rank++;
      this.factsBySystem.set(system, list);
    }
    this.allFactList = [...this.factsBySystem.values()].flat();
    for (const topic of this.topicIdList)
      this.factsByTopic.set(
        topic,
        this.systemIdList.flatMap((system) => this.cell(system, topic)),
      );
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

  /**
   * Indexes of the facts about one system on one topic: each article's first fact before any
   * article's second, facts with a table value first within an article, then knowledge-file order.
   */
  cell(system: string, topic: string): readonly number[] {
    return this.cells.get(system)?.get(topic) ?? NO_FACTS;
  }

  /** The topics the sources say something about for this system, most facts first. */
  topicsByFactCount(system: string): readonly string[] {
    return this.topicsByWeight.get(system) ?? [];
  }

  /** The index of the fact with this id, if the knowledge base has it. */
  factIndex(id: string): number | undefined {
    return this.indexById.get(id);
  }

  /** A system's facts, in tie-break order. */
  factsOf(system: string): readonly number[] {
    return this.factsBySystem.get(system) ?? NO_FACTS;
  }

  /** Whether a fact cites the source. */
  cites(index: number, source: string): boolean {
    return this.fact(index).sources.some(({ id }) => id === source);
  }

  /** Every system's facts on one topic: the systems in file order, each cell in its own. */
  factsOn(topic: string): readonly number[] {
    return this.factsByTopic.get(topic) ?? NO_FACTS;
  }

  /** Every fact whose system is known, in tie-break order. */
  allFacts(): readonly number[] {
    return this.allFactList;
  }

  /** A fact's place in the tie-break order: lower comes first. */
  rank(index: number): number {
    return this.ranks[index] ?? Number.MAX_SAFE_INTEGER;
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

  /** Whether a fact leads its cell: the curator's choice, or the cell's only fact. */
  isLead(index: number): boolean {
    return this.leads[index] === 1;
  }

  /** The fact that says what a system is, when its curator marked one. */
  introduction(system: string): number | undefined {
    return this.introductions.get(system);
  }

  /** Topics that introduce a system when a question asks what the systems are (`overview`). */
  overviewTopicIds(): readonly string[] {
    return this.overviewTopicIdList;
  }
}

const NO_FACTS: readonly number[] = [];

/**
 * A cell's facts: the curator's lead first, then in turns, every article's best fact, then every
 * article's second, so a 2014 review and a 2015 table are shown side by side; facts with a table
 * value count as an article's best. Fixed by the knowledge base, so ordered once here; questions
 * only re-rank by relevance.
 */
function cellOrder(kb: KnowledgeBase, facts: number[]): number[] {
  const fact = (i: number) => kb.facts[i] as Fact;
  const hasValue = (i: number) => Number(fact(i).value !== undefined);
  const byArticle = [...facts].sort((a, b) => hasValue(b) - hasValue(a) || a - b);
  const turn = new Map<number, number>();
  const seen = new Map<string, number>();
  for (const index of byArticle) {
    const source = fact(index).sources[0]?.id ?? "";
    const n = seen.get(source) ?? 0;
    turn.set(index, n);
    seen.set(source, n + 1);
  }
  const turnOf = (i: number) => turn.get(i) ?? 0;
  const lead = (i: number) => Number(fact(i).lead === true);
  return byArticle.sort(
    (a, b) => lead(b) - lead(a) || turnOf(a) - turnOf(b) || hasValue(b) - hasValue(a) || a - b,
  );
}
