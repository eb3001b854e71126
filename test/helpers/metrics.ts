/** One sample of Prometheus' text format: `name{label="value",…} number`. */
const SAMPLE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

export interface Scrape {
  /** The raw text, for assertions on HELP/TYPE lines. */
  text: string;
  /** The sample `name` with exactly these labels, or undefined when it is not exposed. */
  value(name: string, labels?: Record<string, string>): number | undefined;
}

const key = (name: string, labels: Record<string, string>) =>
  `${name}{${Object.keys(labels)
    .sort()
    .map((label) => `${label}=${labels[label]}`)
    .join(",")}}`;

/** Parses a `/metrics` body into samples that tests can look up by name and labels. */
export function parseMetrics(text: string): Scrape {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    const match = SAMPLE.exec(line);
    if (!match || line.startsWith("#")) continue;
    const [, name = "", rawLabels = "", value = ""] = match;
    const labels = Object.fromEntries([...rawLabels.matchAll(LABEL)].map(([, k, v]) => [k, v]));
    samples.set(key(name, labels as Record<string, string>), Number(value));
  }
  return { text, value: (name, labels = {}) => samples.get(key(name, labels)) };
}

/** `GET <baseUrl>/metrics`, checked to be Prometheus' text format, parsed. */
export async function scrapeMetrics(baseUrl: string): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith("text/plain; version=0.0.4")) throw new Error(`/metrics is ${type}`);
  return parseMetrics(await response.text());
}
