import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import { OrgService } from '../org/org.service';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
} from '../org/restructuring-participants';

const MODULE = 'campaigns';

/**
 * Registrations and reviews follow restructurings:
 * - every restructuring that moves units (MOVE, and the children a MERGE or SPLIT re-parents) gives
 *   the rows of the units under the changed ones their unit's current path, so the denormalised
 *   `unit_path` keeps serving scope filters and the roll-up (a path, not a change of the record: no
 *   audit row, as for the addressees);
 * - the rows of a unit that ends stay with it: they are what it registered and reported, read by the
 *   successor's officers through the widened scope (ADR 0013). The preview counts those still open
 *   (not approved, not sent), since nobody can send them any more.
 */
@Injectable()
export class CampaignRegistrationRestructuringParticipant
  implements RestructuringParticipant, OnModuleInit
{
  readonly name = 'campaign-registrations';

  constructor(
    private readonly registry: RestructuringParticipants,
    private readonly org: OrgService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    if (e.kind !== 'RENAME') await this.refreshPaths(tx, e);
    if (e.kind !== 'MERGE' && e.kind !== 'SPLIT' && e.kind !== 'DISSOLVE') return {};
    const ids = e.sources.map((s) => s.id);
    if (!ids.length) return {};
    const [open]: { registrations: number; reviews: number }[] = await tx.em.query(
      `SELECT (SELECT count(*)::int FROM campaign_registrations
                WHERE unit_id = ANY($1::uuid[]) AND kind = 'UNIT' AND status <> 'APPROVED') AS registrations,
              (SELECT count(*)::int FROM campaign_reviews
                WHERE unit_id = ANY($1::uuid[]) AND status <> 'SUBMITTED') AS reviews`,
      [ids],
    );
    const openWork = [];
    if (open?.registrations)
      openWork.push({
        module: MODULE,
        label: 'Bản đăng ký thi đua chưa được duyệt (giữ lại ở đơn vị kết thúc)',
        count: open.registrations,
      });
    if (open?.reviews)
      openWork.push({
        module: MODULE,
        label: 'Báo cáo sơ kết, tổng kết chưa gửi (giữ lại ở đơn vị kết thúc)',
        count: open.reviews,
      });
    return openWork.length ? { openWork } : {};
  }

  /** The rows of every unit under the units that changed get their unit's current path. */
  private async refreshPaths(tx: Tx, e: RestructuringEvent): Promise<void> {
    // read afresh: the event's entities may carry the path from before the move
    const paths = await this.org.pathsByIds([...e.sources, ...e.successors].map((u) => u.id));
    const roots = [...new Set([...paths.values(), ...e.sources.map((u) => u.path)])];
    if (!roots.length) return;
    await tx.em.query(
      `UPDATE campaign_registrations r SET unit_path = u.path
         FROM units u
        WHERE u.id = r.unit_id AND u.path <@ ANY($1::ltree[]) AND r.unit_path <> u.path`,
      [roots],
    );
    await tx.em.query(
      `UPDATE campaign_reviews r SET unit_path = u.path
         FROM units u
        WHERE u.id = r.unit_id AND u.path <@ ANY($1::ltree[]) AND r.unit_path <> u.path`,
      [roots],
    );
  }
}
