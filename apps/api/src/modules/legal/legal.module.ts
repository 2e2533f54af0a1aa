import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/org.module';
import { LEGAL_ENTITIES } from './legal.entities';
import { LegalResolver } from './legal.resolver';
import { LegalService } from './legal.service';
import {
  AwardKindResolver,
  AwardRuleVersionResolver,
  RuleParameterResolver,
} from './rules.resolver';
import { RulesService } from './rules.service';

/**
 * Legal bases (module `legal`): the registry of legal and guiding documents that campaigns, dossiers,
 * decisions and restructurings cite (first part, ADR 0014), and the award rules as dated data — the
 * catalog, rule versions, parameters and the eligibility check (second part, ADR 0017; RulesService). No restructuring participant: a document's
 * issuer is a historical fact (a merged province's plan stays its own), and the successor's officers
 * reach it through the widened scope (ADR 0013).
 */
@Module({
  imports: [TypeOrmModule.forFeature(LEGAL_ENTITIES), OrgModule],
  providers: [
    LegalService,
    LegalResolver,
    RulesService,
    AwardKindResolver,
    AwardRuleVersionResolver,
    RuleParameterResolver,
  ],
  exports: [LegalService, RulesService],
})
export class LegalModule {}
