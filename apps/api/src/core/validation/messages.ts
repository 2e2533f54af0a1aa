/** Vietnamese validation messages, with the field's label, for class-validator decorators. */
export const msg = {
  required: (label: string) => ({ message: `${label} không được để trống.` }),
  maxLength: (label: string, max: number) => ({
    message: `${label} không được dài quá ${max} ký tự.`,
  }),
  minLength: (label: string, min: number) => ({
    message: `${label} phải có ít nhất ${min} ký tự.`,
  }),
  email: (label: string) => ({ message: `${label} không đúng định dạng thư điện tử.` }),
  id: (label: string) => ({ message: `${label} không hợp lệ.` }),
  int: (label: string) => ({ message: `${label} phải là số nguyên.` }),
  oneOf: (label: string) => ({ message: `${label} không nằm trong danh sách cho phép.` }),
  pattern: (label: string, rule: string) => ({ message: `${label} ${rule}.` }),
};
