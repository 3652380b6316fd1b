// The server's fixed code lists with the names people read (the server checks the ids; it keeps
// the same names in src/registry/*_rules.cpp). Order is the order shown in selectors.
export type Choices = ReadonlyArray<readonly [id: string, name: string]>

export const traineeGroups: Choices = [
  ['rural_migrant', '农村转移就业劳动者'], ['two_after_youth', '两后生'], ['unemployed', '下岗失业人员'],
  ['veteran', '退役军人'], ['disabled', '残疾人'], ['retired_fisher', '退捕渔民'],
  ['prisoner_rehab', '服刑人员和强制隔离戒毒人员'], ['employment_difficulty', '就业困难人员'], ['poverty_risk', '易返贫致贫人口'],
]

export const employmentStatuses: Choices = [
  ['employed', '企业在岗职工'], ['flexible', '灵活就业'], ['self_employed', '自主创业'],
  ['unemployed', '失业/未就业'], ['student', '在校学生'], ['other', '其他'],
]

export const enterpriseTypes: Choices = [
  ['state_owned', '国有企业'], ['collective', '集体企业'], ['private', '民营企业'], ['foreign', '外商投资企业'],
  ['hmt', '港澳台商投资企业'], ['individual', '个体工商户'], ['other', '其他'],
]

export const evaluationBodyTypes: Choices = [
  ['employer', '用人单位（企业自主评价）'], ['vocational_college', '职业院校'], ['technical_school', '技工院校'],
  ['social_organisation', '社会培训评价组织'],
]

export const auditorTypes: Choices = [
  ['accounting_firm', '会计师事务所'], ['law_firm', '律师事务所'], ['assessment', '第三方评估机构'], ['other', '其他'],
]

// GB/T 4754 sections (门类).
export const industries: Choices = [
  ['A', '农、林、牧、渔业'], ['B', '采矿业'], ['C', '制造业'], ['D', '电力、热力、燃气及水生产和供应业'], ['E', '建筑业'],
  ['F', '批发和零售业'], ['G', '交通运输、仓储和邮政业'], ['H', '住宿和餐饮业'], ['I', '信息传输、软件和信息技术服务业'],
  ['J', '金融业'], ['K', '房地产业'], ['L', '租赁和商务服务业'], ['M', '科学研究和技术服务业'], ['N', '水利、环境和公共设施管理业'],
  ['O', '居民服务、修理和其他服务业'], ['P', '教育'], ['Q', '卫生和社会工作'], ['R', '文化、体育和娱乐业'],
  ['S', '公共管理、社会保障和社会组织'], ['T', '国际组织'],
]

export const enterpriseSizes: Choices = [['large', '大型'], ['medium', '中型'], ['small', '小型'], ['micro', '微型']]

// The name of an id, or the id itself when the list does not know it (a newer server).
export function choiceName(choices: Choices, id: string | null | undefined): string {
  if (!id) return ''
  return choices.find(([key]) => key === id)?.[1] ?? id
}
