import { act, render, renderHook } from '@testing-library/react';
import { Form, Input } from 'antd';
import { describe, expect, it } from 'vitest';

import { applyFieldErrors, toFieldPath } from './applyFieldErrors';

describe('toFieldPath', () => {
  it('drops the input. prefix and turns indexes into numbers', () => {
    expect(toFieldPath('input.roles.0.unitId')).toEqual(['roles', 0, 'unitId']);
    expect(toFieldPath('username')).toEqual(['username']);
  });
});

describe('applyFieldErrors', () => {
  it('puts messages under matching fields and returns the rest', async () => {
    const { result } = renderHook(() => Form.useForm()[0]);
    const form = result.current;
    const { findByText } = render(
      <Form form={form}>
        <Form.Item name="username" label="Tên đăng nhập">
          <Input />
        </Form.Item>
        <Form.Item name={['roles', 0, 'unitId']} label="Phạm vi">
          <Input />
        </Form.Item>
      </Form>,
    );

    let rest: string[] = [];
    act(() => {
      rest = applyFieldErrors(form, {
        'input.username': ['Tên đăng nhập đã được sử dụng.'],
        'roles.0.unitId': ['Đơn vị không tồn tại.'],
        password: ['Mật khẩu quá ngắn.'],
      });
    });

    expect(form.getFieldError('username')).toEqual(['Tên đăng nhập đã được sử dụng.']);
    expect(form.getFieldError(['roles', 0, 'unitId'])).toEqual(['Đơn vị không tồn tại.']);
    expect(rest).toEqual(['Mật khẩu quá ngắn.']);
    expect(await findByText('Tên đăng nhập đã được sử dụng.')).toBeTruthy();
  });
});
