import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { App } from "@slack/bolt";
import { load } from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine.js";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import { defaultKnowledgeDir, projectRoot } from "../../src/core/project-root.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { registerListeners } from "../../src/slack/listeners/index.js";

interface Manifest {
  display_information: { name: string; description: string; long_description?: string };
  features: {
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

/** The real engine; every other dependency a stand-in whose methods resolve to nothing. */
function stubDeps(): SlackDeps {
  const engine = createEngine(loadKnowledge({ dir: defaultKnowledgeDir() }).kb);
  const stub = new Proxy({}, { get: () => async () => undefined });
  return new Proxy({ engine } as unknown as SlackDeps, {
    get: (target, key) => (key in target ? target[key as keyof SlackDeps] : stub),
  });
}

/** What the code listens to, recorded by registering the listeners on a stand-in App. */
function registered() {
  const seen = {
    commands: [] as string[],
    events: [] as string[],
    messages: 0,
    shortcuts: [] as unknown[],
  };
  const app = {
    command: (name: string) => seen.commands.push(name),
    event: (name: string) => seen.events.push(name),
    message: () => {
      seen.messages += 1;
    },
    action: () => {},
    shortcut: (constraints: unknown) => seen.shortcuts.push(constraints),
    view: () => {},
    use: () => {},
  };
  registerListeners(app as unknown as App, stubDeps());
  return seen;
}

/** The bot scope each kind of listener (and the replies it posts) needs. */
const SCOPES_FOR: Record<string, string[]> = {
  command: ["commands"],
  app_mention: ["app_mentions:read", "chat:write"],
  "message.im": ["im:history", "chat:write"],
  // views.publish needs no scope of its own.
  app_home_opened: [],
};

let manifest: Manifest;
beforeAll(() => {
  manifest = load(readFileSync(join(projectRoot(), "manifest.yml"), "utf8")) as Manifest;
});

describe("manifest.yml", () => {
  it("should describe the app and its bot user", () => {
    expect(manifest.display_information.name).toBe("containeros");
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description?.length).toBeGreaterThanOrEqual(175);
    expect(manifest.features.bot_user.display_name).toBe("containeros");
  });

  it("should name every command, event and scope the code listens to", () => {
    const { commands, events, messages } = registered();
    const declared = manifest.features.slash_commands.map((c) => c.command);
    expect(declared.sort()).toEqual([...commands].sort());
    const botEvents = manifest.settings.event_subscriptions.bot_events;
    const expectedEvents = [...events, ...(messages > 0 ? ["message.im"] : [])];
    expect([...botEvents].sort()).toEqual([...expectedEvents].sort());
    const needed = new Set(
      [...(commands.length > 0 ? ["command"] : []), ...expectedEvents].flatMap(
        (k) => SCOPES_FOR[k] ?? [`unknown:${k}`],
      ),
    );
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it("should let people DM the bot, describe the command, and start in Socket Mode", () => {
    expect(manifest.features.app_home).toMatchObject({
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    const [command] = manifest.features.slash_commands;
    expect(command?.description).toBeTruthy();
    expect(command?.usage_hint).toBeTruthy();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("should declare the Home tab and the message shortcut the code listens to", () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    const declared = manifest.features.shortcuts.map(({ type, callback_id }) => ({
      type: type === "message" ? "message_action" : type,
      callback_id,
    }));
    expect(declared).toEqual(registered().shortcuts);
    for (const shortcut of manifest.features.shortcuts) {
      expect(shortcut.name).toBe("Ask containeros");
      expect(shortcut.description).toBeTruthy();
    }
  });
});
