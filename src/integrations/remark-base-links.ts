// Content links are written from the site root (/templates/…/); this prefixes the configured
// base so that a sub-path build (BASE=/jingjian/) keeps every content link working.
interface MdNode {
  type: string;
  url?: string;
  children?: MdNode[];
}

export function remarkBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: MdNode) => {
    if (!base) return;
    const visit = (node: MdNode) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(base + '/')) {
        node.url = base + node.url;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
