// Audit actions and outcomes as people read them. An action is a permission string
// ("registry:trainee:reveal") or one the server names itself ("http:unmatched:POST"); the
// label is the object and the verb in Chinese, and anything unknown is shown as it is.
const objects: Record<string, string> = {
  session: '登录会话', user: '账号', record: '审计记录', chain: '审计链', metrics: '运行指标',
  region: '行政区划', occupation: '职业', training_project: '培训项目', institution: '培训机构',
  trainee: '劳动者', enterprise: '企业', evaluation_body: '评价机构', auditor: '第三方机构',
  venue: '培训场地', import: '批量导入', class: '培训班', terminal: '考勤终端', checkin: '考勤打卡',
  photo: '考勤照片', online: '线上学习记录', schedule: '终端排课', exception: '不计入的考勤记录',
}
const verbs: Record<string, string> = {
  read: '查看', create: '新建', update: '修改', delete: '删除', lifecycle: '状态变更', venue: '登记场地',
  reveal: '查看完整信息', export: '导出', employ: '登记员工', unlock: '解锁', verify: '校验', file: '申报',
  review: '审核', cancel: '撤销', register: '登记', revoke: '吊销', upload: '上传', convert_datum: '坐标转换',
  view: '查看', trainees: '导入劳动者', institutions: '导入培训机构', enterprises: '导入企业', project: '许可项目',
}
// Actions whose words read better whole.
const special: Record<string, string> = {
  'auth:session:create': '登录', 'auth:session:delete': '退出登录',
  'dashboard:overview:read': '工作台统计查看', 'dashboard:region:read': '分地区统计查看',
  'subsidy:history:read': '历史补贴记录查看', 'subsidy:history:import': '历史补贴记录导入',
  'subsidy:history:search': '按身份证号查询历史补贴',
  'subsidy:claim:submit': '申领补贴', 'subsidy:claim:read': '补贴申领查看',
  'subsidy:claim:review': '补贴申领审核', 'subsidy:claim:oversee': '超期审核督办',
  'subsidy:notice:publish': '发布补贴公示', 'subsidy:notice:read': '补贴公示查看',
  'subsidy:objection:read': '公示异议查看', 'subsidy:objection:answer': '公示异议核查答复',
  'subsidy:ledger:read': '资金台账查看', 'subsidy:ledger:budget': '登记专项资金', 'subsidy:ledger:allocate': '分配资金',
  'subsidy:payment:read': '拨付批次查看', 'subsidy:payment:create': '生成拨付批次', 'subsidy:payment:pay': '登记支付',
  'subsidy:payment:file': '导出支付文件（含完整账号）',
  'subsidy:claim_audit:draw': '申领核查随机抽取', 'subsidy:claim_audit:read': '申领核查查看',
  'subsidy:claim_audit:assign': '分派申领核查', 'subsidy:claim_audit:work': '办理申领核查',
  'risk:rule:read': '风险规则查看', 'risk:alert:read': '风险预警查看', 'risk:alert:assign': '风险预警分派',
  'risk:alert:decide': '风险预警处置', 'risk:case:read': '风险案件查看', 'risk:case:manage': '风险案件办理',
  'risk:score:read': '机构风险评分查看',
  'subsidy:bank_account:read': '收款账户查看', 'subsidy:bank_account:write': '维护收款账户',
  'subsidy:recovery:read': '追回查看', 'subsidy:recovery:create': '下达追回', 'subsidy:recovery:repay': '登记退回资金',
  'inspection:draw:create': '培训抽查随机抽取', 'inspection:draw:read': '培训抽查记录查看',
  'inspection:inspection:create': '现场检查登记', 'inspection:inspection:read': '现场检查记录查看',
  'inspection:inspection:update': '现场检查发现问题', 'inspection:inspection:photo': '现场检查照片上传',
  'inspection:inspection:photo_view': '现场检查照片查看', 'inspection:inspection:video': '现场检查监控录像登记',
  'inspection:inspection:close': '现场检查结论',
  'inspection:engagement:create': '委托第三方机构抽查', 'inspection:engagement:read': '第三方抽查委托查看',
  'assessment:class:read': '应评尽评查看', 'assessment:exemption:record': '记录未评原因',
  'assessment:exemption:remove': '撤销未评原因', 'assessment:overdue:read': '逾期未评班级查看',
  'assessment:sitting:read': '考核场次查看', 'assessment:sitting:create': '安排考核',
  'assessment:sitting:lock': '锁定成绩', 'assessment:result:enter': '录入成绩', 'assessment:result:amend': '更正成绩',
  'assessment:certificate:issue': '发放证书', 'assessment:certificate:read': '证书查看',
  'assessment:certificate:revoke': '撤销证书', 'assessment:outcome:read': '考核结果统计查看',
  'assessment:certificate:import': '导入外省及历史证书',
  'assessment:checkin:upload': '考核签到上传', 'assessment:schedule:read': '终端考核场次下载',
  'assessment:photo:view': '考核签到照片查看',
}

export function actionName(action: string): string {
  if (special[action]) return special[action]
  if (action.startsWith('http:unmatched:')) return `不存在的接口（${action.slice('http:unmatched:'.length)}）`
  const [, object, verb] = action.split(':')
  if (!object || !verb || !objects[object] || !verbs[verb]) return action
  return object === 'import' ? verbs[verb] : objects[object] + verbs[verb]
}

// The platform's own work is recorded under a name (docs/security.md); an account or a device
// key id is shown as it is.
const systemActors: Record<string, string> = {
  calendar: '日历任务（培训班状态）', 'demo-seed': '演示数据初始化', migration: '数据库迁移',
}
export function actorName(username: string, role: string): string {
  return role === 'system' ? (systemActors[username] ?? `服务器命令行（${username}）`) : username
}

const outcomes: Record<string, string> = {
  success: '成功', denied: '拒绝', invalid: '请求有误', failed: '失败', error: '出错',
}
export function outcomeName(outcome: string): string {
  return outcomes[outcome] ?? outcome
}
