// "Rotate signing secret": the destination switches to a new credential at
// once, and for the grace period its requests carry the old signature too,
// so receivers can move to the new secret when they are ready. A Standard
// Webhooks secret is generated here and shown once; for the other signature
// types the new credential is one created on the Credentials page.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { DestinationDetailsFragment } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { GeneratedSigningSecret } from "../../ui/secret-once.tsx";

const RotationCredentials = graphql(`
  query RotationCredentials {
    credentials(filter: { direction: OUTGOING }, first: 100) {
      edges {
        node {
          id
          name
          type
        }
      }
    }
  }
`);

const CreateRotatedCredential = graphql(`
  mutation CreateRotatedCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        generatedSecret
        credential {
          id
          name
        }
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const RotateDestinationCredential = graphql(`
  mutation RotateDestinationCredential($input: RotateDestinationCredentialInput!) {
    rotateDestinationCredential(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          ...DestinationDetails
        }
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

/** The credential types whose signature a grace period doubles (the API's rule). */
export const rotatableTypes: readonly string[] = ["STANDARD_WEBHOOKS", "HMAC_SHA256", "M3TER_SIGNED_REQUEST"];

const fields = { name: ["input", "name"], credentialId: ["input", "credentialId"], graceHours: ["input", "graceHours"] };

export function RotateSecretDialog({ destination, onClose }: { destination: DestinationDetailsFragment; onClose(): void }) {
  const current = destination.credential!;
  const generates = current.type === "STANDARD_WEBHOOKS";
  const [name, setName] = useState(`${current.name} (rotated ${new Date().toISOString().slice(0, 10)})`);
  const [credentialId, setCredentialId] = useState("");
  const [graceHours, setGraceHours] = useState("24");
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [shown, setShown] = useState<{ name: string; secret: string; graceEndsAt: string | null } | null>(null);
  const [{ data }] = useQuery({ query: RotationCredentials, pause: generates });
  const [{ fetching: creating }, create] = useMutation(CreateRotatedCredential);
  const [{ fetching: rotating }, rotate] = useMutation(RotateDestinationCredential);
  const errors = problemFor(problem, fields);
  const choices = data?.credentials.edges.map((e) => e.node).filter((c) => c.id !== current.id && rotatableTypes.includes(c.type)) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const hours = graceHours.trim() === "" ? null : Number(graceHours);
    let next = { id: credentialId, name: "", secret: "" };
    if (generates) {
      const created = await create({ input: { name, type: "STANDARD_WEBHOOKS", system: "Webhook destination", fields: {} } });
      const payload = created.data?.createCredential;
      if (payload?.__typename !== "CreateCredentialPayload") return setProblem(mutationProblem(created.error, payload));
      next = { id: payload.credential.id, name: payload.credential.name, secret: payload.generatedSecret ?? "" };
    }
    const result = await rotate({ input: { destinationId: destination.id, credentialId: next.id, graceHours: hours } });
    const payload = result.data?.rotateDestinationCredential;
    if (payload?.__typename !== "DestinationPayload") return setProblem(mutationProblem(result.error, payload));
    if (!generates) return onClose();
    setShown({ name: next.name, secret: next.secret, graceEndsAt: payload.destination.graceEndsAt ?? null });
  };

  if (shown) {
    return (
      <Dialog title="New signing secret" onClose={onClose}>
        <p>
          {destination.name} now signs with “{shown.name}”.{" "}
          {shown.graceEndsAt
            ? `Until ${formatDateTime(shown.graceEndsAt)} its requests carry the old signature too: give receivers the new secret before then.`
            : "The old secret no longer signs."}
        </p>
        <GeneratedSigningSecret name={shown.name} secret={shown.secret} onDone={onClose} />
      </Dialog>
    );
  }

  return (
    <Dialog title={`Rotate the signing secret of “${destination.name}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>
          Requests switch to the new credential at once. During the grace period they carry the signature of “{current.name}” as well, and
          it cannot be deleted.
        </p>
        <FormErrors errors={errors.form} />
        {generates ? (
          <Field
            label="Name of the new credential"
            hint="A new Standard Webhooks secret is generated and shown once."
            errors={errors.fields.name}
          >
            {(control) => (
              <input {...control} className="input" name="name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
            )}
          </Field>
        ) : (
          <Field
            label="New credential"
            hint="A signing credential created on the Credentials page (Standard Webhooks, HMAC-SHA256 or m3ter signed request)."
            errors={errors.fields.credentialId}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                name="credentialId"
                value={credentialId}
                onChange={(e) => setCredentialId(e.target.value)}
              >
                <option value="">Choose a credential</option>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.type})
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Grace period (hours)" hint="0 to 168 (7 days); 0 switches without one." errors={errors.fields.graceHours}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="graceHours"
              type="number"
              min={0}
              max={168}
              value={graceHours}
              onChange={(e) => setGraceHours(e.target.value)}
            />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={creating || rotating}>
            {creating || rotating ? "Rotating…" : "Rotate signing secret"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
