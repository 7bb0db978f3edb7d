// Create or edit a program: a name (unique in the organization) and a description.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import type { ProgramRowFragment } from "../../gql/graphql.ts";
import { Dialog } from "../../ui/dialog.tsx";

const CreateProgram = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      __typename
      ... on ProgramPayload {
        program {
          ...ProgramRow
        }
      }
      ... on Error {
        message
      }
      ... on ConflictError {
        path
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

const UpdateProgram = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      __typename
      ... on ProgramPayload {
        program {
          ...ProgramRow
        }
      }
      ... on Error {
        message
      }
      ... on ConflictError {
        path
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

const fields = { name: ["input", "name"], description: ["input", "description"] };

/** A ConflictError names the field it clashes on: shown there, like a validation issue. */
function conflictAsIssue(member: { __typename?: string; message?: string; path?: readonly string[] } | null | undefined) {
  return member?.__typename === "ConflictError" && member.path && member.message
    ? { issues: [{ path: member.path, message: member.message }] }
    : member;
}

export function ProgramDialog({ program, onClose }: { program?: ProgramRowFragment; onClose(): void }) {
  const [name, setName] = useState(program?.name ?? "");
  const [description, setDescription] = useState(program?.description ?? "");
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [{ fetching: creating }, create] = useMutation(CreateProgram);
  const [{ fetching: updating }, update] = useMutation(UpdateProgram);
  const errors = problemFor(problem, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (program) {
      const result = await update({ input: { id: program.id, name, description } });
      const payload = result.data?.updateProgram;
      if (payload?.__typename === "ProgramPayload") return onClose();
      setProblem(mutationProblem(result.error, conflictAsIssue(payload)));
    } else {
      const result = await create({ input: { name, description } });
      const payload = result.data?.createProgram;
      if (payload?.__typename === "ProgramPayload") return onClose();
      setProblem(mutationProblem(result.error, conflictAsIssue(payload)));
    }
  };

  return (
    <Dialog title={program ? `Edit “${program.name}”` : "Create a program"} onClose={onClose}>
      <form onSubmit={submit} noValidate>
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
        <Field
          label="Description"
          hint="Optional: what the program is, for the people who read this list."
          errors={errors.fields.description}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              name="description"
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={creating || updating}>
            {creating || updating ? "Saving…" : program ? "Save changes" : "Create program"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
