// Training types of R-W2, as the server names them (src/registry/project_rules.cpp).
export const trainingTypes: Array<[string, string]> = [
  ['employment_skills', '就业技能培训'], ['pre_job', '岗前培训'], ['skill_upgrade', '岗位技能提升培训'],
  ['job_transfer', '转岗转业培训'], ['apprenticeship', '企业新型学徒制培训'], ['project_based', '项目制培训'],
  ['park_order', '园区培训、订单定向培训'], ['entrepreneurship', '创业培训'], ['work_in_lieu', '以工代训'],
  ['sector_programme', '行业专项培训'],
]
