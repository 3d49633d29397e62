// The genre's fixed terms (提法) and redundant pairs. This is the custom dictionary of the
// detect → candidates → score pipeline: no general dictionary knows these slogans as units,
// and a slogan with a character missing or swapped is a defect no frequency can see. Kept by
// hand from the Party's documents; add a term when a new one becomes standard.
export const FIXED_TERMS: readonly string[] = [
  '两个确立', '两个维护', '四个意识', '四个自信', '四个全面', '五位一体', '四个伟大',
  '不忘初心', '牢记使命', '全面从严治党', '党风廉政建设', '中央八项规定精神', '以人民为中心',
  '民主集中制', '三会一课', '两学一做', '一岗双责', '三重一大', '红红脸', '出出汗', '咬耳扯袖',
  '形式主义', '官僚主义', '享乐主义', '奢靡之风', '批评与自我批评', '批评和自我批评',
  '习近平新时代中国特色社会主义思想', '中国特色社会主义', '党史学习教育', '主题教育',
  '民主生活会', '组织生活会', '对照检查', '意识形态工作', '意识形态', '政治站位', '政治判断力',
  '政治领悟力', '政治执行力', '新发展理念', '新发展格局', '高质量发展', '第一议题',
  '担当作为', '为民服务', '求真务实', '真抓实干', '守正创新', '实事求是', '钉钉子精神', '钉钉子',
  '廉洁自律', '党性修养', '理想信念', '宗旨意识', '群众路线', '初心使命', '以案促改',
  '整改落实', '巡察整改', '举一反三', '立行立改', '标本兼治', '长效机制', '一以贯之',
];

/** Two words that say the same thing side by side (还尚, 凯旋归来): keep the second form. */
export const REDUNDANT: ReadonlyArray<{ wrong: string; right: string }> = [
  { wrong: '还尚', right: '尚' },
  { wrong: '尚还', right: '尚' },
  { wrong: '凯旋归来', right: '凯旋' },
  { wrong: '亲眼目睹', right: '目睹' },
  { wrong: '过分溺爱', right: '溺爱' },
  { wrong: '悬殊很大', right: '悬殊' },
];
