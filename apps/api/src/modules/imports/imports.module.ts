import { Module } from '@nestjs/common';
import { ExcelModule } from '../../core/excel/excel.module';
import { JobsModule } from '../../core/jobs/jobs.module';
import { ExcelKindGuard } from './excel-access';
import { ExportsService } from './exports.service';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/**
 * Excel in and out for every kind a module registers in ExcelRegistry: uploads previewed row by row,
 * all-or-nothing commits as jobs, templates, the rows with problems, exports. It imports no domain
 * module: the handlers and definitions (and the writes) are their owners'.
 */
@Module({
  imports: [JobsModule, ExcelModule],
  controllers: [ImportsController],
  providers: [ImportsService, ExportsService, ImportsResolver, ExcelKindGuard],
})
export class ImportsModule {}
