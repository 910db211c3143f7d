// Organizations as a tree by parent, for the directory and pickers.
import type { OrganizationSummary } from '../../../../shared/domain';

export interface OrgNode {
  key: string;
  title: string;
  children: OrgNode[];
}

/** Roots are those without a parent (or whose parent is unknown); siblings keep the list's order. */
export function buildOrgTree(list: readonly OrganizationSummary[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>(
    list.map((o) => [
      o.id,
      { key: o.id, title: o.symbol ? `${o.name} (${o.symbol})` : o.name, children: [] },
    ]),
  );
  const roots: OrgNode[] = [];
  for (const o of list) {
    const node = nodes.get(o.id) as OrgNode;
    const parent = o.parentId ? nodes.get(o.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
