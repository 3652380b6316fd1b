export default {
  app: { title: '阳光培训', subtitle: '四川省职业技能培训监管平台' },
  menu: { home: '工作台', regions: '行政区划', occupations: '职业目录', projects: '培训项目', users: '用户管理', audit: '审计日志' },
  common: { signOut: '退出登录', loadMore: '加载更多', noMore: '没有更多了', yes: '是', no: '否', cancel: '取消', confirm: '确定', search: '搜索' },
  login: {
    title: '用户登录', username: '用户名', password: '密码', submit: '登录',
    usernameRequired: '请输入用户名', passwordRequired: '请输入密码', expired: '登录已过期，请重新登录',
  },
  home: { welcome: '欢迎，{name}', role: '角色', scope: '数据范围', permissions: '权限', permission: '权限标识' },
  regions: { filter: '输入名称或代码筛选', province: '省', prefecture: '市(州)', county: '区县' },
  users: {
    username: '用户名', displayName: '姓名/名称', role: '角色', scope: '数据范围代码', locked: '已锁定', createdAt: '创建时间',
    create: '新建用户', unlock: '解锁', unlocked: '已解锁 {name}', created: '已创建用户 {name}', password: '初始密码',
    passwordRule: '至少 12 个字符，包含大写字母、小写字母、数字、特殊字符中的至少 3 类，且不得包含用户名',
    scopeHint: '市/区县人社局填行政区划代码；机构类角色填机构编号；管理员和劳动者留空',
  },
  occupations: {
    create: '新增职业', edit: '修改', history: '变更记录', historyOf: '{name} 的变更记录', searchHint: '名称或职业代码',
    code: '职业代码', name: '名称', category: '大类', kind: '类别', levels: '技能等级', flags: '标记',
    urgent: '急需紧缺', new: '新职业', rank: '短缺第 {rank} 位', urgentOnly: '仅急需紧缺', shortageRank: '短缺排行',
    lowest: '最低等级', highest: '最高等级', field: '字段', before: '原值', after: '新值', saved: '已保存',
    kinds: { occupation: '职业（工种）', special_ability: '专项职业能力' },
  },
  projects: {
    create: '新增培训项目', name: '项目名称', type: '培训类型', level: '等级', occupation: '职业/专项能力', hours: '标准课时',
    subsidy: '补贴标准（元）', subsidyYuan: '补贴标准（元）', validFrom: '生效日期', validTo: '截止日期', open: '长期有效',
    regions: '适用地区', province: '全省', regionsHint: '行政区划代码，逗号分隔；留空为全省', notInForce: '当前无有效标准',
    newVersion: '调整标准', newVersionOf: '调整「{name}」的标准', badAmount: '金额须为非负数，最多两位小数',
  },
  audit: {
    seq: '序号', at: '时间', username: '操作人', role: '角色', action: '操作', object: '对象', outcome: '结果',
    requestId: '请求编号', clientIp: '来源地址', verify: '校验审计链',
    intact: '审计链完整，已校验 {checked} 条记录', broken: '审计链在第 {seq} 条记录处断裂（{reason}）',
  },
  errors: {
    forbidden: '无权访问', forbiddenText: '当前角色无权访问此页面。', notFound: '页面不存在',
    notFoundText: '您访问的页面不存在或已被移除。', backHome: '返回工作台',
    fields: { required: '必填', format: '格式不正确', too_short: '太短', too_long: '太长', too_simple: '过于简单',
      contains_username: '不得包含用户名', unknown: '无效', unknown_region: '行政区划代码不存在',
      wrong_region_level: '行政区划级别与角色不符', not_allowed: '此角色不可设置', taken: '已被使用', wrong_type: '类型错误', out_of_range: '超出范围', below_lowest: '最高等级不得低于最低等级', not_offered: '该职业无此等级', not_a_date: '日期无效', before_valid_from: '截止日期早于生效日期', not_after_current: '须晚于现行标准的生效日期', invalid: '格式不正确', unknown_field: '未知字段' },
  },
}
