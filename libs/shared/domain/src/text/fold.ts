/**
 * Folds Vietnamese text for accent-insensitive comparison: "Nguyễn Văn Ánh" -> "nguyen van anh".
 * Mirrors what the database does with unaccent(lower(...)), so client-side filters agree with search.
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
