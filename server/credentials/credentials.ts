// Credentials: typed, immutable, secrets write-only. Secret fields
// are sealed at rest; only the signer ever sees them again, in memory.
import type { Credential, CredentialType } from "../db/generated/client.ts";
import { CredentialInGraceError, CredentialInUseError, NotFoundError, ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Runtime } from "../runtime.ts";
import type { Operation } from "../operation.ts";
import { scoped } from "../tenancy/scope.ts";
import { changeRecord } from "../changes/record-change.ts";
import { parseInput } from "../validation.ts";
import { z } from "zod";
import { credentialType, parseCredential } from "./credential-types.ts";

const credentialInput = z.object({
  name: z.string().trim().min(1, "Name is required.").max(200, "Name is at most 200 characters."),
  system: z.string().trim().min(1, "System is required.").max(100, "System is at most 100 characters."),
});

// Binds a sealed value to its record: it cannot be copied to another credential or organization.
const sealContext = (credential: { organizationId: string; id: string }) => `credential:${credential.organizationId}:${credential.id}`;

export interface CreatedCredential {
  credential: Credential;
  /** Secrets Switchyard generated because none was given (a whsec_ key): shown once, like a token. */
  generated: Record<string, string>;
}

export async function createCredential(
  op: Operation,
  input: { name: string; type: CredentialType; system: string; fields: Record<string, unknown> },
): Promise<CreatedCredential> {
  const { name, system } = parseInput(credentialInput, { name: input.name, system: input.system });
  const { fields } = parseCredential(input.type, input.fields);
  const spec = credentialType(input.type);
  const publicFields: Record<string, unknown> = {};
  const secretFields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    (spec.secretFields.includes(key) ? secretFields : publicFields)[key] = value;
  }
  const generated = Object.fromEntries(
    spec.generatedFields
      .filter((key) => input.fields[key] === undefined || input.fields[key] === null)
      .map((key) => [key, String(fields[key as keyof typeof fields])]),
  );
  const id = newId("Credential");
  const sealed =
    Object.keys(secretFields).length > 0 ? op.runtime.secrets.seal(JSON.stringify(secretFields), sealContext({ ...op.scope, id })) : null;
  const credential = await changeRecord(op, "credential.created", "Credential", async (tx) => ({
    after: await tx.db.credential.create({
      data: scoped(tx.scope, {
        id,
        name,
        system,
        type: input.type,
        publicFields: publicFields as object,
        sealedSecrets: sealed,
        hint: spec.hint(fields) ?? null,
      }),
    }),
  }));
  return { credential, generated };
}

/** All of a credential's fields, secrets included, for signing a request. Never returned by the API. */
export function openCredentialFields(runtime: Runtime, credential: Credential): Record<string, unknown> {
  const secrets = credential.sealedSecrets
    ? (JSON.parse(runtime.secrets.open(credential.sealedSecrets, sealContext(credential))) as object)
    : {};
  return { ...(credential.publicFields as object), ...secrets };
}

export async function findCredential(op: Operation, id: string): Promise<Credential> {
  const credential = await op.db.credential.findFirst({ where: scoped(op.scope, { id }) });
  if (!credential) throw new NotFoundError("Credential", id);
  return credential;
}

/** A credential a source may verify incoming requests with; anything else is a validation error at `path`. */
export async function findIncomingCredential(op: Operation, id: string, path: string[]): Promise<Credential> {
  const credential = await op.db.credential.findFirst({ where: scoped(op.scope, { id }) });
  if (!credential) throw ValidationError.field(path, `No credential ${id} in this organization.`);
  if (credentialType(credential.type).direction !== "INCOMING") {
    throw ValidationError.field(path, `A ${credential.type} credential authenticates outgoing calls; a source needs an incoming type.`);
  }
  return credential;
}

/** A credential a destination may use to call out; anything else is a validation error at `path`. */
export async function findOutgoingCredential(op: Operation, id: string, path: string[]): Promise<Credential> {
  const credential = await op.db.credential.findFirst({ where: scoped(op.scope, { id }) });
  if (!credential) throw ValidationError.field(path, `No credential ${id} in this organization.`);
  if (credentialType(credential.type).direction !== "OUTGOING") {
    throw ValidationError.field(path, `A ${credential.type} credential verifies incoming webhooks; a destination needs an outgoing type.`);
  }
  return credential;
}

/** Deletes a credential no destination or source uses (CredentialInUseError names those that do). */
export async function deleteCredential(op: Operation, id: string): Promise<Credential> {
  return changeRecord(op, "credential.deleted", "Credential", async (tx) => {
    const credential = await findCredential(tx, id);
    const users = await tx.db.destination.findMany({
      where: scoped(tx.scope, { credentialId: id }),
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    const sources = await tx.db.source.findMany({
      where: scoped(tx.scope, { credentialId: id }),
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    if (users.length > 0 || sources.length > 0) throw new CredentialInUseError(id, users, sources);
    const signing = await tx.db.destination.findMany({
      where: scoped(tx.scope, { previousCredentialId: id, previousCredentialUntil: { gt: tx.clock.now() } }),
      select: { id: true, name: true, previousCredentialUntil: true },
      orderBy: { name: "asc" },
    });
    if (signing.length > 0) {
      throw new CredentialInGraceError(
        id,
        signing.map((d) => ({ ...d, previousCredentialUntil: d.previousCredentialUntil! })),
      );
    }
    await tx.db.credential.delete({ where: { id } });
    return { before: credential };
  });
}
