export * from './errors/error-codes';
export * from './identity/permissions';
export * from './identity/roles';
export * from './text/fold';
export * from './text/format';
export * from './text/password-policy';
export * from './org/dates';
export * from './org/unit-kinds';
