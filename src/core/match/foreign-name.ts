import { isOwnWord, rarest, SYNONYM_SHARE, type WordHit } from "./fact-index.js";
import { wordKey } from "./fact-words.js";
import type { Aside, LimitHit, LimitIndex } from "./limits.js";
import { COMMON_WORDS, POSSESSIVES, VERSUS } from "./vocabulary.js";

/** A word in about 5 facts or fewer (BM25 idf): a name this rare says what is asked. */
const NAME_WEIGHT = 3.5;

/** A word of the named system's facts in about 9 facts or fewer: the question asks of it. */
const OWN_WEIGHT = 3;

/**
 * "does photon have selinux?", "can dcos run kubernetes?": a name the facts write only of other
 * systems, asked of one system whose facts hold nothing as precise. Its sources say nothing of
 * that name for that system; answering with the system's nearest fact would only look like an
 * answer.
 */
export function foreignName(
  tokens: readonly string[],
  hits: readonly WordHit[],
  system: string,
  limits: LimitIndex,
  /** The asker's own words and yardsticks ("coreos's version of zookeeper"): not asked of it. */
  aside: readonly Aside[] = [],
): LimitHit | undefined {
  const own = hits.filter(isOwnWord);
  if (own.some((hit) => hit.systems.includes(system) && hit.weight >= OWN_WEIGHT)) return undefined;
  // "is selinux enforcing on rancheros": the name, though "enforcing" is rarer.
  const names = own.flatMap((hit) => {
    if (hit.weight < NAME_WEIGHT || hit.systems.includes(system)) return [];
    // "we run our CentOS boxes; what is RancherOS's init?": the asker's own, not asked of it;
    // "fleetctl vs rancheros vs cockpit": set against it, not asked of it.
    const token = tokens.find(
      (t, i) =>
        wordKey(t) === hit.word &&
        !aside[i] &&
        !VERSUS.has(tokens[i - 1] ?? "") &&
        !VERSUS.has(tokens[i + 1] ?? ""),
    );
    const name = token === undefined ? undefined : limits.writtenName(token);
    // "is photon lightweight?": a word written in lower case describes, and Photon's facts say
    // it in other words ("small footprint"); a name as written ("GUI") is still only others'.
    const saidOtherwise =
      name === token &&
      hits.some(
        (other) => other.synonym && other.spoken === token && other.systems.includes(system),
      );
    return name && token && !saidOtherwise ? [{ ...hit, name, token }] : [];
  });
  // "does dcos have a web dashboard?": another word for a name the facts write ("GUI") only of
  // other systems.
  const spokenNames = hits.flatMap((hit) => {
    // Only as asked: not "the web console on our current hosts is awful. how does photon …?".
    if (!hit.synonym || !hit.spoken || hit.weight < NAME_WEIGHT || (hit.scale ?? 1) < SYNONYM_SHARE)
      return [];
    if (hit.systems.includes(system) || !limits.writtenName(hit.word)) return [];
    const token = hit.spoken;
    const at = tokens.indexOf(token.split(" ")[0] as string);
    if (
      at < 0 ||
      aside[at] ||
      VERSUS.has(tokens[at - 1] ?? "") ||
      POSSESSIVES.has(tokens[at - 1] ?? "")
    )
      return [];
    return [{ ...hit, name: token, token }];
  });
  const foreign = rarest(names) ?? rarest(spokenNames);
  if (!foreign) return undefined;
  const label = `anything about ${foreign.name}`;
  // An everyday word ("free", from "Free community edition") is nothing a system has or lacks.
  if (COMMON_WORDS.has(foreign.token)) return { id: "not-said-of", label };
  const byWeight = foreign.facts
    .map((fact, i) => ({ fact, tf: foreign.tf[i] as number }))
    .sort((a, b) => b.tf - a.tf);
  return { id: "not-said-of", label, elsewhere: byWeight.map(({ fact }) => fact) };
}
