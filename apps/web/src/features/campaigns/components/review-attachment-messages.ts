/** A sơ kết / tổng kết report's attached files (POST /api/campaign-reviews/:id/attachments). */
export const reviewAttachmentMessages = {
  title: 'Tệp đính kèm',
  none: 'Chưa có tệp đính kèm.',
  upload: 'Đính kèm tệp',
  uploadHelp: 'PDF, Word (.docx), ảnh PNG, JPEG; tối đa 10 MB mỗi tệp.',
  uploaded: (name: string) => `Đã đính kèm tệp ${name}.`,
  uploadFailed: 'Không đính kèm được tệp',
  tooLarge: (name: string) => `Tệp "${name}" quá lớn. Dung lượng tối đa là 10 MB.`,
  badType: (name: string) =>
    `Tệp "${name}" không thuộc loại được đính kèm: chỉ nhận PDF, Word (.docx), ảnh PNG, JPEG.`,
  full: (max: number) => `Báo cáo đã đủ ${max} tệp đính kèm.`,
  download: (name: string) => `Tải tệp ${name}`,
  downloadFailed: 'Không tải được tệp đính kèm',
};
