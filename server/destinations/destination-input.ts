// What a destination may be made of, checked before anything is stored.
import { z } from "zod";
import { headerNameProblem, headerValueProblem } from "../credentials/header-names.ts";
import { CODE_PATTERN } from "./destination-code.ts";

export const headerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Header name is required.")
    .max(128, "Header name is at most 128 characters.")
    .superRefine((name, ctx) => {
      const problem = headerNameProblem(name, "Header name");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  value: z
    .string()
    .max(4096, "Header value is at most 4096 characters.")
    .superRefine((value, ctx) => {
      const problem = headerValueProblem(value, "Header values");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export const headersSchema = z
  .array(headerSchema)
  .max(20, "At most 20 custom headers.")
  .superRefine((headers, ctx) => {
    const seen = new Set<string>();
    headers.forEach((header, index) => {
      const key = header.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "name"], message: `Header ${header.name} is given twice.` });
      seen.add(key);
    });
  });

export const destinationFields = {
  name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters."),
  code: z
    .string()
    .trim()
    .regex(CODE_PATTERN, "Use lowercase letters, digits and underscores (at most 64), starting and ending with a letter or digit."),
  url: z.string().trim().min(1, "URL is required.").max(2048, "URL is at most 2048 characters."),
  description: z.string().trim().max(2000, "Description is at most 2000 characters."),
  credentialId: z.string().nullable(),
  headers: headersSchema,
  timeoutMs: z.number().int().min(1000, "Timeout is at least 1 second.").max(30_000, "Timeout is at most 30 seconds."),
  rateLimitPerSecond: z
    .number()
    .int()
    .min(1, "Rate limit is at least 1 request a second.")
    .max(1000, "Rate limit is at most 1000 requests a second.")
    .nullable(),
};

export const createDestinationSchema = z.object({
  name: destinationFields.name,
  code: destinationFields.code.optional(),
  url: destinationFields.url,
  description: destinationFields.description.default(""),
  credentialId: destinationFields.credentialId.default(null),
  headers: destinationFields.headers.default([]),
  timeoutMs: destinationFields.timeoutMs.default(15_000),
  rateLimitPerSecond: destinationFields.rateLimitPerSecond.default(null),
});

export const updateDestinationSchema = z.object({
  name: destinationFields.name.optional(),
  code: destinationFields.code.optional(),
  url: destinationFields.url.optional(),
  description: destinationFields.description.optional(),
  credentialId: destinationFields.credentialId.optional(),
  headers: destinationFields.headers.optional(),
  timeoutMs: destinationFields.timeoutMs.optional(),
  rateLimitPerSecond: destinationFields.rateLimitPerSecond.optional(),
});

export type CreateDestinationInput = z.input<typeof createDestinationSchema>;
export type UpdateDestinationInput = z.input<typeof updateDestinationSchema>;
