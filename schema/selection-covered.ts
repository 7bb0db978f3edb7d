// Whether a Prisma field's selection asks only for what a value at hand holds,
// so it can be answered without reading the database (the live feed's items
// carry what dashboards show). Fragments count; @skip and @include are not
// evaluated (a field they may leave out still counts as asked for).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The fields a value holds: `true` for a leaf, a nested shape for an object field. */
export interface Shape {
  readonly [field: string]: Shape | true;
}

// A subscription's document, and so its field nodes, stay the same for every item it is sent.
const answers = new WeakMap<FieldNode, WeakMap<Shape, boolean>>();

/** The query plugin-prisma plans for the field: the relations it would load. */
export interface PlannedQuery {
  include?: Record<string, unknown>;
  select?: Record<string, unknown>;
}

/** Both the GraphQL selection and the relations Pothos planned to load are within `shape`. */
export function selectionCovered(shape: Shape, query: PlannedQuery, info: GraphQLResolveInfo): boolean {
  return relationsWithin(query, shape) && fieldsWithin(info, shape);
}

// An `include` names relations (every column of the model comes with it); a `select` names the columns
// and relations the fields ask for (a type in select mode, or a computed field's own columns).
function relationsWithin(query: PlannedQuery, shape: Shape): boolean {
  const selecting = query.select !== undefined;
  return Object.entries(query.select ?? query.include ?? {}).every(([key, nested]) => {
    const held = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (held === undefined) return false;
    // Selected, `true` is a column, which the value must hold as a leaf; included, it is a whole relation.
    if (nested === true) return selecting ? held === true : held !== true;
    return held !== true && typeof nested === "object" && nested !== null && relationsWithin(nested, held);
  });
}

function fieldsWithin(info: GraphQLResolveInfo, shape: Shape): boolean {
  const within = (set: SelectionSetNode | undefined, shape: Shape): boolean =>
    !set ||
    set.selections.every((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, shape);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        return fragment !== undefined && within(fragment.selectionSet, shape);
      }
      const name = selection.name.value;
      if (name === "__typename") return true;
      if (!Object.hasOwn(shape, name)) return false;
      const nested = shape[name];
      return nested === true ? !selection.selectionSet : within(selection.selectionSet, nested);
    });
  return info.fieldNodes.every((node) => {
    let byShape = answers.get(node);
    if (!byShape) answers.set(node, (byShape = new WeakMap()));
    let covered = byShape.get(shape);
    if (covered === undefined) byShape.set(shape, (covered = within(node.selectionSet, shape)));
    return covered;
  });
}
