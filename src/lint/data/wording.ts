// The genre's dictionary of typos, confusables and wrong fixed terms (提法). Maintained by
// hand: each entry is a pattern seen in real 对照检查材料, what it should be, and why. When a new
// recurring error turns up, add an entry here and a not-ok example to src/lint/rules/wording.ts.

export type WordingKind = 'term' | 'typo' | 'confusable';

export interface WordingEntry {
  kind: WordingKind;
  /** Pattern of the wrong form; the whole match is replaced by `right` (with $1… groups). */
  wrong: RegExp;
  right: string;
  /** Why, in Chinese, for the message. */
  why: string;
  /** True when the replacement is always right where the pattern matches (used by --fix). */
  safe: boolean;
}

const ADVERBS = '认真|积极|主动|深入|全面|切实|扎实|有效|严格|坚决|不断|自觉|深刻|系统|彻底|及时|充分|牢牢|紧紧|努力|持续|大力|真正|客观|辩证|孤立|片面|机械|简单';
const VERBS = '学习|开展|落实|推进|贯彻|抓好|把握|领会|执行|做好|解决|查摆|剖析|整改|推动|研究|分析|加强|提高|检视|对照|反思|认识|看待|理解|运用|践行|抵制|纠正';
const DONE = '做|学|抓|落实|贯彻|执行|理解|领会|把握|推进|开展|研究|掌握|认识|想|干|查|改|管|抓得|写|讲|谈';
const DEGREE = '不够|不到位|不深|不实|不细|不好|不透|不全|不彻底|不扎实|还不|很好|较好|比较';
const ABSTRACT = '决定|贡献|部署|安排|批示|承诺|规定|决策|判断|评价|指示|回答|答复|解释|说明|调整|让步|牺牲|选择|处理|处分|结论|表率|榜样';

export const WORDING: WordingEntry[] = [
  // Fixed terms (提法): a wrong word in a slogan changes its meaning.
  { kind: 'term', wrong: /两个确定/g, right: '两个确立', why: '固定提法是“两个确立”', safe: true },
  { kind: 'term', wrong: /两个拥护/g, right: '两个维护', why: '固定提法是“两个维护”', safe: true },
  { kind: 'term', wrong: /四个自性/g, right: '四个自信', why: '固定提法是“四个自信”', safe: true },
  { kind: 'term', wrong: /践行为人民为中心/g, right: '践行以人民为中心', why: '固定提法是“以人民为中心”', safe: true },
  { kind: 'term', wrong: /同一起违规违纪违法现象/g, right: '同一切违规违纪违法现象', why: '原文是“同一切违规违纪违法现象作斗争”', safe: true },
  { kind: 'term', wrong: /不忘出心/g, right: '不忘初心', why: '固定提法是“不忘初心、牢记使命”', safe: true },
  { kind: 'term', wrong: /全面从严至党/g, right: '全面从严治党', why: '固定提法是“全面从严治党”', safe: true },
  { kind: 'term', wrong: /党风廉正/g, right: '党风廉政', why: '固定提法是“党风廉政建设”', safe: true },
  { kind: 'term', wrong: /两学一作/g, right: '两学一做', why: '固定提法是“两学一做”', safe: true },
  { kind: 'term', wrong: /三会一科/g, right: '三会一课', why: '固定提法是“三会一课”', safe: true },
  { kind: 'term', wrong: /社会注意/g, right: '社会主义', why: '“主义”误作“注意”', safe: true },
  { kind: 'term', wrong: /中央八项规定精精神/g, right: '中央八项规定精神', why: '多了一个“精”', safe: true },
  // Typos common in the genre.
  { kind: 'typo', wrong: /偏面/g, right: '片面', why: '“片面”误作“偏面”', safe: true },
  { kind: 'typo', wrong: /其它/g, right: '其他', why: '现行规范统一用“其他”', safe: true },
  { kind: 'typo', wrong: /(存在|有|如|为|见|出现|查摆出|梳理出|归纳为)一下(问题|几个|几点|方面|不足|情况|内容)/g, right: '$1以下$2', why: '指下文的内容用“以下”，“一下”表示动作短暂', safe: true },
  { kind: 'typo', wrong: /再接再励/g, right: '再接再厉', why: '“再接再厉”的“厉”误作“励”', safe: true },
  { kind: 'typo', wrong: /迫在眉捷/g, right: '迫在眉睫', why: '“眉睫”误作“眉捷”', safe: true },
  { kind: 'typo', wrong: /按步就班/g, right: '按部就班', why: '“按部就班”误作“按步就班”', safe: true },
  { kind: 'typo', wrong: /一愁莫展/g, right: '一筹莫展', why: '“一筹莫展”误作“一愁莫展”', safe: true },
  { kind: 'typo', wrong: /谈心谈活/g, right: '谈心谈话', why: '“谈话”误作“谈活”', safe: true },
  { kind: 'typo', wrong: /整治责任/g, right: '整改责任', why: '巡察整改的责任是“整改责任”', safe: false },
  // Confusables: right in most, not all, contexts, so suggested but not fixed automatically.
  { kind: 'confusable', wrong: new RegExp(`做出(${ABSTRACT})`, 'g'), right: '作出$1', why: '“作出”用于决定、贡献、部署等抽象事物，“做出”用于具体的东西', safe: false },
  { kind: 'confusable', wrong: new RegExp(`(?<!(?:进行|开展|加以|给予|得到|受到|作|做|有)了?)(${ADVERBS})的(${VERBS})`, 'g'), right: '$1地$2', why: '修饰动词用“地”', safe: false },
  { kind: 'confusable', wrong: new RegExp(`(${DONE})的(${DEGREE})`, 'g'), right: '$1得$2', why: '动词后引出程度、结果用“得”', safe: false },
];

/**
 * Doubled words that are right: reduplicated verbs and measure phrases (研究研究, 一步一步)
 * and AAB/ABB forms that a two-character check could catch at a boundary.
 */
export const LEGITIMATE_DOUBLES = new Set(['研究研究', '讨论讨论', '商量商量', '考虑考虑', '琢磨琢磨', '整理整理', '锻炼锻炼', '活动活动', '休息休息', '学习学习', '交流交流', '沟通沟通', '提醒提醒', '看一看看一看', '谢谢谢谢']);
