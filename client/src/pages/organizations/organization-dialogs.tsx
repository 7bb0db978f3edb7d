// Create or rename an organization (a name), and archive one after a confirmation that says what stops.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { OrganizationRowFragment } from "../../gql/graphql.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { Dialog } from "../../ui/dialog.tsx";

const CreateOrganization = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on OrganizationPayload {
        organization {
          ...OrganizationRow
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

const RenameOrganization = graphql(`
  mutation RenameOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      __typename
      ... on OrganizationPayload {
        organization {
          ...OrganizationRow
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

const ArchiveOrganization = graphql(`
  mutation ArchiveOrganization($input: ArchiveOrganizationInput!) {
    archiveOrganization(input: $input) {
      __typename
      ... on OrganizationPayload {
        organization {
          ...OrganizationRow
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const fields = { name: ["input", "name"] };

export function OrganizationDialog({ organization, onClose }: { organization?: OrganizationRowFragment; onClose(): void }) {
  const [name, setName] = useState(organization?.name ?? "");
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching: creating }, create] = useMutation(CreateOrganization);
  const [{ fetching: renaming }, rename] = useMutation(RenameOrganization);
  const errors = problemFor(problem, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (organization) {
      const result = await rename({ input: { id: organization.id, name } });
      const payload = result.data?.updateOrganization;
      if (payload?.__typename === "OrganizationPayload") return onClose();
      setProblem(mutationProblem(result.error, payload));
    } else {
      const result = await create({ input: { name } });
      const payload = result.data?.createOrganization;
      if (payload?.__typename === "OrganizationPayload") return onClose();
      setProblem(mutationProblem(result.error, payload));
    }
  };

  return (
    <Dialog title={organization ? `Rename “${organization.name}”` : "Create an organization"} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {!organization && (
          <p>
            It starts empty, with the system event types. Switch to it (under your name) to give it destinations and webhooks, and create
            its first access token there.
          </p>
        )}
        <FormErrors errors={errors.form} />
        <Field label="Name" errors={errors.fields.name}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="off"
              autoFocus
            />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={creating || renaming}>
            {creating || renaming ? "Saving…" : organization ? "Rename" : "Create organization"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ArchiveOrganizationDialog({ organization, onClose }: { organization: OrganizationRowFragment; onClose(): void }) {
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching }, archive] = useMutation(ArchiveOrganization);

  const confirm = async () => {
    const result = await archive({ input: { id: organization.id } });
    const payload = result.data?.archiveOrganization;
    if (payload?.__typename === "OrganizationPayload") return onClose();
    setProblem(mutationProblem(result.error, payload));
  };

  return (
    <ConfirmDialog
      title={`Archive “${organization.name}”?`}
      problem={problem}
      action={{ label: "Archive organization", busyLabel: "Archiving…", busy: fetching, run: confirm }}
      onClose={onClose}
    >
      <p>
        Its access tokens stop working at once, its scheduled deliveries are cancelled and nothing more is published for it. Its history
        stays. This cannot be undone here.
      </p>
    </ConfirmDialog>
  );
}
