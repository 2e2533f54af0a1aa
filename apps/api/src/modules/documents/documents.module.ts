import { Module } from '@nestjs/common';
import { NumberRegisterService } from './number-register.service';

/**
 * Issuing documents: number registers now; stored .docx/PDF files and rendering jobs as the
 * documents that need them arrive (libs/documents builds the bytes).
 */
@Module({
  providers: [NumberRegisterService],
  exports: [NumberRegisterService],
})
export class DocumentsModule {}
