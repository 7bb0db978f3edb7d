// Describes each credential type's fields (label, secret, required, choices)
// from the catalogue's own schemas, so a form can be built from the API
// without repeating the catalogue.
import { z } from "zod";
import { CREDENTIAL_TYPES, credentialType, type CredentialType } from "./credential-types.ts";

export interface FieldDescription {
  name: string;
  label: string;
  secret: boolean;
  required: boolean;
  /** Switchyard generates it when left out (shown once). */
  generated: boolean;
  /** The allowed values of a choice field. */
  options: string[] | null;
  defaultValue: string | null;
}

export interface TypeDescription {
  type: CredentialType;
  direction: "OUTGOING" | "INCOMING";
  label: string;
  fields: FieldDescription[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
}

/** Unwraps optional/default/pipe layers to the schema that carries the title and choices. */
function inspect(schema: z.ZodType): { title?: string; options?: string[]; defaultValue?: unknown } {
  let current: z.ZodType | undefined = schema;
  const found: { title?: string; options?: string[]; defaultValue?: unknown } = {};
  while (current) {
    const title = z.globalRegistry.get(current)?.title;
    if (title && !found.title) found.title = title;
    const def: Def = (current as unknown as { _zod: { def: Def } })._zod.def;
    if (def.type === "enum" && def.entries) found.options = Object.values(def.entries);
    if (def.type === "default") found.defaultValue = def.defaultValue;
    current = def.innerType ?? def.in;
  }
  return found;
}

export function describeCredentialTypes(): TypeDescription[] {
  return CREDENTIAL_TYPES.map((type) => {
    const definition = credentialType(type);
    const shape = definition.schema.shape as Record<string, z.ZodType>;
    return {
      type,
      direction: definition.direction,
      label: definition.label,
      fields: Object.entries(shape).map(([name, schema]) => {
        const { title, options, defaultValue } = inspect(schema);
        return {
          name,
          label: title ?? name,
          secret: (definition.secretFields as readonly string[]).includes(name),
          required: !schema.safeParse(undefined).success,
          generated: (definition.generatedFields as readonly string[]).includes(name),
          options: options ?? null,
          defaultValue: defaultValue === undefined ? null : String(defaultValue),
        };
      }),
    };
  });
}
