// The aspects line under an exemplar's conformance table, as one sentence whose numbers add
// up: required aspects written + optional ones + ones outside the template = all （一）s.
import type { AspectCoverage } from '../docmodel/conformance.ts';

export function aspectSentence(a: AspectCoverage): string {
  const requiredCovered = a.expected - a.missing.length;
  const optional = Math.max(0, a.covered.length - requiredCovered);
  const coveredNodes = new Set(a.covered.map((c) => c.nodeId)).size;
  const outside = Math.max(0, a.found - coveredNodes);
  const parts: string[] = [];
  parts.push(
    a.missing.length === 0
      ? `模板要求的 ${a.expected} 个方面，本文都写到了`
      : `模板要求的 ${a.expected} 个方面，本文写到了 ${requiredCovered} 个，缺少 ${a.missing.length} 个：${a.missing.map((m) => m.title).join('；')}`,
  );
  if (optional > 0) parts.push(`另写了模板列为可选的 ${optional} 个方面`);
  if (outside > 0) parts.push(`还有 ${outside} 个方面不在模板之列`);
  const total = parts.length > 1 ? `，合计 ${a.found} 个方面` : '';
  return `查摆问题的方面：${parts.join('；')}${total}。`;
}
