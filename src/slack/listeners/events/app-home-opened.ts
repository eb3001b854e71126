import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { HomeContentSource } from "../../home-content.js";
import { buildHomeView } from "../../render/home-view.js";
import { describeError } from "../../reply/rejection.js";

/** Opening the bot's Home tab: publishes what it knows and what people ask most. */
export const appHomeOpened = (content: HomeContentSource) =>
  async function appHomeOpenedCallback({
    event,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_home_opened">): Promise<void> {
    if (event.tab !== "home") return;
    try {
      await client.views.publish({
        user_id: event.user,
        view: buildHomeView(await content(logger)),
      });
    } catch (error) {
      logger.error(`Could not publish App Home: ${describeError(error)}`);
    }
  };
