// Deployment settings, read at build time from the environment so one build serves one
// intranet without editing code:
//   SITE                the site's public address (canonical URLs and sitemap); unset → none
//   MAINTAINER_NAME     who looks after the site, shown in every page's footer
//   MAINTAINER_CONTACT  how to reach them (phone extension, internal mail), shown beside it
// The defaults say plainly that the deployer has not filled them in yet.
export const SITE_URL: string | undefined = process.env.SITE?.trim() || undefined;

export const MAINTAINER = {
  name: process.env.MAINTAINER_NAME?.trim() || '本站维护人',
  contact: process.env.MAINTAINER_CONTACT?.trim() || '联系方式尚未填写（部署本站时设置，见维护者说明）',
};

/** What the statuses of templates, exemplars and guidance mean, for readers. */
export const STATUS_EXPLAINED = {
  experimental: '内容可以参考使用，但还没有经过维护人审定，个别说法可能还会修改',
  reviewed: '已经维护人逐项审定',
} as const;
