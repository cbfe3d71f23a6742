// The forms the front-matter schema allows for a login and an id, read from the schema itself so
// that the CLI's checks (handover, new) can never disagree with the check that runs afterwards.
export interface FrontMatterForms {
  login: RegExp;
  id: RegExp;
  idMaxLength: number;
  idExample: string;
  reviewCycle: { min: number; max: number };
}

type Node = { pattern?: unknown; maxLength?: unknown; minimum?: unknown; maximum?: unknown; "x-example"?: unknown; $ref?: unknown; properties?: Record<string, Node>; $defs?: Record<string, Node> };

function resolve(schema: Node, node: Node | undefined): Node {
  const ref = typeof node?.$ref === "string" ? /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1] : undefined;
  return ref ? { ...schema.$defs?.[ref], ...node } : (node ?? {});
}

export function frontMatterForms(schema: unknown): FrontMatterForms {
  const root = (schema ?? {}) as Node;
  const login = resolve(root, root.properties?.owner);
  const id = resolve(root, root.properties?.id);
  const cycle = resolve(root, root.properties?.review_cycle_months);
  // ajv compiles patterns with the u flag; so do we.
  const pattern = (node: Node, name: string) => {
    if (typeof node.pattern !== "string") throw new Error(`front-matter schema: ${name} has no pattern`);
    return new RegExp(node.pattern, "u");
  };
  return {
    login: pattern(login, "owner"),
    id: pattern(id, "id"),
    idMaxLength: typeof id.maxLength === "number" ? id.maxLength : Infinity,
    idExample: typeof id["x-example"] === "string" ? id["x-example"] : "tax-local-exemption",
    reviewCycle: { min: typeof cycle.minimum === "number" ? cycle.minimum : 1, max: typeof cycle.maximum === "number" ? cycle.maximum : Infinity },
  };
}
