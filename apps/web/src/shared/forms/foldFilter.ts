import { foldVietnamese } from '@thidua/shared-domain';

/**
 * Client-side option filter for antd Select that ignores accents, like the server's search:
 * "thi dua" matches "Cán bộ thi đua – khen thưởng".
 */
export function foldFilter(input: string, option?: { label?: unknown }): boolean {
  return (
    typeof option?.label === 'string' &&
    foldVietnamese(option.label).includes(foldVietnamese(input))
  );
}
