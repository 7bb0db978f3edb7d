// Input checks shared by the domain: zod schemas whose failures become a
// ValidationError naming each offending field.
import type { z } from "zod";
import { ValidationError } from "./errors.ts";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, basePath: string[] = ["input"]): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({ path: [...basePath, ...issue.path.map(String)], message: issue.message })),
  );
}
