import type zh from './zh-CN'

const en: typeof zh = {
  app: { title: 'Sunshine Training', subtitle: 'Sichuan vocational training supervision platform' },
  menu: { home: 'Home', regions: 'Regions', occupations: 'Occupations', projects: 'Training projects', institutions: 'Institutions', users: 'Accounts', audit: 'Audit trail' },
  common: { signOut: 'Sign out', loadMore: 'Load more', noMore: 'No more', yes: 'Yes', no: 'No', cancel: 'Cancel', confirm: 'OK', search: 'Search' },
  login: {
    title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in',
    usernameRequired: 'Enter your username', passwordRequired: 'Enter your password', expired: 'Your session ended; sign in again',
  },
  home: { welcome: 'Welcome, {name}', role: 'Role', scope: 'Data scope', permissions: 'Permissions', permission: 'Permission' },
  regions: { filter: 'Filter by name or code', province: 'Province', prefecture: 'Prefecture', county: 'County' },
  users: {
    username: 'Username', displayName: 'Name', role: 'Role', scope: 'Scope code', locked: 'Locked', createdAt: 'Created',
    create: 'New account', unlock: 'Unlock', unlocked: 'Unlocked {name}', created: 'Created {name}', password: 'Initial password',
    passwordRule: 'At least 12 characters with 3 of upper case, lower case, digits and symbols, not containing the username',
    scopeHint: 'Region code for officers; organisation id for organisation roles; empty for administrators and trainees',
  },
  occupations: {
    create: 'New occupation', edit: 'Edit', history: 'History', historyOf: 'Changes of {name}', searchHint: 'Name or code',
    code: 'Code', name: 'Name', category: 'Major group', kind: 'Kind', levels: 'Skill levels', flags: 'Flags',
    urgent: 'Urgently needed', new: 'New occupation', rank: 'Shortage #{rank}', urgentOnly: 'Urgently needed only', shortageRank: 'Shortage rank',
    lowest: 'Lowest level', highest: 'Highest level', field: 'Field', before: 'Before', after: 'After', saved: 'Saved',
    kinds: { occupation: 'Occupation', special_ability: 'Special ability' },
  },
  projects: {
    create: 'New training project', name: 'Project', type: 'Training type', level: 'Level', occupation: 'Occupation / ability', hours: 'Standard hours',
    subsidy: 'Subsidy (yuan)', subsidyYuan: 'Subsidy (yuan)', validFrom: 'Valid from', validTo: 'Valid to', open: 'Open-ended',
    regions: 'Regions', province: 'Whole province', regionsHint: 'Region codes, comma separated; empty = whole province', notInForce: 'No standard in force',
    newVersion: 'New standard', newVersionOf: 'New standard for "{name}"', badAmount: 'A non-negative amount with at most 2 decimals',
  },
  institutions: {
    create: 'Register institution', name: 'Institution', creditCode: 'Credit code', type: 'Type', region: 'County', status: 'Status',
    integrity: 'Integrity model', detail: 'Details', searchHint: 'Name or credit code', regionHint: 'County code, e.g. 510104',
    override: 'Accept this early pilot code although its check character does not match', exposureReason: 'Reason published', reason: 'Reason (required to reject, suspend, reinstate, exit)',
    reasonRequired: 'Give a reason', expose: 'Exited for cheating: publish on the exposure list', events: 'Status history',
    statuses: { applied: 'Applied', under_review: 'Under review', active: 'Active', suspended: 'Suspended', exited: 'Exited' },
    actions: { apply: 'Applied', review: 'Send to review', approve: 'Approve', reject: 'Reject', suspend: 'Suspend', reinstate: 'Reinstate',
      exit: 'Exit', mark_integrity: 'Mark as integrity model', unmark_integrity: 'Unmark integrity model' },
  },
  publicLists: { title: 'Institution notices', exposed: 'Exposure list', integrity: 'Integrity models', date: 'Published' },
  audit: {
    seq: 'Seq', at: 'Time', username: 'User', role: 'Role', action: 'Action', object: 'Object', outcome: 'Outcome',
    requestId: 'Request', clientIp: 'Client', verify: 'Verify chain',
    intact: 'Chain intact: {checked} records verified', broken: 'Chain broken at record {seq} ({reason})',
  },
  errors: {
    forbidden: 'Forbidden', forbiddenText: 'Your role may not open this page.', notFound: 'Page not found',
    notFoundText: 'The page does not exist.', backHome: 'Back home',
    fields: { required: 'required', format: 'bad format', too_short: 'too short', too_long: 'too long', too_simple: 'too simple',
      contains_username: 'contains the username', unknown: 'unknown', unknown_region: 'no such region',
      wrong_region_level: 'region level does not fit the role', not_allowed: 'not allowed for this role', taken: 'taken', wrong_type: 'wrong type', out_of_range: 'out of range', below_lowest: 'highest level below the lowest', check_digit: 'wrong check character', organisation_code: 'organisation code part invalid', length: 'must be 18 characters', characters: 'characters not allowed', not_a_county: 'must be a county', outside_scope: 'outside your region', not_offered: 'level not offered', not_a_date: 'not a date', before_valid_from: 'ends before it starts', not_after_current: 'must start after the current standard', invalid: 'invalid', unknown_field: 'unknown field' },
  },
}
export default en
