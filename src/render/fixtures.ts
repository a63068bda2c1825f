import { issueDocument, type IssueDocument } from "../domain/index.js";

/**
 * Test issues of the render layer, one per template generation, together using every
 * section kind and an assessment attachment. Figures, dates and departments are those of
 * the samples in ../shared/samples; the sentences are our own. Person names carry rare
 * characters (堃 喆 䶮 犇 镕 昇) that must never print as boxes.
 */

const sec = (id: string, level: number, heading: string, content: object, children: object[] = []) => ({
  id,
  level,
  heading,
  content,
  children,
});
const item = (id: string, text: string, departments: string[] = []) => ({ id, text, departments });

/** 2022 generation: a part title 政务服务工作 with the period under it; no attachment. */
export function fixture2022(): IssueDocument {
  return issueDocument.parse({
    title: "窗口工作周报",
    year: 2022,
    seq: 31,
    total: 406,
    issuer: "四川省政府政务服务和公共资源交易服务中心",
    publishedOn: "2022-10-21",
    period: { start: "2022-09-13", end: "2022-09-16" },
    copies: 80,
    distribution: {
      report: "中心领导",
      send: "各相关省级部门（单位），中心各处（室）、直属单位",
      issue: "各部门窗口",
    },
    sections: [
      sec("p1", 0, "政务服务工作", { kind: "part" }, [
        sec("s1", 1, "省级政务服务事项受理办理情况", {
          kind: "platform-stats",
          from: "2022-01-01",
          asOf: "2022-09-16",
          licensing: { accepted: 617058, completed: 611244 },
          publicService: { accepted: 19691982, completed: 7463962 },
          otherPower: { accepted: 49602, completed: 50398 },
        }),
        sec("s2", 1, "窗口工作动态", { kind: "group" }, [
          sec("s21", 2, "优化营商环境工作开展情况", {
            kind: "news",
            numbering: "paren",
            items: [
              item("n1", "商务厅梳理对外贸易领域10类依申请事项，全部接入电子营业执照在线核验，企业办事不再提交纸质执照复印件。", ["商务厅"]),
              item("n2", "省卫生健康委与重庆市卫生健康委共同推出11项“川渝通办”卫生健康事项，申请人可在两地任一窗口提交材料、全程网上办理。", ["省卫生健康委"]),
            ],
          }),
          sec("s22", 2, "窗口服务效能提升工作情况", {
            kind: "news",
            numbering: "none",
            items: [
              item("n3", "住房城乡建设厅窗口在居家办公期间通过电话转接和线上答复保持服务不断档，本周受理审核各类资质申请4082件，并为未通过初审的企业延长5个工作日申诉期。", ["住房城乡建设厅"]),
            ],
          }),
          sec("s23", 2, "厅（局）长进大厅", {
            kind: "leader-visits",
            visits: [
              { id: "v1", date: "2022-09-14", department: "应急管理厅", person: "王堃", title: "党委委员、副厅长", text: "9月14日，应急管理厅党委委员、副厅长王堃到应急窗口值守，听取窗口年度工作汇报，要求进一步压缩审批时限。" },
              { id: "v2", date: "2022-09-15", department: "交通运输厅", person: "李喆", title: "副厅长", text: "9月15日，交通运输厅副厅长李喆到交通运输窗口现场办公，协调解决大件运输许可办理中的难点问题。" },
              { id: "v3", date: "2022-09-16", department: "司法厅", person: "陈䶮", title: "一级巡视员", text: "9月16日，司法厅一级巡视员陈䶮到司法窗口调研，叮嘱窗口人员依法履职、限时回应群众诉求。" },
            ],
          }),
        ]),
        sec("s3", 1, "大厅巡查情况", {
          kind: "inspection",
          intro: "本周政务平台服务处对大厅各窗口的规范化、标准化执行情况进行了巡查，情况如下：",
          items: [
            { item: "按时到岗情况", verdict: "总体情况良好。" },
            { item: "工作区域标准化执行情况", verdict: "总体情况良好。" },
            { item: "着装情况", verdict: "总体情况良好。" },
            { item: "工作牌佩戴情况", verdict: "总体情况良好。" },
            { item: "纪律秩序", verdict: "总体情况良好。" },
            { item: "大厅防控情况", verdict: "全体居家办公，大厅实行关闭状态。" },
          ],
        }),
        sec("s4", 1, "下周工作安排", {
          kind: "text",
          paragraphs: ["继续做好居家办公期间的网上受理和电话咨询工作，确保企业和群众办事不断档。", "做好大厅恢复开放前的消杀和设备检查。"],
        }),
      ]),
    ],
    attachments: [],
  });
}

