// A partner token reaching several organizations picks the one it
// acts in: a select with a search box (organizations' `search`, by name or
// id) from the second organization on; a token that reaches one sees its name.
import { useId, useState } from "react";
import { useQuery } from "urql";
import { useLocation } from "wouter";
import { graphql } from "../gql/index.ts";
import { choiceFor, switcherKind } from "../session/organization-choice.ts";
import type { SignedIn, Viewer } from "../session/signed-in.tsx";
import { useDebouncedValue } from "../ui/use-debounced-value.ts";

const ReachableOrganizations = graphql(`
  query ReachableOrganizations($search: String, $first: Int!) {
    organizations(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const SEARCH_RESULTS = 20;

export function OrganizationSwitcher({
  viewer,
  switchOrganization,
}: {
  viewer: Viewer;
  switchOrganization: SignedIn["switchOrganization"];
}) {
  const id = useId();
  const [location, navigate] = useLocation();
  const [searchInput, setSearchInput] = useState("");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const reachesOthers = viewer.reach !== "ORGANIZATION";
  const [{ data: first }] = useQuery({ query: ReachableOrganizations, variables: { first: SEARCH_RESULTS }, pause: !reachesOthers });
  const [{ data: found, fetching: searching }] = useQuery({
    query: ReachableOrganizations,
    variables: { search, first: SEARCH_RESULTS },
    pause: !search,
  });
  const current = viewer.organization;
  const kind = switcherKind(first?.organizations.totalCount ?? 1);

  if (kind === "name-only") {
    return (
      <>
        <dt>Organization</dt>
        <dd title={current.id}>{current.name}</dd>
      </>
    );
  }

  const listed = (search ? found?.organizations.edges : first?.organizations.edges)?.map((e) => e.node) ?? [];
  // The one acted in stays in the list, whatever the search.
  const options = listed.some((o) => o.id === current.id) ? listed : [current, ...listed];
  const choose = (organizationId: string) => {
    if (organizationId === current.id) return;
    // Records of this organization (/destinations/dst_…) do not exist in the next: go to the section.
    const section = location.split("/")[1];
    navigate(section ? `/${section}` : "/", { replace: true });
    switchOrganization(choiceFor(organizationId, viewer.homeOrganizationId));
  };

  return (
    <>
      <dt className="organization-switcher-label">
        <label htmlFor={`${id}-select`}>Organization</label>
      </dt>
      <dd className="organization-switcher">
        <input
          id={`${id}-search`}
          className="input input-small"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder="Find by name or id"
          aria-label="Search organizations"
          autoComplete="off"
        />
        <select
          id={`${id}-select`}
          className="input input-small"
          value={current.id}
          onChange={(e) => choose(e.target.value)}
          title={current.id}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {o.id === viewer.homeOrganizationId ? " (own)" : ""}
            </option>
          ))}
        </select>
        {search && !searching && found && (
          <span className="visually-hidden" role="status">
            {found.organizations.totalCount === 0
              ? `No organization matches “${search}”.`
              : `${found.organizations.totalCount} ${found.organizations.totalCount === 1 ? "organization matches" : "organizations match"}.`}
          </span>
        )}
      </dd>
    </>
  );
}
