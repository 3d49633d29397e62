// 起草: a draft skeleton from this year's notice. The drafter picks the document type and
// pastes the notice's list of aspects ("（一）在……方面"); the skeleton follows the type's
// template (sections in order, 个人有关事项 for personal materials) with one （一） heading per
// aspect and 一是/二是/三是 slots, and each section's guidance from the template as a Word comment.
import { leadingMarker, leadingRunItem } from '../docmodel/index.ts';
import { skeletonFromSpec } from '../export/skeleton-text.ts';
import type { TemplateSpec } from '../schemas/content.ts';

export interface SkeletonRequest {
  /** Template the skeleton follows (its type and sections). */
  template: TemplateSpec;
  /** The notice's text or just its list of aspects; one aspect per numbered line. */
  notice: string;
  unit?: string;
  year?: number | string;
}

/** Aspects named by a notice: lines that start with a numbering marker or 一是/二是, as the document model reads them. */
export function noticeAspects(notice: string): string[] {
  const out: string[] = [];
  for (const line of notice.split(/\r?\n/)) {
    const marker = leadingMarker(line) ?? leadingRunItem(line);
    if (!marker) continue;
    // The heading names the aspect; the notice's explanation after the first stop is not kept.
    const heading = line.slice(marker.start + marker.raw.length).split(/[。；;：:]/)[0]!.replace(/[，,、]$/, '').trim();
    const aspect = heading.replace(/^在/, '').replace(/方面$/, '').trim();
    if (aspect) out.push(aspect);
  }
  return out;
}

/** The skeleton's lines: the template's sections, with the notice's aspects under 存在的问题. */
export function skeletonText(req: SkeletonRequest): string {
  const { template: spec } = req;
  const unit = req.unit?.trim() || '【单位名称】';
  const year = String(req.year ?? '').trim() || '【年度】';
  const personal = spec.docType === 'personal';
  const title =
    spec.docType === 'inspection'
      ? `${unit}关于${spec.theme ?? '巡察整改'}进展情况的报告`
      : `${unit}${year}年度${spec.theme?.replace(/^年度/, '') ?? '民主生活会'}${personal ? '个人对照检查材料' : '领导班子对照检查材料'}`;
  return skeletonFromSpec(spec, title, noticeAspects(req.notice));
}
