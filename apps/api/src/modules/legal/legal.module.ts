import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/org.module';
import { LEGAL_ENTITIES } from './legal.entities';
import { LegalResolver } from './legal.resolver';
import { LegalService } from './legal.service';

/**
 * Legal bases (module `legal`, first part): the registry of legal and guiding documents that
 * campaigns, dossiers, decisions and restructurings cite. No restructuring participant: a document's
 * issuer is a historical fact (a merged province's plan stays its own), and the successor's officers
 * reach it through the widened scope (ADR 0013).
 */
@Module({
  imports: [TypeOrmModule.forFeature(LEGAL_ENTITIES), OrgModule],
  providers: [LegalService, LegalResolver],
  exports: [LegalService],
})
export class LegalModule {}
