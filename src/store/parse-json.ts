import type { z } from "zod";

/** `text` parsed as JSON and checked against `schema`; undefined for anything else, never a throw. */
export function parseJsonWith<T>(schema: z.ZodType<T>, text: string): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
