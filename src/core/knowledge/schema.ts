import { z } from "zod";

/** Ids are lower-case slugs so they read well in URLs, logs and YAML. */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug like 'coreos' or 'use-cases'");
/** An empty text fails once: later checks (word counts, lengths) would only repeat the news. */
const text = z.string().trim().min(1, { message: "must not be empty", abort: true });

export const sourceSchema = z.strictObject({
  id,
  title: text,
  author: text,
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  date_note: text.optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  file: text,
  /**
   * How askers refer to the source ("the inovex table"): a comparison that names it sets side by
   * side the systems it covers, not every system.
   */
  called: z.array(text).optional(),
});

export const systemSchema = z
  .strictObject({
    id,
    name: text,
    aliases: z.array(text).min(1, "must list at least one name"),
    /** Aliases that are also everyday words ("atomic"): named only so, a system needs more. */
    everyday_aliases: z.array(text).optional(),
    summary: text,
  })
  .superRefine((system, ctx) => {
    const aliases = new Set(system.aliases.map((a) => a.toLowerCase()));
    system.everyday_aliases?.forEach((alias, i) => {
      if (!aliases.has(alias.toLowerCase()))
        ctx.addIssue({
          code: "custom",
          path: ["everyday_aliases", i],
          message: `"${alias}" is not one of the system's aliases`,
        });
    });
  });

export const topicSchema = z.strictObject({
  id,
  name: text,
  table: z.boolean().default(false),
  /** Claims on this topic date quickly ("a prototype" in 2014): answers group them by year. */
  changes_over_time: z.boolean().default(false),
  /** The topic that introduces each system when a question asks what the systems are. */
  overview: z.boolean().default(false),
  words: z.array(text).min(1, "must list at least one word"),
});

/**
 * A search term: lower case, one to four words, so it reads as something a person would type; or
 * one name as it is written ("EC2"), a name the fact stands for.
 */
const term = z
  .string()
  .regex(
    /^(?:[a-z0-9][a-z0-9 ./+'-]*|[A-Za-z0-9][A-Za-z0-9.+-]*)$/,
    "must be lower case words, or one name as it is written",
  )
  .refine((words) => words.split(" ").length <= 4, "must be at most four words");

const evidenceSchema = z.strictObject({
  id,
  evidence: text.refine((phrase) => {
    const words = phrase.split(/\s+/).length;
    return words >= 3 && words <= 25;
  }, "must be a phrase of 3 to 25 words copied from the article"),
});

export const factSchema = z.strictObject({
  id,
  system: id,
  topic: id,
  text: text.max(400, "must be at most 400 characters (one or two sentences)"),
  value: text.max(40, "must be a short table cell of at most 40 characters").optional(),
  /** The fact that best characterises its system on its topic: it leads when nothing else decides. */
  lead: z.boolean().optional(),
  /** The fact that says what its system is: "what is X?" opens with it. One per system at most. */
  introduces: z.boolean().optional(),
  /** Everyday words and phrases people use for what the fact says ("first boot" for cloud-config). */
  terms: z.array(term).max(12, "must list at most 12 terms").optional(),
  sources: z.array(evidenceSchema).min(1, "must cite at least one source"),
});

/**
 * A kind of question no article of its time can answer (is it still maintained, what does it cost
 * now): `words` are the phrases that ask it, `label` finishes "My sources don't say …".
 */
export const limitSchema = z.strictObject({
  id,
  label: text,
  words: z
    .array(
      text.refine((word) => !/[{}]/.test(word.replaceAll("{system}", "")), {
        message: "only {system} may stand in braces",
      }),
    )
    .min(1, "must list at least one word"),
  /** Words that find what the sources do say nearby ("what it costs": free, editions). */
  nearby: z.array(text).optional(),
  /** Counts only in the clause that asks: a scene mentions drivers or RAM in passing. */
  asked_only: z.boolean().optional(),
  /**
   * Counts only in the clause that asks, as `asked_only` does, but any fact of the systems that
   * uses the phrase answers it, whatever else the question asks ("does dcos cost money?" is its
   * free edition's): "every GB shows up on my bill" sets a scene, it asks no price.
   */
  not_in_scene: z.boolean().optional(),
  /**
   * Counts even where the asker tells of their own setup: "we're moving to flatcar" is what a
   * question of later history is about; "we can't pay for support" asks no price.
   */
  own_scene_too: z.boolean().optional(),
  /**
   * A name the sources write only of another system says more than this limit: "how do i set up
   * apparmor on atomic?" is better told that AppArmor is Snappy's than that no steps are given.
   */
  after_foreign_name: z.boolean().optional(),
  /**
   * Asked of what a source wrote, the source answers it: "which coreos release number was in the
   * inovex table" asks its release, not a later one.
   */
  source_answers: z.boolean().optional(),
  /**
   * Only of a question about no system, named or pointed back at: "vm vs container?" asks of
   * containers in general; "container vs vm isolation in atomic?" asks of Atomic's.
   */
  no_system: z.boolean().optional(),
});

/** Everyday words for the same thing, each group two words or more (synonyms.yml). */
export const synonymsFileSchema = z.strictObject({
  synonyms: z.array(z.array(text).min(2, "a group needs at least two words")),
});

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export const systemsFileSchema = z.strictObject({ systems: z.array(systemSchema).min(1) });
export const topicsFileSchema = z.strictObject({ topics: z.array(topicSchema).min(1) });
export const factsFileSchema = z.strictObject({ facts: z.array(factSchema) });
export const limitsFileSchema = z.strictObject({ limits: z.array(limitSchema) });

export type Source = z.infer<typeof sourceSchema>;
export type System = z.infer<typeof systemSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Limit = z.infer<typeof limitSchema>;

export interface KnowledgeBase {
  sources: Source[];
  systems: System[];
  topics: Topic[];
  facts: Fact[];
  /** Questions beyond what the sources can know (limits.yml, optional). */
  limits?: Limit[];
  /** Groups of words for the same thing, which find each other's facts (synonyms.yml, optional). */
  synonyms?: string[][];
}
