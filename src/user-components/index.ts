// The components a content author may use in MDX, and nothing else: the linter's mdx-safety
// rule and the build both read this list. They are auto-imported, so content has no imports.
export const USER_COMPONENTS = ['Annotation', 'Phrase', 'Do', 'Dont'] as const;
export type UserComponent = (typeof USER_COMPONENTS)[number];

/** Annotation kinds: what an annotation says about the paragraph before it. */
export const ANNOTATION_KINDS = {
  section: '对应模板',
  technique: '写法',
  correction: '订正',
  deid: '脱敏',
} as const;
export type AnnotationKind = keyof typeof ANNOTATION_KINDS;

/** Phrase-bank purposes (用途), in the order the phrase bank lists them. */
export const PHRASE_PURPOSES = [
  '开头依据',
  '会前准备',
  '整改回顾',
  '问题表述',
  '事例支撑',
  '原因剖析',
  '整改措施',
  '巡察整改状态',
  '个人事项',
  '表态结尾',
] as const;

/**
 * Kinds of cause (原因的层面) a 原因剖析 phrase is filed under: `<Phrase purpose="原因剖析"
 * cause="理想信念">`, in the order the phrase bank lists them (the four of the causes guidance
 * first). 总体剖析 is for the lead-in sentences that introduce the causes as a whole.
 */
export const CAUSE_KINDS = ['理想信念', '宗旨意识', '党性修养', '纪律规矩', '政治站位', '担当作为', '制度建设', '总体剖析'] as const;
export const CAUSE_PURPOSE = '原因剖析';
