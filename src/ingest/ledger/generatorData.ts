/**
 * Matters of the synthetic exports: plausible provincial matters, each with the
 * department that handles it, its 事项类型 and a relative weight within its category.
 * Written for zhoubao; not taken from any real export.
 */
export type MatterSpec = { name: string; department: string; kind: string; weight: number; days: [min: number, max: number] };

export const LICENSING_MATTERS: MatterSpec[] = [
  { name: "建设用地规划许可证核发", department: "自然资源厅", kind: "行政许可", weight: 6, days: [5, 20] },
  { name: "道路旅客运输经营许可", department: "交通运输厅", kind: "行政许可", weight: 10, days: [3, 15] },
  { name: "食品生产许可", department: "省市场监管局", kind: "行政许可", weight: 14, days: [5, 20] },
  { name: "林木采伐许可证核发", department: "省林草局", kind: "行政许可", weight: 5, days: [3, 10] },
  { name: "广播电视节目制作经营许可", department: "省广电局", kind: "行政许可", weight: 2, days: [5, 20] },
  { name: "药品经营许可证核发", department: "省药监局", kind: "行政许可", weight: 12, days: [5, 20] },
  { name: "危险化学品安全生产许可", department: "应急管理厅", kind: "行政许可", weight: 5, days: [10, 30] },
  { name: "固定资产投资项目节能审查", department: "省发展改革委", kind: "行政许可", weight: 3, days: [5, 20] },
  { name: "建设项目环境影响评价文件审批", department: "生态环境厅", kind: "行政许可", weight: 6, days: [10, 30] },
  { name: "取水许可", department: "水利厅", kind: "行政许可", weight: 3, days: [10, 20] },
  { name: "旅行社业务经营许可", department: "文化和旅游厅", kind: "行政许可", weight: 3, days: [3, 20] },
  { name: "医疗机构执业登记", department: "省卫生健康委", kind: "行政许可", weight: 8, days: [5, 20] },
  { name: "建筑业企业资质核准", department: "住房城乡建设厅", kind: "行政许可", weight: 15, days: [5, 20] },
  { name: "民办学校设立审批", department: "教育厅", kind: "行政许可", weight: 2, days: [10, 30] },
];

export const PUBLIC_SERVICE_MATTERS: MatterSpec[] = [
  { name: "不动产登记资料查询", department: "自然资源厅", kind: "公共服务", weight: 12, days: [0, 2] },
  { name: "道路运输从业人员从业资格证补发", department: "交通运输厅", kind: "公共服务", weight: 8, days: [0, 3] },
  { name: "企业登记信息查询", department: "省市场监管局", kind: "公共服务", weight: 20, days: [0, 1] },
  { name: "居民身份证挂失申报", department: "公安厅", kind: "公共服务", weight: 10, days: [0, 1] },
  { name: "出入境证件办理进度查询", department: "公安厅", kind: "公共服务", weight: 14, days: [0, 1] },
  { name: "社会组织登记证书补领", department: "民政厅", kind: "公共服务", weight: 2, days: [0, 5] },
  { name: "涉税信息查询", department: "四川省税务局", kind: "公共服务", weight: 22, days: [0, 1] },
  { name: "发票领用", department: "四川省税务局", kind: "公共服务", weight: 18, days: [0, 1] },
  { name: "气象资料查询", department: "四川气象局", kind: "公共服务", weight: 2, days: [0, 3] },
  { name: "原产地证书签发", department: "省贸促会", kind: "公共服务", weight: 4, days: [0, 2] },
  { name: "执业医师注册信息变更", department: "省卫生健康委", kind: "公共服务", weight: 3, days: [0, 5] },
  { name: "法律援助申请", department: "司法厅", kind: "公共服务", weight: 2, days: [1, 7] },
  { name: "测绘成果提供", department: "四川测绘局", kind: "公共服务", weight: 1, days: [1, 10] },
  { name: "进出口货物报关单证明联补签", department: "成都海关", kind: "公共服务", weight: 4, days: [0, 2] },
];

export const OTHER_POWER_MATTERS: MatterSpec[] = [
  { name: "对违反道路运输管理规定行为的处罚", department: "交通运输厅", kind: "行政处罚", weight: 4, days: [5, 30] },
  { name: "查封扣押不符合安全标准的特种设备", department: "省市场监管局", kind: "行政强制", weight: 1, days: [1, 10] },
  { name: "水资源费征收", department: "水利厅", kind: "行政征收", weight: 3, days: [1, 10] },
  { name: "烈士褒扬金给付", department: "民政厅", kind: "行政给付", weight: 1, days: [3, 15] },
  { name: "安全生产监督检查", department: "应急管理厅", kind: "行政检查", weight: 3, days: [1, 20] },
  { name: "建设工程消防验收备案抽查", department: "四川消防救援总队", kind: "行政确认", weight: 3, days: [3, 20] },
  { name: "科学技术奖励", department: "科技厅", kind: "行政奖励", weight: 1, days: [10, 40] },
  { name: "林木林地权属争议裁决", department: "省林草局", kind: "行政裁决", weight: 1, days: [10, 40] },
  { name: "地震安全性评价结果备案", department: "四川地震局", kind: "其他行政权力", weight: 2, days: [1, 10] },
];

/** Shares of the sample center (2022: 799 438 licensing, 21 291 461 public service, 62 413 other). */
export const CATEGORY_SHARES = { licensing: 0.036, otherPower: 0.003 };

/** Shares of front-desk events (about the sample center's 2023 figures). */
export const DESK_SHARES: [type: string, share: number][] = [
  ["咨询", 0.128],
  ["受理", 0.04],
  ["颁发", 0.295],
  ["流转", 0.537],
];
