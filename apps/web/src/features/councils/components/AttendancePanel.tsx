import { ATTENDANCE, type Attendance } from '@thidua/shared-domain';
import {
  useSetCouncilAttendance,
  type CouncilAttendanceItemInput,
  type CouncilSessionDetail,
  type CouncilSessionMemberItem,
} from '@thidua/web-data-access';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';

import { useSessionChange } from '../hooks/useSessionChange';
import { councilsMessages as m } from '../messages';

/** What the secretary chose but the API does not take yet: a written opinion, a proxy to pick. */
type Pending = Partial<Record<string, Attendance>>;

/**
 * Điểm danh of the session's snapshot members. Có mặt and Vắng save at once; "Vắng, có ý kiến bằng
 * văn bản" waits for the opinion (the API requires it, NĐ 98 Điều 30 k.7: the biên bản states it) and
 * "Vắng, ủy quyền" for the present member who holds the proxy. A list, not a table: at 390 px each
 * member's controls sit under the name, with nothing to scroll sideways.
 */
export function AttendancePanel({
  session,
  reload,
}: {
  session: CouncilSessionDetail;
  reload: () => Promise<unknown>;
}) {
  const set = useSetCouncilAttendance();
  const change = useSessionChange(reload);
  const [pending, setPending] = useState<Pending>({});
  const editable =
    session.canManage && (session.status === 'PLANNED' || session.status === 'IN_PROGRESS');
  const proxiesAllowed = session.council.proxiesAllowed;
  const present = session.members.filter((x) => x.attendance === 'PRESENT');
  const kinds = (Object.keys(ATTENDANCE) as Attendance[]).filter(
    (a) => a !== 'PROXY' || proxiesAllowed,
  );

  const save = (item: CouncilAttendanceItemInput) => {
    const handlers = change(m.attendanceFailed, m.attendanceSaved);
    set.mutate(
      { sessionId: session.id, version: session.version, attendances: [item] },
      {
        onSuccess: () => {
          setPending((p) => ({ ...p, [item.memberId]: undefined }));
          handlers.onSuccess();
        },
        onError: handlers.onError,
      },
    );
  };

  const choose = (x: CouncilSessionMemberItem, next: Attendance) => {
    if (next === 'PRESENT' || next === 'ABSENT') {
      save({ memberId: x.memberId, attendance: next });
      return;
    }
    setPending((p) => ({ ...p, [x.memberId]: next }));
  };

  return (
    <Card title={m.attendanceTitle}>
      <Typography.Paragraph type="secondary">{m.attendanceHelp}</Typography.Paragraph>
      {session.members.length === 0 ? (
        <Typography.Text type="secondary">{m.noMembers}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={m.attendanceTitle}>
          {session.members.map((x) => {
            const shown = pending[x.memberId] ?? x.attendance ?? undefined;
            return (
              <li
                key={x.id}
                style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
              >
                <Flex gap={12} wrap justify="space-between" align="flex-start">
                  <div style={{ flex: '1 1 220px', minWidth: 0 }}>
                    <Typography.Text strong>{x.fullName}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {m.roles[x.role] ?? x.role} · {x.title}
                    </Typography.Text>
                  </div>
                  <Select<Attendance>
                    aria-label={m.attendanceOf(x.fullName)}
                    value={shown}
                    placeholder={m.notRecorded}
                    disabled={!editable || set.isPending}
                    onChange={(next) => choose(x, next)}
                    options={kinds.map((a) => ({ value: a, label: m.attendance[a] }))}
                    style={{ flex: '1 1 220px', minWidth: 0, maxWidth: 320 }}
                  />
                </Flex>
                {shown === 'ABSENT_WRITTEN' && (
                  <WrittenOpinion
                    member={x}
                    editable={editable}
                    saving={set.isPending}
                    onSave={(text) =>
                      save({
                        memberId: x.memberId,
                        attendance: 'ABSENT_WRITTEN',
                        writtenOpinion: text,
                      })
                    }
                  />
                )}
                {shown === 'PROXY' && (
                  <Select
                    aria-label={m.proxyOf(x.fullName)}
                    placeholder={m.proxyPlaceholder}
                    value={x.attendance === 'PROXY' ? (x.proxyMemberId ?? undefined) : undefined}
                    disabled={!editable || set.isPending}
                    onChange={(proxyMemberId: string) =>
                      save({ memberId: x.memberId, attendance: 'PROXY', proxyMemberId })
                    }
                    options={present
                      .filter((p) => p.memberId !== x.memberId)
                      .map((p) => ({ value: p.memberId, label: p.fullName }))}
                    style={{ marginTop: 8, width: '100%', maxWidth: 420 }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function WrittenOpinion({
  member,
  editable,
  saving,
  onSave,
}: {
  member: CouncilSessionMemberItem;
  editable: boolean;
  saving: boolean;
  onSave: (text: string) => void;
}) {
  const [text, setText] = useState(member.writtenOpinion ?? '');
  const label = m.opinionOf(member.fullName);
  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }}>
      <Input.TextArea
        aria-label={label}
        rows={3}
        maxLength={4000}
        value={text}
        disabled={!editable}
        onChange={(e) => setText(e.target.value)}
      />
      {editable && (
        <Button
          size="small"
          style={{ alignSelf: 'flex-start' }}
          disabled={!text.trim() || saving}
          aria-label={`${m.saveOpinion}: ${member.fullName}`}
          onClick={() => onSave(text.trim())}
        >
          {m.saveOpinion}
        </Button>
      )}
    </Flex>
  );
}
