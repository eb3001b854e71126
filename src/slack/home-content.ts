import type { Logger } from "@slack/bolt";
import { mostAsked } from "../gaps/most-asked.js";
import type { SlackDeps } from "./deps.js";
import type { HomeContent } from "./render/home-view.js";
import { describeError } from "./reply/rejection.js";

/** "Most asked" looks back this far... */
const MOST_ASKED_WINDOW_MS = 30 * 24 * 60 * 60_000;
/** ...and is recounted at most this often, however many people open the tab. */
const REFRESH_MS = 60_000;

/** What App Home shows: the knowledge base, the core's examples, and recent most asked subjects. */
export function homeContent({ engine, events }: SlackDeps, now: () => number = Date.now) {
  let cached: { at: number; asked: HomeContent["mostAsked"] } | undefined;
  return async (logger: Logger): Promise<HomeContent> => {
    if (!cached || now() - cached.at > REFRESH_MS) {
      try {
        const recent = await events.read({ since: new Date(now() - MOST_ASKED_WINDOW_MS) });
        cached = { at: now(), asked: mostAsked(recent, engine.kb) };
      } catch (error) {
        logger.warn(`Could not count the most asked questions: ${describeError(error)}`);
      }
    }
    // Asked each time: the knowledge may have been reloaded since the last visit.
    const examples = engine.ask("help").answer.suggestions;
    return { kb: engine.kb, examples, mostAsked: cached?.asked ?? [] };
  };
}

export type HomeContentSource = ReturnType<typeof homeContent>;
