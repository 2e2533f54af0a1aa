import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import type { CSSProperties } from 'react';

export interface SearchInputProps {
  /** the accessible name ("Tìm kiếm người dùng"): the placeholder says what to type, not what the box is */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  style?: CSSProperties;
}

/** A list page's search box; the list debounces what is typed (`useListPage`). */
export function SearchInput({ label, placeholder, value, onChange, style }: SearchInputProps) {
  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={style}
    />
  );
}
