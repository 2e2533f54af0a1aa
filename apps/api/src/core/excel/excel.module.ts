import { Module } from '@nestjs/common';
import { ExcelRegistry } from './excel-registry';

/**
 * The registry of Excel imports and exports. Every module that registers one imports this module
 * (Nest makes one instance of it for all of them), as modules/imports does to serve them.
 */
@Module({
  providers: [ExcelRegistry],
  exports: [ExcelRegistry],
})
export class ExcelModule {}
