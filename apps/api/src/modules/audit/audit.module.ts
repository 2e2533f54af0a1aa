import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import { OrgModule } from '../org/org.module';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntity]), OrgModule],
  providers: [AuditService, AuditResolver],
})
export class AuditModule {}
