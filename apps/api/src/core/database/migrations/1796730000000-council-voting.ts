import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret, verifiable ballots (issue 12, "Voting"; ADR 0023): voting rounds and their candidates, ballots
 * (random id, round, candidate, choice: no member, no time, no sequence), the "has voted" facts apart
 * (hashes of room codes, blind-token issuances per member, spent token ids, each unique), the round's
 * hash chain, absentees' written opinions and the paper double entry. Generated from the entities.
 */
export class CouncilVoting1796730000000 implements MigrationInterface {
  name = 'CouncilVoting1796730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "council_voting_rounds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "session_id" uuid NOT NULL, "number" integer NOT NULL, "previous_round_id" uuid, "title" text NOT NULL, "mode" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "members" integer NOT NULL, "voters" integer NOT NULL, "in_room" integer NOT NULL, "threshold_numerator" integer, "threshold_denominator" integer, "signing_public_key" jsonb NOT NULL, "signing_private_key" text, "blind_public_jwk" jsonb, "blind_private_pem" text, "opened_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "tallied_at" TIMESTAMP(3) WITH TIME ZONE, "close_hash" text, "quota" integer, "chair_pick" jsonb, "results" jsonb, "paper_tally" jsonb, "paper_scan_sha256" text, CONSTRAINT "council_voting_rounds_status" CHECK (status IN ('OPEN', 'CLOSED', 'TALLIED')), CONSTRAINT "council_voting_rounds_mode" CHECK (mode IN ('PAPER', 'ROOM', 'REMOTE')), CONSTRAINT "PK_21ccbc9e490670531d4787ea527" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ce82630e782312c01ff8b9fb2b" ON "council_voting_rounds"  ("previous_round_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cafb78e2090e26c292c337fd0e" ON "council_voting_rounds"  ("session_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_round_candidates" ("round_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_0d0c5fed168a7c13737f8e3df99" PRIMARY KEY ("round_id", "agenda_item_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9cc498f891fdc65d567339d4c2" ON "council_round_candidates"  ("agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_ballots" ("id" uuid NOT NULL, "round_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "choice" text NOT NULL, "written" boolean NOT NULL DEFAULT false, CONSTRAINT "council_ballots_choice" CHECK (choice IN ('AGREE', 'DISAGREE')), CONSTRAINT "PK_8ea15cb6f56f6a652a1dcccf202" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_86686fb5360391e585bbda9b53" ON "council_ballots"  ("round_id", "agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_voting_codes" ("round_id" uuid NOT NULL, "code_hash" text NOT NULL, "used" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_cedef063642b2bbf01cc2f12371" PRIMARY KEY ("round_id", "code_hash"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_token_issuances" ("round_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_1d7c81759c4e32842e5d6a28fc9" PRIMARY KEY ("round_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a4d05b353ab60d7220f8e316bd" ON "council_token_issuances"  ("member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_spent_tokens" ("round_id" uuid NOT NULL, "token_id" text NOT NULL, CONSTRAINT "PK_c9a35b99dad4687ee12beaa23ca" PRIMARY KEY ("round_id", "token_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_round_events" ("round_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "prev" text NOT NULL, "hash" text NOT NULL, "signature" text, CONSTRAINT "council_round_events_kind" CHECK (kind IN ('OPEN', 'BALLOT', 'CLOSE', 'TALLY')), CONSTRAINT "PK_645b0b68624e9d3e16bf4841e39" PRIMARY KEY ("round_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_written_opinions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "member_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "choice" text NOT NULL, CONSTRAINT "council_written_opinions_choice" CHECK (choice IN ('AGREE', 'DISAGREE')), CONSTRAINT "PK_e20bba1841193ca29e8f1a4b053" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_35de3cbbd974595b926cd6f302" ON "council_written_opinions"  ("member_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c8ce1033e59ebb9991b37c8b7" ON "council_written_opinions"  ("agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0151dcb36070f10c9d781bcf03" ON "council_written_opinions"  ("session_id", "member_id", "agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_paper_entries" ("round_id" uuid NOT NULL, "entry" integer NOT NULL, "user_id" uuid NOT NULL, "user_name" text NOT NULL, "tally" jsonb NOT NULL, CONSTRAINT "council_paper_entries_entry" CHECK (entry IN (1, 2)), CONSTRAINT "PK_e9e7907999e039a18656124d1f7" PRIMARY KEY ("round_id", "entry"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_58aa8432583db58e18d4f34c13" ON "council_paper_entries"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "council_voting_rounds" ADD CONSTRAINT "FK_2da35eed0d86f30d19e6116cac5" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_voting_rounds" ADD CONSTRAINT "FK_ce82630e782312c01ff8b9fb2b8" FOREIGN KEY ("previous_round_id") REFERENCES "council_voting_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_round_candidates" ADD CONSTRAINT "FK_851edbfd1b00ec4c5ca9220c496" FOREIGN KEY ("round_id") REFERENCES "council_voting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_round_candidates" ADD CONSTRAINT "FK_9cc498f891fdc65d567339d4c29" FOREIGN KEY ("agenda_item_id") REFERENCES "council_agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_ballots" ADD CONSTRAINT "FK_4d2b5c5003ecfd5279c9a6355d5" FOREIGN KEY ("round_id") REFERENCES "council_voting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_ballots" ADD CONSTRAINT "FK_caf182e8f8576e20f5d95a6f045" FOREIGN KEY ("agenda_item_id") REFERENCES "council_agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_voting_codes" ADD CONSTRAINT "FK_eddd699239e24e5a03facded50d" FOREIGN KEY ("round_id") REFERENCES "council_voting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_token_issuances" ADD CONSTRAINT "FK_b2436d3a11aac672543adb9433f" FOREIGN KEY ("round_id") REFERENCES "council_voting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_token_issuances" ADD CONSTRAINT "FK_a4d05b353ab60d7220f8e316bde" FOREIGN KEY ("member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_spent_tokens" ADD CONSTRAINT "FK_714f5e55b590495abae47c98271" FOREIGN KEY ("round_id") REFERENCES "council_voting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_round_events" ADD CONSTRAINT "FK_c15a34908d7b184c23eb5495728" FOREIGN KEY ("round_id") REFERENCES "council_voting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_written_opinions" ADD CONSTRAINT "FK_09760a0aea5ba1b13681ec5d3fc" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_written_opinions" ADD CONSTRAINT "FK_35de3cbbd974595b926cd6f3021" FOREIGN KEY ("member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_written_opinions" ADD CONSTRAINT "FK_6c8ce1033e59ebb9991b37c8b7a" FOREIGN KEY ("agenda_item_id") REFERENCES "council_agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_paper_entries" ADD CONSTRAINT "FK_a677299023e780aced07e0fc19b" FOREIGN KEY ("round_id") REFERENCES "council_voting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_paper_entries" ADD CONSTRAINT "FK_58aa8432583db58e18d4f34c133" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "council_paper_entries" DROP CONSTRAINT "FK_58aa8432583db58e18d4f34c133"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_paper_entries" DROP CONSTRAINT "FK_a677299023e780aced07e0fc19b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_written_opinions" DROP CONSTRAINT "FK_6c8ce1033e59ebb9991b37c8b7a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_written_opinions" DROP CONSTRAINT "FK_35de3cbbd974595b926cd6f3021"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_written_opinions" DROP CONSTRAINT "FK_09760a0aea5ba1b13681ec5d3fc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_round_events" DROP CONSTRAINT "FK_c15a34908d7b184c23eb5495728"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_spent_tokens" DROP CONSTRAINT "FK_714f5e55b590495abae47c98271"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_token_issuances" DROP CONSTRAINT "FK_a4d05b353ab60d7220f8e316bde"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_token_issuances" DROP CONSTRAINT "FK_b2436d3a11aac672543adb9433f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_voting_codes" DROP CONSTRAINT "FK_eddd699239e24e5a03facded50d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_ballots" DROP CONSTRAINT "FK_caf182e8f8576e20f5d95a6f045"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_ballots" DROP CONSTRAINT "FK_4d2b5c5003ecfd5279c9a6355d5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_round_candidates" DROP CONSTRAINT "FK_9cc498f891fdc65d567339d4c29"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_round_candidates" DROP CONSTRAINT "FK_851edbfd1b00ec4c5ca9220c496"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_voting_rounds" DROP CONSTRAINT "FK_ce82630e782312c01ff8b9fb2b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_voting_rounds" DROP CONSTRAINT "FK_2da35eed0d86f30d19e6116cac5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_58aa8432583db58e18d4f34c13"`);
    await queryRunner.query(`DROP TABLE "council_paper_entries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0151dcb36070f10c9d781bcf03"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c8ce1033e59ebb9991b37c8b7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35de3cbbd974595b926cd6f302"`);
    await queryRunner.query(`DROP TABLE "council_written_opinions"`);
    await queryRunner.query(`DROP TABLE "council_round_events"`);
    await queryRunner.query(`DROP TABLE "council_spent_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a4d05b353ab60d7220f8e316bd"`);
    await queryRunner.query(`DROP TABLE "council_token_issuances"`);
    await queryRunner.query(`DROP TABLE "council_voting_codes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86686fb5360391e585bbda9b53"`);
    await queryRunner.query(`DROP TABLE "council_ballots"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9cc498f891fdc65d567339d4c2"`);
    await queryRunner.query(`DROP TABLE "council_round_candidates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cafb78e2090e26c292c337fd0e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ce82630e782312c01ff8b9fb2b"`);
    await queryRunner.query(`DROP TABLE "council_voting_rounds"`);
  }
}
