import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgResolver } from './org.resolver';
import { OrgService } from './org.service';
import { ORG_ENTITIES } from './org.entities';

@Module({
  imports: [TypeOrmModule.forFeature(ORG_ENTITIES)],
  providers: [OrgService, OrgResolver],
  exports: [OrgService],
})
export class OrgModule {}