type Row = [rank: number, department: string, deduction: number, bonus: number];
const OCTOBER_2023: Row[] = [
  [1, "自然资源厅", 0, 19], [2, "交通运输厅", 0, 16], [3, "省市场监管局", 0, 13], [4, "省林草局", 0, 10],
  [5, "省广电局", 0, 9.5], [6, "公安厅", 0, 8], [7, "省药监局", 0, 7], [8, "应急管理厅", 0, 6.5],
  [9, "省发展改革委", 0, 6], [10, "生态环境厅", 0, 5], [11, "民政厅", 0, 4.5], [12, "水利厅", 0, 4],
  [12, "文化和旅游厅", 0, 4], [14, "农业农村厅", 0, 3.5], [15, "商务厅", 0, 3], [15, "省卫生健康委", 0, 3],
  [17, "经济和信息化厅", 0, 2.5], [17, "科技厅", 0, 2.5], [19, "住房城乡建设厅", 0, 2], [20, "四川省税务局", 0, 1.5],
  [21, "司法厅", 0, 1], [22, "省新闻出版局（省电影局）", 0, 0], [22, "四川气象局", 0, 0], [22, "省贸促会", 0, 0],
  [22, "四川消防救援总队", 0, 0], [26, "成都海关", -2, 0], [27, "教育厅", -12, 0], [27, "四川测绘局", -12, 0],
  [27, "四川地震局", -12, 0],
];

/** 2023 generation: special actions and the comprehensive-window reform; the October assessment attached. */
export function fixture2023(): IssueDocument {
  return issueDocument.parse({
    title: "窗口工作周报",
    year: 2023,
    seq: 49,
    total: 469,
    issuer: "四川省政府政务服务和公共资源交易服务中心",
    publishedOn: "2023-12-26",
    period: { start: "2023-12-11", end: "2023-12-15" },
    copies: 91,
    distribution: {
      report: null,
      send: "省中心领导、省级相关部门（单位）",
      issue: "省级相关部门（单位）窗口，省中心各处（室）、直属单位",
    },
    sections: [
      sec("a1", 1, "惠企政策直达快享专项行动", {
        kind: "policy-lists",
        lists: [
          { level: "national", title: "2023年国家级惠企政策事项清单（第一批）", total: 123, noApplication: 122, fastApplication: 1 },
          { level: "provincial", title: "2023年省级惠企政策事项清单（第一批）", total: 71, noApplication: 41, fastApplication: 30 },
        ],
        note: "两张清单已在省政务服务网专区和各市（州）门户网站同步公布，企业可按清单直接查询享受。",
      }),
      sec("a2", 1, "政务工作动态", {
        kind: "news",
        numbering: "dot",
        items: [
          item("m1", "川渝两地政府办公厅商定联合印发“川渝通办”事项动态管理办法，明年起两地通办事项实行清单化动态调整。"),
          item("m2", "自然资源厅召开全省优化营商环境现场会，部署明年不动产登记和要素保障重点任务。", ["自然资源厅"]),
          item("m3", "水利厅会同四川省税务局对10家取水单位开展“双随机”检查，对发现的计量设施问题已书面反馈并督促整改。", ["水利厅", "四川省税务局"]),
        ],
      }),
      sec("a3", 1, "厅（局）长进大厅", {
        kind: "leader-visits",
        visits: [
          { id: "w1", date: null, department: "经济和信息化厅", person: "赵犇", title: "总经济师", text: null },
          { id: "w2", date: null, department: "司法厅", person: "钱镕", title: "二级巡视员", text: null },
        ],
      }),
      sec("a4", 1, "综窗改革攻坚行动", { kind: "group" }, [
        sec("a41", 2, "省本级综窗办件情况", {
          kind: "window-counts",
          week: { consulted: 1479, accepted: 522, issued: 2232, circulated: 12601 },
          ytd: { consulted: 74716, accepted: 23151, issued: 171523, circulated: 312870 },
        }),
        sec("a42", 2, "事项授权及受理手册编制推进情况", {
          kind: "manual-progress",
          addedThisWeek: 3,
          addedDepartment: "省市场监管局",
          completed: 1082,
          totalItems: 1645,
          percent: 65.77,
        }),
        sec(
          "a43",
          2,
          "其它工作开展情况",
          {
            kind: "news",
            numbering: "paren",
            intro: "围绕提升综窗人员业务能力，本周组织了两类培训。",
            items: [
              item("m4", "经济和信息化厅、司法厅窗口为新进综窗人员讲授高频事项受理要点，共5场。"),
              item("m5", "邀请礼仪讲师为全体综窗人员开展服务礼仪培训，综窗主管孙昇作交流发言。"),
            ],
          },
          [sec("a431", 3, "下周工作安排", { kind: "text", paragraphs: ["开展综窗人员业务考试，检验培训效果。"] })],
        ),
      ]),
    ],
    attachments: [
      {
        kind: "assessment",
        month: "2023-10",
        title: "2023年10月省政务服务大厅进驻部门（单位）窗口考核结果",
        rows: OCTOBER_2023.map(([rank, department, deduction, bonus]) => ({
          rank,
          department,
          base: 100,
          deduction,
          bonus,
          score: 100 + deduction + bonus,
        })),
      },
    ],
  });
}
