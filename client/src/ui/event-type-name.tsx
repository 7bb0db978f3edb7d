// An event type's name (`invoice.paid`) that may break after its dots in a
// narrow cell, never inside a word; copied, it is the name unchanged.
import { Fragment } from "react";

export function EventTypeName({ name }: { name: string }) {
  const parts = name.split(".");
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              .<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
