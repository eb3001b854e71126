import { describe, expect, it } from "vitest";
import { freePort, spawnApp, waitForHealthy } from "../helpers/app-process.js";
import { scrapeMetrics } from "../helpers/metrics.js";

describe("terminal chat with PORT set", () => {
  it("should serve /health and /metrics, counting each question under the terminal edge", async () => {
    const port = await freePort();
    const app = spawnApp({ PORT: String(port) }, "pipe");
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHealthy(`${base}/health`, app);
      // The off-topic question first: after a comparison, "the size of …" would be a follow-up.
      app.child.stdin?.write("reset my VPN password\ncoreos vs atomic\n");
      const deadline = Date.now() + 10_000;
      while (!app.output().includes("Comparing") && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const scrape = await scrapeMetrics(base);
      const questions = "containeros_questions_total";
      expect(scrape.value(questions, { intent: "compare", edge: "terminal" })).toBe(1);
      expect(scrape.value(questions, { intent: "no_match", edge: "terminal" })).toBe(1);
      expect(scrape.value("containeros_answer_duration_seconds_count", { edge: "terminal" })).toBe(
        2,
      );
    } finally {
      app.child.stdin?.end();
    }
    // At the end of input the chat exits as before, its probe server closed.
    expect(await app.exited).toBe(0);
  });
});
