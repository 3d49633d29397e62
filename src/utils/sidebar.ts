// The sidebar stays small however large the library grows: exemplars are reached through
// index pages by document type and year, never one link each (with 2,000 exemplars a stock
// sidebar would repeat 2,000 links on every page).
import { DOC_TYPES, DOC_TYPE_LABELS } from '../schemas/content.ts';

export const sidebar = [
  { label: '模板', items: [{ autogenerate: { directory: 'templates' } }] },
  {
    label: '范例',
    items: [
      { label: '全部范例', link: '/exemplars/' },
      ...DOC_TYPES.map((t) => ({ label: DOC_TYPE_LABELS[t], link: `/exemplars/type/${t}/` })),
      { label: '按年度浏览', link: '/exemplars/years/' },
    ],
  },
  { label: '写作指导', items: [{ autogenerate: { directory: 'guidance' } }] },
  {
    label: '参考',
    items: [
      { label: '短语库', link: '/phrases/' },
      { label: '检索范例用语', link: '/search/' },
    ],
  },
];
