import { snakeCase } from './naming.strategy';

describe('snakeCase', () => {
  it('converts property and class names', () => {
    expect(snakeCase('createdAt')).toBe('created_at');
    expect(snakeCase('RoleAssignment')).toBe('role_assignment');
    expect(snakeCase('apiClientID')).toBe('api_client_id');
    expect(snakeCase('HTMLParser')).toBe('html_parser');
  });
});
