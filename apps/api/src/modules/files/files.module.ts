import { Module } from '@nestjs/common';
import { DatabaseFileStore } from './database-file-store';
import { FILE_STORE } from './file-store';
import { FilesService } from './files.service';
import { PdfService } from './pdf.service';

/**
 * Files (architecture rule 12, ADR 0015): content-addressed storage behind one interface (FileStore;
 * the database by default) with type, size and content checks at put, and the process's .docx → PDF
 * pool. No routes: a file is served by the route of the record that holds it, which decides access.
 */
@Module({
  providers: [
    DatabaseFileStore,
    { provide: FILE_STORE, useExisting: DatabaseFileStore },
    FilesService,
    PdfService,
  ],
  exports: [FilesService, PdfService],
})
export class FilesModule {}
